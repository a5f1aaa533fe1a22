using Verwerkers.Templating.Data;
using Verwerkers.Templating.Rendering;

namespace Verwerkers.Templating.Compilation.Dialects;

/// <summary>What a Jinja block tag stands for: itself (inline), or its whole paragraph, table row or table cell.</summary>
internal enum BlockForm
{
    None,
    Paragraph,
    Row,
    Cell,
}

/// <summary>Whether a condition tag continues an <c>if</c>: <c>elif</c> or <c>else</c> (one tag that closes a branch and opens the next).</summary>
internal enum BranchKind
{
    None,
    ElseIf,
    Else,
}

/// <summary>A dialect tag as parsed, before its paths are tied to scopes. Immutable once parsed.</summary>
internal sealed class ParsedTag
{
    public TagRole Role { get; set; }

    /// <summary>The value's, loop's or closing tag's path as written (without Amberg's leading dots); for conditions the test's path.</summary>
    public DataPath? Path { get; set; }

    public string? FormatText { get; set; }

    public ValueFormat? Format { get; set; }

    public SectionMode Mode { get; set; }

    /// <summary>For <c>if</c>/<c>elif</c>: the test.</summary>
    public ConditionTest? Test { get; set; }

    public BlockForm Block { get; set; }

    /// <summary><c>for</c> or <c>if</c>: which ends may close which opens; null for an end that closes any (Amberg's <c>{{/}}</c>).</summary>
    public string? Keyword { get; set; }

    /// <summary>Jinja: the name after <c>for</c>.</summary>
    public string? LoopVariable { get; set; }

    /// <summary>Jinja's <c>|default(...)</c> text.</summary>
    public string? Default { get; set; }

    public BranchKind Branch { get; set; }
}
