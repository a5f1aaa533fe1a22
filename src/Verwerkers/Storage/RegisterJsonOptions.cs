using System;
using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json.Linq;

namespace Verwerkers.Storage;

/// <summary>Limits and choices for reading and writing register files (<see cref="RegisterJson"/>).</summary>
/// <remarks>
/// The defaults suit files from any source: a register file is treated as hostile input. Options are checked when
/// they are used; an invalid combination throws one <see cref="ArgumentException"/> that names every invalid field.
/// Immutable and thread-safe: share one instance. Set options with object initializers (C# 9 and later) or, from C# 7.3
/// and VB.NET, with the <c>With…</c> methods, which return a changed copy:
/// <c>RegisterJsonOptions.Default.WithMaxFileSize(1024 * 1024).WithIgnoreUnknownProperties(true)</c>.
/// </remarks>
public sealed class RegisterJsonOptions
{
    /// <summary>The default largest file accepted: 256 MiB.</summary>
    public const long DefaultMaxFileSize = 256L * 1024 * 1024;

    /// <summary>The default deepest nesting of JSON containers accepted: 64.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The shallowest <see cref="MaxDepth"/> allowed: the register format itself nests 6 deep.</summary>
    public const int MinMaxDepth = 8;

    /// <summary>Gets the default options.</summary>
    public static RegisterJsonOptions Default { get; } = new();

    /// <summary>
    /// Gets the largest file, in bytes, that loading accepts; a larger file is refused before it is parsed.
    /// </summary>
    /// <value>Default <see cref="DefaultMaxFileSize"/> (256 MiB); must be positive.</value>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>Gets the deepest nesting of JSON objects and arrays that loading accepts.</summary>
    /// <value>Default <see cref="DefaultMaxDepth"/>; must be at least <see cref="MinMaxDepth"/>.</value>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>
    /// Gets a value indicating whether loading skips properties the format does not define instead of reporting them.
    /// </summary>
    /// <value>Default false (strict): a misspelt property is an error rather than silently lost data.</value>
    public bool IgnoreUnknownProperties { get; init; }

    /// <summary>
    /// Gets what saving does when the file it replaces has more than one hard link: <see cref="HardLinkHandling.Refuse"/>
    /// (the default: an <see cref="IOException"/>, nothing written) or <see cref="HardLinkHandling.WriteInPlace"/>.
    /// Symbolic links are always followed (the file they point to is replaced, the link stays), the replaced file's
    /// permissions (and owner and group where allowed) are kept, and device nodes and other non-regular files are refused.
    /// </summary>
    public HardLinkHandling HardLinks { get; init; }

    /// <summary>
    /// Gets upgrades from older schema versions, keyed by the version they read; each returns the document in the
    /// next version. Schema version 1 is the first, so the library ships none; the hook is here for version 2.
    /// </summary>
    internal IReadOnlyDictionary<int, Func<JObject, JObject>> SchemaUpgrades { get; init; } =
        new Dictionary<int, Func<JObject, JObject>>();

    /// <summary>Gets a test hook that wraps the stream a save writes to, for example to fail half-way.</summary>
    internal Func<Stream, Stream>? OutputWrapper { get; init; }

    /// <summary>Returns a copy with another <see cref="MaxFileSize"/>; for callers without <c>init</c> setters (C# 7.3, VB.NET).</summary>
    /// <param name="maxFileSize">The largest file, in bytes, that loading accepts; must be positive.</param>
    /// <returns>New options; this instance is unchanged. The value is checked, with every other, when the options are
    /// used or by <see cref="Validate"/>.</returns>
    public RegisterJsonOptions WithMaxFileSize(long maxFileSize) => Copy(maxFileSize, MaxDepth, IgnoreUnknownProperties, HardLinks);

    /// <summary>Returns a copy with another <see cref="MaxDepth"/>; for callers without <c>init</c> setters (C# 7.3, VB.NET).</summary>
    /// <param name="maxDepth">The deepest nesting accepted; must be at least <see cref="MinMaxDepth"/>.</param>
    /// <returns>New options; this instance is unchanged. The value is checked when the options are used or by <see cref="Validate"/>.</returns>
    public RegisterJsonOptions WithMaxDepth(int maxDepth) => Copy(MaxFileSize, maxDepth, IgnoreUnknownProperties, HardLinks);

    /// <summary>Returns a copy with another <see cref="IgnoreUnknownProperties"/>; for callers without <c>init</c> setters (C# 7.3, VB.NET).</summary>
    /// <param name="ignoreUnknownProperties">Whether loading skips properties the format does not define.</param>
    /// <returns>New options; this instance is unchanged.</returns>
    public RegisterJsonOptions WithIgnoreUnknownProperties(bool ignoreUnknownProperties) => Copy(MaxFileSize, MaxDepth, ignoreUnknownProperties, HardLinks);

    /// <summary>Returns a copy with another <see cref="HardLinks"/>; for callers without <c>init</c> setters (C# 7.3, VB.NET).</summary>
    /// <param name="hardLinks">What saving does when the file it replaces has more than one hard link.</param>
    /// <returns>New options; this instance is unchanged. The value is checked when the options are used or by <see cref="Validate"/>.</returns>
    public RegisterJsonOptions WithHardLinks(HardLinkHandling hardLinks) => Copy(MaxFileSize, MaxDepth, IgnoreUnknownProperties, hardLinks);

    private RegisterJsonOptions Copy(long maxFileSize, int maxDepth, bool ignoreUnknownProperties, HardLinkHandling hardLinks) => new()
    {
        MaxFileSize = maxFileSize,
        MaxDepth = maxDepth,
        IgnoreUnknownProperties = ignoreUnknownProperties,
        HardLinks = hardLinks,
        SchemaUpgrades = SchemaUpgrades,
        OutputWrapper = OutputWrapper,
    };

    /// <summary>Throws one exception listing every problem of <see cref="Validate"/>.</summary>
    internal void ThrowIfInvalid() => OptionProblems.ThrowIfAny("register JSON options", Validate());

    /// <summary>Checks every property and returns all problems at once; the library throws one
    /// <see cref="ArgumentException"/> listing them when options with problems are used.</summary>
    /// <returns>One problem per invalid property (<see cref="Problem.Path"/> names it); empty when the options are valid.</returns>
    public IReadOnlyList<Problem> Validate()
    {
        var problems = new OptionProblems(nameof(RegisterJsonOptions));
        if (MaxFileSize <= 0)
        {
            problems.Add(nameof(MaxFileSize), $"{nameof(MaxFileSize)} must be positive, but is {MaxFileSize}.");
        }

        if (MaxDepth < MinMaxDepth)
        {
            problems.Add(nameof(MaxDepth), $"{nameof(MaxDepth)} must be at least {MinMaxDepth}, but is {MaxDepth}.");
        }

        if (HardLinks is not HardLinkHandling.Refuse and not HardLinkHandling.WriteInPlace)
        {
            problems.Add(nameof(HardLinks), $"{nameof(HardLinks)} must be Refuse or WriteInPlace, but is {(int)HardLinks}.");
        }

        return problems.ToList();
    }
}
