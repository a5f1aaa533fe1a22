using System.Collections.Generic;
using System.IO;

namespace Verwerkers.Templating.Packaging;

/// <summary>
/// Writes a ZIP archive of already-deflated entries. Lets fills copy untouched parts as their compressed bytes instead
/// of inflating and deflating them again (System.IO.Compression cannot write raw entries).
/// </summary>
internal sealed class ZipWriter
{
    private const ushort VersionNeeded = 20;
    private const ushort MethodDeflate = 8;
    private const ushort FlagUtf8 = 0x0800;

    private readonly Stream _output;
    private readonly byte[] _header = new byte[46];
    private readonly List<(ZipEntryData Entry, long Offset)> _written = new();
    private long _position;

    public ZipWriter(Stream output) => _output = output;

    public void Add(ZipEntryData entry)
    {
        var h = _header;
        Put32(h, 0, 0x04034b50);
        Put16(h, 4, VersionNeeded);
        Put16(h, 6, entry.Utf8Name ? FlagUtf8 : (ushort)0);
        Put16(h, 8, MethodDeflate);
        Put16(h, 10, entry.DosTime);
        Put16(h, 12, entry.DosDate);
        Put32(h, 14, entry.Crc);
        Put32(h, 18, (uint)entry.CompressedLength);
        Put32(h, 22, (uint)entry.UncompressedSize);
        Put16(h, 26, (ushort)entry.NameBytes.Length);
        Put16(h, 28, 0);
        _output.Write(h, 0, 30);
        _output.Write(entry.NameBytes, 0, entry.NameBytes.Length);
        _output.Write(entry.Compressed, 0, entry.CompressedLength);
        _written.Add((entry, _position));
        _position += 30 + entry.NameBytes.Length + entry.CompressedLength;
    }

    public void Finish()
    {
        var h = _header;
        var start = _position;
        foreach (var (entry, offset) in _written)
        {
            Put32(h, 0, 0x02014b50);
            Put16(h, 4, 20);
            Put16(h, 6, VersionNeeded);
            Put16(h, 8, entry.Utf8Name ? FlagUtf8 : (ushort)0);
            Put16(h, 10, MethodDeflate);
            Put16(h, 12, entry.DosTime);
            Put16(h, 14, entry.DosDate);
            Put32(h, 16, entry.Crc);
            Put32(h, 20, (uint)entry.CompressedLength);
            Put32(h, 24, (uint)entry.UncompressedSize);
            Put16(h, 28, (ushort)entry.NameBytes.Length);
            Put16(h, 30, 0);
            Put16(h, 32, 0);
            Put16(h, 34, 0);
            Put16(h, 36, 0);
            Put32(h, 38, 0);
            Put32(h, 42, (uint)offset);
            _output.Write(h, 0, 46);
            _output.Write(entry.NameBytes, 0, entry.NameBytes.Length);
            _position += 46 + entry.NameBytes.Length;
        }

        Put32(h, 0, 0x06054b50);
        Put16(h, 4, 0);
        Put16(h, 6, 0);
        Put16(h, 8, (ushort)_written.Count);
        Put16(h, 10, (ushort)_written.Count);
        Put32(h, 12, (uint)(_position - start));
        Put32(h, 16, (uint)start);
        Put16(h, 20, 0);
        _output.Write(h, 0, 22);
        _position += 22;
    }

    private static void Put16(byte[] b, int at, ushort v)
    {
        b[at] = (byte)v;
        b[at + 1] = (byte)(v >> 8);
    }

    private static void Put32(byte[] b, int at, uint v)
    {
        b[at] = (byte)v;
        b[at + 1] = (byte)(v >> 8);
        b[at + 2] = (byte)(v >> 16);
        b[at + 3] = (byte)(v >> 24);
    }
}
