using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Verwerkers.Templating.Compilation.Dialects;

namespace Verwerkers.Templating.Compilation;

/// <summary>How a container behaves when its sections leave it without children.</summary>
internal enum ContainerRule
{
    /// <summary>A table without rows is dropped.</summary>
    DropWhenEmpty,

    /// <summary>A cell, text box, header, footer, footnote or comment gets an empty paragraph.</summary>
    KeepOneParagraph,
}

/// <summary>
/// Decides what each section repeats: the table row(s) when its tags sit in different cells, whole paragraphs when
/// each tag is alone in its paragraph, otherwise exactly the content between the tags. Rejects sections whose ends
/// cannot be repeated as a unit, and sections that overlap once expanded.
/// </summary>
internal sealed class SectionLayout
{
    private static readonly HashSet<XName> ParagraphContainers = new() { W.Tc, W.TxbxContent, W.Hdr, W.Ftr, W.Footnote, W.Endnote, W.Comment };

    private static readonly HashSet<XName> Blocking = new()
    {
        W.P, W.Tbl, W.Drawing, W.Pict, W.Object, W.FldSimple, W.FldChar, W.InstrText, W.Sym, W.Tab,
        W.FootnoteReference, W.EndnoteReference, W.CommentReference, W.SectPr, W.T,
    };

    private readonly string _part;
    private readonly List<TemplateError> _errors;

    /// <summary>How many markers each paragraph holds directly (as their innermost paragraph), kept up to date as markers move.</summary>
    private readonly Dictionary<XElement, int> _markersIn = new();

    /// <summary>Where moved markers go (their new parent); the moves are applied together, see <see cref="TreeEdits"/>.</summary>
    private readonly Dictionary<XElement, XElement> _movedTo = new();
    private readonly TreeEdits _edits = new();

    public SectionLayout(string part, List<TemplateError> errors)
    {
        _part = part;
        _errors = errors;
    }

    public Dictionary<XElement, ContainerRule> Conditional { get; } = new();

    public bool Arrange(List<TagInfo> ordered, XDocument doc)
    {
        var before = _errors.Count;
        foreach (var tag in ordered)
        {
            // The two halves of an elif or else are one written tag: counted once.
            if (tag.TwinClose is null && tag.Marker.Ancestors(W.P).FirstOrDefault() is { } paragraph)
            {
                _markersIn[paragraph] = _markersIn.TryGetValue(paragraph, out var n) ? n + 1 : 1;
            }
        }

        var remove = new List<XElement>();
        foreach (var open in ordered.Where(t => t.IsSectionStart))
        {
            Place(open, open.Pair!, remove);
        }

        if (_errors.Count > before)
        {
            return false;
        }

        foreach (var p in remove)
        {
            _edits.Remove(p);
        }

        _edits.Apply();

        foreach (var tag in ordered)
        {
            if (tag.Marker.Document is null)
            {
                _errors.Add(tag.Error(
                    TemplateErrorCode.SectionCutsStructure,
                    _part,
                    $"'{tag.Written ?? tag.Text}' stands alone in its paragraph on one side and inline on the other: put the tags before and after it alone in their paragraphs too, or all of them inline."));
            }
        }

        if (_errors.Count > before || !CheckNesting(doc))
        {
            return false;
        }

        foreach (var tag in ordered.Where(t => t.Role != TagRole.Value))
        {
            var parent = tag.Marker.Parent!;
            if (parent.Name == W.Tbl)
            {
                Conditional[parent] = ContainerRule.DropWhenEmpty;
            }
            else if (ParagraphContainers.Contains(parent.Name))
            {
                Conditional[parent] = ContainerRule.KeepOneParagraph;
            }
        }

        return true;
    }

