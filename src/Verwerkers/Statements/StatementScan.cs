using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Statements;

/// <summary>What a privacy statement says: its recipients, the transfer bases it claims, and its date — each with the sentence it came from.</summary>
/// <remarks>Immutable and thread-safe. This is the draft register in its honest form: unknown facts are null.
/// <see cref="ToRegister"/> makes a <see cref="ProcessorRegister"/> of what is known, for the compliance checker.</remarks>
public sealed class StatementScan
{
    internal StatementScan(string documentName, LocalDate? statementDate, SourceQuote? statementDateQuote, IReadOnlyList<ScannedRecipient> recipients, IReadOnlyList<MechanismClaim> claims)
    {
        DocumentName = documentName;
        StatementDate = statementDate;
        StatementDateQuote = statementDateQuote;
        Recipients = recipients;
        Claims = claims;
    }

    /// <summary>The statement's name (file name).</summary>
    public string DocumentName { get; }

    /// <summary>The date the statement gives itself ("in werking getreden op", "laatst aangepast op", "last updated"); null when none.</summary>
    public LocalDate? StatementDate { get; }

    /// <summary>The sentence with the date; null when none.</summary>
    public SourceQuote? StatementDateQuote { get; }

    /// <summary>The recipients named, in order of first mention.</summary>
    public IReadOnlyList<ScannedRecipient> Recipients { get; }

    /// <summary>The transfer bases claimed, in text order.</summary>
    public IReadOnlyList<MechanismClaim> Claims { get; }

    /// <summary>The recipient with an id; null when none.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The recipient or null.</returns>
    public ScannedRecipient? Find(string id) => Recipients.FirstOrDefault(r => r.Id == id);

    /// <summary>The recipients whose country is unknown: they cannot be placed in a register (a register needs a country) and need the user's answer.</summary>
    public IReadOnlyList<ScannedRecipient> RecipientsWithoutCountry => Recipients.Where(r => r.Country is null).ToArray();

    /// <summary>Builds a register of what is known: every recipient with a known country, an agreement entry where the statement claims one,
    /// and a transfer entry for every claimed basis of a recipient outside the EEA (as claimed, so the checker can judge it).</summary>
    /// <param name="controller">The controller (the scan does not guess it).</param>
    /// <returns>The register.</returns>
    /// <remarks>Recipients without a known country are left out (see <see cref="RecipientsWithoutCountry"/>): placing them anywhere would be a guess.
    /// A recipient whose role the text does not give is entered as a processor, with a note saying so.
    /// Claims of "SCC unspecified" or "none" make no transfer entry (there is nothing the checker could judge).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="controller"/> is null.</exception>
    public ProcessorRegister ToRegister(Organisation controller)
    {
        Guard.NotNull(controller, nameof(controller));
        var processors = new List<Processor>();
        var agreements = new List<ProcessorAgreement>();
        var transfers = new List<Transfer>();
        foreach (var r in Recipients)
        {
            if (r.Country is not { } country)
            {
                continue;
            }

            processors.Add(new Processor(r.Id, r.NameAsWritten, country)
            {
                LegalEntity = r.LegalEntity,
                Category = r.Category ?? ProcessorCategory.Other,
                Role = r.Role ?? ProcessorRole.Processor,
                Services = r.Services,
                Notes = r.Role is null
                    ? "Concept uit de privacyverklaring: de rol staat niet in de verklaring (als verwerker ingevoerd; controleer)."
                    : "Concept uit de privacyverklaring.",
            });
            if (r.AgreementClaimed && (r.Role ?? ProcessorRole.Processor) == ProcessorRole.Processor)
            {
                agreements.Add(new ProcessorAgreement("vo-" + r.Id, r.Id)
                {
                    Notes = "Geclaimd in de privacyverklaring, niet gezien: " + r.AgreementQuote?.Text,
                });
            }
        }

        var ids = new HashSet<string>(processors.Select(p => p.Id), StringComparer.Ordinal);
        for (var i = 0; i < Claims.Count; i++)
        {
            var claim = Claims[i];
            if (ToKind(claim.Mechanism) is not { } kind)
            {
                continue;
            }

            foreach (var id in claim.RecipientIds)
            {
                var r = Find(id);
                if (r?.Country is not { } country || !ids.Contains(id) || country.IsEeaMember)
                {
                    continue;
                }

                var mechanism = kind == TransferMechanismKind.Art49Derogation
                    ? new TransferMechanism(kind) { Art49Ground = Art49Ground.ExplicitConsent }
                    : TransferMechanism.Of(kind);
                transfers.Add(new Transfer(TransferId(i, id), id, country, mechanism) { ClaimSource = "privacyverklaring: " + claim.Quote.Text });
            }
        }

        return ProcessorRegister.Create(controller, processors, agreements, transfers);
    }

    /// <summary>The scan as JSON (the concept file of <c>verwerkers scan --out</c>): recipients and claims with their quotes, positions and confidences; unknown facts are null.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => StatementScanJson.Write(this);

    /// <summary>The id <see cref="ToRegister"/> gives the transfer entry of a claim for a recipient.</summary>
    /// <param name="claimIndex">The claim's index in <see cref="Claims"/>.</param>
    /// <param name="recipientId">The recipient id.</param>
    /// <returns>The transfer id.</returns>
    public static string TransferId(int claimIndex, string recipientId) => $"t-{recipientId}-{claimIndex + 1}";

    internal static TransferMechanismKind? ToKind(ClaimedMechanism m) => m switch
    {
        ClaimedMechanism.PrivacyShield => TransferMechanismKind.PrivacyShield,
        ClaimedMechanism.SafeHarbor => TransferMechanismKind.SafeHarbor,
        ClaimedMechanism.DataPrivacyFramework => TransferMechanismKind.DataPrivacyFramework,
        ClaimedMechanism.Scc2010 => TransferMechanismKind.Scc2010,
        ClaimedMechanism.Scc2021 => TransferMechanismKind.Scc2021,
        ClaimedMechanism.Adequacy => TransferMechanismKind.Adequacy,
        ClaimedMechanism.BindingCorporateRules => TransferMechanismKind.BindingCorporateRules,
        ClaimedMechanism.Consent => TransferMechanismKind.Art49Derogation,
        _ => null,
    };
}
