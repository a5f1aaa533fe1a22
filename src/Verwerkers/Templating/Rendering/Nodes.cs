using System;
using System.Collections;
using System.Text;
using Verwerkers.Templating.Data;

namespace Verwerkers.Templating.Rendering;

/// <summary>
/// One step of a compiled part's plan. A plan is a flat array: sections and containers are a start node and an end
/// node, and rendering is a loop over the array with an explicit stack in the <see cref="RenderContext"/>, so no
/// nesting depth of the template can exhaust the thread's stack. Immutable once compiled: shared by every fill on
/// every thread.
/// </summary>
internal abstract class Node
{
    /// <summary>Renders this step and returns the index of the next one.</summary>
    public abstract int Render(RenderContext context, int index);
}

/// <summary>Ready-made UTF-8 XML copied as is.</summary>
internal sealed class LiteralNode : Node
{
    public LiteralNode(byte[] bytes, int childStarts)
    {
        Bytes = bytes;
        ChildStarts = childStarts;
    }

    public byte[] Bytes { get; }

    /// <summary>How many rows or paragraphs of the enclosing conditional container this literal opens.</summary>
    public int ChildStarts { get; }

    public override int Render(RenderContext context, int index)
    {
        context.Output.Write(Bytes);
        context.ChildStarts += ChildStarts;
        return index + 1;
    }
}

/// <summary>Where a tag sits, for error messages.</summary>
internal sealed class TagSite
{
    public TagSite(string part, int? paragraph, string tagText, string? context)
    {
        Part = part;
        Paragraph = paragraph;
        TagText = tagText;
        Context = context;
    }

    public string Part { get; }

    public int? Paragraph { get; }

    public string TagText { get; }

    public string? Context { get; }
}

/// <summary>A value slot: looks the path up, formats and escapes the value.</summary>
internal sealed class ValueNode : Node
{
    private readonly byte[] _keepTag;

    public ValueNode(DataPath path, ValueFormat? format, WordSyntax? word, TagSite site, string keepTagText, string? defaultText = null)
    {
        Path = path;
        Default = defaultText;
        Format = format;
        Word = word;
        Site = site;
        _keepTag = Encoding.UTF8.GetBytes(keepTagText.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;"));
    }

    public DataPath Path { get; }

    public ValueFormat? Format { get; }

    /// <summary>
    /// Set in WordprocessingML, where the value is the content of a <c>w:t</c> (whose tags are in the literals around it)
    /// and line breaks and tabs become elements; null in plain XML text (document properties).
    /// </summary>
    public WordSyntax? Word { get; }

    public TagSite Site { get; }

    /// <summary>The text written when the value is missing or null (Jinja's <c>|default(...)</c>); null follows the missing-value policy.</summary>
    public string? Default { get; }

    /// <summary>
    /// The value nodes of one part that share a path (text, <see cref="DataPath.Up"/> and <see cref="DataPath.Exact"/>)
    /// share this number, so that a fill looks the path up once per scope (see <see cref="RenderContext.TryResolve(DataPath, int, out object?)"/>);
    /// -1 for <c>.</c>, which needs no look-up. Set once while the part's plan is made.
    /// </summary>
    public int Slot { get; private set; } = -1;

    /// <summary>
    /// Numbers the distinct paths of the value nodes of one plan; lists, for the part's
    /// root (<paramref name="rootSlots"/>) and for each section that opens a scope (<see cref="SectionNode.ScopeSlots"/>),
    /// the slots whose look-up starts in that scope, so that a fill can resolve them together when the scope opens.
    /// </summary>
    /// <returns>The path of each slot, by number.</returns>
    public static DataPath[] AssignSlots(Node[] nodes, out int[] rootSlots)
    {
        var slots = new System.Collections.Generic.Dictionary<(string, int, bool), int>();
        var paths = new System.Collections.Generic.List<DataPath>();

        // The scopes open at each point of the plan, outermost first: null for the part's root, else the section.
        var owners = new System.Collections.Generic.List<SectionNode?> { null };
        var lists = new System.Collections.Generic.Dictionary<SectionNode, System.Collections.Generic.List<int>>();
        var root = new System.Collections.Generic.List<int>();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case SectionNode section when section.OpensScope:
                    owners.Add(section);
                    break;
                case SectionEndNode end when end.Section.OpensScope:
                    end.Section.ScopeSlots = lists.TryGetValue(end.Section, out var list) ? list.ToArray() : Array.Empty<int>();
                    owners.RemoveAt(owners.Count - 1);
                    break;
                case ValueNode value when !value.Path.IsCurrentItem:
                    var key = (value.Path.Text, value.Path.Up, value.Path.Exact);
                    if (!slots.TryGetValue(key, out var slot))
                    {
                        slot = slots.Count;
                        slots.Add(key, slot);
                        paths.Add(value.Path);
                    }

                    value.Slot = slot;

                    // The scope the look-up starts in, as RenderContext.TryResolve finds it: Up scopes out, at most to the root.
                    var owner = owners[Math.Max(0, owners.Count - 1 - value.Path.Up)];
                    var into = owner is null ? root : (lists.TryGetValue(owner, out var l) ? l : lists[owner] = new System.Collections.Generic.List<int>());
                    if (!into.Contains(slot))
                    {
                        into.Add(slot);
                    }

                    break;
            }
        }

