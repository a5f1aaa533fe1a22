using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// Places the register validator's problems (paths such as <c>processors[2].subProcessors[0].country</c>) on the
/// fields of the form that edits that part, so that each error shows next to its field.
/// </summary>
internal static class ProblemFields
{
    private static readonly Regex Index = new(@"\[\d+\]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Each problem with <see cref="Problem.Path"/> the form field it belongs to. A problem below
    /// <paramref name="prefix"/> goes to the field of the longest path in <paramref name="fields"/> it starts with
    /// (list indexes ignored: <c>services[2]</c> is the Services field); any other problem gets a null path (shown
    /// above the form) and keeps the register path as its <see cref="Problem.Source"/>.
    /// </summary>
    public static IReadOnlyList<Problem> Place(IEnumerable<Problem> problems, string prefix, IReadOnlyDictionary<string, string> fields) =>
        problems.Select(p => p with { Path = FieldOf(p.Path, prefix, fields), Source = FieldOf(p.Path, prefix, fields) is null ? p.Path : p.Source }).ToList();

    /// <summary>The form field a register path belongs to; null when none of the form's fields holds it.</summary>
    public static string? FieldOf(string? path, string prefix, IReadOnlyDictionary<string, string> fields)
    {
        if (path is null || !path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = Index.Replace(path.Substring(prefix.Length), string.Empty);
        while (rest.Length > 0)
        {
            if (fields.TryGetValue(rest, out var field))
            {
                return field;
            }

            var dot = rest.LastIndexOf('.');
            rest = dot < 0 ? string.Empty : rest.Substring(0, dot);
        }

        return null;
    }
}
