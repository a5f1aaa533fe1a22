using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Verwerkers.Templating.Compilation.Dialects;
using Verwerkers.Templating.Data;
using Verwerkers.Templating.Rendering;

namespace Verwerkers.Templating.Compilation;

/// <summary>The dialects' part of compiling: their scanners and parsers, elif/else chains, implicit rows, and tying paths to scopes.</summary>
internal sealed partial class PartCompiler
{
    private bool FixedDelimiters => _options.Dialect is TemplateDialect.Jinja or TemplateDialect.Amberg;

    private List<ScanResult> Scan(string text, int limit)
        => FixedDelimiters ? DialectScanner.Scan(text, _options.Dialect, limit) : DelimiterScanner.Scan(text, _options.StartDelimiter, _options.EndDelimiter, limit);

    private string CloseFor(string opener) => FixedDelimiters ? DialectScanner.CloseFor(opener) : _options.EndDelimiter;

    private string OpenFor(string closer) => !FixedDelimiters ? _options.StartDelimiter : closer == "%}" ? "{%" : "{{";

    /// <summary>The tags one written tag stands for: none (an error was added), one, or two for <c>elif</c>/<c>else</c> (a close and an open).</summary>
    private List<TagInfo> ParseTags(string opener, string inner, string written, int? paragraph, string context)
    {
        var result = new List<TagInfo>(1);
        if (!FixedDelimiters)
        {
            if (ParseMustache(inner, paragraph, context) is { } mustache)
            {
                result.Add(mustache);
            }

            return result;
        }

        var parsed = _options.Dialect == TemplateDialect.Jinja
            ? JinjaSyntax.TryParse(opener, inner, out var error)
            : AmbergSyntax.TryParse(opener, inner, _options.Culture, out error);
        if (parsed is null)
        {
            _errors.Add(new TemplateError(TemplateErrorCode.MalformedTag, error!, _part, paragraph, written, context));
            return result;
        }

        var text = inner.Trim();
        if (parsed.Branch != BranchKind.None)
        {
            var close = AddTag(TagRole.Close, null, null, null, text, TemplateTagSource.Text, paragraph, context);
            close.Parsed = new ParsedTag { Role = TagRole.Close, Keyword = parsed.Keyword, Block = parsed.Block };
            close.Written = written;
            result.Add(close);
        }

        var info = AddTag(parsed.Role, parsed.Path, parsed.FormatText, parsed.Format, text, TemplateTagSource.Text, paragraph, context);
        info.Parsed = parsed;
        info.Mode = parsed.Mode;
        info.Written = written;
        if (parsed.Test is { } test && parsed.Branch == BranchKind.None)
        {
            info.Condition = new[] { test };
            info.Chain = new[] { test.Negate() };
        }

        if (result.Count == 1)
        {
            result[0].TwinOpen = info;
            info.TwinClose = result[0];
        }

        result.Add(info);
        return result;
    }

    /// <summary>The open half of <c>elif</c>/<c>else</c>: the tests of the branches before it, negated, and its own.</summary>
    private void ContinueBranch(TagInfo open, TagInfo close, TagInfo next)
    {
        if (open.Chain is null)
        {
            _errors.Add(close.Error(
                TemplateErrorCode.MismatchedSection,
                _part,
                $"'{close.Written}' follows '{open.Written ?? open.Text}' (paragraph {open.Paragraph?.ToString(CultureInfo.InvariantCulture) ?? "?"}): elif and else continue an if, and nothing follows an else but its end."));
            return;
        }

        if (next.Parsed!.Test is { } test)
        {
            next.Condition = open.Chain.Concat(new[] { test }).ToArray();
            next.Chain = open.Chain.Concat(new[] { test.Negate() }).ToArray();
        }
        else
        {
            next.Condition = open.Chain;
            next.Chain = null;
            next.Path = open.Path;
        }
    }

    /// <summary>
    /// Ties every path of a Jinja or Amberg part to the scope it names, so that a loop item's field never hides a root
    /// value of the same name: Jinja's loop variables and Amberg's loop names and dots name a loop's item, other names the root data.
    /// </summary>
    private bool AnchorPaths(List<TagInfo> ordered)
    {
        var before = _errors.Count;
        var open = new List<TagInfo>();
        foreach (var tag in ordered)
        {
            if (tag.Role == TagRole.Close)
            {
                open.RemoveAt(open.Count - 1);
                continue;
            }

            if (tag.Parsed is not null && tag.Path is not null)
            {
                tag.Path = Anchor(tag, tag.Path, open);
                if (tag.Condition is { } condition)
                {
                    tag.Condition = condition.Select(t => t.WithPath(Anchor(tag, t.Path, open))).ToArray();
                }
            }

            if (tag.IsSectionStart)
            {
                open.Add(tag);
            }
        }

        return _errors.Count == before;
    }

