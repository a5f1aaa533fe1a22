namespace Verwerkers.Storage.Csv;

/// <summary>Why a row (or the whole file) of a supplier list cannot be imported, and where.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CsvRowError
{
    /// <summary>Initializes an error.</summary>
    /// <param name="line">The 1-based physical line in the file where the row starts; 0 when the error concerns the whole file.</param>
    /// <param name="column">The column header the error is about, or null when it concerns the whole row.</param>
    /// <param name="message">What is wrong.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="message"/> is null.</exception>
    public CsvRowError(int line, string? column, string message)
    {
        Line = line;
        Column = column;
        Message = Guard.NotNull(message, nameof(message));
    }

    /// <summary>
    /// Gets the 1-based physical line in the file where the row starts (counting the header, empty lines and the line
    /// breaks inside quoted fields), or 0 when the error concerns the whole file.
    /// </summary>
    public int Line { get; }

    /// <summary>Gets the column header the error is about, or null when it concerns the whole row.</summary>
    public string? Column { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <summary>Gets the error as the kernel's <see cref="Problem"/>: <see cref="Problem.Line"/> is the line,
    /// <see cref="Problem.Path"/> the column header, <see cref="Problem.DutchMessage"/> the Dutch wording where it
    /// exists.</summary>
    /// <param name="source">The file name, or null.</param>
    /// <returns>The problem.</returns>
    public Problem ToProblem(string? source = null) => new(Message, DutchMessage) { Source = source, Line = Line, Path = Column };

    /// <summary>Gets what is wrong, in Dutch; null when there is no Dutch wording (then <see cref="Message"/> is used).</summary>
    public string? DutchMessage { get; init; }

    /// <summary>Formats the error as "line L, column 'C': message".</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString()
    {
        var where = Line > 0 ? $"line {Line}" : "file";
        return Column is null ? $"{where}: {Message}" : $"{where}, column '{Column}': {Message}";
    }
}
