using System;

namespace Verwerkers.Storage.Csv;

/// <summary>Finds the delimiter of a supplier list: an Excel <c>sep=</c> line, else the most frequent of ; , and tab in the header.</summary>
internal static class CsvDelimiterDetector
{
    /// <summary>Detects the delimiter.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="fromSepLine">Set when the file starts with an Excel <c>sep=x</c> line, which the reader then skips.</param>
    /// <returns>The delimiter; ';' when the header has none of the candidates (a single column).</returns>
    public static char Detect(ReadOnlySpan<byte> utf8, out bool fromSepLine)
    {
        fromSepLine = false;
        if (utf8.Length >= 5 && (utf8[0] | 0x20) == 's' && (utf8[1] | 0x20) == 'e' && (utf8[2] | 0x20) == 'p' && utf8[3] == '='
            && (utf8.Length == 5 || utf8[5] == '\r' || utf8[5] == '\n'))
        {
            fromSepLine = true;
            return (char)utf8[4];
        }

        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var b in utf8)
        {
            if (b == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (b == '\n' || b == '\r')
                {
                    break;
                }

                if (b == ';')
                {
                    semicolons++;
                }
                else if (b == ',')
                {
                    commas++;
                }
                else if (b == '\t')
                {
                    tabs++;
                }
            }
        }

        if (tabs > semicolons && tabs > commas)
        {
            return '\t';
        }

        return commas > semicolons ? ',' : ';';
    }
}
