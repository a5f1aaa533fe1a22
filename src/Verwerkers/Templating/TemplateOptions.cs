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

    /// <summary>The default <see cref="MaxXmlDepth"/>: elements nested 256 deep in one part (Word's own documents stay far below 100).</summary>
    public const int DefaultMaxXmlDepth = 256;

    /// <summary>The largest allowed <see cref="MaxXmlDepth"/>: 2,048.</summary>
    /// <remarks>The engine itself uses explicit stacks, but LINQ to XML copies and reads element text recursively; the
    /// cap keeps those far from the stack limit of a 1 MiB thread.</remarks>
    public const int MaxAllowedXmlDepth = 2_048;

    /// <summary>The default <see cref="MaxSectionDepth"/>: sections nested 64 deep.</summary>
    public const int DefaultMaxSectionDepth = 64;

    /// <summary>The largest allowed <see cref="MaxSectionDepth"/>: 1,000.</summary>
    public const int MaxAllowedSectionDepth = 1_000;

    /// <summary>The default <see cref="MaxTagsPerPart"/>: 100,000 tags in one part.</summary>
    public const int DefaultMaxTagsPerPart = 100_000;

    /// <summary>The text that opens a tag.</summary>
    /// <value>Default <c>{{</c>; use <c>{</c> for docxtemplater templates.</value>
    public string StartDelimiter { get; set; } = "{{";

    /// <summary>The text that closes a tag.</summary>
    /// <value>
    /// Default <c>}}</c>; use <c>}</c> for docxtemplater templates. It may equal <see cref="StartDelimiter"/>
    /// (<c>%name%</c>, <c>$name$</c>): tags then pair by position within a paragraph, the first delimiter with the
    /// second, the third with the fourth.
    /// </value>
    public string EndDelimiter { get; set; } = "}}";

    /// <summary>The tag syntax of the template.</summary>
    /// <value>
    /// Default <see cref="TemplateDialect.Mustache"/>. <see cref="TemplateDialect.Jinja"/> and
    /// <see cref="TemplateDialect.Amberg"/> have fixed delimiters and require <see cref="StartDelimiter"/> and
    /// <see cref="EndDelimiter"/> at their defaults.
    /// </value>
    public TemplateDialect Dialect { get; set; } = TemplateDialect.Mustache;

    /// <summary>The culture used to format numbers and dates (month names, decimal separator).</summary>
    /// <value>Default nl-NL.</value>
    public CultureInfo Culture { get; set; } = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>What a fill does with a value whose data path is missing or null.</summary>
    /// <value>Default <see cref="MissingValueBehavior.Error"/>.</value>
    public MissingValueBehavior MissingValueBehavior { get; set; } = MissingValueBehavior.Error;

    /// <summary>The most entries the package may hold.</summary>
    /// <value>Default <see cref="DefaultMaxParts"/>; must be positive and at most 65,535.</value>
    public int MaxParts { get; set; } = DefaultMaxParts;

    /// <summary>The largest uncompressed size of one part, in bytes.</summary>
    /// <value>Default <see cref="DefaultMaxPartSize"/>; must be positive.</value>
    public long MaxPartSize { get; set; } = DefaultMaxPartSize;

    /// <summary>
    /// How many times a part may expand when uncompressed (parts under <see cref="CompressionRatioExemptSize"/> are
    /// exempt).
    /// </summary>
    /// <value>Default <see cref="DefaultMaxCompressionRatio"/>; must be positive.</value>
    public int MaxCompressionRatio { get; set; } = DefaultMaxCompressionRatio;

    /// <summary>The largest uncompressed size of all parts together, in bytes.</summary>
    /// <value>Default <see cref="DefaultMaxTotalUncompressedSize"/>; must be positive.</value>
    public long MaxTotalUncompressedSize { get; set; } = DefaultMaxTotalUncompressedSize;

    /// <summary>How deep elements may nest in one XML part (the root element is depth 1).</summary>
    /// <value>
    /// Default <see cref="DefaultMaxXmlDepth"/>; must be between 1 and <see cref="MaxAllowedXmlDepth"/>. A deeper part
    /// is refused while it is read, before any tree is built (<see cref="TemplateErrorCode.XmlTooDeep"/>).
    /// </value>
    public int MaxXmlDepth { get; set; } = DefaultMaxXmlDepth;

    /// <summary>How deep sections may nest (a section inside a section is depth 2).</summary>
    /// <value>
    /// Default <see cref="DefaultMaxSectionDepth"/>; must be between 1 and <see cref="MaxAllowedSectionDepth"/> (<see
    /// cref="TemplateErrorCode.SectionsTooDeep"/>).
    /// </value>
    public int MaxSectionDepth { get; set; } = DefaultMaxSectionDepth;

    /// <summary>
    /// The most tags one part may hold: typed tags, stray delimiters, merge fields and bound content controls together.
    /// </summary>
    /// <value>
    /// Default <see cref="DefaultMaxTagsPerPart"/>; must be positive. Scanning stops at the limit (<see
    /// cref="TemplateErrorCode.TooManyTags"/>).
    /// </value>
    public int MaxTagsPerPart { get; set; } = DefaultMaxTagsPerPart;

    /// <summary>Options for templates written for docxtemplater: delimiters <c>{</c> and <c>}</c>, other settings default.</summary>
    /// <returns>A new options object.</returns>
    public static TemplateOptions DocxtemplaterCompatible() => new() { StartDelimiter = "{", EndDelimiter = "}" };

    /// <summary>Checks every property and returns all problems at once; the library throws one
    /// <see cref="ArgumentException"/> listing them when options with problems are used.</summary>
    /// <returns>One problem per invalid property (<see cref="Problem.Path"/> names it); empty when the options are valid.</returns>
    public IReadOnlyList<Problem> Validate()
    {
        var problems = new OptionProblems(nameof(TemplateOptions));
        CheckDelimiter(StartDelimiter, nameof(StartDelimiter), problems);
        CheckDelimiter(EndDelimiter, nameof(EndDelimiter), problems);
        if (!Enum.IsDefined(typeof(TemplateDialect), Dialect))
        {
            problems.Add(nameof(Dialect), $"{nameof(Dialect)} has the undefined value {(int)Dialect}.");
        }
        else if (Dialect is TemplateDialect.Jinja or TemplateDialect.Amberg && (StartDelimiter != "{{" || EndDelimiter != "}}"))
        {
            problems.Add(nameof(Dialect), $"{nameof(Dialect)} {Dialect} has fixed delimiters: {nameof(StartDelimiter)} and {nameof(EndDelimiter)} must stay '{{{{' and '}}}}'; they are '{StartDelimiter}' and '{EndDelimiter}'.");
        }

        if (Culture is null)
        {
            problems.Add(nameof(Culture), $"{nameof(Culture)} must not be null.");
        }

        if (!Enum.IsDefined(typeof(MissingValueBehavior), MissingValueBehavior))
        {
            problems.Add(nameof(MissingValueBehavior), $"{nameof(MissingValueBehavior)} has the undefined value {(int)MissingValueBehavior}.");
        }

        if (MaxParts < 1 || MaxParts > 65_535)
        {
            problems.Add(nameof(MaxParts), $"{nameof(MaxParts)} must be between 1 and 65535; it is {MaxParts}.");
        }

        if (MaxPartSize < 1)
        {
            problems.Add(nameof(MaxPartSize), $"{nameof(MaxPartSize)} must be positive; it is {MaxPartSize}.");
        }

        if (MaxCompressionRatio < 1)
        {
            problems.Add(nameof(MaxCompressionRatio), $"{nameof(MaxCompressionRatio)} must be positive; it is {MaxCompressionRatio}.");
        }

        if (MaxTotalUncompressedSize < 1)
        {
            problems.Add(nameof(MaxTotalUncompressedSize), $"{nameof(MaxTotalUncompressedSize)} must be positive; it is {MaxTotalUncompressedSize}.");
        }

        if (MaxXmlDepth < 1 || MaxXmlDepth > MaxAllowedXmlDepth)
        {
            problems.Add(nameof(MaxXmlDepth), $"{nameof(MaxXmlDepth)} must be between 1 and {MaxAllowedXmlDepth}; it is {MaxXmlDepth}.");
        }

        if (MaxSectionDepth < 1 || MaxSectionDepth > MaxAllowedSectionDepth)
        {
            problems.Add(nameof(MaxSectionDepth), $"{nameof(MaxSectionDepth)} must be between 1 and {MaxAllowedSectionDepth}; it is {MaxSectionDepth}.");
        }

        if (MaxTagsPerPart < 1)
        {
            problems.Add(nameof(MaxTagsPerPart), $"{nameof(MaxTagsPerPart)} must be positive; it is {MaxTagsPerPart}.");
        }

        return problems.ToList();
    }

    /// <summary>Throws one exception listing every problem of <see cref="Validate"/>.</summary>
    internal void ThrowIfInvalid() => OptionProblems.ThrowIfAny("template options", Validate());

    internal TemplateOptions Clone() => (TemplateOptions)MemberwiseClone();

    private static void CheckDelimiter(string? value, string name, OptionProblems problems)
    {
        if (string.IsNullOrEmpty(value))
        {
            problems.Add(name, $"{name} must not be null or empty.");
            return;
        }

        foreach (var c in value!)
        {
            if (char.IsWhiteSpace(c) || char.IsLetterOrDigit(c))
            {
                problems.Add(name, $"{name} '{value}' must not contain letters, digits or white space.");
                return;
            }
        }
    }
}
