using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;

namespace Verwerkers.Templating.Packaging;

/// <summary>One entry of the template package, uncompressed.</summary>
internal sealed class RawEntry
{
    public RawEntry(string name, DateTimeOffset lastWrite, byte[] data)
    {
        Name = name;
        LastWrite = lastWrite;
        Data = data;
    }

    public string Name { get; }

    public DateTimeOffset LastWrite { get; }

    public byte[] Data { get; }
}

/// <summary>Reads a ZIP package under the limits of <see cref="TemplateOptions"/>, treating it as hostile.</summary>
internal static class PackageReader
{
    public static List<RawEntry> Read(Stream input, TemplateOptions options, List<TemplateError> errors)
    {
        var entries = new List<RawEntry>();
        if (CompoundFile.IsCompoundFile(input))
        {
            errors.Add(CompoundFile.Describe(input, options.MaxTotalUncompressedSize));
            return entries;
        }

        ZipArchive archive;
        try
        {
            archive = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            errors.Add(new TemplateError(TemplateErrorCode.InvalidPackage, "The file is not a ZIP package (a .docx is one): " + ex.Message));
            return entries;
        }

        using (archive)
        {
            var all = archive.Entries;
            if (all.Count > options.MaxParts)
            {
                errors.Add(new TemplateError(
                    TemplateErrorCode.TooManyParts,
                    $"The package holds {all.Count} entries; the limit (MaxParts) is {options.MaxParts}."));
                return entries;
            }

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            long total = 0;
            foreach (var entry in all)
            {
                var name = entry.FullName;
                if (name.EndsWith("/", StringComparison.Ordinal))
                {
                    continue;
                }

                var unsafeReason = EntryNames.WhyUnsafe(name);
                if (unsafeReason is not null)
                {
                    errors.Add(new TemplateError(
                        TemplateErrorCode.UnsafeEntryName,
                        $"The package holds an entry named '{EntryNames.Printable(name)}', which {unsafeReason}; such names can write outside a folder when unpacked and are never copied.",
                        EntryNames.Printable(name)));
                    continue;
                }

                if (!names.Add(name))
                {
                    errors.Add(new TemplateError(TemplateErrorCode.InvalidPackage, $"The package holds the entry '{name}' twice.", name));
                    continue;
                }

                if (!CheckDeclaredSize(entry, options, errors))
                {
                    continue;
                }

                var data = ReadBounded(entry, options, errors);
                if (data is null)
                {
                    continue;
                }

                total += data.Length;
                if (total > options.MaxTotalUncompressedSize)
                {
                    errors.Add(new TemplateError(
                        TemplateErrorCode.TotalSizeExceeded,
                        string.Format(CultureInfo.InvariantCulture, "The parts together exceed {0:N0} bytes uncompressed (MaxTotalUncompressedSize).", options.MaxTotalUncompressedSize)));
                    return entries;
                }

                entries.Add(new RawEntry(name, entry.LastWriteTime, data));
            }
        }

        return entries;
    }

    private static bool CheckDeclaredSize(ZipArchiveEntry entry, TemplateOptions options, List<TemplateError> errors)
    {
        if (entry.Length > options.MaxPartSize)
        {
            errors.Add(new TemplateError(
                TemplateErrorCode.PartTooLarge,
                string.Format(CultureInfo.InvariantCulture, "The part is {0:N0} bytes uncompressed; the limit (MaxPartSize) is {1:N0}.", entry.Length, options.MaxPartSize),
                entry.FullName));
            return false;
        }

        if (entry.Length > TemplateOptions.CompressionRatioExemptSize
            && entry.Length > (long)options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
        {
            errors.Add(new TemplateError(
                TemplateErrorCode.CompressionRatioExceeded,
                string.Format(CultureInfo.InvariantCulture, "The part expands from {0:N0} to {1:N0} bytes, more than {2} times (MaxCompressionRatio): a ZIP bomb?", entry.CompressedLength, entry.Length, options.MaxCompressionRatio),
                entry.FullName));
            return false;
        }

        return true;
    }

    private static byte[]? ReadBounded(ZipArchiveEntry entry, TemplateOptions options, List<TemplateError> errors)
    {
        // Declared sizes can lie: never read more than the limits allow, whatever the header says.
        var limit = Math.Min(options.MaxPartSize, Math.Max(TemplateOptions.CompressionRatioExemptSize, (long)options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength)));
        try
        {
            using var stream = entry.Open();
            using var ms = new MemoryStream(entry.Length > 0 && entry.Length < int.MaxValue ? (int)entry.Length : 4096);
            var buffer = new byte[81920];
            long read = 0;
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                read += n;
                if (read > limit)
                {
                    var code = read > options.MaxPartSize ? TemplateErrorCode.PartTooLarge : TemplateErrorCode.CompressionRatioExceeded;
                    errors.Add(new TemplateError(code, "The part expands beyond the limits (its header understates its size): a ZIP bomb?", entry.FullName));
                    return null;
                }

                ms.Write(buffer, 0, n);
            }

            return ms.ToArray();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            errors.Add(new TemplateError(TemplateErrorCode.InvalidPackage, "The part cannot be decompressed: " + ex.Message, entry.FullName));
            return null;
        }
    }
}
