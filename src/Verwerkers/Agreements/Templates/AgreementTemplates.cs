using System;
using System.IO;

namespace Verwerkers.Agreements;

/// <summary>
/// The processor-agreement templates shipped with the package: the Dutch <c>verwerkersovereenkomst.docx</c> and the
/// English <c>data-processing-agreement.docx</c>. They cover every item of the Art. 28(3) checklist, each clause
/// marked by a bookmark named after its checklist id (for example <c>A28_3_A_INSTRUCTIONS</c>).
/// </summary>
/// <remarks>
/// The same files are in <c>samples/templates/</c>, as a starting point for a consultant's own template; they are
/// built by <c>tools/TemplateBuilder</c>. Thread-safe.
/// </remarks>
public static class AgreementTemplates
{
    /// <summary>The file name of the Dutch template.</summary>
    public const string DutchFileName = "verwerkersovereenkomst.docx";

    /// <summary>The file name of the English template.</summary>
    public const string EnglishFileName = "data-processing-agreement.docx";

    /// <summary>Gets the file name of the template in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The file name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public static string FileName(Language language) => language switch
    {
        Language.Dutch => DutchFileName,
        Language.English => EnglishFileName,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a defined agreement language."),
    };

    /// <summary>The file name of the built-in Dutch arrangement between joint controllers (GDPR Art. 26).</summary>
    public const string JointControllerDutchFileName = "regeling-gezamenlijke-verwerkingsverantwoordelijkheid.docx";

    /// <summary>The file name of the built-in English arrangement between joint controllers (GDPR Art. 26).</summary>
    public const string JointControllerEnglishFileName = "joint-controller-arrangement.docx";

    /// <summary>Opens the built-in arrangement between joint controllers (GDPR Art. 26) in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>A read-only stream of the <c>.docx</c>; the caller disposes it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public static Stream OpenJointControllerArrangement(Language language)
    {
        var file = language switch
        {
            Language.Dutch => JointControllerDutchFileName,
            Language.English => JointControllerEnglishFileName,
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a defined agreement language."),
        };
        var name = "Verwerkers.Agreements.Templates." + file;
        return typeof(AgreementTemplates).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded template {name} is missing from the Verwerkers assembly.");
    }

    /// <summary>Opens the built-in template in a language; the caller disposes the stream.</summary>
    /// <param name="language">The language.</param>
    /// <returns>A read-only stream over the .docx.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public static Stream Open(Language language)
    {
        var name = "Verwerkers.Agreements.Templates." + FileName(language);
        return typeof(AgreementTemplates).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded template {name} is missing from the Verwerkers assembly.");
    }

    /// <summary>Reads the built-in template in a language into memory.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The .docx bytes.</returns>
    public static byte[] Read(Language language)
    {
        using var stream = Open(language);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
