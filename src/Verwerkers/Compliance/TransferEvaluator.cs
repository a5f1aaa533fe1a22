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
        SubjectTemplate = sub is null ? "transfer" : "subProcessorTransfer",
        Importer = sub?.Name ?? processor.Name,
        Country = transfer.ImporterCountry,
        Processor = processor.Name,
    };

    public static Result Evaluate(CheckContext ctx, Processor processor, SubProcessor? sub, Transfer transfer, FindingSubject subject, MessageArguments args, List<Finding>? sink)
    {
        var d = ctx.AsOf;
        var data = ctx.Data;
        var country = transfer.ImporterCountry;
        var importerName = subject.Name;

        var eea = data.EeaPeriodOn(country, d);
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
        var judge = new Judge(ctx, transfer, listing, importerName, relationship);

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
        }

        return new Result(true, best);
    }

    private static readonly List<Outcome> NoOutcomes = new(0);

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

        public Judge(CheckContext ctx, Transfer transfer, DpfListing? listing, string importerName, TransferRelationship relationship)
        {
            _ctx = ctx;
            _transfer = transfer;
            _listing = listing;
            _importerName = importerName;
            _relationship = relationship;
        }

        private LocalDate D => _ctx.AsOf;

        public Outcome Mechanism(TransferMechanism m, BasisOrigin origin) => m.Kind switch
        {
            TransferMechanismKind.Adequacy => Country(origin),
            TransferMechanismKind.SafeHarbor or TransferMechanismKind.PrivacyShield => ListFramework(m.Kind, origin),
            TransferMechanismKind.DataPrivacyFramework => Dpf(origin),
            TransferMechanismKind.Scc2001 or TransferMechanismKind.Scc2004 or TransferMechanismKind.Scc2010 => OldScc(m, origin),
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
            if (_listing is not null)
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
            var decisions = _ctx.Data.AdequacyDecisionsFor(_transfer.ImporterCountry);
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

            // Historical validity: the register records no Safe Harbor or Privacy Shield listing, so a claim is taken as listed.
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

            var valid = Rule(rule, FindingCode.Scc2021Valid, origin, m);
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

            if (rule.OccasionalOnly && _transfer.Frequency == TransferFrequency.Systematic)
            {
                return Rule(rule, FindingCode.Art49Systematic, origin, m, codeFirst: true);
            }

            var valid = Rule(rule, FindingCode.Art49DerogationValid, origin, m, codeFirst: true);
            valid.Valid = true;
            valid.Rank = 4;
            return valid;
        }

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
