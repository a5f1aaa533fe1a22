using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace Verwerkers.Templating.Compilation;

/// <summary>
/// Gathers a tag that Word spread over several runs (spell-check marks, bookmarks, rsids) into one run of its own,
/// which keeps the formatting of the run where the tag starts. Text outside the tag keeps its runs.
/// </summary>
internal sealed class RunNormalizer
{
    private readonly HashSet<XElement> _touched = new();

    /// <summary>
    /// Moves the tag text that spans <paramref name="texts"/>[<paramref name="first"/>] at <paramref name="startOffset"/>
    /// to <paramref name="texts"/>[<paramref name="last"/>] before <paramref name="endOffset"/> into a new run holding only
    /// the tag, and returns that run. Tags of one paragraph must be isolated from last to first.
    /// </summary>
    public XElement? Isolate(IReadOnlyList<XElement> texts, int first, int startOffset, int last, int endOffset, string tagText)
    {
        var head = texts[first];
        if (head.Parent is null || head.Parent.Name != W.R)
        {
            return null;
        }

        if (first != last)
        {
            var headText = head.Value;
            SetText(head, headText.Substring(0, startOffset) + tagText);
            for (var k = first + 1; k < last; k++)
            {
                SetText(texts[k], string.Empty);
            }

            var tailText = texts[last].Value;
            SetText(texts[last], tailText.Substring(endOffset));
        }

        return Split(head, startOffset, tagText.Length);
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

    private XElement Split(XElement t, int start, int length)
    {
        var run = t.Parent!;
        var text = t.Value;
        var before = text.Substring(0, start);
        var tag = text.Substring(start, length);
        var after = text.Substring(start + length);
        var rPr = run.Element(W.RPr);
        var following = t.NodesAfterSelf().ToList();

        var tagRun = new XElement(W.R, run.Attributes(), rPr is null ? null : new XElement(rPr), W.NewText(tag));
        XElement? afterRun = null;
        if (after.Length > 0 || following.OfType<XElement>().Any())
        {
            foreach (var node in following)
            {
                node.Remove();
            }

            var afterText = after.Length > 0 ? W.NewText(after) : null;
            afterRun = new XElement(W.R, run.Attributes(), rPr is null ? null : new XElement(rPr), afterText, following);
        }

        SetText(t, before);
        run.AddAfterSelf(tagRun, afterRun);
        return tagRun;
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
