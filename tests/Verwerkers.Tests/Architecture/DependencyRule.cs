using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Tests.Architecture;

/// <summary>
/// Which project namespaces the types of one namespace (and the namespaces below it) may reference. Names are
/// relative to the project's root namespace; "" is the root namespace itself (the kernel).
/// </summary>
internal sealed class DependencyRule
{
    private DependencyRule(string from, IReadOnlyList<string>? onlyAllowed, IReadOnlyList<string> forbidden, string why)
    {
        From = from;
        OnlyAllowed = onlyAllowed;
        Forbidden = forbidden;
        Why = why;
    }

    public string From { get; }

    /// <summary>When set, the only project namespaces allowed (besides <see cref="From"/> itself); the root "" matches only the root.</summary>
    public IReadOnlyList<string>? OnlyAllowed { get; }

    public IReadOnlyList<string> Forbidden { get; }

    public string Why { get; }

    /// <summary>Types under <paramref name="from"/> reference only themselves and <paramref name="allowed"/>.</summary>
    public static DependencyRule Only(string from, string why, params string[] allowed) => new(from, allowed, Array.Empty<string>(), why);

    /// <summary>Types under <paramref name="from"/> reference none of <paramref name="forbidden"/>.</summary>
    public static DependencyRule Never(string from, string why, params string[] forbidden) => new(from, null, forbidden, why);

    /// <summary>Whether a relative namespace is <paramref name="name"/> or below it ("" is only the root itself).</summary>
    public static bool IsUnder(string relativeNamespace, string name) =>
        name.Length == 0
            ? relativeNamespace.Length == 0
            : relativeNamespace == name || relativeNamespace.StartsWith(name + ".", StringComparison.Ordinal);

    public bool Applies(string relativeNamespace) => IsUnder(relativeNamespace, From);

    public bool Allows(string referencedRelativeNamespace)
    {
        if (IsUnder(referencedRelativeNamespace, From))
        {
            return true;
        }

        if (OnlyAllowed is not null && !OnlyAllowed.Any(a => IsUnder(referencedRelativeNamespace, a)))
        {
            return false;
        }

        return !Forbidden.Any(f => IsUnder(referencedRelativeNamespace, f));
    }
}