    private void Place(TagInfo open, TagInfo close, List<XElement> remove)
    {
        if ((open.Parsed?.Block ?? BlockForm.None) != BlockForm.None || (close.Parsed?.Block ?? BlockForm.None) != BlockForm.None)
        {
            PlaceBlocks(open, close, remove);
            CheckRepeatable(open, close);
            return;
        }

        var o = open.Marker;
        var c = close.Marker;
        var closeAncestors = new HashSet<XElement>(c.Ancestors());
        var common = o.Ancestors().First(closeAncestors.Contains);
        var structure = common.AncestorsAndSelf().FirstOrDefault(a => a.Name == W.Tc || a.Name == W.Tr || a.Name == W.Tbl);
        if (structure is not null && structure.Name != W.Tc && CrossesCell(o, common) && CrossesCell(c, common))
        {
            // Tags in different cells: the section repeats whole rows, so both tags must sit in cells of those rows
            // themselves; a tag inside a table nested in a cell would take the nested table along only partly.
            var openNested = NestedTableBetween(o, common) is not null;
            if (openNested || NestedTableBetween(c, common) is not null)
            {
                _errors.Add(open.Error(
                    TemplateErrorCode.SectionCutsStructure,
                    _part,
                    $"The section '{open.Text}' (paragraph {Number(open.Paragraph)}) ends at '{close.Text}' (paragraph {Number(close.Paragraph)}) at a different table depth: "
                        + $"'{(openNested ? open.Text : close.Text)}' sits in a table nested inside a cell of the rows the section would repeat. "
                        + "Put both tags in cells of the same table, or both in the nested table."));
                return;
            }

            XElement first, last;
            if (structure.Name == W.Tr)
            {
                first = last = RowUnit(structure);
            }
            else
            {
                first = ChildOnPath(common, o);
                last = ChildOnPath(common, c);
            }

            Detach(o);
            Detach(c);
            MoveBefore(first, o);
            MoveAfter(last, c);
        }
        else
        {
            var p1 = o.Ancestors(W.P).FirstOrDefault();
            var p2 = c.Ancestors(W.P).FirstOrDefault();
            if (p1 is not null && p2 is not null && p1 != p2
                && !p1.Ancestors().Contains(p2) && !p2.Ancestors().Contains(p1)
                && Owns(p1, o, out var breakBefore) && Owns(p2, c, out var breakAfter))
            {
                // Each tag alone in its paragraph: the paragraphs go, the section repeats the paragraphs between.
                // A page break in a tag's paragraph survives: before each item (open) or after the section (close).
                Detach(o);
                Detach(c);
                if (breakBefore)
                {
                    MoveBefore(p1, o);
                }
                else
                {
                    MoveAfter(p1, o);
                    remove.Add(p1);
                }

                MoveBefore(p2, c);
                if (!breakAfter)
                {
                    remove.Add(p2);
                }
            }
        }

        CheckRepeatable(open, close);
    }

    /// <summary>
    /// Jinja's <c>{%p %}</c>, <c>{%tr %}</c> and <c>{%tc %}</c>: the tag stands for its whole paragraph, row or cell,
    /// which goes; the section repeats what lies between. Refused when that element holds anything else, which would be lost.
    /// </summary>
    private void PlaceBlocks(TagInfo open, TagInfo close, List<XElement> remove)
    {
        var form = open.Parsed?.Block ?? BlockForm.None;
        if (form != (close.Parsed?.Block ?? BlockForm.None))
        {
            _errors.Add(open.Error(
                TemplateErrorCode.SectionCutsStructure,
                _part,
                $"'{open.Written ?? open.Text}' ends at '{close.Written ?? close.Text}' (paragraph {Number(close.Paragraph)}): both ends must use the same form ({{%p, {{%tr, {{%tc or plain {{%)."));
            return;
        }

        var first = BlockOf(open, form);
        var last = BlockOf(close, form);
        if (first is null || last is null)
        {
            return;
        }

        if (first == last)
        {
            _errors.Add(open.Error(
                TemplateErrorCode.SectionCutsStructure,
                _part,
                $"'{open.Written}' and '{close.Written}' stand in the same {FormName(form)}, which both tags remove: put them in {FormName(form)}s of their own around what they repeat."));
            return;
        }

        Detach(open.Marker);
        Detach(close.Marker);
        MoveAfter(first, open.Marker);
        MoveBefore(last, close.Marker);
        remove.Add(first);
        remove.Add(last);
    }