    private DataPath Anchor(TagInfo tag, DataPath path, List<TagInfo> open)
    {
        if (path.Up > 0 || path.Exact)
        {
            // Already tied: Amberg's '.x' and '..x'.
            return path;
        }

        var scopes = open.Count(t => t.Mode is SectionMode.Loop);

        var up = 0;
        for (var i = open.Count - 1; i >= 0; i--)
        {
            var loop = open[i];
            if (loop.Mode != SectionMode.Loop)
            {
                continue;
            }

            if (_options.Dialect == TemplateDialect.Jinja)
            {
                if (path.Segments[0] == loop.Parsed!.LoopVariable)
                {
                    return path.Rest(1, up, exact: true);
                }
            }
            else if (loop.Parsed!.Path is { IsCurrentItem: false } name && StartsWith(path, name))
            {
                return path.Rest(name.Segments.Length, up, exact: true);
            }

            up++;
        }

        if (_options.Dialect == TemplateDialect.Jinja && path.Segments[0] == "loop" && scopes > 0)
        {
            _errors.Add(tag.Error(TemplateErrorCode.MalformedTag, _part, $"'{path.Text}' (Jinja's loop variables: index, first, last …) is not supported."));
        }

        return path.Rest(0, scopes, exact: true);
    }

    private static bool StartsWith(DataPath path, DataPath prefix)
    {
        if (path.Segments.Length < prefix.Segments.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Segments.Length; i++)
        {
            if (path.Segments[i] != prefix.Segments[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// MiniWord's implicit rows: a table row whose tags address <c>list.field</c> (one list per row) becomes a section
    /// over <c>list</c>; <c>list.field</c> then reads the item's field, and the row's other tags the data around the row.
    /// </summary>
    private void AddImplicitRows()
    {
        var rows = new Dictionary<XElement, List<TagInfo>>();
        var order = new List<XElement>();
        foreach (var tag in _tags.ToList())
        {
            if (tag.Marker?.Ancestors(W.Tr).FirstOrDefault() is not { } row)
            {
                continue;
            }

            if (!rows.TryGetValue(row, out var list))
            {
                rows[row] = list = new List<TagInfo>();
                order.Add(row);
            }

            list.Add(tag);
        }

        var edits = new TreeEdits();
        foreach (var row in order)
        {
            var tags = rows[row];
            if (tags.Any(t => t.Role != TagRole.Value))
            {
                continue;
            }

            var lists = tags.Where(t => t.Path!.Segments.Length >= 2).Select(t => t.Path!.Segments[0]).Distinct().ToList();
            if (lists.Count == 0)
            {
                continue;
            }

            var first = tags[0];
            if (lists.Count > 1)
            {
                _errors.Add(first.Error(
                    TemplateErrorCode.MalformedTag,
                    _part,
                    $"The table row addresses {string.Join(" and ", lists.Select(l => "'" + l + "'"))}: an implicit row repeats over one list. Use {_options.StartDelimiter}#list{_options.EndDelimiter} … {_options.StartDelimiter}/list{_options.EndDelimiter} for the others."));
                continue;
            }

            var name = lists[0];
            var open = AddTag(TagRole.Open, DataPath.TryParse(name), null, null, name, TemplateTagSource.Text, first.Paragraph, first.Context);
            var close = AddTag(TagRole.Close, DataPath.TryParse(name), null, null, "/" + name, TemplateTagSource.Text, first.Paragraph, first.Context);
            open.Mode = SectionMode.ImplicitRow;
            var unit = row;
            while (unit.Parent is not null && unit.Parent.Name != W.Tbl)
            {
                unit = unit.Parent;
            }

            if (unit.Parent is null)
            {
                unit = row;
            }

            edits.InsertBefore(unit, NewMarker(W.OpenMarker, open));
            edits.InsertAfter(unit, NewMarker(W.CloseMarker, close));
            foreach (var tag in tags)
            {
                tag.Path = tag.Path!.Segments.Length >= 2 && tag.Path.Segments[0] == name
                    ? tag.Path.Rest(1, 0, exact: true)
                    : tag.Path.Rest(0, 1, exact: false);
            }
        }

        edits.Apply();
    }
}
