using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>
/// Judges one transfer on a date (rules 2–7 of the specification): EEA first, the UK periods, then every candidate
/// basis — the claim, the fallbacks, and the objective ones (country adequacy in scope, an active DPF listing) — and
/// reports the claim's result together with the effective basis.
/// </summary>
internal static class TransferEvaluator
{
    /// <summary>The result of judging a transfer: whether it is a Chapter V transfer, and its effective basis.</summary>
    internal readonly struct Result
    {
        public Result(bool thirdCountry, Outcome? effective)
        {
            ThirdCountry = thirdCountry;
            Effective = effective;
        }

        public bool ThirdCountry { get; }

        public Outcome? Effective { get; }
    }

    /// <summary>The message arguments every finding about a transfer starts from (immutable; each finding gets its own copy).</summary>
    public static MessageArguments ArgumentsFor(Processor processor, SubProcessor? sub, Transfer transfer) => new()
    {
        SubjectTemplate = transfer.ImporterOrganisation is not null ? "organisationTransfer" : sub is null ? "transfer" : "subProcessorTransfer",
        Importer = transfer.ImporterOrganisation ?? sub?.Name ?? processor.Name,
        // For an international organisation the seat country says nothing about the basis: {country} names the organisation.
        Country = transfer.ImporterOrganisation is null ? transfer.ImporterCountry : null,
        Processor = processor.Name,
    };

