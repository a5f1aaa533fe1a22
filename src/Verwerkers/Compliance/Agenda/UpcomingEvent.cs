using NodaTime;

namespace Verwerkers.Compliance;

/// <summary>A dated event that will need action: an entry on the consultant's agenda.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record UpcomingEvent
{
    internal UpcomingEvent(LocalDate date, UpcomingEventKind kind, FindingSubject subject, string? referenceId, LocalDate? renewsUnlessNoticeBy = null)
    {
        Date = date;
        Kind = kind;
        Subject = subject;
        ReferenceId = referenceId;
        RenewsUnlessNoticeBy = renewsUnlessNoticeBy;
    }

    /// <summary>Gets the day of the event (for ends and deadlines: the last day, inclusive).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the kind of event.</summary>
    public UpcomingEventKind Kind { get; }

    /// <summary>Gets the register entry.</summary>
    public FindingSubject Subject { get; }

    /// <summary>Gets the reference-data row involved, for adequacy and SCC events.</summary>
    public string? ReferenceId { get; }

    /// <summary>
    /// Gets, for the end of an agreement's term that renews tacitly (<see cref="UpcomingEventKind.AgreementEnd"/>), the
    /// last day to give notice; null when the term really ends.
    /// </summary>
    public LocalDate? RenewsUnlessNoticeBy { get; }

    /// <summary>Gets a short description in Dutch and English, for example "einde verwerkersovereenkomst", or for a term
    /// that renews tacitly "termijn verwerkersovereenkomst eindigt; stilzwijgend verlengd tenzij uiterlijk 30 september 2027 wordt opgezegd".</summary>
    public LocalizedText Description
    {
        get
        {
            var catalog = MessageCatalog.Instance;
            if (RenewsUnlessNoticeBy is not { } deadline)
            {
                return catalog.Text("eventKinds", TextHelper.CamelCase(Kind.ToString()));
            }

            var template = catalog.Text("eventKinds", "agreementTermRenews");
            return new LocalizedText(
                MessageCatalog.Fill(template.Nl, _ => LongDate.Format(deadline, Language.Dutch)),
                MessageCatalog.Fill(template.En, _ => LongDate.Format(deadline, Language.English)));
        }
    }
}
