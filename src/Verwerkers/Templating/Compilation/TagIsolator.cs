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

        // From the last element to the first, as runs split later move the elements after them.
        for (var j = count - 1; j >= 0; j--)
        {
            if (touched[j])
            {
                Cut(texts[j], text.Substring(starts[j], End(starts, text, j) - starts[j]), consumed[j], startingHere[j], compiler);
            }
        }
    }

    /// <summary>Removes the text elements and runs that isolation emptied.</summary>
    public void CleanUp()
    {
        foreach (var t in _touched)
        {
            if (t.Parent is null || t.Value.Length != 0)
            {
                continue;
            }

            var run = t.Parent;
            t.Remove();
            if (run.Name == W.R && run.Parent is not null && !run.Elements().Any(e => e.Name != W.RPr))
            {
                run.Remove();
            }
        }
    }

    private static int End(List<int> starts, string text, int k) => k + 1 < starts.Count ? starts[k + 1] : text.Length;

    /// <summary>
    /// Cuts one text element: its first <paramref name="consumed"/> characters belong to a tag that started earlier and
    /// go; the element keeps the text up to its first tag; each tag and each stretch of text after it becomes a run.
    /// </summary>
    private void Cut(XElement t, string value, int consumed, List<(int From, int To, TagInfo Info)>? tags, PartCompiler compiler)
    {
        if (tags is null)
        {
            SetText(t, value.Substring(consumed));
            return;
        }

        var run = t.Parent!;
        var rPr = run.Element(W.RPr);
        SetText(t, value.Substring(consumed, tags[0].From - consumed));
        var pieces = new List<XElement>(tags.Count * 2);
        XElement? lastText = null;
        for (var i = 0; i < tags.Count; i++)
        {
            var (_, to, info) = tags[i];
            var marker = compiler.MarkerFor(info);
            pieces.Add(info.Role == TagRole.Value ? new XElement(W.R, run.Attributes(), rPr is null ? null : new XElement(rPr), marker) : marker);
            var next = i + 1 < tags.Count ? tags[i + 1].From : value.Length;
            lastText = null;
            if (next > to)
            {
                lastText = new XElement(W.R, run.Attributes(), rPr is null ? null : new XElement(rPr), W.NewText(value.Substring(to, next - to)));
                pieces.Add(lastText);
            }
        }

        // What followed the text in its run (tabs, breaks, more text) moves after the last piece, as Word reads it.
        var following = t.NodesAfterSelf().ToList();
        if (following.OfType<XElement>().Any() || (lastText is not null && following.Count > 0))
        {
            foreach (var node in following)
            {
                node.Remove();
            }

            if (lastText is not null)
            {
                lastText.Add(following);
            }
            else
            {
                pieces.Add(new XElement(W.R, run.Attributes(), rPr is null ? null : new XElement(rPr), following));
            }
        }

        run.AddAfterSelf(pieces);
    }

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
