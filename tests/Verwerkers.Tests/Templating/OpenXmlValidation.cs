using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Verwerkers.Tests.Templating;

/// <summary>Compares OpenXmlValidator findings of a template and its output.</summary>
public static class OpenXmlValidation
{
    /// <summary>
    /// The findings of each template, by the SHA-256 of its bytes: a template is compared with many outputs (every
    /// processor of every sample register), and validating the same bytes again gives the same findings.
    /// </summary>
    private static readonly ConcurrentDictionary<string, HashSet<string>> TemplateKinds = new(StringComparer.Ordinal);

    /// <summary>Opens both packages with the SDK and returns the kinds of findings (validator id, part, description) the output has and the template had not.</summary>
    public static IReadOnlyList<string> NewErrorKinds(byte[] template, byte[] output)
    {
        var before = TemplateKinds.GetOrAdd(Convert.ToHexString(SHA256.HashData(template)), _ => Kinds(template));
        return Kinds(output).Where(k => !before.Contains(k)).ToList();
    }

    public static HashSet<string> Kinds(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(stream, false);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        return validator.Validate(doc).Select(e => e.Id + " @ " + e.Path?.PartUri + " : " + e.Description).Select(Normalize).ToHashSet();
    }

    private static string Normalize(string s)
    {
        // A kind is the validator id, the part and the description (which names the offending element or attribute and
        // the template's own attribute values), without the list of elements the schema would have accepted there: that
        // list depends on the position, which a removed section tag can shift without a new problem.
        var expected = s.IndexOf(" List of possible elements expected", StringComparison.Ordinal);
        return expected < 0 ? s : s.Substring(0, expected);
    }
}
