using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace Verwerkers.Templating.Compilation;

/// <summary>
/// Gives every tag of a paragraph an element of its own: a run holding the value marker, or the section marker in
/// place of a run. A tag that Word spread over several runs (spell-check marks, bookmarks, rsids) takes the formatting
/// of the run where it starts; text outside tags keeps its runs.
/// </summary>
/// <remarks>
/// Linear in the paragraph: each text element is cut once, into all its pieces at once, however many tags it holds
/// (cutting one tag at a time would copy the rest of the text for every tag).
/// </remarks>
internal sealed class TagIsolator
{
    private readonly List<XElement> _touched = new();

    /// <summary>
    /// Isolates the <paramref name="tags"/> (in text order) found in <paramref name="text"/>, the concatenation of
    /// <paramref name="texts"/>, where text element k starts at <paramref name="starts"/>[k].
    /// </summary>
    public void Isolate(List<XElement> texts, List<int> starts, string text, List<(ScanResult Scan, TagInfo Info)> tags, PartCompiler compiler)
    {
        if (tags.Count == 0)
        {
            return;
        }

        var count = texts.Count;
        var consumed = new int[count];
        var startingHere = new List<(int From, int To, TagInfo Info)>?[count];
        var touched = new bool[count];
        var k = 0;
        foreach (var (scan, info) in tags)
        {
            // The text element holding the tag's first character, and the one holding its last.
            while (k < count - 1 && scan.Start >= End(starts, text, k))
            {
                k++;
            }

            var first = k;
            var last = first;
            while (last < count - 1 && scan.End - 1 >= End(starts, text, last))
            {
                last++;
            }

            var head = texts[first];
            if (head.Parent is null || head.Parent.Name != W.R)
            {
                compiler.NotInRun(info);
                continue;
            }

            var headEnd = first == last ? scan.End : End(starts, text, first);
            (startingHere[first] ??= new List<(int, int, TagInfo)>()).Add((scan.Start - starts[first], headEnd - starts[first], info));
            touched[first] = true;
            for (var m = first + 1; m <= last; m++)
            {
                consumed[m] = (m == last ? scan.End : End(starts, text, m)) - starts[m];
                touched[m] = true;
            }
        }

        // Each run holding a touched text is rebuilt once, with all its pieces.
        var index = new Dictionary<XElement, int>();
        for (var j = 0; j < count; j++)
        {
            if (touched[j])
            {
                index[texts[j]] = j;
            }
        }

        var rebuilt = new HashSet<XElement>();
        for (var j = 0; j < count; j++)
        {
            if (!touched[j])
            {
                continue;
            }

            var t = texts[j];
            var run = t.Parent;
            if (run is null || run.Name != W.R)
            {
                SetText(t, Value(starts, text, j).Substring(consumed[j]));
            }
            else if (rebuilt.Add(run))
            {
                Rebuild(run, t => index.TryGetValue(t, out var k) ? (Value(starts, text, k), consumed[k], startingHere[k]) : null, compiler);
            }
        }
    }

    /// <summary>Removes the text elements and runs that isolation emptied.</summary>
    public void CleanUp()
    {
        var edits = new TreeEdits();
        var emptied = new HashSet<XElement>();
        foreach (var t in _touched)
        {
            if (t.Parent is null || t.Value.Length != 0)
            {
                continue;
            }

            emptied.Add(t);
            edits.Remove(t);
        }

        var runs = new HashSet<XElement>();
        foreach (var t in emptied)
        {
            var run = t.Parent!;
            if (run.Name == W.R && run.Parent is not null && runs.Add(run) && run.Elements().All(e => e.Name == W.RPr || emptied.Contains(e)))
            {
                edits.Remove(run);
            }
        }

        edits.Apply();
    }

    private static string Value(List<int> starts, string text, int k) => text.Substring(starts[k], End(starts, text, k) - starts[k]);

    private static int End(List<int> starts, string text, int k) => k + 1 < starts.Count ? starts[k + 1] : text.Length;

    /// <summary>
    /// Rebuilds one run around its touched text elements. In each, the first characters that belong to a tag started
    /// in an earlier element go; the element keeps the text up to its first tag; each tag and each stretch of text
    /// after it becomes a run of its own, and what followed in the run (tabs, breaks, more text) moves after them.
    /// </summary>
    private void Rebuild(XElement run, Func<XElement, (string Value, int Consumed, List<(int From, int To, TagInfo Info)>? Tags)?> cuts, PartCompiler compiler)
    {
        var rPr = run.Element(W.RPr);
        var attributes = run.Attributes().ToList();
        var children = run.Nodes().ToList();
        run.RemoveNodes();
        var pieces = new List<XNode>();
        XElement? current = run;
        foreach (var node in children)
        {
            if (node is XElement e && e.Name == W.T && cuts(e) is { } cut)
            {
                var (value, consumed, tags) = cut;
                if (tags is null)
                {
                    SetText(e, value.Substring(consumed));
                    Append(ref current, e, attributes, rPr, pieces);
                    continue;
                }

                SetText(e, value.Substring(consumed, tags[0].From - consumed));
                Append(ref current, e, attributes, rPr, pieces);
                for (var i = 0; i < tags.Count; i++)
                {
                    var (_, to, info) = tags[i];
                    var marker = compiler.MarkerFor(info);
                    pieces.Add(info.Role == TagRole.Value ? NewRun(attributes, rPr, marker) : marker);
                    var next = i + 1 < tags.Count ? tags[i + 1].From : value.Length;
                    current = null;
                    if (next > to)
                    {
                        current = NewRun(attributes, rPr, W.NewText(value.Substring(to, next - to)));
                        pieces.Add(current);
                    }
                }
            }
            else if (node is XElement || current is not null)
            {
                // White space between a run's elements has no meaning; it is dropped where a split leaves no run for it.
                Append(ref current, node, attributes, rPr, pieces);
            }
        }

        run.AddAfterSelf(pieces);
    }

    private static void Append(ref XElement? current, XNode node, List<XAttribute> attributes, XElement? rPr, List<XNode> pieces)
    {
        if (current is null)
        {
            current = NewRun(attributes, rPr);
            pieces.Add(current);
        }

        current.Add(node);
    }

    private static XElement NewRun(List<XAttribute> attributes, XElement? rPr, params object[] content)
        => new(W.R, attributes.Select(a => new XAttribute(a)), rPr is null ? null : new XElement(rPr), content);

    private void SetText(XElement t, string value)
    {
        t.Value = value;
        if (t.Attribute(W.XmlSpace) is null)
        {
            t.SetAttributeValue(W.XmlSpace, "preserve");
        }

        _touched.Add(t);
    }
}
