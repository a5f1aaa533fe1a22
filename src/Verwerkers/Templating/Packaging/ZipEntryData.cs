using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Verwerkers.Templating.Packaging;

/// <summary>A ZIP entry ready to be written: name, timestamps and deflated bytes with their CRC.</summary>
internal sealed class ZipEntryData
{
    private ZipEntryData(string name, ushort dosTime, ushort dosDate, uint crc, byte[] compressed, int compressedLength, long uncompressedSize)
    {
        Name = name;
        NameBytes = Encoding.UTF8.GetBytes(name);
        Utf8Name = NameBytes.Length != name.Length;
        DosTime = dosTime;
        DosDate = dosDate;
        Crc = crc;
        Compressed = compressed;
        CompressedLength = compressedLength;
        UncompressedSize = uncompressedSize;
    }

    public string Name { get; }

    public byte[] NameBytes { get; }

    public bool Utf8Name { get; }

    public ushort DosTime { get; }

    public ushort DosDate { get; }

    public uint Crc { get; }

    public byte[] Compressed { get; }

    public int CompressedLength { get; }

    public long UncompressedSize { get; }

    /// <summary>Deflates <paramref name="data"/> once (compile time) so that fills can copy the entry as is.</summary>
    public static ZipEntryData Prepare(string name, DateTimeOffset lastWrite, byte[] data, int length, CompressionLevel level)
    {
        ToDos(lastWrite, out var time, out var date);
        var crc = System.IO.Hashing.Crc32.HashToUInt32(new System.ReadOnlySpan<byte>(data, 0, length));
        using var ms = new MemoryStream();
        using (var deflate = new DeflateStream(ms, level, leaveOpen: true))
        {
            deflate.Write(data, 0, length);
        }

        var compressed = ms.ToArray();
        return new ZipEntryData(name, time, date, crc, compressed, compressed.Length, length);
    }

    /// <summary>An entry whose compressed bytes live in a caller-owned buffer (the fill path).</summary>
    public static ZipEntryData FromBuffer(ZipEntryData template, uint crc, byte[] compressed, int compressedLength, long uncompressedSize)
        => new(template.Name, template.DosTime, template.DosDate, crc, compressed, compressedLength, uncompressedSize);

    private static void ToDos(DateTimeOffset value, out ushort time, out ushort date)
    {
        var d = value.DateTime;
        if (d.Year < 1980)
        {
            d = new DateTime(1980, 1, 1);
        }
        else if (d.Year > 2107)
        {
            d = new DateTime(2107, 12, 31, 23, 59, 58);
        }

        time = (ushort)((d.Hour << 11) | (d.Minute << 5) | (d.Second / 2));
        date = (ushort)(((d.Year - 1980) << 9) | (d.Month << 5) | d.Day);
    }
}