        rootSlots = root.ToArray();
        return paths.ToArray();
    }

    public override int Render(RenderContext context, int index)
    {
        string text;
        if (context.TryResolve(Path, Slot, out var value) && value is not null)
        {
            text = Format is null ? context.ToText(Slot, value) : Formatted(context, value);
        }
        else if (Default is not null)
        {
            text = Format is null ? Default : Formatted(context, Default);
        }
        else
        {
            Missing(context);
            return index + 1;
        }

        var bad = Utf8Xml.TryWrite(context.Output, text, Word);
        if (bad >= 0)
        {
            NotXml(context, text, bad);
        }

        return index + 1;
    }

    // The paths below are rare: kept out of Render so that its frame stays small for the common case, a plain value.
    private void Missing(RenderContext context)
    {
        switch (context.MissingValueBehavior)
        {
            case MissingValueBehavior.KeepTag:
                context.Output.Write(_keepTag);
                break;
            case MissingValueBehavior.Error:
                context.AddError(TemplateErrorCode.MissingValue, Site, Path, $"The data has no value for '{context.DescribePath(Path)}'.");
                break;
        }
    }

    private void NotXml(RenderContext context, string text, int bad)
        => context.AddError(
            TemplateErrorCode.InvalidXmlCharacter,
            Site,
            Path,
            $"The value of '{context.DescribePath(Path)}' contains the character U+{(int)text[bad]:X4} at position {bad}, which XML cannot hold.");

    private string Formatted(RenderContext context, object value)
    {
        if (Format!.TryFormat(value, out var text))
        {
            return text;
        }

        context.AddError(
            TemplateErrorCode.FormatNotApplicable,
            Site,
            Path,
            $"The format '{Format.Pattern}' does not fit the value of '{context.DescribePath(Path)}' (a {value.GetType().Name}); formats apply to dates and numbers.");
        return string.Empty;
    }
}

/// <summary>
/// The start of a section: repeats, shows once or hides the nodes up to its <see cref="SectionEndNode"/> depending on
/// the value; inverted sections do the opposite.
/// </summary>
internal sealed class SectionNode : Node
{
    public SectionNode(DataPath path, bool inverted, TagSite site, SectionMode mode = SectionMode.Mustache, ConditionTest[]? condition = null)
    {
        Path = path;
        Inverted = inverted;
        Site = site;
        Mode = mode;
        Condition = condition ?? Array.Empty<ConditionTest>();
    }

    public DataPath Path { get; }

    public SectionMode Mode { get; }

    /// <summary>For <see cref="SectionMode.Condition"/>: the tests that must all hold.</summary>
    public ConditionTest[] Condition { get; }

    public bool Inverted { get; }

    public TagSite Site { get; }

    /// <summary>The index of the matching <see cref="SectionEndNode"/>; set once while the plan is emitted.</summary>
    public int End { get; set; }

    /// <summary>Whether the content, when it renders, has a scope of its own (each item, or the value): every section but an inverted one or a condition.</summary>
    public bool OpensScope => !Inverted && Mode != SectionMode.Condition;

    /// <summary>
    /// The value slots whose look-up starts in this section's scope (see <see cref="ValueNode.AssignSlots"/>), resolved
    /// together each time the scope opens; set once while the part's plan is made.
    /// </summary>
    public int[] ScopeSlots { get; set; } = Array.Empty<int>();

