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

    /// <summary>Gets or sets the most rows read per sheet, the header included. Default <see cref="DefaultMaxRowsPerSheet"/>; 2 or more.</summary>
    public int MaxRowsPerSheet { get; set; } = DefaultMaxRowsPerSheet;

    /// <summary>
    /// Gets or sets the most characters an XML part of the package may expand to. Default
    /// <see cref="DefaultMaxCharactersInPart"/>; 1024 or more.
    /// </summary>
    public long MaxCharactersInPart { get; set; } = DefaultMaxCharactersInPart;

    /// <summary>Checks every setting.</summary>
    /// <returns>One message per invalid setting; empty when all are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxRowsPerSheet < 2)
        {
            problems.Add($"{nameof(MaxRowsPerSheet)} is {MaxRowsPerSheet}; it must be at least 2 (a header and a row).");
        }

        if (MaxCharactersInPart < 1024)
        {
            problems.Add($"{nameof(MaxCharactersInPart)} is {MaxCharactersInPart}; it must be at least 1024.");
        }

        return problems;
    }

    internal XlsxImportOptions ValidatedCopy()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "The XLSX import options are invalid:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems),
                "options");
        }

        return (XlsxImportOptions)MemberwiseClone();
    }
}
