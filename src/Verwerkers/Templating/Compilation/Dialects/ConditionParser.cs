using Verwerkers.Templating.Data;

namespace Verwerkers.Templating.Compilation.Dialects;

/// <summary>
/// Parses the one test a dialect condition may hold: <c>[not] path</c> or <c>[not] path ==|!= literal</c> (Amberg:
/// <c>!</c> for not). Anything else (and, or, comparisons, calls, arithmetic) is refused: nothing is executed.
/// </summary>
internal static class ConditionParser
{
    public static ConditionTest? TryParse(string text, string notKeyword, out int dots, out string? error)
    {
        dots = 0;
        error = null;
        var t = text.Trim();
        var negated = false;
        while (true)
        {
            if (notKeyword == "not" && t.StartsWith("not", System.StringComparison.Ordinal) && t.Length > 3 && char.IsWhiteSpace(t[3]))
            {
                negated = !negated;
                t = t.Substring(4).TrimStart();
            }
            else if (notKeyword == "!" && t.StartsWith("!", System.StringComparison.Ordinal) && !t.StartsWith("!=", System.StringComparison.Ordinal))
            {
                negated = !negated;
                t = t.Substring(1).TrimStart();
            }
            else
            {
                break;
            }
        }

        var op = CompareOperator.Truthy;
        object? literal = null;
        var eq = t.IndexOf("==", System.StringComparison.Ordinal);
        var ne = t.IndexOf("!=", System.StringComparison.Ordinal);
        var at = eq >= 0 && (ne < 0 || eq < ne) ? eq : ne;
        var left = t;
        if (at >= 0)
        {
            op = at == eq ? CompareOperator.Equal : CompareOperator.NotEqual;
            left = t.Substring(0, at).Trim();
            var right = t.Substring(at + 2).Trim();
            if (!Literals.TryParse(right, out literal))
            {
                error = $"'{right}' is not a literal: a condition compares a data path with quoted text, a number, True, False or None.";
                return null;
            }
        }

        if (notKeyword == "!")
        {
            while (left.StartsWith(".", System.StringComparison.Ordinal) && dots < 2 && left != ".")
            {
                dots++;
                left = left.Substring(1);
            }
        }

        var path = DataPath.TryParse(left);
        if (path is null || (path.IsCurrentItem && notKeyword != "!"))
        {
            error = $"'{text.Trim()}' is not a supported condition: only a data path, '{notKeyword}' before it, and '==' or '!=' against a literal (no and/or, comparisons, calls or arithmetic).";
            return null;
        }

        return new ConditionTest(dots > 0 ? path.Rest(0, dots - 1, exact: true) : path, op, literal, negated);
    }
}
