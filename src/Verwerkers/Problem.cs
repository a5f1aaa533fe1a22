using System.Globalization;
using System.Text;

namespace Verwerkers;

/// <summary>One problem found in an input — a register file, a workbook, a CSV file, the reference data, a template —
/// with where it is and what is wrong, in Dutch and English.</summary>
/// <remarks>
/// <para>Every reader of the library reports its problems in this one shape, so that a host shows them the same way
/// whatever the input was, and every public exception of the library carries them
/// (<see cref="VerwerkersException.Problems"/>). A location field that does not apply to the input is null or 0: a
/// JSON file has a <see cref="Path"/>, a line and a position; a workbook a <see cref="Sheet"/> and a
/// <see cref="Cell"/>; a CSV file a line and a column name in <see cref="Path"/>; a template a part in
/// <see cref="Path"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record Problem
{
    /// <summary>Initializes a problem with its English and Dutch message.</summary>
    /// <param name="message">What is wrong, in English.</param>
    /// <param name="dutchMessage">What is wrong, in Dutch; null when the same as <paramref name="message"/>.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="message"/> is null.</exception>
    public Problem(string message, string? dutchMessage = null)
    {
        Message = Guard.NotNull(message, nameof(message));
        DutchMessage = dutchMessage;
    }

    /// <summary>Gets the input the problem is in: a file name, "reference data", a part of a document; null when the
    /// caller gave no name.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the path inside the input: a JSON path (<c>$.processors[2].country</c>), a CSV column, a
    /// document part (<c>word/document.xml</c>); null when the input has none.</summary>
    public string? Path { get; init; }

    /// <summary>Gets the worksheet name, for a workbook; otherwise null.</summary>
    public string? Sheet { get; init; }

    /// <summary>Gets the cell reference (<c>C7</c>), for a workbook; otherwise null.</summary>
    public string? Cell { get; init; }

    /// <summary>Gets the 1-based line, or 0 when unknown or not applicable.</summary>
    public int Line { get; init; }

    /// <summary>Gets the 1-based position in the line (or the paragraph, for a template), or 0 when unknown.</summary>
    public int Position { get; init; }

    /// <summary>Gets what is wrong, in English.</summary>
    public string Message { get; init; }

    /// <summary>Gets what is wrong, in Dutch; null when no Dutch wording exists (then <see cref="Message"/> is
    /// used).</summary>
    public string? DutchMessage { get; init; }

    /// <summary>Gets what to do about it (for example "did you mean 'NL'?"), in English; null when there is no
    /// suggestion.</summary>
    public string? Suggestion { get; init; }

    /// <summary>Gets the message in a language, falling back to English when there is no Dutch wording.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    public string MessageIn(Language language) =>
        language == Language.Dutch && DutchMessage is not null ? DutchMessage : Message;

    /// <summary>Gets the location as text ("register.json, $.processors[2].country (line 14, position 20)",
    /// "sheet 'Verwerkers', cell C7"); empty when nothing is known.</summary>
    /// <returns>The location.</returns>
    public string Where()
    {
        var sb = new StringBuilder();
        void Add(string part)
        {
            if (sb.Length > 0)
            {
                sb.Append(", ");
            }

            sb.Append(part);
        }

        if (Source is not null)
        {
            Add(Source);
        }

        if (Sheet is not null)
        {
            Add("sheet '" + Sheet + "'");
        }

        if (Cell is not null)
        {
            Add("cell " + Cell);
        }

        if (Path is not null)
        {
            Add(Path);
        }

        if (Line > 0)
        {
            var at = Position > 0
                ? string.Format(CultureInfo.InvariantCulture, "line {0}, position {1}", Line, Position)
                : string.Format(CultureInfo.InvariantCulture, "line {0}", Line);
            if (sb.Length > 0)
            {
                sb.Append(" (").Append(at).Append(')');
            }
            else
            {
                sb.Append(at);
            }
        }

        return sb.ToString();
    }

    /// <summary>Returns the location, the English message and the suggestion on one line.</summary>
    /// <returns>The problem as text.</returns>
    public override string ToString()
    {
        var where = Where();
        var text = where.Length == 0 ? Message : where + ": " + Message;
        return Suggestion is null ? text : text + " (" + Suggestion + ")";
    }
}
