using System;
using System.Collections.Generic;
using Verwerkers.Compliance;

using Verwerkers.Register;

namespace Verwerkers.Agreements;

/// <summary>
/// How an <see cref="AgreementGenerator"/> writes agreements: the language, the file names, whether existing files may
/// be replaced, the contractual choices of the model, the compliance options and an optional PDF converter.
/// </summary>
/// <remarks>
/// The generator copies the options when it is created, so changing them afterwards has no effect on it. Validated
/// when a generator is created; every invalid field is reported at once. Not thread-safe while being modified.
/// </remarks>
public sealed class AgreementGeneratorOptions
{
    /// <summary>
    /// The language of the agreement: it picks the built-in template (unless the generator is given its own), the
    /// language of the model's text fields and the file-name prefix.
    /// </summary>
    /// <value>Default <see cref="Language.Dutch"/>.</value>
    public Language Language { get; set; } = Language.Dutch;

    /// <summary>
    /// Gets or sets a value indicating whether an agreement is written although a third-country recipient has no valid
    /// transfer basis on its date.
    /// </summary>
    /// <value>
    /// Default false: such an agreement is refused (<see cref="UnresolvedTransferException"/> for one processor, <see
    /// cref="AgreementBatchResult.Refused"/> in a batch). When true, the transfers annex carries a highlighted "TE
    /// REGELEN: doorgiftegrond voor … ontbreekt" in place of the basis, and <see
    /// cref="GeneratedAgreement.UnresolvedTransfers"/> lists what must still be arranged.
    /// </value>
    public bool AllowUnresolvedTransfers { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether a batch also writes an agreement for processors whose recorded agreement
    /// is the vendor's own document (<see cref="ProcessorAgreement.VendorDocument"/>) covering every mandatory Art.
    /// 28(3) item.
    /// </summary>
    /// <value>
    /// Default false: those are skipped with <see cref="AgreementSkipReason.VendorAgreement"/>. Generating one
    /// processor's agreement by its id always writes it.
    /// </value>
    public bool IncludeVendorAgreements { get; set; }

    /// <summary>Whether existing files may be replaced.</summary>
    /// <value>
    /// Default false: a batch that would replace any file writes nothing and names every such file in its exception.
    /// </value>
    public bool Overwrite { get; set; }

    /// <summary>
    /// What replacing an agreement (with <see cref="Overwrite"/>) does when the existing file has more than one hard
    /// link: <see cref="HardLinkHandling.Refuse"/> (the default) refuses the batch before anything is written,
    /// <see cref="HardLinkHandling.WriteInPlace"/> writes the new content into the existing file. Symbolic links are
    /// always followed (the file they point to is replaced) and the replaced file's permissions are kept.
    /// </summary>
    public HardLinkHandling HardLinks { get; set; }

    /// <summary>
    /// The start of every file name, before the processor's name and the date; null (the default) takes
    /// "Verwerkersovereenkomst" in Dutch and "Data Processing Agreement" in English.
    /// </summary>
    public string? FileNamePrefix { get; set; }

    /// <summary>The longest <see cref="FileNamePrefix"/>, in UTF-8 bytes: 100.</summary>
    public const int MaxFileNamePrefixBytes = 100;

    /// <summary>The contractual choices the register does not hold (periods, authorisation); null for the defaults.</summary>
    public AgreementModelOptions? ModelOptions { get; set; }

    /// <summary>The options of the compliance check whose findings each result carries; null for <see cref="ComplianceOptions.Default"/>.</summary>
    public ComplianceOptions? ComplianceOptions { get; set; }

    /// <summary>
    /// Converts every written <c>.docx</c> to a PDF beside it (same name, <c>.pdf</c>), for example a
    /// <see cref="LibreOfficePdfConverter"/>; null (the default) writes no PDF. Used for files only, not for streams.
    /// </summary>
    public IPdfConverter? PdfConverter { get; set; }

    /// <summary>Checks every property and returns all problems at once; the library throws one
    /// <see cref="ArgumentException"/> listing them when options with problems are used.</summary>
    /// <returns>One problem per invalid property (<see cref="Problem.Path"/> names it); empty when the options are valid.</returns>
    public IReadOnlyList<Problem> Validate()
    {
        var problems = new OptionProblems(nameof(AgreementGeneratorOptions));
        if (!Enum.IsDefined(typeof(Language), Language))
        {
            problems.Add(nameof(Language), $"{nameof(Language)} must be Dutch or English; it is {(int)Language}.");
        }

        if (HardLinks is not HardLinkHandling.Refuse and not HardLinkHandling.WriteInPlace)
        {
            problems.Add(nameof(HardLinks), $"{nameof(HardLinks)} must be Refuse or WriteInPlace; it is {(int)HardLinks}.");
        }

        if (FileNamePrefix is not null)
        {
            var sanitised = AgreementFileNames.Sanitise(FileNamePrefix, trimDots: true);
            if (sanitised.Length == 0 || !string.Equals(sanitised, FileNamePrefix, StringComparison.Ordinal))
            {
                problems.Add(nameof(FileNamePrefix), $"{nameof(FileNamePrefix)} must be non-empty text without characters that file names cannot hold (<>:\"/\\|?* and control characters) and without leading or trailing spaces or dots; it is '{FileNamePrefix}'.");
            }

            if (System.Text.Encoding.UTF8.GetByteCount(FileNamePrefix) > MaxFileNamePrefixBytes)
            {
                problems.Add(nameof(FileNamePrefix), $"{nameof(FileNamePrefix)} may have at most {MaxFileNamePrefixBytes} bytes (UTF-8), so that the processor's name still fits in the file name; it has {System.Text.Encoding.UTF8.GetByteCount(FileNamePrefix)}.");
            }
        }

        if (ModelOptions is not null)
        {
            problems.AddNested(nameof(ModelOptions), ModelOptions.Validate());
        }

        if (ComplianceOptions is not null)
        {
            problems.AddNested(nameof(ComplianceOptions), ComplianceOptions.Validate());
        }

        return problems.ToList();
    }

    /// <summary>Throws one exception listing every problem of <see cref="Validate"/>.</summary>
    internal void ThrowIfInvalid() => OptionProblems.ThrowIfAny("agreement generator options", Validate());

    /// <summary>The file-name prefix of the arrangements between joint controllers.</summary>
    internal string ArrangementPrefix => Language == Language.English ? "Joint Controller Arrangement" : "Regeling gezamenlijke verwerkingsverantwoordelijkheid";

    internal string Prefix => FileNamePrefix ?? (Language == Language.English ? "Data Processing Agreement" : "Verwerkersovereenkomst");

    internal AgreementGeneratorOptions Clone()
    {
        var copy = (AgreementGeneratorOptions)MemberwiseClone();
        copy.ModelOptions = ModelOptions?.Clone();
        return copy;
    }
}
