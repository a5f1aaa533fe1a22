namespace Verwerkers.Storage.Csv;

/// <summary>
/// Decodes Windows-1252, the ANSI code page of Dutch Windows. It equals ISO-8859-1 except for bytes 0x80–0x9F, which
/// hold the euro sign, curly quotes, dashes and a few letters. Carried here because netstandard2.0 and .NET (Core) only
/// offer it through the System.Text.Encoding.CodePages provider.
/// </summary>
internal static class Windows1252
{
    // Bytes 0x80–0x9F. The five bytes Windows leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control
    // character of the same value, as the WHATWG encoding standard does.
    private static readonly char[] High =
    {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    };

    public static string Decode(byte[] bytes, int start, int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            var b = bytes[start + i];
            chars[i] = b >= 0x80 && b <= 0x9F ? High[b - 0x80] : (char)b;
        }

        return new string(chars);
    }
}
