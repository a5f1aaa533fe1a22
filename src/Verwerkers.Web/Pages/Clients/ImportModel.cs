using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Verwerkers.Register;
using Verwerkers.Workspace;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// <c>/clients/{name}/import</c>: upload an edited register workbook. The hardened reader reads it with its limits;
/// the page shows every problem (sheet, cell) or the field-by-field changes, and saves only after confirmation,
/// based on the version the changes were computed against.
/// </summary>
[RequestFormLimits(ValueLengthLimit = ImportPreview.MaxUploadBytes / 3 * 4 + 4, MultipartBodyLengthLimit = ImportPreview.MaxUploadBytes + 64 * 1024)]
public sealed class ImportModel : ClientPageModel
{
    /// <summary>Initializes the page.</summary>
    /// <param name="store">The workspace.</param>
    /// <param name="checks">The checks.</param>
    public ImportModel(IWorkspaceStore store, WorkspaceChecks checks)
        : base(store, checks)
    {
    }

    /// <summary>Gets or sets the uploaded workbook (field <c>Upload</c>).</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>Gets or sets the workbook being confirmed, in base64 (hidden field <c>Workbook</c>).</summary>
    [BindProperty]
    public string? Workbook { get; set; }

    /// <summary>Gets the problems of the workbook; empty when it was read.</summary>
    public IReadOnlyList<Problem> Problems { get; private set; } = Array.Empty<Problem>();

    /// <summary>Gets the changes the workbook makes; null before a workbook was read.</summary>
    public IReadOnlyList<RegisterChange>? Changes { get; private set; }

    /// <summary>Shows the upload form.</summary>
    /// <param name="name">The register's name.</param>
    /// <returns>The page, 403 or 404.</returns>
    public async Task<IActionResult> OnGetAsync(string name)
    {
        if (await LoadForEditAsync(name).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        BasedOnVersion = Stored!.Version.Number;
        return Page();
    }

    /// <summary>Reads the uploaded workbook and shows its problems or its changes (nothing is saved).</summary>
    /// <param name="name">The register's name.</param>
    /// <returns>The page.</returns>
    public async Task<IActionResult> OnPostPreviewAsync(string name)
    {
        ModelState.Clear();
        if (await LoadForEditAsync(name).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        BasedOnVersion = Stored!.Version.Number;
        if (Upload is null || Upload.Length == 0)
        {
            Show(new[] { new Problem("Choose a workbook (.xlsx) to import.", "Kies een werkmap (.xlsx) om te importeren.") { Path = nameof(Upload) } });
            return Page();
        }

        if (Upload.Length > ImportPreview.MaxUploadBytes)
        {
            Show(new[] { new Problem($"The workbook is larger than {ImportPreview.MaxUploadBytes / (1024 * 1024)} MB.", $"De werkmap is groter dan {ImportPreview.MaxUploadBytes / (1024 * 1024)} MB.") { Path = nameof(Upload) } });
            return Page();
        }

        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            await Upload.CopyToAsync(buffer, HttpContext.RequestAborted).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }

        await PreviewAsync(bytes).ConfigureAwait(false);
        if (Problems.Count == 0)
        {
            Workbook = Convert.ToBase64String(bytes);
        }

        return Page();
    }

    /// <summary>Saves the confirmed workbook's register, read again with the same reader, based on the previewed version.</summary>
    /// <param name="name">The register's name.</param>
    /// <returns>The client page, or this page with the problems or the concurrency message.</returns>
    public async Task<IActionResult> OnPostConfirmAsync(string name)
    {
        ModelState.Clear();
        if (await LoadForEditAsync(name).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(Workbook ?? string.Empty);
        }
        catch (FormatException)
        {
            Show(new[] { new Problem("The confirmed workbook was damaged on the way: upload it again.", "De bevestigde werkmap is onderweg beschadigd: upload hem opnieuw.") });
            return Page();
        }

        var preview = await ImportPreview.ReadAsync(bytes, Register, cancellationToken: HttpContext.RequestAborted).ConfigureAwait(false);
        if (preview.Register is not { } imported)
        {
            Problems = preview.Problems;
            return Page();
        }

        var saved = await SaveAsync(imported, $"Werkmap geïmporteerd: {preview.Changes.Count} wijziging(en) / workbook imported: {preview.Changes.Count} change(s)").ConfigureAwait(false);
        if (saved is not null)
        {
            return saved;
        }

        Workbook = null;
        return Page();
    }

    private async Task PreviewAsync(byte[] bytes)
    {
        var preview = await ImportPreview.ReadAsync(bytes, Register, cancellationToken: HttpContext.RequestAborted).ConfigureAwait(false);
        Problems = preview.Problems;
        Changes = preview.Register is null ? null : preview.Changes;
    }
}
