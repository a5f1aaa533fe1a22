using System.Collections.Generic;

namespace Verwerkers.Statements;

/// <summary>A transfer basis claimed in a statement, with the recipients it is about (as far as the text says).</summary>
/// <param name="Mechanism">The normalised mechanism.</param>
/// <param name="RecipientIds">The ids of the scanned recipients the claim is about; empty when the text does not say.</param>
/// <param name="Quote">The sentence the claim is in.</param>
/// <param name="Confidence">0–1: 0.9 when the recipient is named in the sentence, 0.7 when in the sentence before, 0.5 when resolved from a generic reference ("ons mailingprogramma"), 0.3 when no recipient is known.</param>
/// <param name="Reason">Why the claim was attached to these recipients (English).</param>
public sealed record MechanismClaim(ClaimedMechanism Mechanism, IReadOnlyList<string> RecipientIds, SourceQuote Quote, double Confidence, string Reason);
