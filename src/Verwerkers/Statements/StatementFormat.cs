namespace Verwerkers.Statements;

/// <summary>The output format of <see cref="StatementSectionWriter"/>.</summary>
public enum StatementFormat
{
    /// <summary>Markdown (a table), for a website's source.</summary>
    Markdown = 0,

    /// <summary>An HTML fragment (a section with a table), text encoded.</summary>
    Html,
}
