using NodaTime;

namespace Verwerkers.Register;

// The With… methods of DpfListing: each returns a changed copy, so that every C# version (7.3 has no init or with) and VB.NET
// can build and change one. Argument checks are those of the constructor.
public sealed partial record DpfListing
{
    /// <summary>Returns a copy of this listing with another <see cref="Status"/>; this listing is left unchanged (thread-safe).</summary>
    /// <param name="status">The status found on the List.</param>
    /// <returns>The changed copy.</returns>
    public DpfListing WithStatus(DpfStatus status) => this with { Status = status };

    /// <summary>Returns a copy of this listing with another <see cref="CheckedOn"/>; this listing is left unchanged (thread-safe).</summary>
    /// <param name="checkedOn">The day the List was checked.</param>
    /// <returns>The changed copy.</returns>
    public DpfListing WithCheckedOn(LocalDate checkedOn) => this with { CheckedOn = checkedOn };

    /// <summary>Returns a copy of this listing with another <see cref="RecertificationDue"/>; this listing is left unchanged (thread-safe).</summary>
    /// <param name="recertificationDue">The day the next annual re-certification is due, when known.</param>
    /// <returns>The changed copy.</returns>
    public DpfListing WithRecertificationDue(LocalDate? recertificationDue) => this with { RecertificationDue = recertificationDue };

    /// <summary>Returns a copy of this listing with another <see cref="ListedOrganisation"/>; this listing is left unchanged (thread-safe).</summary>
    /// <param name="listedOrganisation">The listed organisation when it differs from the processor, for example "Intuit Inc." for Mailchimp (The Rocket Science Group LLC), which is covered by its parent's listing.</param>
    /// <returns>The changed copy.</returns>
    public DpfListing WithListedOrganisation(string? listedOrganisation) => this with { ListedOrganisation = listedOrganisation };

    /// <summary>Returns a copy of this listing with another <see cref="UkExtension"/>; this listing is left unchanged (thread-safe).</summary>
    /// <param name="ukExtension">Whether the listing includes the UK Extension (UK-origin transfers).</param>
    /// <returns>The changed copy.</returns>
    public DpfListing WithUkExtension(bool ukExtension) => this with { UkExtension = ukExtension };

    /// <summary>Returns a copy of this listing with another <see cref="SwissUsDpf"/>; this listing is left unchanged (thread-safe).</summary>
    /// <param name="swissUsDpf">Whether the organisation is certified to the Swiss-US DPF.</param>
    /// <returns>The changed copy.</returns>
    public DpfListing WithSwissUsDpf(bool swissUsDpf) => this with { SwissUsDpf = swissUsDpf };

    /// <summary>Returns a copy of this listing with another <see cref="Covers"/>; this listing is left unchanged (thread-safe).</summary>
    /// <param name="covers">Which personal data the listing covers: HR data (current, former or prospective employees, in the employment context) is covered only when the organisation included it in its self-certification.</param>
    /// <returns>The changed copy.</returns>
    public DpfListing WithCovers(DpfDataCoverage covers) => this with { Covers = covers };
}
