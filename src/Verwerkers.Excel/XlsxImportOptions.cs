using System;
using System.Collections.Generic;

namespace Verwerkers.Storage.Xlsx;

/// <summary>Limits for reading a register workbook; the defaults are safe for untrusted files.</summary>
/// <remarks>A mutable settings object, validated and copied when reading starts; <see cref="Validate"/> reports every invalid setting at once.</remarks>
public sealed class XlsxImportOptions
{
    /// <summary>The default of <see cref="MaxRowsPerSheet"/>: 1,000,000 (the most Excel holds is 1,048,576).</summary>
    public const int DefaultMaxRowsPerSheet = 1_000_000;

    /// <summary>The default of <see cref="MaxCharactersInPart"/>: 256 million characters per XML part (guards against zip bombs).</summary>
    public const long DefaultMaxCharactersInPart = 256L * 1024 * 1024;

    /// <summary>The default of <see cref="MaxSharedStrings"/>: 1,000,000 distinct texts.</summary>
    public const int DefaultMaxSharedStrings = 1_000_000;

    /// <summary>The default of <see cref="MaxSharedStringCharacters"/>: 64 million characters in all shared texts together.</summary>
    public const long DefaultMaxSharedStringCharacters = 64L * 1024 * 1024;

    /// <summary>The default of <see cref="MaxCells"/>: 10,000,000 cells in all sheets together.</summary>
    public const long DefaultMaxCells = 10_000_000;

    /// <summary>The default of <see cref="MaxExpandedBytes"/>: 1 GiB, all parts of the package unpacked.</summary>
    public const long DefaultMaxExpandedBytes = 1024L * 1024 * 1024;

    /// <summary>The default of <see cref="MaxXmlDepth"/>: 64 nested elements (a worksheet needs 7).</summary>
    public const int DefaultMaxXmlDepth = 64;

    /// <summary>
    /// Gets or sets the most shared strings (the workbook's table of distinct texts) read. Default
    /// <see cref="DefaultMaxSharedStrings"/>; 1 or more. A tiny file can declare millions of them (they compress
    /// extremely well), so the table is read as a stream and refused at this count, before it takes the memory.
    /// </summary>
    public int MaxSharedStrings { get; set; } = DefaultMaxSharedStrings;

    /// <summary>Gets or sets the most characters of all shared strings together. Default <see cref="DefaultMaxSharedStringCharacters"/>; 1024 or more.</summary>
    public long MaxSharedStringCharacters { get; set; } = DefaultMaxSharedStringCharacters;

    /// <summary>Gets or sets the most cells read in all sheets together. Default <see cref="DefaultMaxCells"/>; 1 or more.</summary>
    public long MaxCells { get; set; } = DefaultMaxCells;

    /// <summary>
    /// Gets or sets the most bytes all parts of the package may unpack to, as the package declares them (checked
    /// before anything is parsed; <see cref="MaxCharactersInPart"/> also bounds what each part really expands to).
    /// Default <see cref="DefaultMaxExpandedBytes"/>; 1024 or more.
    /// </summary>
    public long MaxExpandedBytes { get; set; } = DefaultMaxExpandedBytes;

    /// <summary>
    /// Gets or sets the deepest nesting of XML elements in a sheet or the shared-string part. Default
    /// <see cref="DefaultMaxXmlDepth"/>; 16 or more. Deeper parts are refused before they are loaded.
    /// </summary>
    public int MaxXmlDepth { get; set; } = DefaultMaxXmlDepth;

    /// <summary>Gets or sets the most rows read per sheet, the header included. Default <see cref="DefaultMaxRowsPerSheet"/>; 2 or more.</summary>
    public int MaxRowsPerSheet { get; set; } = DefaultMaxRowsPerSheet;

    /// <summary>
    /// Gets or sets the most characters an XML part of the package may expand to. Default
    /// <see cref="DefaultMaxCharactersInPart"/>; 1024 or more.
    /// </summary>
    public long MaxCharactersInPart { get; set; } = DefaultMaxCharactersInPart;

    /// <summary>Checks every property and returns all problems at once; the library throws one
    /// <see cref="ArgumentException"/> listing them when options with problems are used.</summary>
    /// <returns>One problem per invalid property (<see cref="Problem.Path"/> names it); empty when the options are valid.</returns>
    public IReadOnlyList<Problem> Validate()
    {
        var problems = new OptionProblems(nameof(XlsxImportOptions));
        problems.AtLeast(nameof(MaxRowsPerSheet), MaxRowsPerSheet, 2, "a header and a row");
        problems.AtLeast(nameof(MaxCharactersInPart), MaxCharactersInPart, 1024);
        problems.AtLeast(nameof(MaxSharedStrings), MaxSharedStrings, 1);
        problems.AtLeast(nameof(MaxSharedStringCharacters), MaxSharedStringCharacters, 1024);
        problems.AtLeast(nameof(MaxCells), MaxCells, 1);
        problems.AtLeast(nameof(MaxExpandedBytes), MaxExpandedBytes, 1024);
        problems.AtLeast(nameof(MaxXmlDepth), MaxXmlDepth, 16);

        return problems.ToList();
    }

    internal XlsxImportOptions ValidatedCopy()
    {
        OptionProblems.ThrowIfAny("XLSX import options", Validate());
        return (XlsxImportOptions)MemberwiseClone();
    }
}
