using System;
using NodaTime;

namespace Verwerkers.Statements;

/// <summary>One fact about a known vendor, with the page it was read from and the date it was read.</summary>
/// <remarks>Immutable and thread-safe. A fact without a source cannot exist: the catalogue refuses it.</remarks>
public sealed record VendorFact
{
    /// <summary>Creates a fact.</summary>
    /// <param name="field">The field: <c>legalEntity</c>, <c>country</c>, <c>category</c>, <c>dpfOrganisation</c>, <c>dpaUrl</c>, <c>subProcessorsUrl</c>, <c>kvkNumber</c> or <c>role</c> (a text: the role may depend on the service).</param>
    /// <param name="value">The value as read.</param>
    /// <param name="source">The URL (and where needed a note) the fact was read from.</param>
    /// <param name="checkedOn">The date the source was read.</param>
    /// <exception cref="ArgumentException">A text is empty.</exception>
    public VendorFact(string field, string value, string source, LocalDate checkedOn)
    {
        Field = Guard.NotNullOrWhiteSpace(field, nameof(field));
        Value = Guard.NotNullOrWhiteSpace(value, nameof(value));
        Source = Guard.NotNullOrWhiteSpace(source, nameof(source));
        CheckedOn = checkedOn;
    }

    /// <summary>The field the fact is about.</summary>
    public string Field { get; }

    /// <summary>The value.</summary>
    public string Value { get; }

    /// <summary>Where the fact was read.</summary>
    public string Source { get; }

    /// <summary>When the source was read.</summary>
    public LocalDate CheckedOn { get; }

    /// <summary>A remark about the source, for example that it is weak (a third party's copy, an old page); null when none.</summary>
    public string? Note { get; init; }

    /// <summary>Whether the note marks the source as weak (the note starts with "weak").</summary>
    public bool IsWeakSource => Note is { } n && n.TrimStart().StartsWith("weak", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns a copy with another <see cref="Note"/>; this fact is left unchanged (thread-safe).</summary>
    /// <param name="note">The note; null for none.</param>
    /// <returns>The changed copy.</returns>
    public VendorFact WithNote(string? note) => this with { Note = note };
}