    public static Result Evaluate(CheckContext ctx, Processor processor, SubProcessor? sub, Transfer transfer, FindingSubject subject, MessageArguments args, List<Finding>? sink)
    {
        var d = ctx.AsOf;
        var data = ctx.Data;
        var country = transfer.ImporterCountry;
        var importerName = subject.Name;

        // An international organisation is an importer wherever its seat is (rule 16).
        var eea = transfer.ImporterOrganisation is null ? data.EeaPeriodOn(country, d) : null;
        if (eea is not null)
        {
            var code = eea.Status switch
            {
                EeaStatus.UkTransition => FindingCode.UkTransitionEuLaw,
                EeaStatus.UkTcaBridge => FindingCode.UkTcaBridge,
                _ => FindingCode.NoTransferEea,
            };
            var outcome = new Outcome
            {
                Code = code, Valid = true, ReferenceId = eea.Id, Origin = BasisOrigin.Objective, Mechanism = TransferMechanismKind.None,
                Date = eea.Status == EeaStatus.Eea ? null : eea.ValidUntil, Meaning = eea.Status == EeaStatus.Eea ? null : DateMeaning.Until,
                Refs = ctx.RowThenCode(eea, eea.LegalReferences, code),
            };
            Emit(ctx, sink, subject, outcome, args, outcome, FindingCodes.DefaultSeverityOf(code), null);
            return new Result(false, outcome);
        }

        var listing = ListingFor(processor, sub);
        var relationship = sub is null
            ? transfer.Relationship
            : transfer.ImporterRole == PartyRole.Controller ? TransferRelationship.ProcessorToController : TransferRelationship.ProcessorToProcessor;
        var judge = new Judge(ctx, transfer, listing, importerName, relationship,
            sub is null ? processor.SafeHarborListed : sub.SafeHarborListed, sub is null ? processor.PrivacyShieldListed : sub.PrivacyShieldListed);

        var objective = judge.Objective();
        var claimed = transfer.Mechanism.Kind == TransferMechanismKind.None ? null : judge.Mechanism(transfer.Mechanism, BasisOrigin.Claimed);
        var fallbacks = transfer.Fallbacks.Count == 0 ? NoOutcomes : new List<Outcome>(transfer.Fallbacks.Count);
        foreach (var f in transfer.Fallbacks)
        {
            if (f.Kind != TransferMechanismKind.None)
            {
                fallbacks.Add(judge.Mechanism(f, BasisOrigin.Fallback));
            }
        }

        var best = Better(null, claimed);
        foreach (var f in fallbacks)
        {
            best = Better(best, f);
        }

        best = Better(best, objective);

        if (sink is not null)
        {
            if (claimed is not null)
            {
                if (claimed.Valid)
                {
                    Emit(ctx, sink, subject, claimed, args, best, FindingCodes.DefaultSeverityOf(claimed.Code), null);
                }
                else if (best is not null)
                {
                    Emit(ctx, sink, subject, claimed, args, best, Severity.NeedsAttention, best);
                    Emit(ctx, sink, subject, best, args, best, FindingCodes.DefaultSeverityOf(best.Code), null);
                }
                else
                {
                    Emit(ctx, sink, subject, claimed, args, null, Severity.Invalid, null);
                }
            }
            else if (best is not null)
            {
                Emit(ctx, sink, subject, best, args, best, FindingCodes.DefaultSeverityOf(best.Code), null);
            }
            else if (objective.Code is FindingCode.AdequacyExpired or FindingCode.MechanismInvalidated)
            {
                Emit(ctx, sink, subject, objective, args, null, Severity.Invalid, null);
            }
            else
            {
                var none = new Outcome { Code = FindingCode.NoMechanism, Refs = ctx.CodeRefs(FindingCode.NoMechanism) };
                Emit(ctx, sink, subject, none, args, null, Severity.Invalid, null);
            }

            foreach (var f in fallbacks)
            {
                if (!f.Valid)
                {
                    Emit(ctx, sink, subject, f, args, best, best is null ? Severity.Invalid : Severity.NeedsAttention, best);
                }
            }

            if (best is { Art46: true } && d >= data.TiaRequiredFrom && !(transfer.TiaDocumentedOn is { } tia && tia <= d))
            {
                var tiaOutcome = new Outcome
                {
                    Code = FindingCode.TiaMissing, Date = data.TiaRequiredFrom, Meaning = DateMeaning.Since, Basis = best.Basis,
                    Refs = ctx.CodeRefs(FindingCode.TiaMissing),
                };
                Emit(ctx, sink, subject, tiaOutcome, args, best, Severity.NeedsAttention, null);
            }
            else if (best is { Art46: true } && d >= data.TiaRequiredFrom && transfer.TiaDocumentedOn is { } documented)
            {
                StaleTia(ctx, sink, subject, transfer, documented, args, best);
            }

            if (best is { Code: FindingCode.DpfValid } && DpfRisks(data, country, d) is { } risks)
            {
                var refs = new List<string>();
                foreach (var risk in risks)
                {
                    refs.AddRange(risk.LegalReferences);
                }

                refs.AddRange(MessageCatalog.Instance.CodeLegalReferences(FindingCode.DpfLegalRisk));
                var riskOutcome = new Outcome
                {
                    Code = FindingCode.DpfLegalRisk, Date = risks[0].Date, Meaning = DateMeaning.Since, Basis = best.Basis, Developments = risks,
                    Refs = ctx.Ids(refs),
                };
                Emit(ctx, sink, subject, riskOutcome, args, best, Severity.Info, null);
            }
        }

        return new Result(true, best);
    }

    private static readonly List<Outcome> NoOutcomes = new(0);

    /// <summary>
    /// The objective basis for a recipient in a third country without a transfer entry: country adequacy (with an
    /// unknown scope) or the recipient's recorded DPF listing. Null when the country is in the EEA on the date.
    /// </summary>
    internal static Outcome? ObjectiveFor(CheckContext ctx, Processor processor, SubProcessor? sub, CountryCode country)
    {
        var probe = new Transfer("unrecorded", processor.Id, country, TransferMechanism.Of(TransferMechanismKind.None));
        var judge = new Judge(ctx, probe, ListingFor(processor, sub), sub?.Name ?? processor.Name, probe.Relationship, null, null);
        return judge.Objective();
    }

