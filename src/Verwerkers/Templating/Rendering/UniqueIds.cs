using System;
using System.Collections.Generic;
using System.Globalization;

namespace Verwerkers.Templating.Rendering;

/// <summary>The ids handed out while one part is rendered. Part of a <see cref="RenderContext"/>; never shared.</summary>
internal sealed class UniqueIds
{
    /// <summary>Word's limit on a bookmark name.</summary>
    private const int MaxBookmarkName = 40;

    private readonly HashSet<(IdKind, string)> _seen = new();
    private readonly Dictionary<string, string> _bookmarkIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _endsWritten = new(StringComparer.Ordinal);
    private readonly HashSet<string> _madeNames = new(StringComparer.OrdinalIgnoreCase);
    private IdSpace? _space;
    private long _nextBookmark;
    private long _nextDrawing;
    private long _nextContentControl;

    public void Clear()
    {
        _seen.Clear();
        _bookmarkIds.Clear();
        _endsWritten.Clear();
        _madeNames.Clear();
        _space = null;
    }

    /// <summary>Whether this is the first time the template's id is written in this part (then it is kept as is).</summary>
    public bool First(IdSpace space, IdKind kind, string original)
    {
        if (!ReferenceEquals(_space, space))
        {
            _space = space;
            _nextBookmark = space.MaxBookmarkId + 1;
            _nextDrawing = space.MaxDrawingId + 1;
            _nextContentControl = space.MaxContentControlId + 1;
        }

        return _seen.Add((kind, original));
    }

    public string NewNumber(IdKind kind)
    {
        var n = kind switch
        {
            IdKind.BookmarkStart => _nextBookmark++,
            IdKind.DrawingId => _nextDrawing++,
            _ => _nextContentControl++,
        };
        return n.ToString(CultureInfo.InvariantCulture);
    }

    public void MapBookmark(string original, string id) => _bookmarkIds[original] = id;

    /// <summary>The id a bookmark end must carry, or null when that bookmark's end was already written.</summary>
    public string? BookmarkEnd(string original)
    {
        var id = _bookmarkIds.TryGetValue(original, out var mapped) ? mapped : original;
        return _endsWritten.Add(id) ? id : null;
    }

    /// <summary>A name not used by the template nor by an earlier repeat: the original with <c>_2</c>, <c>_3</c>, … (shortened to fit 40 characters).</summary>
    public string NewBookmarkName(string original)
    {
        for (var n = 2; ; n++)
        {
            var suffix = "_" + n.ToString(CultureInfo.InvariantCulture);
            var stem = original.Length + suffix.Length > MaxBookmarkName ? original.Substring(0, MaxBookmarkName - suffix.Length) : original;
            var name = stem + suffix;
            if (!_space!.BookmarkNames.Contains(name) && _madeNames.Add(name))
            {
                return name;
            }
        }
    }
}
