using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Register;

namespace Verwerkers.Agreements;

/// <summary>
/// Lists every third-country recipient of a processor for the transfers annex, each with the basis that covers it on
/// the agreement's date (the effective basis the compliance checks compute), or as unresolved.
/// </summary>
/// <remarks>
/// The recipients are the register's recorded transfers to third countries, and also — whether or not the register
/// records a transfer for them — the processor's own country and processing locations and every sub-processor outside
/// the EEA (a processing location that a recorded transfer or a sub-processor in that country accounts for is not
/// listed again). A recipient without a transfer entry is judged as a transfer with no claimed mechanism, so only objective
/// bases (adequacy in scope, an active DPF listing, the UK periods) can cover it; a sub-processor in the same third
/// country as its processor is covered as an onward transfer when the processor's own transfer is. A claimed mechanism
/// is never stated unless it is the effective basis.
/// </remarks>
internal static class TransferAnnex
{
    private const string SyntheticPrefix = "verwerkers-annex-recipient-";

    public static IReadOnlyList<AnnexRow> Build(
        ProcessorRegister register,
        Processor processor,
        LocalDate date,
        ComplianceOptions? options,
        IReadOnlyList<Finding>? knownFindings)
    {
        var data = options?.ReferenceData ?? ReferenceData.Default;
        bool Third(CountryCode c) => !c.IsDefault && data.EeaPeriodOn(c, date) is null;

        var recorded = register.TransfersOf(processor.Id);
        var candidates = new List<(Transfer Transfer, SubProcessor? Sub, bool Recorded)>();
        foreach (var t in recorded)
        {
            if (Third(t.ImporterCountry))
            {
                candidates.Add((t, t.SubProcessorId is null ? null : processor.FindSubProcessor(t.SubProcessorId), true));
            }
        }

        var ids = new HashSet<string>(recorded.Select(t => t.Id), StringComparer.Ordinal);
        var seen = new HashSet<(string?, CountryCode)>(recorded.Select(t => (t.SubProcessorId, t.ImporterCountry)));
        var next = 0;
        void AddUnrecorded(SubProcessor? sub, CountryCode country)
        {
            if (!Third(country) || !seen.Add((sub?.Id, country)))
            {
                return;
            }

            string id;
            do
            {
                id = SyntheticPrefix + (++next).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            while (!ids.Add(id));

            var transfer = new Transfer(id, processor.Id, country, new TransferMechanism(TransferMechanismKind.None))
            {
                SubProcessorId = sub?.Id,
                ExporterRole = sub is null ? PartyRole.Controller : PartyRole.Processor,
                ImporterRole = PartyRole.Processor,
            };
            candidates.Add((transfer, sub, false));
        }

        AddUnrecorded(null, processor.Country);
        foreach (var sub in processor.SubProcessors)
        {
            AddUnrecorded(sub, sub.Country);
        }

        // A processing location is where the data are processed, by the processor or by a sub-processor there: it is
        // the processor's own transfer only when no recorded transfer and no sub-processor accounts for that country.
        foreach (var location in processor.ProcessingLocations)
        {
            if (!candidates.Any(c => c.Transfer.ImporterCountry == location) && !processor.SubProcessors.Any(sp => sp.Country == location))
            {
                AddUnrecorded(null, location);
            }
        }

        if (candidates.Count == 0)
        {
            return Array.Empty<AnnexRow>();
        }

        var checkRegister = ProcessorRegister.Create(
            register.Controller,
            new[] { processor },
            register.AgreementsOf(processor.Id),
            recorded.Concat(candidates.Where(c => !c.Recorded).Select(c => c.Transfer)));
        var byTransfer = ComplianceChecker.Check(checkRegister, date, options).Findings
            .Where(f => f.Subject.Kind == SubjectKind.Transfer)
            .ToLookup(f => f.Subject.Id, StringComparer.Ordinal);
        var known = knownFindings ?? ComplianceChecker.Check(
            ProcessorRegister.Create(register.Controller, new[] { processor }, register.AgreementsOf(processor.Id), recorded),
            date,
            options).Findings;

        var rows = new List<AnnexRow>(candidates.Count);
        foreach (var (transfer, sub, isRecorded) in candidates)
        {
            var findings = byTransfer[transfer.Id].ToArray();
            var basis = findings.Select(f => f.EffectiveBasis).FirstOrDefault(b => b is not null);
            rows.Add(new AnnexRow(transfer, sub, isRecorded, basis, findings));
        }

        // An onward transfer within the processor's own third country falls under the terms of the processor's basis
        // (for example the DPF's onward-transfer principle), when the processor's own transfer there is covered.
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Basis is null && !row.IsRecorded && row.Sub is not null)
            {
                var parent = rows.FirstOrDefault(r => r.Sub is null && r.Basis is not null && r.Transfer.ImporterCountry == row.Transfer.ImporterCountry);
                if (parent is not null)
                {
                    rows[i] = row with { OnwardOf = parent };
                }
            }
        }

