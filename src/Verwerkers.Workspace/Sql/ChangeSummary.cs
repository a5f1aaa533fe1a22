using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Verwerkers.Register;

namespace Verwerkers.Workspace;

/// <summary>The summary a save gets when the user gives none: what <see cref="RegisterDiff"/> found, counted, with
/// the first few paths; Dutch first, then English, neutral and short.</summary>
internal static class ChangeSummary
{
    /// <summary>How many paths a summary names before it ends in "…".</summary>
    public const int PathsShown = 3;

    public static string ForNew(ProcessorRegister register)
    {
        int p = register.Processors.Count, a = register.Agreements.Count, t = register.Transfers.Count;
        return "Nieuw register: " + Count(p, "verwerker", "verwerkers") + ", " + Count(a, "overeenkomst", "overeenkomsten") + ", " + Count(t, "doorgifte", "doorgiften")
            + " / New register: " + Count(p, "processor", "processors") + ", " + Count(a, "agreement", "agreements") + ", " + Count(t, "transfer", "transfers") + ".";
    }

    public static string ForChanges(IReadOnlyList<RegisterChange> changes)
    {
        if (changes.Count == 0)
        {
            return "Geen wijzigingen / No changes.";
        }

        int changed = changes.Count(c => c.Kind == RegisterChangeKind.Changed);
        int added = changes.Count(c => c.Kind == RegisterChangeKind.Added);
        int removed = changes.Count(c => c.Kind == RegisterChangeKind.Removed);
        var dutch = new List<string>();
        var english = new List<string>();
        void Kind(int n, string nl, string en)
        {
            if (n > 0)
            {
                dutch.Add(n.ToString(CultureInfo.InvariantCulture) + " " + nl);
                english.Add(n.ToString(CultureInfo.InvariantCulture) + " " + en);
            }
        }

        Kind(changed, "gewijzigd", "changed");
        Kind(added, "toegevoegd", "added");
        Kind(removed, "verwijderd", "removed");
        var paths = string.Join(", ", changes.Take(PathsShown).Select(c => c.Path));
        return string.Join(", ", dutch) + " / " + string.Join(", ", english) + ": " + paths + (changes.Count > PathsShown ? ", …" : ".");
    }

    private static string Count(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
