using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Verwerkers.Templating.Data;

namespace Verwerkers.Templating.Compilation;

/// <summary>A value bound through Word's own mechanisms rather than typed delimiters.</summary>
internal readonly struct Binding
{
    public Binding(XElement run, DataPath path, string name, TemplateTagSource source, XElement anchor)
    {
        Run = run;
        Path = path;
        Name = name;
        Source = source;
        Anchor = anchor;
    }

    /// <summary>The run that will hold the value; its text is still to be replaced by a marker.</summary>
    public XElement Run { get; }

    public DataPath Path { get; }

    public string Name { get; }

    public TemplateTagSource Source { get; }

    /// <summary>An element still in the tree, to find the paragraph number.</summary>
    public XElement Anchor { get; }
}

/// <summary>
/// Turns mail-merge fields (<c>MERGEFIELD</c>, simple and complex) and content controls whose tag or alias is a data
/// path into plain runs that receive the value.
/// </summary>
internal static class Bindings
{
    private static readonly XName[] NonTextControls = { W.DocPartObj, W.DocPartList, W.Group, W.Picture, W.Citation, W.Bibliography, W.Equation };

    public static List<Binding> Apply(XDocument doc, string startDelimiter, string part, List<TemplateError> errors, Func<XElement, int?> paragraphOf)
    {
        var bindings = new List<Binding>();
        SimpleFields(doc, part, errors, paragraphOf, bindings);
        ComplexFields(doc, part, errors, paragraphOf, bindings);
        ContentControls(doc, startDelimiter, bindings);
        return bindings;
    }

    /// <summary>Reads the field name of <c>MERGEFIELD name \* MERGEFORMAT</c>; null if the instruction is another field.</summary>
    public static string? MergeFieldName(string instruction)
    {
        var text = instruction.Trim();
        if (!text.StartsWith("MERGEFIELD", StringComparison.OrdinalIgnoreCase) || text.Length == 10 || !char.IsWhiteSpace(text[10]))
        {
            return text.Equals("MERGEFIELD", StringComparison.OrdinalIgnoreCase) ? string.Empty : null;
        }

        var rest = text.Substring(10).TrimStart();
        if (rest.StartsWith("\"", StringComparison.Ordinal))
        {
            var close = rest.IndexOf('"', 1);
            return close < 0 ? rest.Substring(1) : rest.Substring(1, close - 1);
        }

        var end = 0;
        while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
        {
            end++;
        }

        return rest.Substring(0, end);
    }

    private static void SimpleFields(XDocument doc, string part, List<TemplateError> errors, Func<XElement, int?> paragraphOf, List<Binding> bindings)
    {
        var fields = doc.Descendants(W.FldSimple).ToList();
        var outer = WithNested(fields, W.FldSimple);
        foreach (var field in fields)
        {
            var name = MergeFieldName((string?)field.Attribute(W.Instr) ?? string.Empty);
            if (name is null || outer.Contains(field))
            {
                continue;
            }

            var path = PathOrError(name, field, part, errors, paragraphOf);
            if (path is null)
            {
                continue;
            }

            // The field element becomes the run in place: replacing it would walk its siblings (see TreeEdits).
            var rPr = field.Descendants(W.R).Select(r => r.Element(W.RPr)).FirstOrDefault(p => p is not null);
            var copy = rPr is null ? null : new XElement(rPr);
            field.RemoveAll();
            field.Name = W.R;
            field.Add(copy, W.NewText(name));
            bindings.Add(new Binding(field, path, name, TemplateTagSource.MergeField, field));
        }
    }

    private static void ComplexFields(XDocument doc, string part, List<TemplateError> errors, Func<XElement, int?> paragraphOf, List<Binding> bindings)
    {
        var open = new Stack<(XElement Begin, System.Text.StringBuilder Instr, bool Nested, XElement? Separate)>();
        var edits = new TreeEdits();
        foreach (var element in doc.Descendants().Where(e => e.Name == W.FldChar || e.Name == W.InstrText).ToList())
        {
            if (element.Name == W.InstrText)
            {
                if (open.Count > 0)
                {
                    open.Peek().Instr.Append(element.Value);
                }

                continue;
            }

            var type = (string?)element.Attribute(W.FldCharType);
            var run = element.Parent;
            if (run is null || run.Name != W.R)
            {
                continue;
            }

            if (type == "begin")
            {
                if (open.Count > 0)
                {
                    var outer = open.Pop();
                    open.Push((outer.Begin, outer.Instr, true, outer.Separate));
                }

                open.Push((run, new System.Text.StringBuilder(), false, null));
            }
            else if (type == "separate" && open.Count > 0)
            {
                var top = open.Pop();
                open.Push((top.Begin, top.Instr, top.Nested, run));
            }
            else if (type == "end" && open.Count > 0)
            {
                var field = open.Pop();
                var name = MergeFieldName(field.Instr.ToString());
                if (name is null || field.Nested || field.Begin.Parent != run.Parent || field.Begin.Parent is null)
                {
                    continue;
                }

                var path = PathOrError(name, field.Begin, part, errors, paragraphOf);
                if (path is null)
                {
                    continue;
                }

                ReplaceComplexField(field.Begin, field.Separate, run, name, path, bindings, edits);
            }
        }

        edits.Apply();
    }