        return rows.Select(r => r.Basis is null && r.OnwardOf is null
            ? r with { Unresolved = Unresolved(processor, r, known) }
            : r).ToArray();
    }

    // A finding's message is a sentence; inside the parentheses of the refusal it must not end in its own full stop.
    private static string? WithoutFullStop(string? sentence) => sentence?.TrimEnd().TrimEnd('.');

    private static UnresolvedTransfer Unresolved(Processor processor, AnnexRow row, IReadOnlyList<Finding> known)
    {
        var importer = row.ImporterName(processor);
        var country = row.Transfer.ImporterCountry;
        var where = $"{processor.Name} ({processor.Id}): {importer} ({country.NameNl})";
        var whereEn = $"{processor.Name} ({processor.Id}): {importer} ({country.NameEn})";
        if (row.IsRecorded)
        {
            var finding = row.Findings.FirstOrDefault(f => f.Severity == Severity.Invalid) ?? row.Findings.FirstOrDefault();
            var code = finding?.CodeName ?? "NO_MECHANISM";
            return new UnresolvedTransfer(
                processor.Id, processor.Name, importer, country, row.Transfer.Id, code,
                new LocalizedText(
                    $"{where}, doorgifte '{row.Transfer.Id}': geen geldige doorgiftegrondslag op de datum van de overeenkomst ({code}: {WithoutFullStop(finding?.Message.Nl)}). Te doen: leg een geldige grondslag vast (bijvoorbeeld getekende standaardcontractbepalingen 2021/914 met de juiste module, of een actuele DPF-vermelding van de ontvanger) of beëindig de doorgifte.",
                    $"{whereEn}, transfer '{row.Transfer.Id}': no valid transfer basis on the agreement's date ({code}: {WithoutFullStop(finding?.Message.En)}). To do: record a valid basis (for example signed 2021/914 standard contractual clauses with the right module, or a current DPF listing of the recipient) or stop the transfer."));
        }

        // The checks' own finding for a recipient without a transfer entry, when they report one.
        var notRecorded = known.FirstOrDefault(f =>
            f.CodeName == "TRANSFER_NOT_RECORDED"
            && string.Equals(f.Subject.ProcessorId, processor.Id, StringComparison.Ordinal)
            && (row.Sub is null
                ? f.Subject.Kind == SubjectKind.Processor || string.Equals(f.Subject.Name, processor.Name, StringComparison.Ordinal)
                : string.Equals(f.Subject.Id, row.Sub.Id, StringComparison.Ordinal) || string.Equals(f.Subject.Name, row.Sub.Name, StringComparison.Ordinal)));
        var codeName = notRecorded?.CodeName ?? "NO_MECHANISM";
        var detailNl = notRecorded?.Message.Nl
            ?? "het register legt geen doorgifte vast en geen objectieve grondslag (adequaatheidsbesluit, actieve DPF-vermelding) dekt de ontvanger";
        var detailEn = notRecorded?.Message.En
            ?? "the register records no transfer and no objective basis (adequacy decision, active DPF listing) covers the recipient";
        return new UnresolvedTransfer(
            processor.Id, processor.Name, importer, country, null, codeName,
            new LocalizedText(
                $"{where}: geen doorgiftegrondslag op de datum van de overeenkomst ({codeName}: {WithoutFullStop(detailNl)}). Te doen: leg de doorgifte vast in het register met een geldige grondslag (bijvoorbeeld standaardcontractbepalingen 2021/914, of de DPF-vermelding van de ontvanger), of laat de ontvanger de gegevens alleen in de EER verwerken.",
                $"{whereEn}: no transfer basis on the agreement's date ({codeName}: {WithoutFullStop(detailEn)}). To do: record the transfer in the register with a valid basis (for example 2021/914 standard contractual clauses, or the recipient's DPF listing), or have the recipient process the data only in the EEA."));
    }
}

/// <summary>One recipient of the transfers annex with its effective basis.</summary>
internal sealed record AnnexRow(Transfer Transfer, SubProcessor? Sub, bool IsRecorded, TransferBasis? Basis, IReadOnlyList<Finding> Findings)
{
    /// <summary>The processor's own row whose basis covers this onward transfer within the same third country.</summary>
    public AnnexRow? OnwardOf { get; init; }

    /// <summary>Why no basis covers the recipient; null when one does.</summary>
    public UnresolvedTransfer? Unresolved { get; init; }

    public string ImporterName(Processor processor) => Sub?.Name.Trim() ?? processor.Name.Trim();
}
