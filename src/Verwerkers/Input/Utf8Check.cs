using System.IO;

namespace Verwerkers.Input;

/// <summary>Finds the first byte that is not valid UTF-8, as a 1-based line and position, for the error message.</summary>
internal static class Utf8Check
{
    public static (int Line, int Position) FindFirstInvalid(Stream stream)
    {
        int line = 1, position = 0, pending = 0, index = 0;
        byte low = 0x80, high = 0xBF;
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++, index++)
            {
                var b = buffer[i];
                if (pending > 0)
                {
                    if (b < low || b > high)
                    {
                        return (line, position);
                    }

                    low = 0x80;
                    high = 0xBF;
                    pending--;
                    continue;
                }

                position++;
                if (b < 0x80)
                {
                    if (b == (byte)'\n')
                    {
                        line++;
                        position = 0;
                    }

                    continue;
                }

                // Lead bytes, with the second-byte ranges that exclude overlong forms, surrogates and code points past U+10FFFF.
                (pending, low, high) = b switch
                {
                    >= 0xC2 and <= 0xDF => (1, (byte)0x80, (byte)0xBF),
                    0xE0 => (2, (byte)0xA0, (byte)0xBF),
                    0xED => (2, (byte)0x80, (byte)0x9F),
                    >= 0xE1 and <= 0xEF => (2, (byte)0x80, (byte)0xBF),
                    0xF0 => (3, (byte)0x90, (byte)0xBF),
                    >= 0xF1 and <= 0xF3 => (3, (byte)0x80, (byte)0xBF),
                    0xF4 => (3, (byte)0x80, (byte)0x8F),
                    _ => (-1, (byte)0, (byte)0),
                };
                if (pending < 0)
                {
                    return (line, position);
                }
            }
        }

        return pending > 0 ? (line, position) : (0, 0);
    }

}
