using System;
using Verwerkers.Agreements;
using Verwerkers.Compliance;
using Verwerkers.Storage;

namespace Verwerkers.Extensions.DependencyInjection;

/// <summary>
/// The settings <c>services.AddVerwerkers(options =&gt; …)</c> registers the services with; bind them from
/// configuration with <c>builder.Configuration.GetSection("Verwerkers").Bind(options)</c>.
/// </summary>
/// <remarks>
/// <para>Validated when the host starts (<c>ValidateOnStart</c>): every invalid field is reported at once in one
/// <c>OptionsValidationException</c>, so a misconfigured host does not start rather than failing at its first
/// request.</para>
/// <para>Not thread-safe while being configured; the services copy what they need when they are created.</para>
/// </remarks>
public sealed class VerwerkersOptions
{
    /// <summary>The default <see cref="PdfTimeoutPerDocument"/>: <see cref="LibreOfficePdfConverter.DefaultTimeoutPerDocument"/> (one minute).</summary>
    public static readonly TimeSpan DefaultPdfTimeoutPerDocument = LibreOfficePdfConverter.DefaultTimeoutPerDocument;

    /// <summary>
    /// Gets the options of the agreement generator: language, file names, overwriting, unresolved transfers. Its
    /// <see cref="AgreementGeneratorOptions.PdfConverter"/> is set by the registration when <see cref="ConvertToPdf"/>
    /// is true; set it yourself only to use a converter of your own.
    /// </summary>
    public AgreementGeneratorOptions Agreements { get; } = new();

    /// <summary>Gets the options of the compliance checks (warning windows, maximum ages, reference data).</summary>
    public ComplianceOptions Compliance { get; } = new();

    /// <summary>Gets or sets the limits for reading register JSON (the register store and uploads): file size and nesting depth.</summary>
    public RegisterJsonOptions RegisterJson { get; set; } = new();

    /// <summary>
    /// Gets or sets the folder of the <see cref="FolderRegisterStore"/> behind <see cref="IRegisterStore"/>; relative
    /// paths are taken from the working directory at start-up. Null (the default) registers no store: resolving
    /// <see cref="IRegisterStore"/> then fails with a message naming this setting.
    /// </summary>
    public string? RegisterFolder { get; set; }

    /// <summary>
    /// Gets or sets the path of a consultant's own agreement template (<c>.docx</c> or <c>.dotx</c>); null (the
    /// default) uses the built-in template in <see cref="AgreementGeneratorOptions.Language"/>. Checked at start-up:
    /// the file must exist.
    /// </summary>
    public string? TemplatePath { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether agreements written to files get a PDF beside them, made by LibreOffice.
    /// Default false. When true, LibreOffice must be found at start-up (on the <c>PATH</c>, the usual install
    /// locations, or <see cref="SofficePath"/>).
    /// </summary>
    public bool ConvertToPdf { get; set; }

    /// <summary>Gets or sets the LibreOffice executable; null (the default) searches the <c>PATH</c> and the usual install locations.</summary>
    public string? SofficePath { get; set; }

    /// <summary>Gets or sets how long LibreOffice may take per document; default <see cref="DefaultPdfTimeoutPerDocument"/>; must be positive.</summary>
    public TimeSpan PdfTimeoutPerDocument { get; set; } = DefaultPdfTimeoutPerDocument;
}
