using System;
using System.Collections.Generic;
using System.Globalization;
using System.Xml.Linq;
using Verwerkers.Templating.Rendering;

namespace Verwerkers.Templating.Compilation;

/// <summary>Where WordprocessingML keeps ids that must be unique in a part, and what a part's template already uses.</summary>
internal static class UniqueIdSites
{
    private static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static readonly XName DocPr = Wp + "docPr";
    private static readonly XName BookmarkStart = W.Ns + "bookmarkStart";
    private static readonly XName BookmarkEnd = W.Ns + "bookmarkEnd";
    private static readonly XName CommentRangeStart = W.Ns + "commentRangeStart";
    private static readonly XName CommentRangeEnd = W.Ns + "commentRangeEnd";
    private static readonly XName Id = W.Ns + "id";
    private static readonly XName Name = W.Ns + "name";
    private static readonly XName PlainId = "id";

    /// <summary>The kind of a bookmark or comment mark element (handled as a whole), or null.</summary>
    public static IdKind? ElementKind(XElement e)
    {
        if (e.Attribute(Id) is null)
        {
            return null;
        }

        if (e.Name == BookmarkStart)
        {
            return IdKind.BookmarkStart;
        }

        if (e.Name == BookmarkEnd)
        {
            return IdKind.BookmarkEnd;
        }

        return e.Name == CommentRangeStart || e.Name == CommentRangeEnd || e.Name == W.CommentReference ? IdKind.CommentMark : null;
    }

    /// <summary>The kind of a numbering attribute (a drawing's <c>docPr/@id</c>, a content control's <c>w:id/@w:val</c>), or null.</summary>
    public static IdKind? ValueKind(XElement e, XAttribute a)
    {
        if (e.Name == DocPr && a.Name == PlainId)
        {
            return IdKind.DrawingId;
        }

        return e.Name == Id && a.Name == W.Val && e.Parent?.Name == W.SdtPr ? IdKind.ContentControlId : null;
    }

    /// <summary>One pass over the part: the highest id of each kind and every bookmark name.</summary>
    public static IdSpace Survey(XDocument doc)
    {
        long bookmarks = 0, drawings = 0, controls = 0;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in doc.Descendants())
        {
            if (e.Name == BookmarkStart || e.Name == BookmarkEnd)
            {
                bookmarks = Math.Max(bookmarks, Number(e.Attribute(Id)));
                if ((string?)e.Attribute(Name) is { } name)
                {
                    names.Add(name);
                }
            }
            else if (e.Name == DocPr)
            {
                drawings = Math.Max(drawings, Number(e.Attribute(PlainId)));
            }
            else if (e.Name == Id && e.Parent?.Name == W.SdtPr)
            {
                controls = Math.Max(controls, Number(e.Attribute(W.Val)));
            }
        }

        return new IdSpace(bookmarks, drawings, controls, names);
    }

    private static long Number(XAttribute? a)
        => a is not null && long.TryParse(a.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n < int.MaxValue ? n : 0;
}
