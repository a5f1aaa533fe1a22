using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Verwerkers.Templating;
using Verwerkers.Templating.Packaging;

namespace Verwerkers.Benchmarks.Templating;

/// <summary>
/// The tight floor for a fill that writes a file: copy every untouched entry's compressed bytes, deflate only the parts
/// the engine fills (their filled XML prepared once, so no rendering is timed), write the ZIP with the engine's own
/// writer and file handling (temporary file, then moved into place). What is left between this and
/// <see cref="DocxTemplate.FillToFile"/> is the rendering itself. <see cref="WriteTo"/> is the same floor into a stream,
/// for <see cref="DocxTemplate.Fill(object, Stream)"/> into memory.
/// </summary>
public sealed class TightFloor
{
    private readonly ZipEntryData[] _untouched;
    private readonly (ZipEntryData Template, byte[] Xml)?[] _filled;
    private MemoryStream? _scratch;

    /// <summary>Prepares the floor from the template and one output of the engine for the same template.</summary>
    /// <param name="template">The template package.</param>
    /// <param name="filledOnce">The engine's output for the benchmark's data: the entries that differ from the template are the filled parts.</param>
    public TightFloor(byte[] template, byte[] filledOnce)
    {
        var output = Entries(filledOnce);
        var raw = PackageReader.Read(new MemoryStream(template, writable: false), new TemplateOptions(), new List<TemplateError>());
        _untouched = new ZipEntryData[raw.Count];
        _filled = new (ZipEntryData, byte[])?[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            var entry = ZipEntryData.Prepare(raw[i].Name, raw[i].LastWrite, raw[i].Data, raw[i].Data.Length, CompressionLevel.Fastest);
            _untouched[i] = entry;
            if (output.TryGetValue(raw[i].Name, out var xml) && !xml.SequenceEqual(raw[i].Data))
            {
                _filled[i] = (entry, xml);
            }
        }
    }

    /// <summary>How many entries are deflated per document.</summary>
    public int FilledParts => _filled.Count(f => f is not null);

    /// <summary>Writes one document to <paramref name="path"/>.</summary>
    /// <param name="path">The file to write (replaced if it exists).</param>
    public void WriteFile(string path)
    {
        var entries = Entries();
        AtomicFile.Write(Path.GetFullPath(path), stream => Write(entries, stream), overwrite: true, bufferSize: 4096);
    }

    /// <summary>Writes one document to <paramref name="output"/> from its current position.</summary>
    /// <param name="output">A writable stream.</param>
    public void WriteTo(Stream output) => Write(Entries(), output);

    private static void Write(ZipEntryData[] entries, Stream stream)
    {
        var writer = new ZipWriter(stream);
        foreach (var entry in entries)
        {
            writer.Add(entry);
        }

        writer.Finish();
    }

    private ZipEntryData[] Entries()
    {
        var entries = new ZipEntryData[_untouched.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = _filled[i] is { } f ? Deflate(f.Template, f.Xml) : _untouched[i];
        }

        return entries;
    }

    private ZipEntryData Deflate(ZipEntryData template, byte[] xml)
    {
        var crc = System.IO.Hashing.Crc32.HashToUInt32(xml);
        var scratch = _scratch ??= new MemoryStream(1 << 16);
        scratch.SetLength(0);
        using (var deflate = new DeflateStream(scratch, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(xml, 0, xml.Length);
        }

        var compressed = scratch.ToArray();
        return ZipEntryData.FromBuffer(template, crc, compressed, compressed.Length, xml.Length);
    }

    private static Dictionary<string, byte[]> Entries(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        var result = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries)
        {
            using var s = entry.Open();
            var ms = new MemoryStream();
            s.CopyTo(ms);
            result[entry.FullName] = ms.ToArray();
        }

        return result;
    }
}