    private static void ReplaceComplexField(XElement begin, XElement? separate, XElement end, string name, DataPath path, List<Binding> bindings, TreeEdits edits)
    {
        var runs = new List<XNode>();
        for (XNode? node = begin; node is not null; node = node.NextNode)
        {
            runs.Add(node);
            if (node == end)
            {
                break;
            }
        }

        // The value takes the formatting of the field's result, as Word shows it; else that of the field start.
        var resultRun = separate is null
            ? null
            : runs.SkipWhile(n => n != separate).OfType<XElement>().FirstOrDefault(r => r.Name == W.R && r.Element(W.T) is not null);
        // The begin run becomes the value's run in place; the rest of the field goes when the edits are applied.
        var rPr = (resultRun ?? begin).Element(W.RPr);
        var copy = rPr is null ? null : new XElement(rPr);
        begin.RemoveAll();
        begin.Add(copy, W.NewText(name));
        foreach (var node in runs)
        {
            if (node != begin)
            {
                edits.Remove(node);
            }
        }

        bindings.Add(new Binding(begin, path, name, TemplateTagSource.MergeField, begin));
    }

    private static void ContentControls(XDocument doc, string startDelimiter, List<Binding> bindings)
    {
        // Only innermost controls can be bound (a control holding another one is left alone), so the subtrees searched
        // below never overlap: the work stays linear however deep controls nest.
        var controls = doc.Descendants(W.Sdt).ToList();
        var outer = WithNested(controls, W.Sdt);
        var edits = new TreeEdits();
        foreach (var sdt in controls)
        {
            if (sdt.Parent is null || outer.Contains(sdt))
            {
                continue;
            }

            var properties = sdt.Element(W.SdtPr);
            var content = sdt.Element(W.SdtContent);
            if (properties is null || content is null || NonTextControls.Any(n => properties.Element(n) is not null))
            {
                continue;
            }

            var name = (string?)properties.Element(W.Tag)?.Attribute(W.Val);
            var path = name is null ? null : DataPath.TryParse(name);
            if (path is null || path.IsCurrentItem)
            {
                name = (string?)properties.Element(W.Alias)?.Attribute(W.Val);
                path = name is null ? null : DataPath.TryParse(name);
            }

            if (path is null || path.IsCurrentItem
                || content.Descendants().Any(e => e.Name == W.Tc || e.Name == W.Tr || e.Name == W.Sdt || e.Name == W.FldChar || e.Name == W.FldSimple)
                || !content.Descendants(W.R).Any()
                || content.Descendants(W.T).Any(t => t.Value.IndexOf(startDelimiter, StringComparison.Ordinal) >= 0))
            {
                continue;
            }

            var texts = content.Descendants(W.T).ToList();
            XElement run;
            if (texts.Count > 0)
            {
                run = texts[0].Parent!;
                texts[0].RemoveAll();
                texts[0].SetAttributeValue(W.XmlSpace, "preserve");
                texts[0].Value = name!;
                var removed = new HashSet<XElement>(texts.Skip(1));
                var owners = new HashSet<XElement>();
                foreach (var t in removed)
                {
                    edits.Remove(t);
                    if (t.Parent is { } owner && owner != run && owner.Name == W.R && owners.Add(owner)
                        && owner.Elements().All(e => e.Name == W.RPr || removed.Contains(e)))
                    {
                        edits.Remove(owner);
                    }
                }
            }
            else
            {
                run = content.Descendants(W.R).First();
                run.Add(W.NewText(name!));
            }

            // Word would show the value styled as a placeholder, or overwrite it from a bound custom XML part.
            properties.Element(W.ShowingPlcHdr)?.Remove();
            properties.Element(W.DataBinding)?.Remove();
            var style = run.Element(W.RPr)?.Element(W.RStyle);
            if (style is not null && ((string?)style.Attribute(W.Val) ?? string.Empty).IndexOf("Placeholder", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                style.Remove();
            }

            bindings.Add(new Binding(run, path, name!, TemplateTagSource.ContentControl, run));
        }

        edits.Apply();
    }

    private static DataPath? PathOrError(string name, XElement at, string part, List<TemplateError> errors, Func<XElement, int?> paragraphOf)
    {
        var path = DataPath.TryParse(name);
        if (path is null)
        {
            errors.Add(new TemplateError(
                TemplateErrorCode.MalformedTag,
                $"The merge field name '{name}' is not a data path (names of letters, digits, '_' or '-', separated by dots).",
                part,
                paragraphOf(at),
                name));
        }

        return path;
    }

    /// <summary>The elements of <paramref name="all"/> that hold another element of the same name.</summary>
    private static HashSet<XElement> WithNested(List<XElement> all, XName name)
    {
        var outer = new HashSet<XElement>();
        foreach (var e in all)
        {
            for (var a = e.Parent; a is not null; a = a.Parent)
            {
                if (a.Name == name)
                {
                    outer.Add(a);
                    break;
                }
            }
        }

        return outer;
    }
}
