using System.Collections.Generic;
using System.Xml.Linq;

namespace Verwerkers.Templating.Compilation;

/// <summary>
/// What lies between a paragraph's text elements that is not plain text: an equation or a complex field's
/// begin/separate/end mark between two of them, or a hyperlink, content control or simple field holding one and not
/// the other. A tag whose text crosses such a boundary cannot be filled without moving the element.
/// </summary>
internal sealed class TextBoundaries
{
    private static readonly XNamespace M = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    private static readonly XName OMath = M + "oMath";
    private static readonly XName OMathPara = M + "oMathPara";
    private static readonly XName Hyperlink = W.Ns + "hyperlink";

    /// <summary>For a text element: the non-text element found since the previous text element of the same paragraph.</summary>
    private readonly Dictionary<XElement, string> _before = new();

    /// <summary>One pass over the part in document order.</summary>
    public TextBoundaries(XDocument doc)
    {
        string? pending = null;
        foreach (var e in doc.Descendants())
        {
            if (e.Name == W.P)
            {
                pending = null;
            }
            else if (e.Name == W.T)
            {
                if (pending is not null)
                {
                    _before[e] = pending;
                }

                pending = null;
            }
            else if (pending is null && (e.Name == OMath || e.Name == OMathPara))
            {
                pending = "an equation (m:oMath)";
            }
            else if (pending is null && e.Name == W.FldChar)
            {
                pending = "a field boundary (w:fldChar " + ((string?)e.Attribute(W.FldCharType) ?? "?") + ")";
            }
        }
    }

    /// <summary>What the text [from, to) of the paragraph crosses, or null when it is plain text throughout.</summary>
    /// <param name="texts">The paragraph's text elements, in order.</param>
    /// <param name="starts">Where each text element starts in the paragraph's text.</param>
    /// <param name="from">The tag's first character.</param>
    /// <param name="to">Just after the tag's last character.</param>
    public string? Crossed(List<XElement> texts, List<int> starts, int from, int to)
    {
        var first = Holding(starts, from);
        var last = Holding(starts, to - 1);
        if (first == last)
        {
            return null;
        }

        var container = Container(texts[first]);
        for (var k = first + 1; k <= last; k++)
        {
            if (_before.TryGetValue(texts[k], out var between))
            {
                return between;
            }

            var other = Container(texts[k]);
            if (other != container)
            {
                return Describe(other ?? container!);
            }
        }

        return null;
    }

    /// <summary>The last text element starting at or before the position (so the one holding it).</summary>
    private static int Holding(List<int> starts, int position)
    {
        var i = starts.BinarySearch(position);
        if (i < 0)
        {
            return ~i - 1;
        }

        while (i + 1 < starts.Count && starts[i + 1] == position)
        {
            i++;
        }

        return i;
    }

    /// <summary>The innermost hyperlink, content control or simple field holding the text element within its paragraph.</summary>
    private static XElement? Container(XElement text)
    {
        for (var e = text.Parent; e is not null && e.Name != W.P; e = e.Parent)
        {
            if (e.Name == Hyperlink || e.Name == W.Sdt || e.Name == W.FldSimple)
            {
                return e;
            }
        }

        return null;
    }

    private static string Describe(XElement container)
        => container.Name == Hyperlink ? "a hyperlink boundary (w:hyperlink)"
            : container.Name == W.Sdt ? "a content-control boundary (w:sdt)"
            : "a field boundary (w:fldSimple)";
}
