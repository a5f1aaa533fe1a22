using System.Collections.Generic;
using Verwerkers.Compliance;

namespace Verwerkers.Statements;

/// <summary>The compliance checker's findings on one claimed basis for one recipient, as of the statement's date and as of a given date.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="RecipientId">The recipient.</param>
/// <param name="TransferId">The transfer entry judged (in <see cref="StatementScan.ToRegister"/>'s register).</param>
/// <param name="AtStatementDate">The findings as of the statement's date; empty when the statement has no date.</param>
/// <param name="AsOf">The findings as of the given date.</param>
/// <param name="MustBeCorrected">True when, as of the given date, the claimed basis is invalid or invalidated (the sentence must be corrected).</param>
public sealed record ClaimVerdict(MechanismClaim Claim, string RecipientId, string TransferId, IReadOnlyList<Finding> AtStatementDate, IReadOnlyList<Finding> AsOf, bool MustBeCorrected);