    /// <summary>The DPF challenges and risk developments for a country in effect on a day, oldest first; null when none.</summary>
    private static List<LegalDevelopment>? DpfRisks(ReferenceData data, CountryCode country, LocalDate d)
    {
        List<LegalDevelopment>? result = null;
        foreach (var development in data.LegalDevelopments)
        {
            if (development.DpfRisk && development.IsInEffectOn(d) && development.Countries.Contains(country))
            {
                (result ??= new List<LegalDevelopment>()).Add(development);
            }
        }

        result?.Sort((a, b) => a.Date.CompareTo(b.Date));
        return result;
    }

    /// <summary>Rule 7: a documented TIA is stale by age, by a later processing change, or by a later legal development.</summary>
    private static void StaleTia(CheckContext ctx, List<Finding> sink, FindingSubject subject, Transfer transfer, LocalDate tia, MessageArguments args, Outcome best)
    {
        var d = ctx.AsOf;
        var codeRefs = MessageCatalog.Instance.CodeLegalReferences(FindingCode.TiaStale);
        if (ctx.Options.TiaMaxAgeMonths is { } months)
        {
            var staleFrom = tia.PlusMonths(months).PlusDays(1);
            if (d >= staleFrom)
            {
                Emit(ctx, sink, subject, new Outcome
                {
                    Code = FindingCode.TiaStale, Date = staleFrom, Meaning = DateMeaning.Since, Basis = best.Basis, TiaOn = tia, Months = months,
                    Note = "tiaStaleAge", Refs = ctx.CodeRefs(FindingCode.TiaStale),
                }, args, best, Severity.NeedsAttention, null);
            }
        }

        if (transfer.ProcessingChangedOn is { } changed && tia < changed && changed <= d)
        {
            Emit(ctx, sink, subject, new Outcome
            {
                Code = FindingCode.TiaStale, Date = changed, Meaning = DateMeaning.Since, Basis = best.Basis, TiaOn = tia, ChangedOn = changed,
                Note = "tiaStaleChange", Refs = ctx.CodeRefs(FindingCode.TiaStale),
            }, args, best, Severity.NeedsAttention, null);
        }

        foreach (var development in ctx.Data.LegalDevelopments)
        {
            if (development.AffectsTia && tia < development.Date && development.Date <= d && development.Countries.Contains(transfer.ImporterCountry))
            {
                Emit(ctx, sink, subject, new Outcome
                {
                    Code = FindingCode.TiaStale, Date = development.Date, Meaning = DateMeaning.Since, Basis = best.Basis, TiaOn = tia,
                    Developments = new[] { development }, Note = "tiaStaleDevelopment", Refs = ctx.Ids(codeRefs.Concat(development.LegalReferences)),
                }, args, best, Severity.NeedsAttention, null);
            }
        }
    }

    /// <summary>
    /// The DPF listing that decides a transfer: the importer's own. For a sub-processor without its own listing, the
    /// processor's recorded listing counts only when it names that sub-processor as the listed organisation (an EU
    /// subsidiary that records its US parent's listing, for example Microsoft Ireland and Microsoft Corporation).
    /// </summary>
    internal static DpfListing? ListingFor(Processor processor, SubProcessor? sub)
    {
        if (sub is null)
        {
            return processor.Dpf;
        }

        if (sub.Dpf is not null)
        {
            return sub.Dpf;
        }

        return processor.Dpf is { ListedOrganisation: { } listed } dpf
            && string.Equals(listed.Trim(), sub.Name.Trim(), System.StringComparison.OrdinalIgnoreCase)
            ? dpf
            : null;
    }

    private static Outcome? Better(Outcome? current, Outcome? candidate) =>
        candidate is { Valid: true } && (current is null || candidate.Rank < current.Rank) ? candidate : current;

