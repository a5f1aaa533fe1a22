using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Agreements;

/// <summary>
/// Thrown when a template uses fields the agreement model does not have. Names every unknown tag and its part at
/// once, so a template with two typos is fixed in one round; thrown before anything is filled or written.
/// </summary>
/// <remarks>
/// Each unknown field is also one <see cref="Problem"/> of <see cref="VerwerkersException.Problems"/> (part as
/// <see cref="Problem.Path"/>, paragraph as <see cref="Problem.Position"/>, the closest field as
/// <see cref="Problem.Suggestion"/>). Immutable and thread-safe.
/// </remarks>
public sealed class AgreementTemplateException : VerwerkersException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="unknownFields">Every unknown field; must not be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unknownFields"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unknownFields"/> is empty.</exception>
    public AgreementTemplateException(IEnumerable<UnknownTemplateField> unknownFields)
        : this(Materialise(unknownFields))
    {
    }

    private AgreementTemplateException(IReadOnlyList<UnknownTemplateField> fields)
        : base(BuildMessage(fields), fields.Select(ToProblem))
    {
        UnknownFields = fields;
    }

    /// <summary>Every unknown field, in part and document order; never empty.</summary>
    public IReadOnlyList<UnknownTemplateField> UnknownFields { get; }

    private static IReadOnlyList<UnknownTemplateField> Materialise(IEnumerable<UnknownTemplateField> fields)
    {
        var list = Guard.NotNull(fields, nameof(fields)).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("At least one unknown field is required.", nameof(fields));
        }

        return list;
    }

    private static Problem ToProblem(UnknownTemplateField field) =>
        new($"The tag '{field.Tag}' names no field of the agreement model.", $"De tag '{field.Tag}' noemt geen veld van het overeenkomstmodel.")
        {
            Path = field.Part,
            Position = field.Paragraph ?? 0,
            Suggestion = field.Suggestion is null ? null : $"did you mean '{field.Suggestion}'?",
        };

    private static string BuildMessage(IReadOnlyList<UnknownTemplateField> fields) =>
        $"The template uses {fields.Count} field{(fields.Count == 1 ? string.Empty : "s")} the agreement model does not have "
        + "(the fields are listed in docs/fields.md):"
        + string.Concat(fields.Select(f => Environment.NewLine + "  - " + f));
}
