using System;
using System.Text;
using Verwerkers.Templating.Packaging;

namespace Verwerkers.Templating.Rendering;

/// <summary>Writes values as escaped UTF-8 XML text straight into the output buffer.</summary>
internal static class Utf8Xml
{
    private static readonly byte[] Amp = Encoding.UTF8.GetBytes("&amp;");
    private static readonly byte[] Lt = Encoding.UTF8.GetBytes("&lt;");
    private static readonly byte[] Gt = Encoding.UTF8.GetBytes("&gt;");

#if NET8_0_OR_GREATER
    /// <summary>The characters copied as they are: printable ASCII except the three that need an entity.</summary>
    private static readonly System.Buffers.SearchValues<char> PlainAscii = System.Buffers.SearchValues.Create(PlainAsciiText());

    private static string PlainAsciiText()
    {
        var sb = new StringBuilder();
        for (var c = ' '; c <= '~'; c++)
        {
            if (c is not ('&' or '<' or '>'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
#endif

    /// <summary>
    /// Writes <paramref name="s"/> as escaped text in one pass that also checks it. In Word text (<paramref name="word"/>
    /// not null) a line break becomes <c>w:br</c> and a tab <c>w:tab</c> inside the same run.
    /// </summary>
    /// <returns>-1; or the index of the first character XML 1.0 cannot hold, and then nothing is written.</returns>
    public static int TryWrite(ByteBuffer buffer, string s, WordSyntax? word)
    {
        var start = buffer.Length;
        var n = s.Length;
        var data = buffer.Reserve(n * 3);
        var i = 0;

        // Most values are plain ASCII with nothing to escape: a tight copy up to the first character that needs more.
#if NET8_0_OR_GREATER
        i = s.AsSpan().IndexOfAnyExcept(PlainAscii);
        i = i < 0 ? n : i;
        System.Text.Ascii.FromUtf16(s.AsSpan(0, i), new Span<byte>(data, start, i), out _);
#else
        for (; i < n; i++)
        {
            var c = s[i];
            if (c < 0x20 || c > 0x7E || c == '&' || c == '<' || c == '>')
            {
                break;
            }

            data[start + i] = (byte)c;
        }
#endif

        var at = start + i;
        for (; i < n; i++)
        {
            var c = s[i];
            if (c < 0x80)
            {
                if (c >= 0x20 && c != '&' && c != '<' && c != '>')
                {
                    data[at++] = (byte)c;
                    continue;
                }

                byte[] escape;
                switch (c)
                {
                    case '&':
                        escape = Amp;
                        break;
                    case '<':
                        escape = Lt;
                        break;
                    case '>':
                        escape = Gt;
                        break;
                    case '\r' or '\n' when word is not null:
                        if (c == '\r' && i + 1 < n && s[i + 1] == '\n')
                        {
                            i++;
                        }

                        escape = word.Break;
                        break;
                    case '\t' when word is not null:
                        escape = word.Tab;
                        break;
                    case '\t' or '\n' or '\r':
                        data[at++] = (byte)c;
                        continue;
                    default:
                        buffer.Truncate(start);
                        return i;
                }

                buffer.Advance(at - buffer.Length);
                buffer.Write(escape);
                data = buffer.Reserve((n - i) * 3);
                at = buffer.Length;
            }
            else if (c < 0x800)
            {
                data[at++] = (byte)(0xC0 | (c >> 6));
                data[at++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (c < 0xD800 || (c > 0xDFFF && c < 0xFFFE))
            {
                data[at++] = (byte)(0xE0 | (c >> 12));
                data[at++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                data[at++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF)
            {
                var cp = 0x10000 + ((c - 0xD800) << 10) + (s[++i] - 0xDC00);
                data[at++] = (byte)(0xF0 | (cp >> 18));
                data[at++] = (byte)(0x80 | ((cp >> 12) & 0x3F));
                data[at++] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                data[at++] = (byte)(0x80 | (cp & 0x3F));
            }
            else
            {
                // A lone surrogate, U+FFFE or U+FFFF.
                buffer.Truncate(start);
                return i;
            }
        }

        buffer.Advance(at - buffer.Length);
        return -1;
    }
}

/// <summary>The pre-encoded WordprocessingML snippets a value needs, for the prefix the part binds to the main namespace.</summary>
internal sealed class WordSyntax
{
    public static readonly WordSyntax Default = new("w");

    public WordSyntax(string? prefix)
    {
        var p = string.IsNullOrEmpty(prefix) ? string.Empty : prefix + ":";
        TextOpen = "<" + p + "t xml:space=\"preserve\">";
        TextClose = "</" + p + "t>";
        Break = Encoding.UTF8.GetBytes(TextClose + "<" + p + "br/>" + TextOpen);
        Tab = Encoding.UTF8.GetBytes(TextClose + "<" + p + "tab/>" + TextOpen);
        EmptyParagraph = Encoding.UTF8.GetBytes("<" + p + "p/>");
    }

    /// <summary>The start of the text element a value is written into; the plan has it in the literal before the value.</summary>
    public string TextOpen { get; }

    /// <summary>The end of the text element a value is written into; the plan has it in the literal after the value.</summary>
    public string TextClose { get; }

    public byte[] Break { get; }

    public byte[] Tab { get; }

    public byte[] EmptyParagraph { get; }

    public static WordSyntax For(string? prefix) => prefix == "w" ? Default : new WordSyntax(prefix);
}
