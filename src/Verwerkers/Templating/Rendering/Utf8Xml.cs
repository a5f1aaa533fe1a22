using System.Text;
using Verwerkers.Templating.Packaging;

namespace Verwerkers.Templating.Rendering;

/// <summary>Writes values as escaped UTF-8 XML text straight into the output buffer.</summary>
internal static class Utf8Xml
{
    private static readonly byte[] Amp = Encoding.UTF8.GetBytes("&amp;");
    private static readonly byte[] Lt = Encoding.UTF8.GetBytes("&lt;");
    private static readonly byte[] Gt = Encoding.UTF8.GetBytes("&gt;");

    /// <summary>Returns the index of the first character XML 1.0 cannot hold, or -1.</summary>
    public static int FindInvalidCharacter(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c < 0x20)
            {
                if (c != '\t' && c != '\n' && c != '\r')
                {
                    return i;
                }
            }
            else if (c >= 0xD800)
            {
                if (c <= 0xDBFF)
                {
                    if (i + 1 >= s.Length || s[i + 1] < 0xDC00 || s[i + 1] > 0xDFFF)
                    {
                        return i;
                    }

                    i++;
                }
                else if (c <= 0xDFFF || c == 0xFFFE || c == 0xFFFF)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// Writes escaped text. In Word text (<paramref name="word"/> not null) a line break becomes <c>w:br</c> and a tab
    /// <c>w:tab</c> inside the same run; the caller has already checked <see cref="FindInvalidCharacter"/>.
    /// </summary>
    public static void Write(ByteBuffer buffer, string s, WordSyntax? word)
    {
        var n = s.Length;
        var data = buffer.Reserve(n * 3);
        var at = buffer.Length;
        for (var i = 0; i < n; i++)
        {
            var c = s[i];
            if (c < 0x80)
            {
                switch (c)
                {
                    case '&':
                        buffer.Advance(at - buffer.Length);
                        buffer.Write(Amp);
                        data = buffer.Reserve((n - i) * 3);
                        at = buffer.Length;
                        continue;
                    case '<':
                        buffer.Advance(at - buffer.Length);
                        buffer.Write(Lt);
                        data = buffer.Reserve((n - i) * 3);
                        at = buffer.Length;
                        continue;
                    case '>':
                        buffer.Advance(at - buffer.Length);
                        buffer.Write(Gt);
                        data = buffer.Reserve((n - i) * 3);
                        at = buffer.Length;
                        continue;
                    case '\r' or '\n' when word is not null:
                        if (c == '\r' && i + 1 < n && s[i + 1] == '\n')
                        {
                            i++;
                        }

                        buffer.Advance(at - buffer.Length);
                        buffer.Write(word.Break);
                        data = buffer.Reserve((n - i) * 3);
                        at = buffer.Length;
                        continue;
                    case '\t' when word is not null:
                        buffer.Advance(at - buffer.Length);
                        buffer.Write(word.Tab);
                        data = buffer.Reserve((n - i) * 3);
                        at = buffer.Length;
                        continue;
                    default:
                        data[at++] = (byte)c;
                        continue;
                }
            }

            if (c < 0x800)
            {
                data[at++] = (byte)(0xC0 | (c >> 6));
                data[at++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n)
            {
                var cp = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
                i++;
                data[at++] = (byte)(0xF0 | (cp >> 18));
                data[at++] = (byte)(0x80 | ((cp >> 12) & 0x3F));
                data[at++] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                data[at++] = (byte)(0x80 | (cp & 0x3F));
            }
            else
            {
                data[at++] = (byte)(0xE0 | (c >> 12));
                data[at++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                data[at++] = (byte)(0x80 | (c & 0x3F));
            }
        }

        buffer.Advance(at - buffer.Length);
    }
}

/// <summary>The pre-encoded WordprocessingML snippets a value needs, for the prefix the part binds to the main namespace.</summary>
internal sealed class WordSyntax
{
    public static readonly WordSyntax Default = new("w");

    public WordSyntax(string? prefix)
    {
        var p = string.IsNullOrEmpty(prefix) ? string.Empty : prefix + ":";
        TextOpen = Encoding.UTF8.GetBytes("<" + p + "t xml:space=\"preserve\">");
        TextClose = Encoding.UTF8.GetBytes("</" + p + "t>");
        Break = Encoding.UTF8.GetBytes("</" + p + "t><" + p + "br/><" + p + "t xml:space=\"preserve\">");
        Tab = Encoding.UTF8.GetBytes("</" + p + "t><" + p + "tab/><" + p + "t xml:space=\"preserve\">");
        EmptyParagraph = Encoding.UTF8.GetBytes("<" + p + "p/>");
    }

    public byte[] TextOpen { get; }

    public byte[] TextClose { get; }

    public byte[] Break { get; }

    public byte[] Tab { get; }

    public byte[] EmptyParagraph { get; }

    public static WordSyntax For(string? prefix) => prefix == "w" ? Default : new WordSyntax(prefix);
}
