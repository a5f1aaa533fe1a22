using NodaTime;

namespace Verwerkers.Register;

/// <summary>
/// The main (service) agreement a processor agreement runs with. Most processor agreements are an appendix to it,
/// so when the processor agreement has no end date of its own it ends with the main agreement.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial record MainAgreementLink
{
    /// <summary>Initializes a link.</summary>
    /// <param name="reference">The main agreement's reference, for example a contract number.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="reference"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="reference"/> is empty or white space.</exception>
    public MainAgreementLink(string reference) => Reference = Guard.NotNullOrWhiteSpace(reference, nameof(reference));

    /// <summary>Gets the main agreement's reference.</summary>
    public string Reference { get; init; }

    /// <summary>Gets the main agreement's end date, when it has one.</summary>
    public LocalDate? EndDate { get; init; }
}
