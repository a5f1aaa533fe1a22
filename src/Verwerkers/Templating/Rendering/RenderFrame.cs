using System.Collections;

namespace Verwerkers.Templating.Rendering;

/// <summary>One entry of the render stack: an open section (its items) or an open conditional container.</summary>
internal struct RenderFrame
{
    /// <summary>A section frame.</summary>
    public RenderFrame(IEnumerator? items, bool scoped)
    {
        Items = items;
        Scoped = scoped;
        Index = 0;
        SavedChildStarts = 0;
        OutputStart = 0;
    }

    /// <summary>A container frame.</summary>
    public RenderFrame(int savedChildStarts, int outputStart)
    {
        Items = null;
        Scoped = false;
        Index = 0;
        SavedChildStarts = savedChildStarts;
        OutputStart = outputStart;
    }

    /// <summary>The items of a repeating section, positioned on the current one; null otherwise.</summary>
    public IEnumerator? Items { get; }

    /// <summary>Whether the section pushed a scope that its end must pop.</summary>
    public bool Scoped { get; }

    /// <summary>The index of the current item of a repeating section.</summary>
    public int Index { get; set; }

    /// <summary>For containers: the enclosing container's count of rendered children.</summary>
    public int SavedChildStarts { get; }

    /// <summary>For containers: where the container's output starts, to drop it.</summary>
    public int OutputStart { get; }
}
