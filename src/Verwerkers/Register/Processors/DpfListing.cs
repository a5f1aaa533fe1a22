using NodaTime;

namespace Verwerkers.Register;

/// <summary>
/// What the controller last found on the EU-US Data Privacy Framework List for a US organisation.
/// </summary>
/// <remarks>
/// The DPF covers only listed organisations, and a listing lapses when the annual re-certification is missed, so the
/// register keeps the status together with the day it was checked. The library cannot query the List itself.
/// Immutable and thread-safe.
/// </remarks>
public sealed partial record DpfListing
{
    /// <summary>Initializes a listing.</summary>
    /// <param name="status">The status found.</param>
    /// <param name="checkedOn">The day the List was checked.</param>
    public DpfListing(DpfStatus status, LocalDate checkedOn)
    {
        Status = status;
        CheckedOn = checkedOn;
    }

    /// <summary>Gets the status found on the List.</summary>
    public DpfStatus Status { get; init; }

    /// <summary>Gets the day the List was checked.</summary>
    public LocalDate CheckedOn { get; init; }

    /// <summary>Gets the day the next annual re-certification is due, when known.</summary>
    public LocalDate? RecertificationDue { get; init; }

    /// <summary>
    /// Gets the listed organisation when it differs from the processor, for example "Intuit Inc." for Mailchimp
    /// (The Rocket Science Group LLC), which is covered by its parent's listing.
    /// </summary>
    public string? ListedOrganisation { get; init; }

    /// <summary>Gets a value indicating whether the listing includes the UK Extension (UK-origin transfers).</summary>
    public bool UkExtension { get; init; }

    /// <summary>Gets a value indicating whether the organisation is certified to the Swiss-US DPF.</summary>
    public bool SwissUsDpf { get; init; }

    /// <summary>
    /// Gets which personal data the listing covers: HR data (current, former or prospective employees, in the
    /// employment context) is covered only when the organisation included it in its self-certification.
    /// </summary>
    public DpfDataCoverage Covers { get; init; }
}
