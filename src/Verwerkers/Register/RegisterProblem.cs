namespace Verwerkers.Register;

/// <summary>One thing wrong with a register: where (a JSON-style path) and what.</summary>
/// <remarks>
/// Paths use the serialized names, for example <c>processors[3].subProcessors[0].id</c>, so that a loader can
/// attach the line and position in the file. Immutable and thread-safe.
/// </remarks>
public sealed record RegisterProblem
{
    /// <summary>Initializes a problem.</summary>
    /// <param name="path">Where the problem is, for example <c>transfers[2].processorId</c>.</param>
    /// <param name="message">What is wrong and, where it helps, how to fix it.</param>
    public RegisterProblem(string path, string message)
    {
        Path = Guard.NotNull(path, nameof(path));
        Message = Guard.NotNull(message, nameof(message));
    }

    /// <summary>Gets the path of the offending value.</summary>
    public string Path { get; init; }

    /// <summary>Gets what is wrong (English).</summary>
    public string Message { get; init; }

    /// <summary>
    /// Gets what is wrong in Dutch, for the register's consistency checks (<see cref="RegisterValidator"/>); null when
    /// the problem has only its English <see cref="Message"/>.
    /// </summary>
    public string? DutchMessage { get; init; }

    /// <summary>Gets the 1-based line in the source file, or 0 when unknown.</summary>
    public int LineNumber { get; init; }

    /// <summary>Gets the 1-based position in the line, or 0 when unknown.</summary>
    public int LinePosition { get; init; }

    /// <summary>Formats the problem as "path (line L, position P): message".</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString() => LineNumber > 0
        ? $"{Path} (line {LineNumber}, position {LinePosition}): {Message}"
        : $"{Path}: {Message}";
}
