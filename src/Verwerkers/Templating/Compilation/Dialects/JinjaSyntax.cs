using System;
using System.Collections.Generic;
using System.Globalization;
using Verwerkers.Templating.Data;
using Verwerkers.Templating.Rendering;

namespace Verwerkers.Templating.Compilation.Dialects;

/// <summary>
/// Parses the python-docx-template subset of Jinja: <c>{{ path|e|default('…') }}</c> and the statements
/// <c>{%[p|tr|tc] for x in path %}</c>, <c>endfor</c>, <c>if</c>, <c>elif</c>, <c>else</c>, <c>endif</c>.
/// </summary>
internal static class JinjaSyntax
{
    public static ParsedTag? TryParse(string opener, string inner, out string? error)
    {
        error = null;
        if (opener == "{#")
        {
            error = "Jinja comments ({# … #}) are not supported; delete the comment from the template.";
            return null;
        }

        if (inner.StartsWith("-", StringComparison.Ordinal) || inner.EndsWith("-", StringComparison.Ordinal)
            || inner.StartsWith("+", StringComparison.Ordinal) || inner.EndsWith("+", StringComparison.Ordinal))
        {
            error = "Jinja whitespace control ('-' or '+' inside the delimiters) is not supported.";
            return null;
        }

        return opener == "{%" ? Statement(inner, out error) : Value(inner, out error);
    }

    private static ParsedTag? Value(string inner, out string? error)
    {
        error = null;
        var parts = SplitFilters(inner);
        var pathText = parts[0].Trim();
        if (pathText.Length > 1 && pathText[1] == ' ' && pathText[0] is 'r' or 'p')
        {
            error = $"'{{{{{pathText[0]} …}}}}' (python-docx-template's rich text and paragraph values) is not supported.";
            return null;
        }

        var path = DataPath.TryParse(pathText);
        if (path is null || path.IsCurrentItem)
        {
            error = $"'{pathText}' is not a variable: the Jinja dialect reads dotted names only (no expressions, calls, indexes or arithmetic).";
            return null;
        }

        var tag = new ParsedTag { Role = TagRole.Value, Path = path };
        for (var i = 1; i < parts.Count; i++)
        {
            var filter = parts[i].Trim();
            if (filter is "e" or "escape")
            {
                // Values are always escaped for XML.
                continue;
            }

            var open = filter.IndexOf('(');
            var name = open < 0 ? filter : filter.Substring(0, open).Trim();
            if ((name is "default" or "d") && open > 0 && filter.EndsWith(")", StringComparison.Ordinal) && tag.Default is null)
            {
                var argument = filter.Substring(open + 1, filter.Length - open - 2);
                if (Literals.TryParse(argument, out var literal) && literal is not null)
                {
                    tag.Default = literal is decimal d ? d.ToString(CultureInfo.InvariantCulture) : literal is bool b ? (b ? "True" : "False") : (string)literal;
                    continue;
                }
            }

            error = $"The filter '|{filter}' is not supported: the Jinja dialect reads '|e' and '|default(…)' with one literal.";
            return null;
        }

        return tag;
    }

    private static ParsedTag? Statement(string inner, out string? error)
    {
        error = null;
        var block = BlockForm.None;
        var text = inner;
        if (text.StartsWith("p", StringComparison.Ordinal) && text.Length > 1 && char.IsWhiteSpace(text[1]))
        {
            block = BlockForm.Paragraph;
            text = text.Substring(1);
        }
        else if ((text.StartsWith("tr", StringComparison.Ordinal) || text.StartsWith("tc", StringComparison.Ordinal)) && text.Length > 2 && char.IsWhiteSpace(text[2]))
        {
            block = text[1] == 'r' ? BlockForm.Row : BlockForm.Cell;
            text = text.Substring(2);
        }

        text = text.Trim();
        var space = IndexOfWhiteSpace(text);
        var keyword = space < 0 ? text : text.Substring(0, space);
        var rest = space < 0 ? string.Empty : text.Substring(space + 1).Trim();
        var tag = new ParsedTag { Block = block };
        switch (keyword)
        {
            case "for":
                return For(tag, rest, out error);
            case "endfor" or "endif" when rest.Length == 0:
                tag.Role = TagRole.Close;
                tag.Keyword = keyword.Substring(3);
                return tag;
            case "if" or "elif":
                var test = ConditionParser.TryParse(rest, "not", out _, out error);
                if (test is null)
                {
                    return null;
                }

                tag.Role = TagRole.Open;
                tag.Mode = SectionMode.Condition;
                tag.Keyword = "if";
                tag.Test = test;
                tag.Path = test.Path;
                tag.Branch = keyword == "if" ? BranchKind.None : BranchKind.ElseIf;
                return tag;
            case "else" when rest.Length == 0:
                tag.Role = TagRole.Open;
                tag.Mode = SectionMode.Condition;
                tag.Keyword = "if";
                tag.Branch = BranchKind.Else;
                return tag;
            default:
                error = $"'{{% {text} %}}' is not supported: the Jinja dialect reads for, endfor, if, elif, else and endif (with p, tr or tc before them), and executes nothing else.";
                return null;
        }
    }

    private static ParsedTag? For(ParsedTag tag, string rest, out string? error)
    {
        error = null;
        var words = rest.Split(new[] { ' ', '\t', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 3 || words[1] != "in" || DataPath.TryParse(words[0]) is not { Segments.Length: 1 })
        {
            error = $"'for {rest}' is not supported: write 'for item in list' (one loop variable, a dotted list name; no filters, conditions or 'recursive').";
            return null;
        }

        var path = DataPath.TryParse(words[2]);
        if (path is null || path.IsCurrentItem)
        {
            error = $"'{words[2]}' is not a list name: the Jinja dialect loops over dotted names only (no ranges, calls or filters).";
            return null;
        }

        tag.Role = TagRole.Open;
        tag.Mode = SectionMode.Loop;
        tag.Keyword = "for";
        tag.LoopVariable = words[0];
        tag.Path = path;
        return tag;
    }

    private static int IndexOfWhiteSpace(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Splits at '|' outside quotes.</summary>
    private static List<string> SplitFilters(string inner)
    {
        var parts = new List<string>();
        var start = 0;
        char quote = '\0';
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (quote != '\0')
            {
                if (c == quote || (quote == '\u2018' && c == '\u2019') || (quote == '\u201C' && c == '\u201D'))
                {
                    quote = '\0';
                }
            }
            else if (c is '\'' or '"' or '\u2018' or '\u201C')
            {
                quote = c;
            }
            else if (c == '|')
            {
                parts.Add(inner.Substring(start, i - start));
                start = i + 1;
            }
        }

        parts.Add(inner.Substring(start));
        return parts;
    }
}
