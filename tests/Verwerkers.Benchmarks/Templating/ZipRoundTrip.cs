using System.IO;
using System.IO.Compression;

namespace Verwerkers.Benchmarks.Templating;

/// <summary>
/// The floor for any fill engine: read every entry of the template package and write it to a new ZIP, unchanged, with
/// <see cref="System.IO.Compression"/>. Each entry is decompressed and compressed again at
/// <see cref="CompressionLevel.Fastest"/>, the level the engine uses for the parts it fills.
/// </summary>
public static class ZipRoundTrip
{
    /// <summary>Copies the package held in <paramref name="template"/> to <paramref name="output"/>.</summary>
    /// <param name="template">The template package bytes (read once, up front).</param>
    /// <param name="output">The stream to write the new package to.</param>
    public static void Copy(byte[] template, Stream output)
    {
        using var source = new ZipArchive(new MemoryStream(template, writable: false), ZipArchiveMode.Read);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
            copy.LastWriteTime = entry.LastWriteTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    /// <summary>Copies the package to a new file at <paramref name="path"/> (replaced if it exists).</summary>
    /// <param name="template">The template package bytes.</param>
    /// <param name="path">The file to write.</param>
    public static void CopyToFile(byte[] template, string path)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Copy(template, file);
    }
}