    /// <summary>The paragraph, row or cell a block tag stands for, if it holds nothing but the tag; else null and an error.</summary>
    private XElement? BlockOf(TagInfo tag, BlockForm form)
    {
        var name = form == BlockForm.Paragraph ? W.P : form == BlockForm.Row ? W.Tr : W.Tc;
        var element = tag.Marker.Ancestors(name).FirstOrDefault();
        if (element is null)
        {
            _errors.Add(tag.Error(TemplateErrorCode.SectionCutsStructure, _part, $"'{tag.Written}' is not inside a {FormName(form)}."));
            return null;
        }

        if (form == BlockForm.Row)
        {
            element = RowUnit(element);
        }

        var twin = tag.TwinOpen?.Marker ?? tag.TwinClose?.Marker;
        foreach (var e in element.Descendants())
        {
            var other = (W.IsMarker(e) && e != tag.Marker && e != twin && !_movedTo.ContainsKey(e))
                || (e.Name == W.T && e.Value.Trim().Length > 0)
                || e.Name == W.Drawing || e.Name == W.Pict || e.Name == W.Object;
            if (other)
            {
                var what = e.Name == W.T ? "the text '" + e.Value.Trim() + "'" : W.IsMarker(e) ? "another tag" : "a picture or object";
                _errors.Add(tag.Error(
                    TemplateErrorCode.SectionCutsStructure,
                    _part,
                    $"The {FormName(form)} of '{tag.Written}' also holds {what}, which the tag would remove with it: give the tag a {FormName(form)} of its own."));
                return null;
            }
        }

        return element;
    }

    private static string FormName(BlockForm form) => form == BlockForm.Paragraph ? "paragraph" : form == BlockForm.Row ? "table row" : "table cell";

    /// <summary>Takes a marker out of its place (when the edits are applied), and out of its paragraph's count.</summary>
    private void Detach(XElement marker)
    {
        if (marker.Annotation<TagInfo>()?.TwinClose is null && marker.Ancestors(W.P).FirstOrDefault() is { } paragraph)
        {
            _markersIn[paragraph]--;
        }

        _edits.Remove(marker);
    }

    private void MoveBefore(XElement anchor, XElement marker)
    {
        _edits.InsertBefore(anchor, marker);
        _movedTo[marker] = anchor.Parent!;
    }

    private void MoveAfter(XElement anchor, XElement marker)
    {
        _edits.InsertAfter(anchor, marker);
        _movedTo[marker] = anchor.Parent!;
    }

    /// <summary>The ancestors of a marker, innermost first, where it will be once the edits are applied.</summary>
    private IEnumerable<XElement> AncestorsOf(XElement marker)
        => _movedTo.TryGetValue(marker, out var parent) ? parent.AncestorsAndSelf() : marker.Ancestors();

    private void CheckRepeatable(TagInfo open, TagInfo close)
    {
        var a = AncestorsOf(open.Marker).Reverse().ToList();
        var b = AncestorsOf(close.Marker).Reverse().ToList();
        var k = 0;
        while (k < a.Count && k < b.Count && a[k] == b[k])
        {
            k++;
        }

        var ok = a.Count == b.Count;
        for (var i = k; ok && i < a.Count; i++)
        {
            ok = a[i].Name == b[i].Name;
        }

        if (!ok)
        {
            _errors.Add(open.Error(
                TemplateErrorCode.SectionCutsStructure,
                _part,
                $"The section '{open.Text}' ends at '{close.Text}' (paragraph {close.Paragraph?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}) in a different structure ({Describe(a, k)} versus {Describe(b, k)}): " +
                "both ends must be in the same paragraph or cell, in two cells of the same table, or each alone in its own paragraph at the same level."));
        }
    }

