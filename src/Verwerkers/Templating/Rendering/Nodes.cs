using System.Collections;
using System.Text;
using Verwerkers.Templating.Data;

namespace Verwerkers.Templating.Rendering;

/// <summary>One step of a compiled part's plan. Immutable: shared by every fill on every thread.</summary>
internal abstract class Node
{
    public abstract void Render(RenderContext context);
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

    public override void Render(RenderContext context)
    {
        context.Output.Write(Bytes);
        context.ChildStarts += ChildStarts;
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

    public ValueNode(DataPath path, ValueFormat? format, WordSyntax? word, TagSite site, string keepTagText)
    {
        Path = path;
        Format = format;
        Word = word;
        Site = site;
        _keepTag = Encoding.UTF8.GetBytes(keepTagText.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;"));
    }

    public DataPath Path { get; }

    public ValueFormat? Format { get; }

    /// <summary>Set in WordprocessingML (the value becomes a <c>w:t</c>); null in plain XML text (document properties).</summary>
    public WordSyntax? Word { get; }

    public TagSite Site { get; }

    public override void Render(RenderContext context)
    {
        var output = context.Output;
        var word = Word;
        if (word is not null)
        {
            output.Write(word.TextOpen);
        }

        if (!context.TryResolve(Path, out var value) || value is null)
        {
            switch (context.MissingValueBehavior)
            {
                case MissingValueBehavior.KeepTag:
                    output.Write(_keepTag);
                    break;
                case MissingValueBehavior.Error:
                    context.AddError(TemplateErrorCode.MissingValue, Site, Path, $"The data has no value for '{context.DescribePath(Path)}'.");
                    break;
            }
        }
        else
        {
            string text;
            if (Format is null)
            {
                text = DefaultFormatting.ToText(value, context.Culture);
            }
            else if (!Format.TryFormat(value, out text))
            {
                context.AddError(
                    TemplateErrorCode.FormatNotApplicable,
                    Site,
                    Path,
                    $"The format '{Format.Pattern}' does not fit the value of '{context.DescribePath(Path)}' (a {value.GetType().Name}); formats apply to dates and numbers.");
                text = string.Empty;
            }

            var bad = Utf8Xml.FindInvalidCharacter(text);
            if (bad >= 0)
            {
                context.AddError(
                    TemplateErrorCode.InvalidXmlCharacter,
                    Site,
                    Path,
                    $"The value of '{context.DescribePath(Path)}' contains the character U+{(int)text[bad]:X4} at position {bad}, which XML cannot hold.");
            }
            else
            {
                Utf8Xml.Write(output, text, word);
            }
        }

        if (word is not null)
        {
            output.Write(word.TextClose);
        }
    }
}

/// <summary>A section: repeats, shows once or hides its body depending on the value; inverted sections do the opposite.</summary>
internal sealed class SectionNode : Node
{
    public SectionNode(DataPath path, bool inverted, Node[] body, TagSite site)
    {
        Path = path;
        Inverted = inverted;
        Body = body;
        Site = site;
    }

    public DataPath Path { get; }

    public bool Inverted { get; }

    public Node[] Body { get; }

    public TagSite Site { get; }

    public override void Render(RenderContext context)
    {
        context.TryResolve(Path, out var value);
        var sequence = DataAccess.AsSequence(value);
        if (Inverted)
        {
            var empty = sequence is null ? !DataAccess.IsTruthy(value) : IsEmpty(sequence);
            if (empty)
            {
                RenderBody(context);
            }

            return;
        }

        if (sequence is not null)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                context.PushScope(DataAccess.Unwrap(item), Path, index++);
                RenderBody(context);
                context.PopScope();
            }
        }
        else if (DataAccess.IsTruthy(value))
        {
            context.PushScope(value, Path, -1);
            RenderBody(context);
            context.PopScope();
        }
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
            (e as System.IDisposable)?.Dispose();
        }
    }

    private void RenderBody(RenderContext context)
    {
        var body = Body;
        for (var i = 0; i < body.Length; i++)
        {
            body[i].Render(context);
        }
    }
}

/// <summary>
/// An element whose content must not end up empty: a table that loses all its rows is dropped, a cell (or header,
/// footnote, text box) that loses all its paragraphs gets an empty one.
/// </summary>
internal sealed class ContainerNode : Node
{
    public ContainerNode(byte[] open, Node[] body, byte[] close, byte[]? fallback)
    {
        Open = open;
        Body = body;
        Close = close;
        Fallback = fallback;
    }

    public byte[] Open { get; }

    public Node[] Body { get; }

    public byte[] Close { get; }

    /// <summary>What to write inside when no child was rendered; null drops the whole element.</summary>
    public byte[]? Fallback { get; }

    public override void Render(RenderContext context)
    {
        var saved = context.ChildStarts;
        context.ChildStarts = 0;
        var output = context.Output;
        var start = output.Length;
        output.Write(Open);
        var body = Body;
        for (var i = 0; i < body.Length; i++)
        {
            body[i].Render(context);
        }

        if (context.ChildStarts == 0)
        {
            if (Fallback is null)
            {
                output.Truncate(start);
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

        context.ChildStarts = saved;
    }
}
