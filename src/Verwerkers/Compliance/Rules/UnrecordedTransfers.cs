using System.Collections.Generic;
using System.Linq;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>
/// Rule 11: recipients outside the EEA that the register names (a processor's country, a processing or remote-access
/// location, a sub-processor) with no transfer entry for that recipient and country give <c>TRANSFER_NOT_RECORDED</c>,
/// one finding per recipient and country.
/// </summary>
internal static class UnrecordedTransfers
{
    /// <summary>The processor's own unrecorded transfers: its country, then its processing and remote-access locations.</summary>
    public static void Processor(CheckContext ctx, Processor p, FindingSubject subject, Transfer[] transfers, int from, int to, List<Finding> sink)
    {
        List<CountryCode>? seen = null;
        Check(ctx, p, subject, p.Country, "unrecordedProcessor", transfers, from, to, ref seen, sink);
        foreach (var location in p.ProcessingLocations)
        {
            Check(ctx, p, subject, location, "unrecordedLocation", transfers, from, to, ref seen, sink);
        }

        foreach (var location in p.RemoteAccessLocations)
        {
            Check(ctx, p, subject, location, "unrecordedRemoteAccess", transfers, from, to, ref seen, sink);
        }
    }

    /// <summary>
    /// A sub-processor outside the EEA without a transfer entry. <paramref name="coveredByProcessor"/> gives the valid
    /// effective basis of the processor's own recorded transfer to a country, for the onward-transfer case.
    /// </summary>
    public static void SubProcessor(CheckContext ctx, Processor p, SubProcessor s, FindingSubject subject, Transfer[] transfers, int from, int to,
        System.Func<CountryCode, Outcome?> coveredByProcessor, List<Finding> sink)
    {
        var country = s.Country;
        if (!IsThirdCountry(ctx, country, out var ukPeriod))
        {
            return;
        }

        for (var i = from; i < to; i++)
        {
            if (transfers[i].SubProcessorId == s.Id && transfers[i].ImporterCountry.Equals(country))
            {
                return;
            }
        }

        var objective = ukPeriod ? null : TransferEvaluator.ObjectiveFor(ctx, p, s, country);
        var onward = coveredByProcessor(country);
        var args = new MessageArguments { SubjectTemplate = "subProcessor", Processor = p.Name, Name = s.Name, Importer = s.Name, Country = country };
        Add(ctx, sink, subject, args, objective, ukPeriod, ownEntity: false, onward);
    }

    private static void Check(CheckContext ctx, Processor p, FindingSubject subject, CountryCode country, string template, Transfer[] transfers,
        int from, int to, ref List<CountryCode>? seen, List<Finding> sink)
    {
        if (seen is not null && seen.Contains(country))
        {
            return;
        }

        (seen ??= new List<CountryCode>(2)).Add(country);
        if (!IsThirdCountry(ctx, country, out var ukPeriod))
        {
            return;
        }

        // The processor's own country needs a transfer to the processor itself. A location may be run by one of its
        // sub-processors (an Indian service desk), so any recorded transfer of this processor to that country covers it.
        var location = template != "unrecordedProcessor";
        for (var i = from; i < to; i++)
        {
            if ((location || transfers[i].SubProcessorId is null) && transfers[i].ImporterCountry.Equals(country))
            {
                return;
            }
        }

        var ownEntity = location && p.OwnEntityLocations.Contains(country);
        var objective = ukPeriod ? null : TransferEvaluator.ObjectiveFor(ctx, p, null, country);
        var args = new MessageArguments { SubjectTemplate = template, Processor = p.Name, Name = p.Name, Importer = p.Name, Country = country };
        Add(ctx, sink, subject, args, objective, ukPeriod, ownEntity, onward: null);
    }

    /// <summary>Outside the EEA on the date (rule 2); the UK transition and TCA periods are outside, but covered.</summary>
    private static bool IsThirdCountry(CheckContext ctx, CountryCode country, out bool ukPeriod)
    {
        var period = ctx.Data.EeaPeriodOn(country, ctx.AsOf);
        ukPeriod = period is { Status: EeaStatus.UkTransition or EeaStatus.UkTcaBridge };
        return period is null || ukPeriod;
    }

    private static void Add(CheckContext ctx, List<Finding> sink, FindingSubject subject, MessageArguments args, Outcome? objective, bool ukPeriod,
        bool ownEntity, Outcome? onward)
    {
        const FindingCode code = FindingCode.TransferNotRecorded;
        var covered = objective is { Valid: true };
        string note;
        Outcome? basis = null;
        if (ukPeriod)
        {
            note = "unrecordedUkPeriod";
        }
        else if (covered)
        {
            note = objective!.Code == FindingCode.AdequacyScopeUnknown ? "unrecordedScopeUnknown" : "unrecordedCovered";
            basis = objective;
        }
        else if (ownEntity)
        {
            note = "unrecordedOwnEntity";
        }
        else if (onward is not null)
        {
            note = "unrecordedOnward";
            basis = onward;
        }
        else
        {
            note = "unrecordedNoBasis";
        }

        var severity = note == "unrecordedNoBasis" ? Severity.Invalid : Severity.NeedsAttention;
        var details = new Outcome { Code = code, Note = note, Basis = basis?.Basis ?? BasisText.None, Refs = ctx.CodeRefs(code) };
        sink.Add(new Finding(code, severity, subject, null, null, basis?.ToBasis(), details.Refs, args, ctx.Data, details));
    }
}
