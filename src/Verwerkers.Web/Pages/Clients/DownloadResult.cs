using System.Collections.Generic;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>A file the client pages hand out, or the reasons it was not made.</summary>
/// <param name="FileName">The file's name for the download; null when refused.</param>
/// <param name="ContentType">The media type; null when refused.</param>
/// <param name="Content">The file's bytes; null when refused.</param>
/// <param name="Problems">Why the file was not made, in Dutch and English; empty when it was.</param>
public sealed record DownloadResult(string? FileName, string? ContentType, byte[]? Content, IReadOnlyList<Problem> Problems)
{
    /// <summary>Gets a value indicating whether the file was made.</summary>
    public bool Succeeded => Content is not null;

    /// <summary>A refusal.</summary>
    /// <param name="problems">The reasons.</param>
    /// <returns>The result.</returns>
    public static DownloadResult Refused(IReadOnlyList<Problem> problems) => new(null, null, null, problems);
}
