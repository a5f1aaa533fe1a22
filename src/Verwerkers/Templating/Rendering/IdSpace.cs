using System.Collections.Generic;

namespace Verwerkers.Templating.Rendering;

/// <summary>What a part's template already uses, so that ids made for repeats never collide with it. Immutable after compile.</summary>
internal sealed class IdSpace
{
    public IdSpace(long maxBookmarkId, long maxDrawingId, long maxContentControlId, HashSet<string> bookmarkNames)
    {
        MaxBookmarkId = maxBookmarkId;
        MaxDrawingId = maxDrawingId;
        MaxContentControlId = maxContentControlId;
        BookmarkNames = bookmarkNames;
    }

    public long MaxBookmarkId { get; }

    public long MaxDrawingId { get; }

    public long MaxContentControlId { get; }

    /// <summary>Bookmark names of the template (compared ignoring case, as Word does).</summary>
    public HashSet<string> BookmarkNames { get; }
}
