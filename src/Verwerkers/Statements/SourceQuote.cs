namespace Verwerkers.Statements;

/// <summary>The sentence an extracted item came from: its text and its position in <see cref="StatementDocument.Text"/>.</summary>
/// <param name="Start">The zero-based character position of the sentence.</param>
/// <param name="Length">The sentence's length in characters.</param>
/// <param name="Text">The sentence as written (white space runs folded to one space).</param>
public sealed record SourceQuote(int Start, int Length, string Text);