    public override int Render(RenderContext context, int index)
    {
        if (Mode == SectionMode.Condition)
        {
            foreach (var test in Condition)
            {
                var found = context.TryResolve(test.Path, out var tested);
                if (!test.Holds(found, tested))
                {
                    return End + 1;
                }
            }

            context.PushFrame(new RenderFrame(null, scoped: false));
            return index + 1;
        }

        var present = context.TryResolve(Path, out var value) && DataAccess.Unwrap(value) is not null;
        var sequence = DataAccess.AsSequence(value);
        if (Mode != SectionMode.Mustache)
        {
            if (!present)
            {
                if (context.MissingValueBehavior == MissingValueBehavior.Error)
                {
                    context.AddError(TemplateErrorCode.MissingValue, Site, Path, $"The data has no list for '{context.DescribePath(Path)}'.");
                }

                return End + 1;
            }

            if (sequence is null && Mode == SectionMode.Loop)
            {
                context.AddError(TemplateErrorCode.NotAList, Site, Path, $"The value of '{context.DescribePath(Path)}' (a {DataAccess.Unwrap(value)!.GetType().Name}) is not a list; a loop needs one.");
                return End + 1;
            }
        }

        if (Inverted)
        {
            var empty = sequence is null ? !DataAccess.IsTruthy(value) : IsEmpty(sequence);
            if (!empty)
            {
                return End + 1;
            }

            context.PushFrame(new RenderFrame(null, scoped: false));
            return index + 1;
        }

        if (sequence is not null)
        {
            var items = sequence.GetEnumerator();
            if (!items.MoveNext())
            {
                (items as IDisposable)?.Dispose();
                return End + 1;
            }

            context.PushScope(DataAccess.Unwrap(items.Current), Path, 0, ScopeSlots);
            context.PushFrame(new RenderFrame(items, scoped: true));
            return index + 1;
        }

        if (!DataAccess.IsTruthy(value))
        {
            return End + 1;
        }

        context.PushScope(value, Path, -1, ScopeSlots);
        context.PushFrame(new RenderFrame(null, scoped: true));
        return index + 1;
    }

    private static bool IsEmpty(IEnumerable sequence)
    {
        var e = sequence.GetEnumerator();
        try
        {
            return !e.MoveNext();
        }
        finally
        {
            (e as IDisposable)?.Dispose();
        }
    }
}

/// <summary>The end of a section: the next item goes back to the node after the start, else the section is done.</summary>
internal sealed class SectionEndNode : Node
{
    public SectionEndNode(int start, SectionNode section)
    {
        Start = start;
        Section = section;
    }

    public int Start { get; }

    /// <summary>The section this node ends (the node at <see cref="Start"/>).</summary>
    public SectionNode Section { get; }

    public override int Render(RenderContext context, int index)
    {
        ref var frame = ref context.TopFrame;
        if (frame.Items is { } items)
        {
            context.PopScope();
            if (items.MoveNext())
            {
                context.PushScope(DataAccess.Unwrap(items.Current), Section.Path, ++frame.Index, Section.ScopeSlots);
                return Start + 1;
            }

            (items as IDisposable)?.Dispose();
        }
        else if (frame.Scoped)
        {
            context.PopScope();
        }

        context.PopFrame();
        return index + 1;
    }
}

/// <summary>
/// The start of an element whose content must not end up empty: a table that loses all its rows is dropped, a cell
/// (or header, footnote, text box) that loses all its paragraphs gets an empty one (see <see cref="ContainerEndNode"/>).
/// </summary>
internal sealed class ContainerNode : Node
{
    public ContainerNode(byte[] open) => Open = open;

    public byte[] Open { get; }

    public override int Render(RenderContext context, int index)
    {
        var output = context.Output;
        context.PushFrame(new RenderFrame(context.ChildStarts, output.Length));
        context.ChildStarts = 0;
        output.Write(Open);
        return index + 1;
    }
}

/// <summary>The end of a conditional container: closes it, fills it with a fallback, or drops it.</summary>
internal sealed class ContainerEndNode : Node
{
    public ContainerEndNode(byte[] close, byte[]? fallback)
    {
        Close = close;
        Fallback = fallback;
    }

    public byte[] Close { get; }

    /// <summary>What to write inside when no child was rendered; null drops the whole element.</summary>
    public byte[]? Fallback { get; }

    public override int Render(RenderContext context, int index)
    {
        var frame = context.TopFrame;
        context.PopFrame();
        var output = context.Output;
        if (context.ChildStarts == 0)
        {
            if (Fallback is null)
            {
                output.Truncate(frame.OutputStart);
            }
            else
            {
                output.Write(Fallback);
                output.Write(Close);
            }
        }
        else
        {
            output.Write(Close);
        }

        context.ChildStarts = frame.SavedChildStarts;
        return index + 1;
    }
}
