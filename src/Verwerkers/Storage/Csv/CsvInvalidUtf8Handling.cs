namespace Verwerkers.Storage.Csv;

/// <summary>What the importer does with a file without byte order mark that is not valid UTF-8.</summary>
/// <remarks>
/// Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)" in the Windows ANSI code page, Windows-1252, without
/// a byte order mark. Such a file is almost never valid UTF-8 once it contains an accented letter ("Café", "Groß").
/// </remarks>
public enum CsvInvalidUtf8Handling
{
    /// <summary>
    /// Decode the file as Windows-1252 (the default). The library carries its own Windows-1252 table, so no code-page
    /// provider is needed on .NET (Core); the plan reports the encoding used.
    /// </summary>
    DecodeAsWindows1252 = 0,

    /// <summary>Reject the file with an error naming the first invalid byte and its line.</summary>
    Reject,
}
