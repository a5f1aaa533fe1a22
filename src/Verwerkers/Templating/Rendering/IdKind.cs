namespace Verwerkers.Templating.Rendering;

/// <summary>An identifier in repeated content that must stay unique in its part.</summary>
internal enum IdKind
{
    /// <summary><c>w:bookmarkStart</c>: a repeat gets a new id and a new name.</summary>
    BookmarkStart,

    /// <summary><c>w:bookmarkEnd</c>: takes the id its start got in the same repeat; written once per id.</summary>
    BookmarkEnd,

    /// <summary><c>w:commentRangeStart</c>, <c>w:commentRangeEnd</c>, <c>w:commentReference</c>: the comment lives in another part, so it stays with its first copy only.</summary>
    CommentMark,

    /// <summary><c>wp:docPr/@id</c> and <c>w:sdtPr/w:id/@w:val</c>: a repeat gets a new number.</summary>
    DrawingId,

    /// <summary>See <see cref="DrawingId"/>; content controls number separately from drawings.</summary>
    ContentControlId,
}
