using System;
using System.IO;
using System.Text;

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

    public static CsvTextSource Read(Stream stream, CsvImportOptions options)
    {
        var bytes = ReadBounded(stream, options.MaxBytes);
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
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            throw CsvImportException.ForFile($"The file is {stream.Length - stream.Position} bytes; at most {maxBytes} are accepted (CsvImportOptions.MaxBytes).");
        }

        using var buffer = stream.CanSeek ? new MemoryStream((int)Math.Min(int.MaxValue, stream.Length - stream.Position)) : new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw CsvImportException.ForFile($"The file is larger than {maxBytes} bytes, the most accepted (CsvImportOptions.MaxBytes).");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
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
