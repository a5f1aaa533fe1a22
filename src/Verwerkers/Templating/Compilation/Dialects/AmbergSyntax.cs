using System;
using System.Globalization;
using Verwerkers.Templating.Data;
using Verwerkers.Templating.Rendering;

namespace Verwerkers.Templating.Compilation.Dialects;

/// <summary>
/// Parses Amberg DocxTemplater's syntax: <c>{{path}}</c>, <c>{{.path}}</c>, <c>{{..path}}</c>, <c>{{#list}}</c>,
/// <c>{{/list}}</c>, <c>{?{test}}</c>, <c>{{:}}</c> or <c>{{else}}</c>, <c>{{/}}</c>, and <c>{{path}:F(pattern)}</c>.
/// </summary>
internal static class AmbergSyntax
{
    public static ParsedTag? TryParse(string opener, string inner, CultureInfo culture, out string? error)
    {
        error = null;
        var text = inner.Trim();
        if (opener == "{?{")
        {
            var test = ConditionParser.TryParse(text, "!", out _, out error);
            if (test is null)
            {
                return null;
            }

            return new ParsedTag { Role = TagRole.Open, Mode = SectionMode.Condition, Keyword = "if", Test = test, Path = test.Path };
        }

        var formatter = text.IndexOf("}:", StringComparison.Ordinal);
        if (formatter >= 0)
        {
            return Formatted(text.Substring(0, formatter).Trim(), text.Substring(formatter + 2).Trim(), culture, out error);
        }

        if (text is ":" or "else")
        {
            return new ParsedTag { Role = TagRole.Open, Mode = SectionMode.Condition, Keyword = "if", Branch = BranchKind.Else };
        }

        if (text.StartsWith(":", StringComparison.Ordinal))
        {
            error = $"'{{{{{text}}}}}' (Amberg's separators and inline keywords) is not supported.";
            return null;
        }

        if (text.StartsWith("#", StringComparison.Ordinal))
        {
            var loop = Path(text.Substring(1).Trim(), out _, out error);
            return loop is null ? null : new ParsedTag { Role = TagRole.Open, Mode = SectionMode.Loop, Keyword = "loop", Path = loop };
        }

        if (text.StartsWith("/", StringComparison.Ordinal))
        {
            var name = text.Substring(1).Trim();
            if (name.Length == 0)
            {
                return new ParsedTag { Role = TagRole.Close };
            }

            var closed = Path(name, out _, out error);
            return closed is null ? null : new ParsedTag { Role = TagRole.Close, Keyword = "loop", Path = closed };
        }

        var path = Path(text, out _, out error);
        return path is null ? null : new ParsedTag { Role = TagRole.Value, Path = path };
    }

    private static ParsedTag? Formatted(string pathText, string formatter, CultureInfo culture, out string? error)
    {
        var path = Path(pathText, out _, out error);
        if (path is null)
        {
            return null;
        }

        var open = formatter.IndexOf('(');
        var name = open < 0 ? formatter : formatter.Substring(0, open).Trim();
        if (open > 0 && formatter.EndsWith(")", StringComparison.Ordinal)
            && (name.Equals("F", StringComparison.OrdinalIgnoreCase) || name.Equals("format", StringComparison.OrdinalIgnoreCase)))
        {
            var argument = formatter.Substring(open + 1, formatter.Length - open - 2).Trim();
            if (argument.Length >= 2 && argument[0] == '\'' && argument[argument.Length - 1] == '\'')
            {
                argument = argument.Substring(1, argument.Length - 2);
            }

            var format = argument.Length == 0 ? null : ValueFormat.TryCreate(argument, culture);
            if (format is not null)
            {
                return new ParsedTag { Role = TagRole.Value, Path = path, FormatText = argument, Format = format };
            }

            error = $"'{argument}' is neither a date pattern (e.g. 'd MMMM yyyy') nor a number format (e.g. 'N2').";
            return null;
        }

        error = $"The formatter '{formatter}' is not supported: the Amberg dialect reads ':F(pattern)' and ':format(pattern)' only.";
        return null;
    }

    /// <summary>A path with up to two leading dots: <c>.</c>, <c>.x</c>, <c>..</c>, <c>..x</c>, <c>x.y</c>.</summary>
    private static DataPath? Path(string text, out int dots, out string? error)
    {
        error = null;
        dots = 0;
        var t = text;
        while (t.StartsWith(".", StringComparison.Ordinal) && dots < 2)
        {
            dots++;
            t = t.Substring(1);
        }

        var path = t.Length == 0 && dots > 0 ? DataPath.TryParse(".") : DataPath.TryParse(t);
        if (path is null || (path.IsCurrentItem && dots == 0))
        {
            error = $"'{text}' is not a data path (names of letters, digits, '_' or '-', separated by dots, with '.' or '..' before them for the current or outer item); expressions are not supported.";
            return null;
        }

        // '.x' is the current item's, '..x' the outer item's: tied to that scope now (the root is as far out as it goes).
        return dots > 0 ? path.Rest(0, dots - 1, exact: true) : path;
    }
}
