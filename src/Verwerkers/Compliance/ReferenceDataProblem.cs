namespace Verwerkers.Compliance;

/// <summary>One problem in a reference-data file: where it is and what is wrong.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReferenceDataProblem
{
    /// <summary>Initializes a problem.</summary>
    /// <param name="path">The JSON path, for example <c>adequacyDecisions[3].validUntil</c>.</param>
    /// <param name="line">The 1-based line, or 0 when unknown.</param>
    /// <param name="position">The 1-based position in the line, or 0 when unknown.</param>
    /// <param name="message">What is wrong.</param>
    public ReferenceDataProblem(string path, int line, int position, string message)
    {
        Path = path;
        Line = line;
        Position = position;
        Message = message;
    }

    /// <summary>Gets the JSON path.</summary>
    public string Path { get; }

    /// <summary>Gets the 1-based line, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based position in the line, or 0 when unknown.</summary>
    public int Position { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <summary>Returns "path (line L, position P): message".</summary>
    /// <returns>The problem as one line.</returns>
    public override string ToString() => Line > 0
        ? $"{(Path.Length == 0 ? "$" : Path)} (line {Line}, position {Position}): {Message}"
        : $"{(Path.Length == 0 ? "$" : Path)}: {Message}";
}
