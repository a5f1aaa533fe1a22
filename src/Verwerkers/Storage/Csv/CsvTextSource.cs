using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Verwerkers.Storage.Csv;

/// <summary>
/// Reads a supplier list into memory (within the size limit), detects its encoding and gives its text as UTF-8 bytes,
/// which is what the CSV reader works on.
/// </summary>
internal sealed class CsvTextSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private CsvTextSource(ReadOnlyMemory<byte> utf8, string encodingName)
    {
        Utf8 = utf8;
        EncodingName = encodingName;
    }

    /// <summary>Gets the text as UTF-8 without byte order mark.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>Gets a description of the encoding found, for example "UTF-8 with BOM" or "Windows-1252".</summary>
    public string EncodingName { get; }

    public static CsvTextSource Read(Stream stream, CsvImportOptions options) => FromBytes(ReadBounded(stream, options.MaxBytes), options);

    public static async Task<CsvTextSource> ReadAsync(Stream stream, CsvImportOptions options, CancellationToken cancellationToken)
    {
        CheckDeclaredLength(stream, options.MaxBytes);
        using var buffer = NewBuffer(stream);
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total = Append(buffer, chunk, read, total, options.MaxBytes);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return FromBytes(buffer.ToArray(), options);
    }

    private static CsvTextSource FromBytes(byte[] bytes, CsvImportOptions options)
    {
        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF))
        {
            return FromUtf8(bytes, 3, "UTF-8 with BOM", options);
        }

        if (StartsWith(bytes, 0xFF, 0xFE))
        {
            return Transcode(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes, 2, "UTF-16 LE");
        }

        if (StartsWith(bytes, 0xFE, 0xFF))
        {
            return Transcode(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes, 2, "UTF-16 BE");
        }

        return FromUtf8(bytes, 0, "UTF-8", options);
    }

    private static CsvTextSource FromUtf8(byte[] bytes, int start, string name, CsvImportOptions options)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes, start, bytes.Length - start);
            return new CsvTextSource(new ReadOnlyMemory<byte>(bytes, start, bytes.Length - start), name);
        }
        catch (DecoderFallbackException ex)
        {
            if (start == 0 && options.InvalidUtf8 == CsvInvalidUtf8Handling.DecodeAsWindows1252)
            {
                if (FirstUtf8Sequence(bytes) is { } utf8At)
                {
                    var invalidAt = Math.Max(0, ex.Index);
                    throw new CsvImportException(
                        "The supplier list cannot be read",
                        new[]
                        {
                            new CsvRowError(
                                1 + CountLineFeeds(bytes, invalidAt),
                                null,
                                $"The file mixes encodings: line {1 + CountLineFeeds(bytes, utf8At)} holds UTF-8 (bytes 0x{bytes[utf8At]:X2} 0x{bytes[utf8At + 1]:X2} at offset {utf8At}) "
                                + $"and this line holds a byte that is not UTF-8 (0x{bytes[invalidAt]:X2} at offset {invalidAt}, Windows-1252?). Reading it either way would garble one of them (\"CafÃ©\"). "
                                + "Save the whole file again as \"CSV UTF-8\"."),
                        });
                }

                var text = Windows1252.Decode(bytes, 0, bytes.Length);
                return new CsvTextSource(Encoding.UTF8.GetBytes(text), "Windows-1252");
            }

            var offset = start + Math.Max(0, ex.Index);
            var line = 1 + CountLineFeeds(bytes, offset);
            var why = start == 0
                ? "Save the file as \"CSV UTF-8\" or allow Windows-1252 (CsvImportOptions.InvalidUtf8)."
                : "The file starts with a UTF-8 byte order mark but is not UTF-8; save it again as \"CSV UTF-8\".";
            throw new CsvImportException(
                "The supplier list cannot be read",
                new[] { new CsvRowError(line, null, $"The file is not valid UTF-8: byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2} at offset {offset}. {why}") });
        }
    }

    /// <summary>The offset of the first well-formed multi-byte UTF-8 sequence, or null when the file has none.</summary>
    private static int? FirstUtf8Sequence(byte[] bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var length = b is >= 0xC2 and <= 0xDF ? 2 : b is >= 0xE0 and <= 0xEF ? 3 : b is >= 0xF0 and <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > bytes.Length)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < length && ok; k++)
            {
                ok = bytes[i + k] is >= 0x80 and <= 0xBF;
            }

            if (ok && IsStrictUtf8(bytes, i, length))
            {
                return i;
            }
        }

        return null;
    }

    private static bool IsStrictUtf8(byte[] bytes, int start, int length)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes, start, length);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static CsvTextSource Transcode(Encoding encoding, byte[] bytes, int start, string name)
    {
        try
        {
            var text = encoding.GetString(bytes, start, bytes.Length - start);
            return new CsvTextSource(Encoding.UTF8.GetBytes(text), name);
        }
        catch (DecoderFallbackException ex)
        {
            throw CsvImportException.ForFile($"The file starts with a {name} byte order mark but is not valid {name}: {ex.Message}");
        }
    }

    private static byte[] ReadBounded(Stream stream, long maxBytes)
    {
        CheckDeclaredLength(stream, maxBytes);
        using var buffer = NewBuffer(stream);
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            total = Append(buffer, chunk, read, total, maxBytes);
        }

        return buffer.ToArray();
    }

    private static void CheckDeclaredLength(Stream stream, long maxBytes)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            throw CsvImportException.ForFile($"The file is {stream.Length - stream.Position} bytes; at most {maxBytes} are accepted (CsvImportOptions.MaxBytes).");
        }
    }

    private static MemoryStream NewBuffer(Stream stream) =>
        stream.CanSeek ? new MemoryStream((int)Math.Min(int.MaxValue, stream.Length - stream.Position)) : new MemoryStream();

    private static long Append(MemoryStream buffer, byte[] chunk, int read, long total, long maxBytes)
    {
        total += read;
        if (total > maxBytes)
        {
            throw CsvImportException.ForFile($"The file is larger than {maxBytes} bytes, the most accepted (CsvImportOptions.MaxBytes).");
        }

        buffer.Write(chunk, 0, read);
        return total;
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int CountLineFeeds(byte[] bytes, int end)
    {
        var count = 0;
        for (var i = 0; i < end && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                count++;
            }
        }

        return count;
    }
}
