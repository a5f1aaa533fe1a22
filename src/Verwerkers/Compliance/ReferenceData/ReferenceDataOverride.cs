using System.Collections.Generic;
using NodaTime;

namespace Verwerkers.Compliance;

/// <summary>
/// An override file laid on top of reference data (<see cref="ReferenceData.WithOverride(System.IO.Stream, string?)"/>):
/// its name, its own version and date, the version it was laid on, and every row it changed.
/// </summary>
/// <remarks>
/// Reports name it so that a verdict that rests on corrected facts says so. Immutable and thread-safe.
/// </remarks>
public sealed class ReferenceDataOverride
{
    internal ReferenceDataOverride(string source, string version, LocalDate asOf, string baseVersion, IReadOnlyList<ReferenceDataChange> changes)
    {
        Source = source;
        Version = version;
        AsOf = asOf;
        BaseVersion = baseVersion;
        Changes = changes;
    }

    /// <summary>Gets the file name of the override (without its folder), or "stream" when none was given.</summary>
    public string Source { get; }

    /// <summary>Gets the version the override file gives itself.</summary>
    public string Version { get; }

    /// <summary>Gets the date the override file gives itself.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the version of the data the override was laid on, for example the embedded data's.</summary>
    public string BaseVersion { get; }

    /// <summary>Gets every row the override added, replaced or removed, in file order by section.</summary>
    public IReadOnlyList<ReferenceDataChange> Changes { get; }
}
