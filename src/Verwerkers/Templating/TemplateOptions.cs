using System;
using System.Collections.Generic;
using System.Globalization;

namespace Verwerkers.Templating;

/// <summary>
/// How a template is read and filled: tag delimiters, culture, missing-value policy and the limits that protect
/// against hostile documents.
/// </summary>
/// <remarks>
/// <para>The defaults suit Verwerkers' own templates: <c>{{</c> <c>}}</c>, Dutch formatting, missing values are errors.
/// <see cref="DocxtemplaterCompatible"/> gives single-brace delimiters for templates written for docxtemplater.</para>
/// <para>The options are validated by <see cref="DocxTemplate.Compile(System.IO.Stream, TemplateOptions?)"/>, which
/// reports every invalid field at once, and copied into the compiled template: changing an options object afterwards
/// does not affect templates compiled with it. Not thread-safe while being modified.</para>
/// </remarks>
public sealed class TemplateOptions
{
    /// <summary>The default <see cref="MaxParts"/>: 1,000 parts.</summary>
    public const int DefaultMaxParts = 1_000;

    /// <summary>The default <see cref="MaxPartSize"/>: 64 MiB uncompressed.</summary>
    public const long DefaultMaxPartSize = 64L * 1024 * 1024;

    /// <summary>The default <see cref="MaxCompressionRatio"/>: a part may expand at most 200 times.</summary>
    public const int DefaultMaxCompressionRatio = 200;

    /// <summary>The default <see cref="MaxTotalUncompressedSize"/>: 256 MiB for all parts together.</summary>
    public const long DefaultMaxTotalUncompressedSize = 256L * 1024 * 1024;

    /// <summary>Parts smaller than this (64 KiB) are exempt from the compression-ratio check: tiny parts cannot be bombs.</summary>
    public const long CompressionRatioExemptSize = 64L * 1024;

    /// <summary>The text that opens a tag. Default <c>{{</c>; use <c>{</c> for docxtemplater templates.</summary>
    public string StartDelimiter { get; set; } = "{{";

    /// <summary>The text that closes a tag. Default <c>}}</c>; use <c>}</c> for docxtemplater templates.</summary>
    public string EndDelimiter { get; set; } = "}}";

    /// <summary>The culture used to format numbers and dates (month names, decimal separator). Default nl-NL.</summary>
    public CultureInfo Culture { get; set; } = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>What a fill does with a value whose data path is missing or null. Default <see cref="MissingValueBehavior.Error"/>.</summary>
    public MissingValueBehavior MissingValueBehavior { get; set; } = MissingValueBehavior.Error;

    /// <summary>The most entries the package may hold. Default <see cref="DefaultMaxParts"/>; must be positive and at most 65,535.</summary>
    public int MaxParts { get; set; } = DefaultMaxParts;

    /// <summary>The largest uncompressed size of one part, in bytes. Default <see cref="DefaultMaxPartSize"/>; must be positive.</summary>
    public long MaxPartSize { get; set; } = DefaultMaxPartSize;

    /// <summary>
    /// How many times a part may expand when uncompressed (parts under <see cref="CompressionRatioExemptSize"/> are
    /// exempt). Default <see cref="DefaultMaxCompressionRatio"/>; must be positive.
    /// </summary>
    public int MaxCompressionRatio { get; set; } = DefaultMaxCompressionRatio;

    /// <summary>The largest uncompressed size of all parts together, in bytes. Default <see cref="DefaultMaxTotalUncompressedSize"/>; must be positive.</summary>
    public long MaxTotalUncompressedSize { get; set; } = DefaultMaxTotalUncompressedSize;

    /// <summary>Options for templates written for docxtemplater: delimiters <c>{</c> and <c>}</c>, other settings default.</summary>
    /// <returns>A new options object.</returns>
    public static TemplateOptions DocxtemplaterCompatible() => new() { StartDelimiter = "{", EndDelimiter = "}" };

    /// <summary>Checks every field and reports all problems at once.</summary>
    /// <exception cref="ArgumentException">One or more fields are invalid; the message lists each of them.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        CheckDelimiter(StartDelimiter, nameof(StartDelimiter), problems);
        CheckDelimiter(EndDelimiter, nameof(EndDelimiter), problems);
        if (!string.IsNullOrEmpty(StartDelimiter) && string.Equals(StartDelimiter, EndDelimiter, StringComparison.Ordinal))
        {
            problems.Add($"{nameof(StartDelimiter)} and {nameof(EndDelimiter)} must differ (both are '{StartDelimiter}').");
        }

        if (Culture is null)
        {
            problems.Add($"{nameof(Culture)} must not be null.");
        }

        if (!Enum.IsDefined(typeof(MissingValueBehavior), MissingValueBehavior))
        {
            problems.Add($"{nameof(MissingValueBehavior)} has the undefined value {(int)MissingValueBehavior}.");
        }

        if (MaxParts < 1 || MaxParts > 65_535)
        {
            problems.Add($"{nameof(MaxParts)} must be between 1 and 65535; it is {MaxParts}.");
        }

        if (MaxPartSize < 1)
        {
            problems.Add($"{nameof(MaxPartSize)} must be positive; it is {MaxPartSize}.");
        }

        if (MaxCompressionRatio < 1)
        {
            problems.Add($"{nameof(MaxCompressionRatio)} must be positive; it is {MaxCompressionRatio}.");
        }

        if (MaxTotalUncompressedSize < 1)
        {
            problems.Add($"{nameof(MaxTotalUncompressedSize)} must be positive; it is {MaxTotalUncompressedSize}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid template options: " + string.Join(" ", problems));
        }
    }

    internal TemplateOptions Clone() => (TemplateOptions)MemberwiseClone();

    private static void CheckDelimiter(string? value, string name, List<string> problems)
    {
        if (string.IsNullOrEmpty(value))
        {
            problems.Add($"{name} must not be null or empty.");
            return;
        }

        foreach (var c in value!)
        {
            if (char.IsWhiteSpace(c) || char.IsLetterOrDigit(c))
            {
                problems.Add($"{name} '{value}' must not contain letters, digits or white space.");
                return;
            }
        }
    }
}
