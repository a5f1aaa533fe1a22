using System.Collections.Generic;
using System.Text;

namespace Verwerkers.Statements;

/// <summary>A sentence, bullet item or heading of a statement, found in one linear pass.</summary>
internal sealed class Segment
{
    private Segment(int start, int end, int paragraph, string text)
    {
        Start = start;
        End = end;
        Paragraph = paragraph;
        Text = text;
        Lower = text.ToLowerInvariant();
    }

    public int Start { get; }

    public int End { get; }

    public int Paragraph { get; }

    /// <summary>The text with white space folded to single spaces.</summary>
    public string Text { get; }

    public string Lower { get; }

    public bool IsBullet => Text.Length > 0 && Text[0] is '•' or '·' or '▪' or '-' or '*' or '\uf0b7' or '–';

    public bool EndsWithColon => Text.EndsWith(":", System.StringComparison.Ordinal);

    public SourceQuote Quote => new(Start, End - Start, Text);

    public static List<Segment> Split(string text)
    {
        var list = new List<Segment>();
        var paragraph = 0;
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (start < 0)
            {
                if (c == '\n' && i + 1 < text.Length && IsBlankLineAhead(text, i))
                {
                    paragraph++;
                }

                if (!char.IsWhiteSpace(c))
                {
                    start = i;
                }

                i++;
                continue;
            }

            if (c == '\n')
            {
                if (IsBlankLineAhead(text, i))
                {
                    Add(list, text, start, i, paragraph);
                    start = -1;
                    continue;
                }

                var j = i + 1;
                while (j < text.Length && (text[j] == ' ' || text[j] == '\t'))
                {
                    j++;
                }

                if (j < text.Length && text[j] is '•' or '·' or '▪' or '\uf0b7' or '*' or '–' || (i > 0 && text[i - 1] == ':'))
                {
                    Add(list, text, start, i, paragraph);
                    start = -1;
                    continue;
                }
            }
            else if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !IsAbbreviation(text, start, i))
            {
                Add(list, text, start, i + 1, paragraph);
                start = -1;
            }

            i++;
        }

        if (start >= 0)
        {
            Add(list, text, start, text.Length, paragraph);
        }

        return list;
    }

    private static bool IsBlankLineAhead(string text, int newline)
    {
        var j = newline + 1;
        while (j < text.Length && (text[j] == ' ' || text[j] == '\t' || text[j] == '\u00a0'))
        {
            j++;
        }

        return j >= text.Length || text[j] == '\n';
    }

    // "B.V.", "d.d.", "t.b.v." and single capitals ("J. Jansen") do not end a sentence.
    private static bool IsAbbreviation(string text, int start, int dot)
    {
        var k = dot - 1;
        while (k >= start && !char.IsWhiteSpace(text[k]))
        {
            if (text[k] == '.')
            {
                return true;
            }

            k--;
        }

        return dot - k - 1 == 1 && char.IsUpper(text[dot - 1]);
    }

    private static void Add(List<Segment> list, string text, int start, int end, int paragraph)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            return;
        }

        var sb = new StringBuilder(end - start);
        var space = false;
        for (var k = start; k < end; k++)
        {
            if (char.IsWhiteSpace(text[k]))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(text[k]);
        }

        list.Add(new Segment(start, end, paragraph, sb.ToString()));
    }
}