    private bool CheckNesting(XDocument doc)
    {
        var stack = new Stack<XElement>();
        foreach (var marker in doc.Descendants().Where(e => e.Name == W.OpenMarker || e.Name == W.CloseMarker))
        {
            var misplaced = false;
            XElement? inner = stack.Count == 0 ? null : stack.Peek();
            if (marker.Name == W.OpenMarker)
            {
                // Once expanded, a section must sit inside exactly the section it was written in.
                var enclosing = marker.Annotation<TagInfo>()?.Enclosing?.Marker;
                misplaced = !ReferenceEquals(enclosing, inner);
                if (!misplaced)
                {
                    stack.Push(marker);
                    continue;
                }

                inner = enclosing ?? inner;
            }

            if (misplaced || stack.Count == 0 || !ReferenceEquals(stack.Peek(), Partner(marker)))
            {
                _errors.Add(new TemplateError(
                    TemplateErrorCode.OverlappingSections,
                    "Sections overlap once table rows are expanded (for example a row section and another section in the same row): "
                        + Describe(inner) + " and " + Describe(marker) + ". Nest them, or put the inner section in its own paragraph.",
                    _part));
                return false;
            }

            stack.Pop();
        }

        return true;
    }

    private XElement? Partner(XElement close) => close.Annotation<TagInfo>()?.Pair?.Marker;

    private static string Describe(XElement? marker) => marker?.Annotation<TagInfo>()?.Text is { } text ? "'" + text + "'" : "?";

    private static string Describe(List<XElement> chain, int from)
        => chain.Count <= from ? "directly" : "inside " + string.Join("/", chain.Skip(from).Select(e => e.Name.LocalName));

    private static string Number(int? paragraph) => paragraph?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";

    /// <summary>The innermost table strictly between the marker and <paramref name="common"/>, if any.</summary>
    private static XElement? NestedTableBetween(XElement marker, XElement common)
    {
        for (var e = marker.Parent; e is not null && e != common; e = e.Parent)
        {
            if (e.Name == W.Tbl)
            {
                return e;
            }
        }

        return null;
    }

    private static bool CrossesCell(XElement marker, XElement common)
    {
        for (var e = marker.Parent; e is not null && e != common; e = e.Parent)
        {
            if (e.Name == W.Tc)
            {
                return true;
            }
        }

        return false;
    }

    private static XElement RowUnit(XElement row)
    {
        var unit = row;
        while (unit.Parent is not null && unit.Parent.Name != W.Tbl)
        {
            unit = unit.Parent;
        }

        return unit.Parent is null ? row : unit;
    }

    private static XElement ChildOnPath(XElement ancestor, XElement descendant)
    {
        var e = descendant;
        while (e.Parent != ancestor)
        {
            e = e.Parent!;
        }

        return e;
    }

    /// <summary>Whether the paragraph holds nothing but the marker (and formatting, bookmarks, proofing marks, breaks).</summary>
    private bool Owns(XElement paragraph, XElement marker, out bool pageBreak)
    {
        pageBreak = false;
        var info = marker.Annotation<TagInfo>();
        var twin = info?.TwinOpen?.Marker ?? info?.TwinClose?.Marker;
        if (_markersIn.TryGetValue(paragraph, out var markers) && markers > 1)
        {
            return false;
        }

        foreach (var child in paragraph.Elements())
        {
            if (child.Name == W.PPr)
            {
                continue;
            }

            foreach (var e in child.DescendantsAndSelf())
            {
                if (e == marker || e == twin || _movedTo.ContainsKey(e))
                {
                    continue;
                }

                if (W.IsMarker(e) || Blocking.Contains(e.Name))
                {
                    if (e.Name == W.T && e.Value.Length == 0)
                    {
                        continue;
                    }

                    return false;
                }

                if (e.Name == W.Br && (string?)e.Attribute(W.Type) == "page")
                {
                    pageBreak = true;
                }
            }
        }

        return !paragraph.Element(W.PPr)?.Elements(W.SectPr).Any() ?? true;
    }
}
