using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Verwerkers.Templating.Data;
using Verwerkers.Templating.Packaging;

namespace Verwerkers.Templating.Rendering;

/// <summary>The mutable state of one fill: output buffer, scope stack and collected errors. Never shared between threads.</summary>
internal sealed class RenderContext
{
    /// <summary>A fill stops collecting after this many errors: a loop over thousands of items would otherwise repeat one mistake endlessly.</summary>
    public const int MaxErrors = 1000;

    private object?[] _scopes = new object?[16];
    private DataPath?[] _scopePaths = new DataPath?[16];
    private int[] _scopeIndexes = new int[16];
    private long[] _scopeIds = new long[16];
    private long _lastScopeId;
    private ResolvedValue[] _resolved = System.Array.Empty<ResolvedValue>();
    private DataPath[] _slotPaths = System.Array.Empty<DataPath>();
    private int _depth;
    private RenderFrame[] _frames = System.Array.Empty<RenderFrame>();
    private int _frameCount;
    private UniqueIds? _ids;

    public RenderContext(ByteBuffer output, CultureInfo culture, MissingValueBehavior missing)
    {
        Output = output;
        Culture = culture;
        MissingValueBehavior = missing;
    }

    public ByteBuffer Output { get; set; }

    public CultureInfo Culture { get; }

    public MissingValueBehavior MissingValueBehavior { get; }

    public int ChildStarts { get; set; }

    public List<TemplateError> Errors { get; } = new();

    /// <summary>The ids handed out in repeated content of the part being rendered; made on first use (most plans have no ids to renumber).</summary>
    public UniqueIds Ids => _ids ??= new UniqueIds();

    /// <summary>The innermost open section or container of the plan being rendered.</summary>
    public ref RenderFrame TopFrame => ref _frames[_frameCount - 1];

    /// <summary>
    /// Starts a part: <paramref name="root"/> as the only scope, room for its plan's value slots (<paramref name="slotPaths"/>),
    /// and the <paramref name="rootSlots"/> resolved together (see <see cref="PushScope(object?, DataPath?, int, int[])"/>).
    /// </summary>
    public void Reset(object root, DataPath[] slotPaths, int[] rootSlots)
    {
        if (_resolved.Length < slotPaths.Length)
        {
            _resolved = new ResolvedValue[slotPaths.Length];
        }

        _slotPaths = slotPaths;
        ReleaseFrames();
        _depth = 0;
        ChildStarts = 0;
        _ids?.Clear();
        PushScope(root, null, -1, rootSlots);
    }

    public void PushFrame(RenderFrame frame)
    {
        if (_frameCount == _frames.Length)
        {
            // Allocated on first use: a plan without sections or conditional containers needs no stack.
            System.Array.Resize(ref _frames, System.Math.Max(8, _frameCount * 2));
        }

        _frames[_frameCount++] = frame;
    }

    public void PopFrame() => _frames[--_frameCount] = default;

    /// <summary>Disposes the enumerators of sections left open (a fill that threw half-way), and forgets them.</summary>
    public void ReleaseFrames()
    {
        while (_frameCount > 0)
        {
            (_frames[_frameCount - 1].Items as System.IDisposable)?.Dispose();
            PopFrame();
        }
    }

    public void PushScope(object? value, DataPath? path, int index)
    {
        if (_depth == _scopes.Length)
        {
            System.Array.Resize(ref _scopes, _depth * 2);
            System.Array.Resize(ref _scopePaths, _depth * 2);
            System.Array.Resize(ref _scopeIndexes, _depth * 2);
            System.Array.Resize(ref _scopeIds, _depth * 2);
        }

        _scopes[_depth] = value;
        _scopePaths[_depth] = path;
        _scopeIndexes[_depth] = index;

        // Every scope this fill pushes gets a number of its own, so a value resolved in an earlier item is never reused.
        _scopeIds[_depth] = ++_lastScopeId;
        _depth++;
    }

    /// <summary>
    /// <see cref="PushScope(object?, DataPath?, int)"/>, then resolves the value <paramref name="slots"/> whose look-up
    /// starts in the new scope, one after another, before any of them renders.
    /// </summary>
    /// <remarks>
    /// Look-ups done together overlap their memory loads, where look-ups spread over the rendering each wait for theirs.
    /// Only values found are kept, and only in JSON data, whose reading has no side effects: whatever is missing, or in
    /// other data (a property getter), is still looked up by its tag when it renders, which also reports what the tag
    /// reports, with its own place. A slot of a tag that does not render is filled and never read.
    /// </remarks>
    public void PushScope(object? value, DataPath? path, int index, int[] slots)
    {
        PushScope(value, path, index);
        if (slots.Length == 0)
        {
            return;
        }

        var from = _depth - 1;
        var scope = _scopeIds[from];
        foreach (var slot in slots)
        {
            if (TryResolveInJson(_slotPaths[slot], from, out var found))
            {
                ref var resolved = ref _resolved[slot];
                resolved.Scope = scope;
                resolved.Found = true;
                resolved.Value = found;
                resolved.Text = null;
            }
        }
    }

