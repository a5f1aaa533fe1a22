using NodaTime;

namespace Verwerkers.Compliance;

/// <summary>A dated event that will need action: an entry on the consultant's agenda.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record UpcomingEvent
{
    internal UpcomingEvent(LocalDate date, UpcomingEventKind kind, FindingSubject subject, string? referenceId)
    {
        Date = date;
        Kind = kind;
        Subject = subject;
        ReferenceId = referenceId;
    }

    /// <summary>Gets the day of the event (for ends and deadlines: the last day, inclusive).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the kind of event.</summary>
    public UpcomingEventKind Kind { get; }

    /// <summary>Gets the register entry.</summary>
    public FindingSubject Subject { get; }

    /// <summary>Gets the reference-data row involved, for adequacy and SCC events.</summary>
    public string? ReferenceId { get; }

    /// <summary>Gets a short description in Dutch and English, for example "einde verwerkersovereenkomst".</summary>
    public LocalizedText Description => MessageCatalog.Instance.Text("eventKinds", ReferenceDataParser.CamelCase(Kind.ToString()));
}