    private static void Emit(CheckContext ctx, List<Finding>? sink, FindingSubject? subject, Outcome o, MessageArguments baseArgs,
        Outcome? effective, Severity severity, Outcome? rescuedBy)
    {
        if (sink is null || subject is null)
        {
            return;
        }

        // The finding copies the details it reports from the outcome into its own arguments (the outcome is not kept).
        sink.Add(new Finding(o.Code, severity, subject, o.Date, o.Meaning, effective?.ToBasis(), o.Refs, baseArgs, ctx.Data, o, rescuedBy?.Basis));
    }

    /// <summary>Judges single bases for one transfer (a struct: one per transfer, no allocation).</summary>
    private readonly struct Judge
    {
        private readonly CheckContext _ctx;
        private readonly Transfer _transfer;
        private readonly DpfListing? _listing;
        private readonly string _importerName;
        private readonly TransferRelationship _relationship;
        private readonly bool? _safeHarborListed;
        private readonly bool? _privacyShieldListed;

        public Judge(CheckContext ctx, Transfer transfer, DpfListing? listing, string importerName, TransferRelationship relationship,
            bool? safeHarborListed, bool? privacyShieldListed)
        {
            _ctx = ctx;
            _transfer = transfer;
            _listing = listing;
            _importerName = importerName;
            _relationship = relationship;
            _safeHarborListed = safeHarborListed;
            _privacyShieldListed = privacyShieldListed;
        }

        private LocalDate D => _ctx.AsOf;

        public Outcome Mechanism(TransferMechanism m, BasisOrigin origin) => m.Kind switch
        {
            TransferMechanismKind.Adequacy => Country(origin),
            TransferMechanismKind.SafeHarbor or TransferMechanismKind.PrivacyShield => ListFramework(m.Kind, origin),
            TransferMechanismKind.DataPrivacyFramework => Dpf(origin),
            TransferMechanismKind.Scc2001 or TransferMechanismKind.Scc2002 or TransferMechanismKind.Scc2004 or TransferMechanismKind.Scc2010 => OldScc(m, origin),
            TransferMechanismKind.Scc2021 => NewScc(m, origin),
            TransferMechanismKind.Art28Clauses2021 => NotATransferTool(m, origin),
            TransferMechanismKind.Art49Derogation => Art49(m, origin),
            _ => Art46(m, origin),
        };

        /// <summary>
        /// The objective basis (country adequacy by law). Without a DPF listing it depends only on the country and the
        /// importer's scope, so it is judged once per run for each pair and shared (outcomes are not changed once built).
        /// </summary>
        public Outcome Objective()
        {
            if (_listing is not null || _transfer.ImporterOrganisation is not null)
            {
                return Country(BasisOrigin.Objective);
            }

            var key = (_transfer.ImporterCountry, _transfer.ImporterScope);
            if (!_ctx.ObjectiveOutcomes.TryGetValue(key, out var outcome))
            {
                outcome = Country(BasisOrigin.Objective);
                _ctx.ObjectiveOutcomes.Add(key, outcome);
            }

            return outcome;
        }

        /// <summary>Country adequacy: the decision in force for the importer's country, with its scope (US: the DPF List).</summary>
        public Outcome Country(BasisOrigin origin)
        {
            var decisions = _transfer.ImporterOrganisation is { } organisation
                ? _ctx.Data.AdequacyDecisionsForOrganisation(organisation)
                : _ctx.Data.AdequacyDecisionsFor(_transfer.ImporterCountry);
            AdequacyDecision? inForce = null;
            AdequacyDecision? expired = null;
            AdequacyDecision? future = null;
            for (var i = 0; i < decisions.Count; i++)
            {
                var decision = decisions[i];
                if (decision.ScopeKind == AdequacyScopeKind.List && decision.ListName != "dpf")
                {
                    continue; // Safe Harbor and Privacy Shield lists are not recorded; they count only when claimed.
                }

                if (decision.IsInForceOn(D))
                {
                    inForce = decision;
                }
                else if (decision.ValidUntil is { } until && until < D)
                {
                    if (expired is null || until > expired.ValidUntil!.Value)
                    {
                        expired = decision;
                    }
                }
                else if (future is null || decision.ValidFrom < future.ValidFrom)
                {
                    future = decision;
                }
            }

            if (inForce is not null)
            {
                return inForce.ScopeKind == AdequacyScopeKind.List ? Listing(inForce, origin) : InScope(inForce, origin);
            }

            if (expired is not null)
            {
                return Ended(expired, TransferMechanismKind.Adequacy, origin);
            }

            if (future is not null)
            {
                var code = future.ScopeKind == AdequacyScopeKind.List ? FindingCode.DpfNotInForce : FindingCode.AdequacyNotInForce;
                return Decision(future, code, origin, TransferMechanismKind.Adequacy, future.ValidFrom, DateMeaning.From);
            }

            return new Outcome
            {
                Code = FindingCode.AdequacyNoDecision, Mechanism = TransferMechanismKind.Adequacy, Origin = origin,
                Refs = _ctx.CodeRefs(FindingCode.AdequacyNoDecision), Basis = BasisText.For(TransferMechanismKind.Adequacy),
            };
        }

        private Outcome InScope(AdequacyDecision decision, BasisOrigin origin)
        {
            var scope = _transfer.ImporterScope;
            if (scope == AdequacyScope.NotCovered)
            {
                var o = Decision(decision, FindingCode.AdequacyOutOfScope, origin, TransferMechanismKind.Adequacy, null, null);
                o.Scope = decision.ScopeDescription;
                return o;
            }

            if (decision.ScopeKind == AdequacyScopeKind.Partial && scope == AdequacyScope.Unknown)
            {
                var o = Decision(decision, FindingCode.AdequacyScopeUnknown, origin, TransferMechanismKind.Adequacy, null, null);
                o.Valid = true;
                o.Rank = 1;
                o.Scope = decision.ScopeDescription;
                return o;
            }

            var valid = Decision(decision, FindingCode.AdequacyValid, origin, TransferMechanismKind.Adequacy,
                decision.ValidUntil, decision.ValidUntil is null ? null : DateMeaning.Until);
            valid.Valid = true;
            valid.Until = decision.ValidUntil;
            return valid;
        }

        private Outcome Listing(AdequacyDecision dpf, BasisOrigin origin)
        {
            var code = _listing?.Status switch
            {
                DpfStatus.Active => FindingCode.DpfValid,
                DpfStatus.Inactive => FindingCode.DpfLapsed,
                _ => FindingCode.DpfNotCertified,
            };
            if (code == FindingCode.DpfValid && _transfer.IncludesHrData && _listing!.Covers == DpfDataCoverage.NonHr)
            {
                code = FindingCode.DpfDataNotCovered; // rule 12: HR data only where the listing includes it
            }
            var o = Decision(dpf, code, origin, TransferMechanismKind.DataPrivacyFramework,
                code == FindingCode.DpfValid ? dpf.ValidUntil : null, code == FindingCode.DpfValid && dpf.ValidUntil is not null ? DateMeaning.Until : null);
            o.Valid = code == FindingCode.DpfValid;
            o.Basis = BasisText.DpfListing;
            o.CheckedOn = _listing?.CheckedOn;
            o.Until = dpf.ValidUntil;
            return o;
        }

        private Outcome ListFramework(TransferMechanismKind kind, BasisOrigin origin)
        {
            var row = _ctx.Data.FrameworkFor(kind)!;
            if (!row.Countries.Contains(_transfer.ImporterCountry))
            {
                var o = Decision(row, FindingCode.AdequacyOutOfScope, origin, kind, null, null);
                o.Scope = row.ScopeDescription;
                return o;
            }

            if (D < row.ValidFrom)
            {
                return Decision(row, FindingCode.AdequacyNotInForce, origin, kind, row.ValidFrom, DateMeaning.From);
            }

            if (row.ValidUntil is { } until && until < D)
            {
                return Ended(row, kind, origin);
            }

            // Historical validity: list membership decides, as recorded for the recipient (rule 6).
            var listed = kind == TransferMechanismKind.SafeHarbor ? _safeHarborListed : _privacyShieldListed;
            if (listed == false)
            {
                var o = Decision(row, FindingCode.AdequacyOutOfScope, origin, kind, null, null);
                o.Scope = row.ScopeDescription;
                return o;
            }

            if (listed is null)
            {
                var o = Decision(row, FindingCode.AdequacyScopeUnknown, origin, kind, null, null);
                o.Valid = true;
                o.Rank = 1;
                o.Scope = row.ScopeDescription;
                return o;
            }

            var valid = Decision(row, FindingCode.AdequacyValid, origin, kind, row.ValidUntil, row.ValidUntil is null ? null : DateMeaning.Until);
            valid.Valid = true;
            valid.Until = row.ValidUntil;
            return valid;
        }

        private Outcome Dpf(BasisOrigin origin)
        {
            var row = _ctx.Data.FrameworkFor(TransferMechanismKind.DataPrivacyFramework)!;
            if (!row.Countries.Contains(_transfer.ImporterCountry))
            {
                var o = Decision(row, FindingCode.AdequacyOutOfScope, origin, TransferMechanismKind.DataPrivacyFramework, null, null);
                o.Scope = row.ScopeDescription;
                return o;
            }

            if (D < row.ValidFrom)
            {
                return Decision(row, FindingCode.DpfNotInForce, origin, TransferMechanismKind.DataPrivacyFramework, row.ValidFrom, DateMeaning.From);
            }

            if (row.ValidUntil is { } until && until < D)
            {
                return Ended(row, TransferMechanismKind.DataPrivacyFramework, origin);
            }

            return Listing(row, origin);
        }

        private Outcome Ended(AdequacyDecision row, TransferMechanismKind kind, BasisOrigin origin)
        {
            if (row.InvalidatedOn is { } invalidatedOn)
            {
                var o = Decision(row, FindingCode.MechanismInvalidated, origin, kind, invalidatedOn, DateMeaning.Since);
                o.Refs = _ctx.Invalidated(row);
                return o;
            }

            return Decision(row, FindingCode.AdequacyExpired, origin, kind, row.ValidUntil!.Value.PlusDays(1), DateMeaning.Since);
        }

        private Outcome Decision(AdequacyDecision row, FindingCode code, BasisOrigin origin, TransferMechanismKind kind, LocalDate? date, DateMeaning? meaning) => new()
        {
            Code = code, Mechanism = kind, Origin = origin, ReferenceId = row.Id, Decision = row, Date = date, Meaning = meaning,
            Basis = _ctx.BasisOf(row), Refs = _ctx.RowThenCode(row, row.LegalReferences, code), Listed = _listing?.ListedOrganisation,
        };

        private Outcome Rule(MechanismRule rule, FindingCode code, BasisOrigin origin, TransferMechanism m, bool codeFirst = false) => new()
        {
            Code = code, Mechanism = m.Kind, Origin = origin, ReferenceId = rule.Id, Rule = rule, Art46 = rule.Art46Tool,
            Basis = BasisText.For(m.Kind), SignedOn = m.SignedOn,
            Refs = codeFirst ? _ctx.CodeThenRow(rule, rule.LegalReferences, code) : _ctx.RowThenCode(rule, rule.LegalReferences, code),
        };

        private Outcome? NotYet(MechanismRule rule, TransferMechanism m, BasisOrigin origin)
        {
            LocalDate? from = null;
            if (rule.ValidFrom is { } vf && D < vf)
            {
                from = vf;
            }

            if (m.SignedOn is { } signed && D < signed && (from is null || signed > from.Value))
            {
                from = signed;
            }

            if (from is null)
            {
                return null;
            }

            var o = Rule(rule, FindingCode.MechanismNotInForce, origin, m);
            o.Date = from;
            o.Meaning = DateMeaning.From;
            return o;
        }

        private Outcome OldScc(TransferMechanism m, BasisOrigin origin)
        {
            var rule = _ctx.Data.MechanismRuleFor(m.Kind)!;

            // The roles of the parties that signed the clauses decide (rule 6): the recorded exporter party, else the chain.
            var signedRoles = m.ExporterParty is { } exporter ? RelationshipOf(exporter, _transfer.ImporterRole) : _relationship;
            if (rule.Roles.Count > 0 && !rule.Roles.Contains(signedRoles))
            {
                var wrong = Rule(rule, FindingCode.SccOldWrongRoles, origin, m);
                wrong.Relationship = signedRoles;
                return wrong;
            }

            if (NotYet(rule, m, origin) is { } notYet)
            {
                return notYet;
            }

            if (rule.NewContractsUntil is { } newUntil && rule.GrandfatheredUntil is { } grandfathered)
            {
                var repealedFrom = newUntil.PlusDays(1);
                if (m.SignedOn is { } signed && signed >= repealedFrom)
                {
                    var o = Rule(rule, FindingCode.SccOldAfterRepeal, origin, m, codeFirst: true);
                    o.Date = repealedFrom;
                    o.Meaning = DateMeaning.Since;
                    return o;
                }

                if (D > grandfathered)
                {
                    var o = Rule(rule, FindingCode.SccOldGrandfatherEnded, origin, m, codeFirst: true);
                    o.Date = grandfathered.PlusDays(1);
                    o.Meaning = DateMeaning.Since;
                    return o;
                }

                if (D >= repealedFrom && _transfer.ProcessingChangedOn is { } changed && changed <= D && (m.SignedOn is null || changed > m.SignedOn.Value))
                {
                    var o = Rule(rule, FindingCode.SccOldProcessingChanged, origin, m, codeFirst: true);
                    o.Date = changed > repealedFrom ? changed : repealedFrom;
                    o.Meaning = DateMeaning.Since;
                    o.ChangedOn = changed;
                    return o;
                }

                if (rule.TransitionFrom is { } transition && D >= transition)
                {
                    var o = Rule(rule, FindingCode.SccOldGrandfathered, origin, m, codeFirst: true);
                    o.Valid = true;
                    o.Rank = 3;
                    o.Date = grandfathered;
                    o.Meaning = DateMeaning.Until;
                    o.SigningDateUnknown = m.SignedOn is null;
                    return o;
                }
            }

            var valid = Rule(rule, FindingCode.SccOldValid, origin, m);
            valid.Valid = true;
            valid.Rank = 2;
            return valid;
        }

        private Outcome NewScc(TransferMechanism m, BasisOrigin origin)
        {
            var rule = _ctx.Data.MechanismRuleFor(m.Kind)!;
            if (NotYet(rule, m, origin) is { } notYet)
            {
                return notYet;
            }

            rule.Modules.TryGetValue(_relationship, out var expected);
            if (m.SccModule != expected)
            {
                var wrong = Rule(rule, FindingCode.SccWrongModule, origin, m);
                wrong.Module = m.SccModule;
                wrong.ExpectedModule = expected;
                wrong.Relationship = _relationship;
                return wrong;
            }

            // Rule 14: not made for an importer itself subject to the GDPR (recital 7), reported instead of SCC_2021_VALID.
            var valid = Rule(rule, _transfer.ImporterSubjectToGdpr ? FindingCode.Scc2021ImporterSubjectToGdpr : FindingCode.Scc2021Valid, origin, m);
            valid.Valid = true;
            valid.Rank = 2;
            valid.Module = m.SccModule;
            return valid;
        }

        private Outcome NotATransferTool(TransferMechanism m, BasisOrigin origin) =>
            Rule(_ctx.Data.MechanismRuleFor(m.Kind)!, FindingCode.Art28SccNotTransferTool, origin, m, codeFirst: true);

        private Outcome Art49(TransferMechanism m, BasisOrigin origin)
        {
            var rule = _ctx.Data.MechanismRuleFor(m.Kind)!;
            if (NotYet(rule, m, origin) is { } notYet)
            {
                return notYet;
            }

            // Rule 13, in this order: systematic use (the only Art. 49 code when it applies), Art. 49(3), the ground's conditions.
            var ground = m.Art49Ground;
            var occasionalGround = ground is Art49Ground.ContractWithDataSubject or Art49Ground.ContractInDataSubjectInterest or Art49Ground.LegalClaims;
            var systematic = _transfer.Frequency == TransferFrequency.Systematic;
            if (rule.OccasionalOnly && systematic && (occasionalGround || ground == Art49Ground.CompellingLegitimateInterests))
            {
                return Art49Outcome(rule, FindingCode.Art49Systematic, origin, m,
                    occasionalGround ? "art49Occasional" : "art49NotRepetitive",
                    occasionalGround ? new[] { "GDPR-RECITAL-111", "GDPR-ART-49-1", "EDPB-GL-2-2018" } : new[] { "GDPR-ART-49-1-SECOND", "EDPB-GL-2-2018" });
            }

            if (rule.OccasionalOnly && systematic && _transfer.ImporterRole == PartyRole.Processor)
            {
                return Art49Outcome(rule, FindingCode.Art49Systematic, origin, m, "art49Layered", new[] { "EDPB-GL-2-2018", "GDPR-ART-49" });
            }

            if (_transfer.ExporterPublicAuthority && ground is Art49Ground.ExplicitConsent or Art49Ground.ContractWithDataSubject
                or Art49Ground.ContractInDataSubjectInterest or Art49Ground.CompellingLegitimateInterests)
            {
                return Art49Outcome(rule, FindingCode.Art49NotAvailable, origin, m, null, new[] { "GDPR-ART-49-3", "EDPB-GL-2-2018" });
            }

            var refs = ground == Art49Ground.CompellingLegitimateInterests
                ? new[] { "GDPR-ART-49-1-SECOND", "EDPB-GL-2-2018" }
                : new[] { "GDPR-ART-49-1", "EDPB-GL-2-2018" };
            var recorded = ground is not null && m.ConditionsRecorded;
            var valid = Art49Outcome(rule, recorded ? FindingCode.Art49DerogationValid : FindingCode.Art49ConditionsNotRecorded, origin, m, null, refs);
            valid.Valid = true;
            valid.Rank = 4;
            return valid;
        }

        private Outcome Art49Outcome(MechanismRule rule, FindingCode code, BasisOrigin origin, TransferMechanism m, string? note, string[] refs)
        {
            var o = Rule(rule, code, origin, m);
            o.Note = note;
            o.Ground = m.Art49Ground;
            o.Refs = _ctx.Ids(refs);
            return o;
        }

        private static TransferRelationship RelationshipOf(PartyRole exporter, PartyRole importer) => (exporter, importer) switch
        {
            (PartyRole.Controller, PartyRole.Controller) => TransferRelationship.ControllerToController,
            (PartyRole.Controller, _) => TransferRelationship.ControllerToProcessor,
            (_, PartyRole.Processor) => TransferRelationship.ProcessorToProcessor,
            _ => TransferRelationship.ProcessorToController,
        };

        private Outcome Art46(TransferMechanism m, BasisOrigin origin)
        {
            var rule = _ctx.Data.MechanismRuleFor(m.Kind)!;
            if (NotYet(rule, m, origin) is { } notYet)
            {
                return notYet;
            }

            var code = m.Kind switch
            {
                TransferMechanismKind.BindingCorporateRules => FindingCode.BcrValid,
                TransferMechanismKind.CodeOfConduct => FindingCode.CodeOfConductValid,
                _ => FindingCode.CertificationValid,
            };
            var valid = Rule(rule, code, origin, m);
            valid.Valid = true;
            valid.Rank = 2;
            return valid;
        }
    }
}
