using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Verwerkers.Register;
using Verwerkers.Storage.Xlsx;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// An uploaded register workbook read with the hardened reader and its limits: either every problem (with its sheet
/// and cell), or the register it holds with the field-by-field changes against the current version. Nothing is saved
/// until the user confirms.
/// </summary>
/// <param name="Register">The register the workbook holds; null when it has problems.</param>
/// <param name="Changes">The changes from the current register to <see cref="Register"/>; empty when none or when it has problems.</param>
/// <param name="Problems">Every problem of the workbook; empty when it was read.</param>
public sealed record ImportPreview(ProcessorRegister? Register, IReadOnlyList<RegisterChange> Changes, IReadOnlyList<Problem> Problems)
{
    /// <summary>The largest workbook the pages accept, in bytes (before the reader's own limits on what it expands to).</summary>
    public const int MaxUploadBytes = 8 * 1024 * 1024;

    /// <summary>Reads a workbook and compares it with the current register.</summary>
    /// <param name="workbook">The workbook's bytes.</param>
    /// <param name="current">The register as it is now.</param>
    /// <param name="options">The reader's limits; null for its defaults.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The preview.</returns>
    public static async Task<ImportPreview> ReadAsync(byte[] workbook, ProcessorRegister current, XlsxImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Verwerkers.Guard.NotNull(workbook, nameof(workbook));
        Verwerkers.Guard.NotNull(current, nameof(current));
        if (workbook.Length > MaxUploadBytes)
        {
            return Failed(new Problem(
                $"The workbook is {workbook.Length / (1024 * 1024)} MB; at most {MaxUploadBytes / (1024 * 1024)} MB is accepted.",
                $"De werkmap is {workbook.Length / (1024 * 1024)} MB; hoogstens {MaxUploadBytes / (1024 * 1024)} MB wordt aangenomen."));
        }

        ProcessorRegister read;
        try
        {
            using var stream = new MemoryStream(workbook, writable: false);
            read = await RegisterWorkbook.ReadAsync(stream, options, cancellationToken).ConfigureAwait(false);
        }
        catch (XlsxImportException e)
        {
            return new ImportPreview(null, Array.Empty<RegisterChange>(), e.Problems);
        }

        return new ImportPreview(read, RegisterDiff.Compare(current, read), Array.Empty<Problem>());
    }

    private static ImportPreview Failed(Problem problem) => new(null, Array.Empty<RegisterChange>(), new[] { problem });
}
