using Verwerkers.Compliance;
using Verwerkers.Register;

namespace Verwerkers.Agreements;

/// <summary>
/// A third-country recipient of a processor for which no valid transfer basis exists on the agreement's date: the
/// agreement cannot state a basis for it.
/// </summary>
/// <remarks>
/// Generation refuses such an agreement unless <see cref="AgreementGeneratorOptions.AllowUnresolvedTransfers"/> is
/// set; then the transfer annex carries a highlighted "TE REGELEN" placeholder in place of the basis.
/// Immutable and thread-safe.
/// </remarks>
public sealed record UnresolvedTransfer
{
    internal UnresolvedTransfer(
        string processorId,
        string processorName,
        string recipient,
        CountryCode country,
        string? transferId,
        string findingCode,
        LocalizedText message)
    {
        ProcessorId = processorId;
        ProcessorName = processorName;
        Recipient = recipient;
        Country = country;
        TransferId = transferId;
        FindingCode = findingCode;
        Message = message;
    }

    /// <summary>Gets the id of the processor whose agreement is concerned.</summary>
    public string ProcessorId { get; }

    /// <summary>Gets the processor's name.</summary>
    public string ProcessorName { get; }

    /// <summary>Gets the recipient (data importer): the processor itself or one of its sub-processors.</summary>
    public string Recipient { get; }

    /// <summary>Gets the recipient's third country.</summary>
    public CountryCode Country { get; }

    /// <summary>Gets the id of the register's transfer entry; null when the register records no transfer for this recipient.</summary>
    public string? TransferId { get; }

    /// <summary>
    /// Gets the code of the finding that explains why no basis exists, for example <c>MECHANISM_INVALIDATED</c>
    /// (a Safe Harbor claim) or, for a recipient without a transfer entry, <c>TRANSFER_NOT_RECORDED</c> when the checks
    /// report it and otherwise <c>NO_MECHANISM</c>.
    /// </summary>
    public string FindingCode { get; }

    /// <summary>Gets the explanation in Dutch and English, with what to do about it.</summary>
    public LocalizedText Message { get; }

    /// <summary>Returns the Dutch explanation.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Message.Nl;
}
