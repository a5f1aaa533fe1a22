using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Agreements;

/// <summary>Finds the known field path closest to a misspelt one ("did you mean …?").</summary>
internal static class FieldSuggestions
{
    /// <summary>
    /// The path in <paramref name="scopes"/> closest to <paramref name="path"/> (ignoring letter case), when it is at most
    /// a third of the typed length away; null otherwise.
    /// </summary>
    public static string? Closest(string path, IEnumerable<IReadOnlyList<AgreementField>> scopes)
    {
        if (path == ".")
        {
            return null;
        }

        var typed = path.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var fields in scopes)
        {
            foreach (var candidate in Paths(fields, string.Empty))
            {
                var distance = Distance(typed, candidate.ToLowerInvariant());
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = candidate;
                }
            }
        }

        return bestDistance <= Math.Max(1, path.Length / 3) ? best : null;
    }

    private static IEnumerable<string> Paths(IReadOnlyList<AgreementField> fields, string prefix)
    {
        foreach (var field in fields)
        {
            var path = prefix + field.Name;
            yield return path;
            if (field.Kind == AgreementFieldKind.Object)
            {
                foreach (var child in Paths(field.Children, path + "."))
                {
                    yield return child;
                }
            }
        }
    }

    /// <summary>The Levenshtein distance: insertions, deletions and substitutions of one character each count one.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