    public void PopScope() => _depth--;

    /// <summary>
    /// <see cref="TryResolve(DataPath, out object?)"/> for the path of a value node's <paramref name="slot"/>, once per
    /// scope: the answer depends only on the scopes from the one the look-up starts in outwards, and those stay the
    /// same while that scope is open, so it is kept with the number of that scope and reused until another scope takes
    /// its place (the next item of a loop, another section) or the part ends.
    /// </summary>
    public bool TryResolve(DataPath path, int slot, out object? value)
    {
        if (slot < 0)
        {
            return TryResolve(path, out value);
        }

        var scope = _scopeIds[System.Math.Max(0, _depth - 1 - path.Up)];
        ref var resolved = ref _resolved[slot];
        if (resolved.Scope != scope)
        {
            resolved.Found = TryResolve(path, out resolved.Value);
            resolved.Text = null;
            resolved.Scope = scope;
        }

        value = resolved.Value;
        return resolved.Found;
    }

    /// <summary>
    /// The text of <paramref name="value"/> without a format (<see cref="DefaultFormatting.ToText"/>), made once per
    /// scope for the <paramref name="slot"/> it was just resolved for (-1: not kept).
    /// </summary>
    public string ToText(int slot, object value)
    {
        if (slot < 0)
        {
            return DefaultFormatting.ToText(value, Culture);
        }

        ref var resolved = ref _resolved[slot];
        return resolved.Text ??= DefaultFormatting.ToText(value, Culture);
    }

    /// <summary>
    /// Looks a path up: its first name in the innermost scope that has it (from <see cref="DataPath.Up"/> scopes out,
    /// or only there when <see cref="DataPath.Exact"/>), the rest from there.
    /// </summary>
    public bool TryResolve(DataPath path, out object? value)
    {
        var segments = path.Segments;
        var from = System.Math.Max(0, _depth - 1 - path.Up);
        if (segments.Length == 0)
        {
            value = _scopes[from];
            return true;
        }

        var last = path.Exact ? from : 0;
        for (var level = from; level >= last; level--)
        {
            if (DataAccess.TryGetMember(_scopes[level], segments[0], out value))
            {
                for (var i = 1; i < segments.Length; i++)
                {
                    if (!DataAccess.TryGetMember(value, segments[i], out value))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>
    /// <see cref="TryResolve(DataPath, out object?)"/> with the look-up starting at scope level <paramref name="from"/>,
    /// as long as it reads only JSON tokens (and the strings and nulls of JSON); false when it is not found or would read
    /// anything else.
    /// </summary>
    private bool TryResolveInJson(DataPath path, int from, out object? value)
    {
        var segments = path.Segments;
        var last = path.Exact ? from : 0;
        for (var level = from; level >= last; level--)
        {
            var scope = _scopes[level];
            if (!IsJson(scope))
            {
                break;
            }

            if (DataAccess.TryGetMember(scope, segments[0], out value))
            {
                for (var i = 1; i < segments.Length; i++)
                {
                    if (!IsJson(value) || !DataAccess.TryGetMember(value, segments[i], out value))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        value = null;
        return false;
    }

    private static bool IsJson(object? value) => value is null or Newtonsoft.Json.Linq.JToken or string;

    /// <summary>The path as the data sees it, with the indexes of the enclosing items: <c>subProcessors[3].name</c>.</summary>
    public string DescribePath(DataPath path)
    {
        var sb = new StringBuilder();
        var innermost = System.Math.Max(0, _depth - 1 - path.Up);
        for (var level = 1; level <= innermost; level++)
        {
            var p = _scopePaths[level];
            if (p is null)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('.');
            }

            sb.Append(p.Text);
            if (_scopeIndexes[level] >= 0)
            {
                sb.Append('[').Append(_scopeIndexes[level].ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        if (!path.IsCurrentItem)
        {
            if (sb.Length > 0)
            {
                sb.Append('.');
            }

            sb.Append(path.Text);
        }
        else if (sb.Length == 0)
        {
            sb.Append('.');
        }

        return sb.ToString();
    }

    public void AddError(TemplateErrorCode code, TagSite site, DataPath path, string message)
    {
        if (Errors.Count < MaxErrors)
        {
            Errors.Add(new TemplateError(code, message, site.Part, site.Paragraph, site.TagText, site.Context, DescribePath(path)));
        }
    }

    /// <summary>A value node's path as resolved in the scope numbered <see cref="Scope"/> (0: not yet in this fill).</summary>
    private struct ResolvedValue
    {
        public long Scope;
        public bool Found;
        public object? Value;

        /// <summary>The value's text without a format, once a value node has asked for it.</summary>
        public string? Text;
    }
}
