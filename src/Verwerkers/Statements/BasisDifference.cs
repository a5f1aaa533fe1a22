using Verwerkers.Register;

namespace Verwerkers.Statements;

/// <summary>A basis the statement claims for a recipient that differs from the register's effective basis for it.</summary>
/// <param name="RecipientId">The scanned recipient.</param>
/// <param name="ProcessorId">The register's processor it was matched to.</param>
/// <param name="Claimed">The claimed basis.</param>
/// <param name="Effective">The effective basis in the register's report; null when the register has no valid basis for any transfer of this processor.</param>
/// <param name="Quote">The sentence with the claim (to correct).</param>
public sealed record BasisDifference(string RecipientId, string ProcessorId, ClaimedMechanism Claimed, TransferMechanismKind? Effective, SourceQuote Quote);
