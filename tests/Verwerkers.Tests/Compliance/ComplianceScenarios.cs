using System.Collections.Generic;
using System.Linq;
using Verwerkers.Compliance;
using Verwerkers.Register;
using static Verwerkers.Tests.Compliance.Cr;
using K = Verwerkers.Register.TransferMechanismKind;
using S = Verwerkers.Compliance.Severity;

namespace Verwerkers.Tests.Compliance;

/// <summary>The scenario table: each row names the legal reference that decides it (legal-facts.md, sources [Sn]).</summary>
public static class ComplianceScenarios
{
    private static readonly DpfListing Active = Dpf(DpfStatus.Active);

    public static IReadOnlyList<ComplianceScenario> All { get; } = Build().Concat(AgreementScenarios.Build()).ToArray();

    public static IEnumerable<object[]> Names => All.Select(s => new object[] { s.Name });

    private static IEnumerable<ComplianceScenario> Build()
    {
        // --- Safe Harbor (Decision 2000/520/EC; CJEU C-362/14, 2015-10-06) ---
        yield return new("Safe Harbor before its adoption is not in force", "Decision 2000/520/EC [S26]", "2000-07-25",
            () => R(T("US", K.SafeHarbor)), "ADEQUACY_NOT_IN_FORCE:invalid", S.Invalid);
        yield return new("Safe Harbor on 2015-10-05, the last valid day, is adequacy", "Decision 2000/520/EC; CJEU C-362/14 [S26]", "2015-10-05",
            () => Listed(T("US", K.SafeHarbor), safeHarbor: true), "ADEQUACY_VALID:ok", S.Ok, EffectiveBasis: "SAFE-HARBOR");
        yield return new("Safe Harbor on 2015-10-06 is invalidated", "CJEU C-362/14 Schrems [S26][S26b]", "2015-10-06",
            () => R(T("US", K.SafeHarbor)), "MECHANISM_INVALIDATED:invalid", S.Invalid);
        yield return new("Safe Harbor in 2026 with an active DPF listing is covered but needs correction", "CJEU C-362/14; Decision 2023/1795 [S26][S21]", "2026-11-22",
            () => R(T("US", K.SafeHarbor), Active), "MECHANISM_INVALIDATED:needsAttention DPF_VALID:ok DPF_LEGAL_RISK:info", S.NeedsAttention, EffectiveBasis: "DPF");

        // --- Privacy Shield (Decision 2016/1250; CJEU C-311/18, 2020-07-16) ---
        yield return new("Privacy Shield on 2016-07-11 is not yet in force", "Decision 2016/1250 [S27]", "2016-07-11",
            () => R(T("US", K.PrivacyShield)), "ADEQUACY_NOT_IN_FORCE:invalid", S.Invalid);
        yield return new("Privacy Shield on 2016-07-12 is adequacy", "Decision 2016/1250 [S27]", "2016-07-12",
            () => Listed(T("US", K.PrivacyShield), privacyShield: true), "ADEQUACY_VALID:ok", S.Ok, EffectiveBasis: "PRIVACY-SHIELD");
        yield return new("Privacy Shield on 2020-07-15, the last valid day, is adequacy", "Decision 2016/1250; CJEU C-311/18 [S27b]", "2020-07-15",
            () => Listed(T("US", K.PrivacyShield), privacyShield: true), "ADEQUACY_VALID:ok", S.Ok);
        yield return new("Privacy Shield on 2020-07-16 is invalidated with no grace period", "CJEU C-311/18; EDPB FAQ [S27b]", "2020-07-16",
            () => R(T("US", K.PrivacyShield)), "MECHANISM_INVALIDATED:invalid", S.Invalid);
        yield return new("Privacy Shield on 2020-07-15 with an SCC fallback reports only the valid claim", "Rule 5; Decision 2016/1250 [S27]", "2020-07-15",
            () => Listed(T("US", K.PrivacyShield) with { Fallbacks = new[] { M(K.Scc2010, "2019-01-01") } }, privacyShield: true), "ADEQUACY_VALID:ok", S.Ok, EffectiveBasis: "PRIVACY-SHIELD");
        yield return new("Privacy Shield on 2020-07-16 rescued by old SCCs still needs a TIA", "CJEU C-311/18; Decision 2010/87/EU [S27b][S28c]", "2020-07-16",
            () => R(T("US", K.PrivacyShield) with { Fallbacks = new[] { M(K.Scc2010, "2019-01-01") } }),
            "MECHANISM_INVALIDATED:needsAttention SCC_OLD_VALID:ok TIA_MISSING:needsAttention", S.NeedsAttention, EffectiveBasis: "SCC-2010");
        yield return new("A TIA documented after the date does not count yet", "EDPB Rec. 01/2020 [S31]", "2020-08-01",
            () => R(T("US", K.PrivacyShield) with { Fallbacks = new[] { M(K.Scc2010, "2019-01-01") }, TiaDocumentedOn = D("2020-09-01") }),
            "MECHANISM_INVALIDATED:needsAttention SCC_OLD_VALID:ok TIA_MISSING:needsAttention", S.NeedsAttention);
        yield return new("A TIA documented on the date counts", "EDPB Rec. 01/2020 [S31]", "2020-09-01",
            () => R(T("US", K.PrivacyShield) with { Fallbacks = new[] { M(K.Scc2010, "2019-01-01") }, TiaDocumentedOn = D("2020-09-01") }),
            "MECHANISM_INVALIDATED:needsAttention SCC_OLD_VALID:ok", S.NeedsAttention);

        // --- TIA (Schrems II, 2020-07-16) ---
        yield return new("Old SCCs on 2020-07-15 need no TIA yet", "CJEU C-311/18 [S27b][S31]", "2020-07-15",
            () => R(T("US", M(K.Scc2010, "2019-01-01"))), "SCC_OLD_VALID:ok", S.Ok, EffectiveBasis: "SCC-2010");
        yield return new("Old SCCs on 2020-07-16 without a TIA need attention", "CJEU C-311/18; EDPB Rec. 01/2020 [S27b][S31]", "2020-07-16",
            () => R(T("US", M(K.Scc2010, "2019-01-01"))), "SCC_OLD_VALID:ok TIA_MISSING:needsAttention", S.NeedsAttention);

        // --- Old SCCs and the 2021 transition (Decision 2021/914 Art. 4) ---
        var tia = D("2021-01-15");
        var tia2026 = D("2026-07-01");
        yield return new("Old SCCs on 2021-06-26 are still plainly valid", "Decision 2010/87/EU; 2021/914 [S28]", "2021-06-26",
            () => R(T("IN", M(K.Scc2010, "2019-01-01")) with { TiaDocumentedOn = tia }), "SCC_OLD_VALID:ok", S.Ok);
        yield return new("Old SCCs on 2021-06-27 enter the grandfathering window", "Decision 2021/914 [S28][S28b]", "2021-06-27",
            () => R(T("IN", M(K.Scc2010, "2019-01-01")) with { TiaDocumentedOn = tia }), "SCC_OLD_GRANDFATHERED:needsAttention", S.NeedsAttention);
        yield return new("Old SCCs signed on 2021-09-26 were still allowed", "Decision 2021/914 Art. 4 [S28]", "2021-10-01",
            () => R(T("IN", M(K.Scc2010, "2021-09-26")) with { TiaDocumentedOn = tia }), "SCC_OLD_GRANDFATHERED:needsAttention", S.NeedsAttention);
        yield return new("Old SCCs signed on 2021-09-27 are after the repeal", "Decision 2021/914 Art. 4 [S28]", "2021-10-01",
            () => R(T("IN", M(K.Scc2010, "2021-09-27")) with { TiaDocumentedOn = tia }), "SCC_OLD_AFTER_REPEAL:invalid", S.Invalid);
        yield return new("Old SCCs on 2022-12-27 are still grandfathered", "Decision 2021/914 Art. 4 [S28]", "2022-12-27",
            () => R(T("IN", M(K.Scc2010, "2019-01-01")) with { TiaDocumentedOn = tia }), "SCC_OLD_GRANDFATHERED:needsAttention", S.NeedsAttention);
        yield return new("Old SCCs on 2022-12-28 are no longer valid", "Decision 2021/914 Art. 4 [S28]", "2022-12-28",
            () => R(T("IN", M(K.Scc2010, "2019-01-01")) with { TiaDocumentedOn = tia }), "SCC_OLD_GRANDFATHER_ENDED:invalid", S.Invalid);
        yield return new("A processing change before the repeal does not end the grandfathering on 2021-09-26, but makes the TIA stale", "Decision 2021/914 Art. 4; EDPB Rec. 01/2020 step 1 [S28][S31]", "2021-09-26",
            () => R(T("IN", M(K.Scc2010, "2019-01-01")) with { TiaDocumentedOn = tia, ProcessingChangedOn = D("2021-08-01") }),
            "SCC_OLD_GRANDFATHERED:needsAttention TIA_STALE:needsAttention", S.NeedsAttention);
        yield return new("A processing change loses the grandfathering from 2021-09-27", "Decision 2021/914 Art. 4 [S28]", "2021-09-27",
            () => R(T("IN", M(K.Scc2010, "2019-01-01")) with { TiaDocumentedOn = tia, ProcessingChangedOn = D("2021-08-01") }),
            "SCC_OLD_PROCESSING_CHANGED:invalid", S.Invalid);
        yield return new("A processing change in 2022 ends the grandfathering", "Decision 2021/914 Art. 4 [S28]", "2022-06-01",
            () => R(T("IN", M(K.Scc2010, "2019-01-01")) with { TiaDocumentedOn = tia, ProcessingChangedOn = D("2022-03-01") }),
            "SCC_OLD_PROCESSING_CHANGED:invalid", S.Invalid);
        yield return new("2001 controller clauses after 2022 rescued by module 1", "Decision 2001/497/EC; 2021/914 [S28][S29]", "2023-01-01",
            () => R(T("IN", M(K.Scc2001, "2015-01-01")) with
            {
                ImporterRole = PartyRole.Controller, TiaDocumentedOn = D("2022-11-01"), Fallbacks = new[] { Scc(SccModule.Module1, "2022-11-01") },
            }), "SCC_OLD_GRANDFATHER_ENDED:needsAttention SCC_2021_VALID:ok", S.NeedsAttention, EffectiveBasis: "SCC-2021");
        yield return new("2004 clauses in 2020 with a TIA are valid", "Decision 2004/915/EC [S28]", "2020-10-01",
            () => R(T("IN", M(K.Scc2004, "2015-01-01")) with { ImporterRole = PartyRole.Controller, TiaDocumentedOn = D("2020-09-01") }), "SCC_OLD_VALID:ok", S.Ok);
        yield return new("Old SCCs before the 2010 decision existed are not in force", "Decision 2010/87/EU [S28c]", "2010-02-04",
            () => R(T("IN", M(K.Scc2010))), "MECHANISM_NOT_IN_FORCE:invalid", S.Invalid);

        // --- SCC 2021/914 modules ---
        yield return new("2021 clauses on 2021-06-26 are not yet usable", "Decision 2021/914 [S29]", "2021-06-26",
            () => R(T("IN", Scc(SccModule.Module2)) with { TiaDocumentedOn = tia }), "MECHANISM_NOT_IN_FORCE:invalid", S.Invalid);
        yield return new("2021 clauses module 2 on 2021-06-27 for controller to processor", "Decision 2021/914 module 2 [S29][S29b]", "2021-06-27",
            () => R(T("IN", Scc(SccModule.Module2)) with { TiaDocumentedOn = tia }), "SCC_2021_VALID:ok", S.Ok, EffectiveBasis: "SCC-2021");
        yield return new("2021 clauses module 3 for controller to processor is the wrong module", "Decision 2021/914 [S29b]", "2026-11-22",
            () => R(T("IN", Scc(SccModule.Module3)) with { TiaDocumentedOn = tia2026 }), "SCC_WRONG_MODULE:invalid", S.Invalid);
        yield return new("2021 clauses module 1 for controller to controller", "Decision 2021/914 module 1 [S29b]", "2026-11-22",
            () => R(T("IN", Scc(SccModule.Module1)) with { ImporterRole = PartyRole.Controller, TiaDocumentedOn = tia2026 }), "SCC_2021_VALID:ok", S.Ok);
        yield return new("2021 clauses module 4 for processor to controller", "Decision 2021/914 module 4 [S29b]", "2026-11-22",
            () => R(T("IN", Scc(SccModule.Module4)) with { ExporterRole = PartyRole.Processor, ImporterRole = PartyRole.Controller, TiaDocumentedOn = tia2026 }),
            "SCC_2021_VALID:ok", S.Ok);
        yield return new("A sub-processor transfer is judged with the processor as exporter (module 3)", "EDPB Guidelines 05/2021; 2021/914 module 3 [S33][S29b]", "2026-11-22",
            () => SubTransfer("IN", Scc(SccModule.Module3), tia: "2026-07-01"), "SCC_2021_VALID:ok", S.Ok);
        yield return new("A sub-processor transfer on module 2 is the wrong module", "EDPB Guidelines 05/2021; 2021/914 [S33][S29b]", "2026-11-22",
            () => SubTransfer("IN", Scc(SccModule.Module2), tia: "2026-07-01"), "SCC_WRONG_MODULE:invalid", S.Invalid);
        yield return new("2021 clauses to a non-adequate country without a TIA need attention", "Decision 2021/914 Clause 14; CJEU C-311/18 [S29][S31]", "2026-11-22",
            () => R(T("IN", Scc(SccModule.Module2))), "SCC_2021_VALID:ok TIA_MISSING:needsAttention", S.NeedsAttention);
        yield return new("2021 clauses to an adequate country need no TIA", "GDPR Art. 45; EDPB Rec. 01/2020 [S31]", "2026-11-22",
            () => R(T("JP", Scc(SccModule.Module2)) with { ImporterScope = AdequacyScope.Covered }), "SCC_2021_VALID:ok", S.Ok, EffectiveBasis: "ADQ-JP");

        // --- 2021/915 is no transfer tool ---
        yield return new("Art. 28 clauses 2021/915 are no transfer tool", "Decision 2021/915 [S30][S30b]", "2026-11-22",
            () => R(T("IN", K.Art28Clauses2021)), "ART28_SCC_NOT_TRANSFER_TOOL:invalid", S.Invalid);
        yield return new("Art. 28 clauses to Switzerland: wrong tool, but adequacy covers", "Decision 2021/915; 2000/518/EC [S30][S5]", "2026-11-22",
            () => R(T("CH", K.Art28Clauses2021)), "ART28_SCC_NOT_TRANSFER_TOOL:needsAttention ADEQUACY_VALID:ok", S.NeedsAttention, EffectiveBasis: "ADQ-CH");

        // --- Data Privacy Framework (Decision 2023/1795) ---
        yield return new("DPF claimed on 2023-07-09 is not yet in force", "Decision 2023/1795 [S21]", "2023-07-09",
            () => R(T("US", K.DataPrivacyFramework), Active), "DPF_NOT_IN_FORCE:invalid", S.Invalid);
        yield return new("DPF claimed on 2023-07-10 with an active listing", "Decision 2023/1795 [S21]", "2023-07-10",
            () => R(T("US", K.DataPrivacyFramework), Active), "DPF_VALID:ok", S.Ok, EffectiveBasis: "DPF");
        yield return new("DPF claimed for an unlisted recipient", "Decision 2023/1795 Art. 1 [S21b]", "2026-11-22",
            () => R(T("US", K.DataPrivacyFramework), Dpf(DpfStatus.NotListed)), "DPF_NOT_CERTIFIED:invalid", S.Invalid);
        yield return new("DPF claimed with a lapsed listing", "DPF re-certification [S38]", "2026-11-22",
            () => R(T("US", K.DataPrivacyFramework), Dpf(DpfStatus.Inactive)), "DPF_LAPSED:invalid", S.Invalid);
        yield return new("DPF claimed without a listing, rescued by module 2 with a TIA", "Decision 2023/1795; 2021/914 [S21][S39]", "2026-11-22",
            () => R(T("US", K.DataPrivacyFramework) with { Fallbacks = new[] { Scc(SccModule.Module2) }, TiaDocumentedOn = tia2026 }),
            "DPF_NOT_CERTIFIED:needsAttention SCC_2021_VALID:ok", S.NeedsAttention, EffectiveBasis: "SCC-2021");
        yield return new("Nothing claimed but an active DPF listing covers by law", "Rule 4; Decision 2023/1795 [S21]", "2026-11-22",
            () => R(T("US", K.None), Active), "DPF_VALID:ok DPF_LEGAL_RISK:info", S.Ok, EffectiveBasis: "DPF");
        yield return new("Nothing claimed and nothing valid for the US", "GDPR Art. 44 [S33]", "2026-11-22",
            () => R(T("US", K.None)), "NO_MECHANISM:invalid", S.Invalid);
        yield return new("Adequacy claimed for the US means the DPF List", "Decision 2023/1795 Art. 1 [S21b]", "2026-11-22",
            () => R(T("US", K.Adequacy)), "DPF_NOT_CERTIFIED:invalid", S.Invalid);
        yield return new("DPF claimed for a Chinese recipient is out of scope", "Decision 2023/1795 [S21b]", "2026-11-22",
            () => R(T("CN", K.DataPrivacyFramework)), "ADEQUACY_OUT_OF_SCOPE:invalid", S.Invalid);
        yield return new("A US sub-processor's own DPF listing covers the processor's transfer", "Decision 2023/1795; EDPB Guidelines 05/2021 [S21][S33]", "2026-11-22",
            () => SubTransfer("US", M(K.DataPrivacyFramework), subDpf: Active), "DPF_VALID:ok DPF_LEGAL_RISK:info", S.Ok);

        // --- EEA and the UK (rules 2 and 3) ---
        yield return new("A Dutch recipient is no transfer whatever is claimed", "GDPR Art. 44; EEA [S1]", "2026-11-22",
            () => R(T("NL", K.PrivacyShield)), "NO_TRANSFER_EEA:ok", S.Ok, EffectiveBasis: "EEA-EU27");
        yield return new("A Norwegian host is no transfer, also before 2018", "EEA Agreement [S35]", "2010-01-01",
            () => R(T("NO", K.None)), "NO_TRANSFER_EEA:ok", S.Ok, EffectiveBasis: "EEA-EFTA");
        yield return new("The UK on 2020-01-31 is still an EU member", "Withdrawal 31 Jan 2020 [S18c]", "2020-01-31",
            () => R(T("GB", K.None)), "NO_TRANSFER_EEA:ok", S.Ok, EffectiveBasis: "UK-MEMBER");
        yield return new("The UK on 2020-02-01 is in the transition period", "Withdrawal Agreement [S17c]", "2020-02-01",
            () => R(T("GB", K.None)), "UK_TRANSITION_EU_LAW:ok", S.Ok);
        yield return new("The UK on 2020-12-31 is still in the transition period", "Withdrawal Agreement [S17c]", "2020-12-31",
            () => R(T("GB", K.None)), "UK_TRANSITION_EU_LAW:ok", S.Ok);
        yield return new("The UK on 2021-01-01 is under the TCA bridge", "TCA Art. 782 [S17][S18d]", "2021-01-01",
            () => R(T("GB", K.None)), "UK_TCA_BRIDGE:ok", S.Ok);
        yield return new("The UK on 2021-06-27 is still under the TCA bridge", "TCA Art. 782 [S17]", "2021-06-27",
            () => R(T("GB", K.None)), "UK_TCA_BRIDGE:ok", S.Ok);
        yield return new("The UK on 2021-06-28 has adequacy", "Decision 2021/1772 [S17]", "2021-06-28",
            () => R(T("GB", K.None)), "ADEQUACY_VALID:ok", S.Ok, EffectiveBasis: "ADQ-UK-2021");
        yield return new("The UK on 2025-06-27 is on the first decision", "Decision 2021/1772 [S17]", "2025-06-27",
            () => R(T("GB", K.None)), "ADEQUACY_VALID:ok", S.Ok, EffectiveBasis: "ADQ-UK-2021");
        yield return new("The UK on 2025-06-28 is on the extension", "Extension of 24 Jun 2025 [S18b]", "2025-06-28",
            () => R(T("GB", K.None)), "ADEQUACY_VALID:ok", S.Ok, EffectiveBasis: "ADQ-UK-EXT");
        yield return new("The UK on 2025-12-27 is on the last day of the extension", "Extension of 24 Jun 2025 [S18b]", "2025-12-27",
            () => R(T("GB", K.None)), "ADEQUACY_VALID:ok", S.Ok, EffectiveBasis: "ADQ-UK-EXT");
        yield return new("The UK on 2025-12-28 is on the renewal", "Renewal of 19 Dec 2025 [S19]", "2025-12-28",
            () => R(T("GB", K.None)), "ADEQUACY_VALID:ok", S.Ok, EffectiveBasis: "ADQ-UK-2025");
        yield return new("The UK on 2031-12-27 still has adequacy", "Renewal of 19 Dec 2025 [S19]", "2031-12-27",
            () => R(T("GB", K.Adequacy)), "ADEQUACY_VALID:ok", S.Ok, EffectiveBasis: "ADQ-UK-2025");
        yield return new("The UK on 2031-12-28 without a claim: adequacy expired", "Rule 3; renewal to 2031-12-27 [S19]", "2031-12-28",
            () => R(T("GB", K.None)), "ADEQUACY_EXPIRED:invalid", S.Invalid);
        yield return new("The UK on 2031-12-28 on module 2 with a TIA is valid", "Decision 2021/914 [S29]", "2031-12-28",
            () => R(T("GB", Scc(SccModule.Module2)) with { TiaDocumentedOn = D("2031-06-01") }), "SCC_2021_VALID:ok", S.Ok);
        yield return new("The UK on 2031-12-28 claimed adequacy rescued by module 2", "Rule 5; 2021/914 [S19][S29]", "2031-12-28",
            () => R(T("GB", K.Adequacy) with { Fallbacks = new[] { Scc(SccModule.Module2) }, TiaDocumentedOn = D("2031-06-01") }),
            "ADEQUACY_EXPIRED:needsAttention SCC_2021_VALID:ok", S.NeedsAttention, EffectiveBasis: "SCC-2021");

        // --- Partial and future adequacy ---
        yield return new("Canada with a PIPEDA recipient is adequate", "Decision 2002/2/EC [S6][S6b]", "2026-11-22",
            () => R(T("CA", K.Adequacy) with { ImporterScope = AdequacyScope.Covered }), "ADEQUACY_VALID:ok", S.Ok, EffectiveBasis: "ADQ-CA");
        yield return new("Canada with a recipient outside PIPEDA is out of scope", "Decision 2002/2/EC recital 5 [S6b]", "2026-11-22",
            () => R(T("CA", K.Adequacy) with { ImporterScope = AdequacyScope.NotCovered }), "ADEQUACY_OUT_OF_SCOPE:invalid", S.Invalid);
        yield return new("Canada with an unknown scope needs attention", "Decision 2002/2/EC [S6b]", "2026-11-22",
            () => R(T("CA", K.Adequacy)), "ADEQUACY_SCOPE_UNKNOWN:needsAttention", S.NeedsAttention);
        yield return new("Korea on 2021-12-16 has no adequacy yet", "Decision 2022/254 [S20]", "2021-12-16",
            () => R(T("KR", K.Adequacy) with { ImporterScope = AdequacyScope.Covered }), "ADEQUACY_NOT_IN_FORCE:invalid", S.Invalid);
        yield return new("Korea on 2021-12-17 is adequate", "Decision 2022/254 [S20]", "2021-12-17",
            () => R(T("KR", K.Adequacy) with { ImporterScope = AdequacyScope.Covered }), "ADEQUACY_VALID:ok", S.Ok);
        yield return new("Brazil on 2026-01-25 without a claim has no basis", "Decision 2026/179 [S25]", "2026-01-25",
            () => R(T("BR", K.None)), "NO_MECHANISM:invalid", S.Invalid);
        yield return new("Brazil on 2026-01-26 is adequate by law", "Decision 2026/179 [S25]", "2026-01-26",
            () => R(T("BR", K.None) with { ImporterScope = AdequacyScope.Covered }), "ADEQUACY_VALID:ok", S.Ok, EffectiveBasis: "ADQ-BR");
        yield return new("Adequacy claimed for India, which has no decision", "GDPR Art. 45; no decision [S1]", "2026-11-22",
            () => R(T("IN", K.Adequacy)), "ADEQUACY_NO_DECISION:invalid", S.Invalid);
        yield return new("Switzerland is adequate even when nothing is claimed", "Decision 2000/518/EC [S5]", "2026-11-22",
            () => R(T("CH", K.None)), "ADEQUACY_VALID:ok", S.Ok);

        // --- Art. 49, BCR, codes of conduct, certification ---
        yield return new("Art. 49 for a systematic transfer is invalid", "GDPR Art. 49; EDPB Guidelines 2/2018 [S32]", "2026-11-22",
            () => R(T("IN", K.Art49Derogation)), "ART49_SYSTEMATIC:invalid", S.Invalid);
        yield return new("Art. 49 for an occasional transfer is valid", "GDPR Art. 49(1)(b) [S32b]", "2026-11-22",
            () => R(T("IN", new TransferMechanism(K.Art49Derogation) { Art49Ground = Art49Ground.ContractWithDataSubject, ConditionsRecorded = true }) with { Frequency = TransferFrequency.Occasional }),
            "ART49_DEROGATION_VALID:ok", S.Ok);
        yield return new("BCRs with a TIA are valid", "GDPR Art. 47 [S34c]", "2026-11-22",
            () => R(T("IN", K.BindingCorporateRules) with { TiaDocumentedOn = tia2026 }), "BCR_VALID:ok", S.Ok);
        yield return new("BCRs without a TIA need attention", "GDPR Art. 47; EDPB FAQ [S27b]", "2026-11-22",
            () => R(T("IN", K.BindingCorporateRules)), "BCR_VALID:ok TIA_MISSING:needsAttention", S.NeedsAttention);
        yield return new("A code of conduct is an Art. 46 tool", "GDPR Art. 46(2)(e) [S34d]", "2026-11-22",
            () => R(T("IN", K.CodeOfConduct) with { TiaDocumentedOn = tia2026 }), "CODE_OF_CONDUCT_VALID:ok", S.Ok);
        yield return new("A certification without a TIA needs attention", "GDPR Art. 46(2)(f) [S34d]", "2026-11-22",
            () => R(T("IN", K.Certification)), "CERTIFICATION_VALID:ok TIA_MISSING:needsAttention", S.NeedsAttention);

        // --- Unrecorded transfers (rule 11; EDPB Guidelines 05/2021; GDPR Art. 30(1)(e)) ---
        yield return new("A US processor with no transfer entry and no DPF listing is an unrecorded transfer without basis", "Rule 11; GDPR Art. 44, 30(1)(e) [S33][S34]", "2026-11-22",
            () => R(Vendor("US"), new[] { Complete() }), "TRANSFER_NOT_RECORDED:invalid", S.Invalid, SubjectKind.Processor, "p1");
        yield return new("A US processor with an active DPF listing but no transfer entry needs attention", "Rule 11; Decision 2023/1795 [S21]", "2026-11-22",
            () => R(Vendor("US", Active), new[] { Complete() }), "TRANSFER_NOT_RECORDED:needsAttention", S.NeedsAttention, SubjectKind.Processor, "p1");
        yield return new("An Indian support desk of a Dutch processor is an unrecorded transfer", "Rule 11; EDPB Guidelines 05/2021 (remote access) [S33]", "2026-11-22",
            () => R(Vendor("NL") with { RemoteAccessLocations = new[] { C("IN") } }, new[] { Complete() }), "TRANSFER_NOT_RECORDED:invalid", S.Invalid, SubjectKind.Processor, "p1");
        yield return new("A Swiss processing location is covered by adequacy but must be recorded", "Rule 11; Decision 2000/518/EC [S5]", "2026-11-22",
            () => R(Vendor("NL") with { ProcessingLocations = new[] { C("CH") } }, new[] { Complete() }), "TRANSFER_NOT_RECORDED:needsAttention", S.NeedsAttention, SubjectKind.Processor, "p1");
        yield return new("A Norwegian processing location is no transfer", "Rule 2; EEA Agreement [S35]", "2026-11-22",
            () => R(Vendor("NL") with { ProcessingLocations = new[] { C("NO") } }, new[] { Complete() }), string.Empty, S.Ok, SubjectKind.Processor, "p1");
        yield return new("A processing location with a transfer entry for that country is recorded", "Rule 11 [S33]", "2026-11-22",
            () => R(Vendor("NL") with { ProcessingLocations = new[] { C("IN") } }, new[] { Complete() }, new[] { T("IN", Scc(SccModule.Module2)) with { TiaDocumentedOn = tia2026 } }),
            string.Empty, S.Ok, SubjectKind.Processor, "p1");
        yield return new("An Indian location run by the processor's own legal entity needs attention at most", "Rule 11; EDPB Guidelines 05/2021 [S33]", "2026-11-22",
            () => R(Vendor("NL") with { ProcessingLocations = new[] { C("IN") }, OwnEntityLocations = new[] { C("IN") } }, new[] { Complete() }),
            "TRANSFER_NOT_RECORDED:needsAttention", S.NeedsAttention, SubjectKind.Processor, "p1");
        yield return new("A US sub-processor without a transfer entry is an unrecorded transfer", "Rule 11; GDPR Art. 44 [S33]", "2026-11-22",
            () => R(Vendor("NL") with { SubProcessors = new[] { new SubProcessor("s1", "Cloud Inc.", C("US")) { Authorisation = SubProcessorAuthorisation.Specific } } }, new[] { Complete() }),
            "SUBPROCESSOR_AUTHORISED:ok TRANSFER_NOT_RECORDED:invalid", S.Invalid, SubjectKind.SubProcessor, "s1");
        yield return new("A sub-processor in its processor's country, whose transfer has a valid basis, needs attention at most", "Rule 11; Decision 2021/914 Clause 8.7 [S29]", "2026-11-22",
            () => R(Vendor("IN") with { SubProcessors = new[] { new SubProcessor("s1", "Mumbai Hosting Pvt.", C("IN")) { Authorisation = SubProcessorAuthorisation.Specific } } },
                new[] { Complete() }, new[] { T("IN", Scc(SccModule.Module2)) with { TiaDocumentedOn = tia2026 } }),
            "SUBPROCESSOR_AUTHORISED:ok TRANSFER_NOT_RECORDED:needsAttention", S.NeedsAttention, SubjectKind.SubProcessor, "s1");
        yield return new("A UK processing location on 2020-01-31 is inside the EU", "Withdrawal 31 Jan 2020 [S18c]", "2020-01-31",
            () => R(Vendor("NL") with { ProcessingLocations = new[] { C("GB") } }, new[] { Complete() }), string.Empty, S.Ok, SubjectKind.Processor, "p1");
        yield return new("A UK processing location on 2020-02-01 is covered by the transition period but must be recorded", "Rule 11; Withdrawal Agreement [S17c]", "2020-02-01",
            () => R(Vendor("NL") with { ProcessingLocations = new[] { C("GB") } }, new[] { Complete() }), "TRANSFER_NOT_RECORDED:needsAttention", S.NeedsAttention, SubjectKind.Processor, "p1");
        yield return new("An unrecorded UK processor on 2031-12-27 is covered by adequacy", "Rule 11; Decision 2021/1772 as amended by 2025/2574 [S19][S50]", "2031-12-27",
            () => R(Vendor("GB"), new[] { Complete() }), "TRANSFER_NOT_RECORDED:needsAttention", S.NeedsAttention, SubjectKind.Processor, "p1");
        yield return new("An unrecorded UK processor on 2031-12-28 has no basis", "Rule 11; Decision 2021/1772 as amended by 2025/2574, Art. 4 [S19][S50]", "2031-12-28",
            () => R(Vendor("GB"), new[] { Complete() }), "TRANSFER_NOT_RECORDED:invalid", S.Invalid, SubjectKind.Processor, "p1");

        // --- Safe Harbor and Privacy Shield lists (rule 6) ---
        yield return new("Safe Harbor claimed in 2014 for a recipient not on the list is out of scope", "Decision 2000/520/EC [S26]", "2014-06-01",
            () => Listed(T("US", K.SafeHarbor), safeHarbor: false), "ADEQUACY_OUT_OF_SCOPE:invalid", S.Invalid);
        yield return new("Safe Harbor claimed in 2014 without recorded list membership needs attention", "Decision 2000/520/EC [S26]", "2014-06-01",
            () => R(T("US", K.SafeHarbor)), "ADEQUACY_SCOPE_UNKNOWN:needsAttention", S.NeedsAttention);
        yield return new("Privacy Shield claimed in 2019 for a recipient not on the list is out of scope", "Decision 2016/1250 [S27]", "2019-06-01",
            () => Listed(T("US", K.PrivacyShield), privacyShield: false), "ADEQUACY_OUT_OF_SCOPE:invalid", S.Invalid);
        yield return new("Privacy Shield claimed in 2019 for a listed recipient is adequacy", "Decision 2016/1250 [S27]", "2019-06-01",
            () => Listed(T("US", K.PrivacyShield), privacyShield: true), "ADEQUACY_VALID:ok", S.Ok, EffectiveBasis: "PRIVACY-SHIELD");
        yield return new("Privacy Shield claimed in 2019 without recorded list membership needs attention", "Decision 2016/1250 [S27]", "2019-06-01",
            () => R(T("US", K.PrivacyShield)), "ADEQUACY_SCOPE_UNKNOWN:needsAttention", S.NeedsAttention);

        // --- Old SCCs: roles of the signing parties and dates of application (rule 6; legal-facts 1.4) ---
        yield return new("2001/497/EC on 2001-09-02 is not yet in force", "Decision 2001/497/EC Art. 6 [S49]", "2001-09-02",
            () => R(T("IN", M(K.Scc2001, "2001-08-01")) with { ImporterRole = PartyRole.Controller }), "MECHANISM_NOT_IN_FORCE:invalid", S.Invalid);
        yield return new("2001/497/EC on 2001-09-03 applies", "Decision 2001/497/EC Art. 6 [S49]", "2001-09-03",
            () => R(T("IN", M(K.Scc2001, "2001-08-01")) with { ImporterRole = PartyRole.Controller }), "SCC_OLD_VALID:ok", S.Ok, EffectiveBasis: "SCC-2001");
        yield return new("2001/497/EC for a controller-to-processor transfer has the wrong roles", "Decision 2001/497/EC (C2C only) [S49]", "2015-01-01",
            () => R(T("IN", M(K.Scc2001, "2005-01-01"))), "SCC_OLD_WRONG_ROLES:invalid", S.Invalid);
        yield return new("2004/915/EC on 2005-03-31 is not yet in force", "Decision 2004/915/EC (date of application, unconfirmed) [S49b]", "2005-03-31",
            () => R(T("IN", M(K.Scc2004, "2005-01-01")) with { ImporterRole = PartyRole.Controller }), "MECHANISM_NOT_IN_FORCE:invalid", S.Invalid);
        yield return new("2010/87/EU on 2010-05-14 is not yet in force", "Decision 2010/87/EU Art. 7 [S49d]", "2010-05-14",
            () => R(T("IN", M(K.Scc2010, "2010-04-01"))), "MECHANISM_NOT_IN_FORCE:invalid", S.Invalid);
        yield return new("2010/87/EU on 2010-05-15 applies", "Decision 2010/87/EU Art. 7 [S49d]", "2010-05-15",
            () => R(T("IN", M(K.Scc2010, "2010-04-01"))), "SCC_OLD_VALID:ok", S.Ok, EffectiveBasis: "SCC-2010");
        yield return new("2010/87/EU for an EU processor's non-EU sub-processor has the wrong roles", "Decision 2010/87/EU recital 23; WP29 FAQ Q1 [S49d]", "2016-01-01",
            () => SubTransfer("IN", M(K.Scc2010, "2015-01-01")), "SCC_OLD_WRONG_ROLES:invalid", S.Invalid);
        yield return new("2010/87/EU signed by the EU controller itself with the sub-processor is controller to processor", "Decision 2010/87/EU; WP29 FAQ Q1 [S49d]", "2016-01-01",
            () => SubTransfer("IN", M(K.Scc2010, "2015-01-01") with { ExporterParty = PartyRole.Controller }), "SCC_OLD_VALID:ok", S.Ok);
        yield return new("2010/87/EU for a controller-to-controller transfer has the wrong roles", "Decision 2010/87/EU (C2P only) [S49d]", "2016-01-01",
            () => R(T("IN", M(K.Scc2010, "2015-01-01")) with { ImporterRole = PartyRole.Controller }), "SCC_OLD_WRONG_ROLES:invalid", S.Invalid);
        yield return new("2002/16/EC signed before 2010-05-15 still applies in 2012", "Decision 2002/16/EC; 2010/87/EU [S49c][S49d]", "2012-01-01",
            () => R(T("IN", M(K.Scc2002, "2010-05-14"))), "SCC_OLD_VALID:ok", S.Ok, EffectiveBasis: "SCC-2002");
        yield return new("2002/16/EC signed on 2010-05-15 is after its replacement", "Decision 2010/87/EU Art. 7 [S49d]", "2012-01-01",
            () => R(T("IN", M(K.Scc2002, "2010-05-15"))), "SCC_OLD_AFTER_REPEAL:invalid", S.Invalid);
        yield return new("2002/16/EC relied on in 2023 is no longer valid", "Decision 2021/914 Art. 4 (modelling choice) [S28][S49c]", "2023-01-01",
            () => R(T("IN", M(K.Scc2002, "2008-01-01")) with { TiaDocumentedOn = D("2022-06-01") }), "SCC_OLD_GRANDFATHER_ENDED:invalid", S.Invalid);

        // --- 2021/914 scope (rule 14) ---
        yield return new("2021 clauses for an importer subject to the GDPR under Art. 3(2) need attention", "Decision 2021/914 recital 7; GDPR Art. 3(2) [S54]", "2026-11-22",
            () => R(T("IN", Scc(SccModule.Module2)) with { ImporterSubjectToGdpr = true, TiaDocumentedOn = tia2026 }), "SCC_2021_IMPORTER_SUBJECT_TO_GDPR:needsAttention", S.NeedsAttention);

        // --- TIA age, processing change and legal developments (rule 7) ---
        yield return new("A TIA of 2024-03-15 is fresh through 2026-03-15", "Rule 7 (24-month option); EDPB Rec. 01/2020 step 6 [S31]", "2026-03-15",
            () => R(T("IN", Scc(SccModule.Module2)) with { TiaDocumentedOn = D("2024-03-15") }), "SCC_2021_VALID:ok", S.Ok);
        yield return new("A TIA of 2024-03-15 is stale from 2026-03-16", "Rule 7 (24-month option); EDPB Rec. 01/2020 step 6 [S31]", "2026-03-16",
            () => R(T("IN", Scc(SccModule.Module2)) with { TiaDocumentedOn = D("2024-03-15") }), "SCC_2021_VALID:ok TIA_STALE:needsAttention", S.NeedsAttention);
        yield return new("A US TIA is fresh on 2026-06-28", "Rule 7; EDPB Rec. 01/2020 step 3 [S31]", "2026-06-28",
            () => R(T("US", Scc(SccModule.Module2)) with { TiaDocumentedOn = D("2026-01-10") }), "SCC_2021_VALID:ok", S.Ok);
        yield return new("A US TIA made before Trump v. Slaughter is stale from 2026-06-29", "Rule 7; EDPB Rec. 01/2020 step 3; Trump v. Slaughter [S31][S52]", "2026-06-29",
            () => R(T("US", Scc(SccModule.Module2)) with { TiaDocumentedOn = D("2026-01-10") }), "SCC_2021_VALID:ok TIA_STALE:needsAttention", S.NeedsAttention);
        yield return new("A TIA older than the processing change is stale", "Rule 7; EDPB Rec. 01/2020 step 1 [S31]", "2026-11-22",
            () => R(T("IN", Scc(SccModule.Module2)) with { TiaDocumentedOn = tia2026, ProcessingChangedOn = D("2026-09-01") }), "SCC_2021_VALID:ok TIA_STALE:needsAttention", S.NeedsAttention);

        // --- DPF coverage and legal risk (rule 12) ---
        yield return new("HR data under a non-HR DPF listing is not covered", "Decision 2023/1795 Annex I (HR data) [S53]", "2026-11-22",
            () => R(T("US", K.DataPrivacyFramework) with { IncludesHrData = true }, Active with { Covers = DpfDataCoverage.NonHr }), "DPF_DATA_NOT_COVERED:invalid", S.Invalid);
        yield return new("HR data under a non-HR DPF listing rescued by module 2", "Decision 2023/1795 Annex I; 2021/914 [S53][S29]", "2026-11-22",
            () => R(T("US", K.DataPrivacyFramework) with { IncludesHrData = true, Fallbacks = new[] { Scc(SccModule.Module2) }, TiaDocumentedOn = tia2026 }, Active with { Covers = DpfDataCoverage.NonHr }),
            "DPF_DATA_NOT_COVERED:needsAttention SCC_2021_VALID:ok", S.NeedsAttention, EffectiveBasis: "SCC-2021");
        yield return new("HR data under a DPF listing that covers HR data is valid", "Decision 2023/1795 Annex I [S53]", "2026-11-22",
            () => R(T("US", K.DataPrivacyFramework) with { IncludesHrData = true }, Active with { Covers = DpfDataCoverage.HrAndNonHr }), "DPF_VALID:ok DPF_LEGAL_RISK:info", S.Ok);
        yield return new("The DPF on 2023-09-05 has no recorded challenge yet", "Rule 12; T-553/23 lodged 2023-09-06 (secondary) [S23]", "2023-09-05",
            () => R(T("US", K.DataPrivacyFramework), Active), "DPF_VALID:ok", S.Ok);
        yield return new("The DPF on 2023-09-06 carries the legal risk of T-553/23", "Rule 12; General Court T-553/23 [S23]", "2023-09-06",
            () => R(T("US", K.DataPrivacyFramework), Active), "DPF_VALID:ok DPF_LEGAL_RISK:info", S.Ok);

        // --- Art. 49 by ground (rule 13) ---
        yield return new("Art. 49(1)(b) for a systematic transfer is invalid (recital 111)", "GDPR Art. 49(1)(b), recital 111 [S32b]", "2026-11-22",
            () => R(T("IN", Art49(Art49Ground.ContractWithDataSubject, conditions: true)) with { ImporterRole = PartyRole.Controller }), "ART49_SYSTEMATIC:invalid", S.Invalid);
        yield return new("Compelling legitimate interests for a systematic transfer is invalid", "GDPR Art. 49(1) second subparagraph [S32b]", "2026-11-22",
            () => R(T("IN", Art49(Art49Ground.CompellingLegitimateInterests)) with { ImporterRole = PartyRole.Controller }), "ART49_SYSTEMATIC:invalid", S.Invalid);
        yield return new("Explicit consent for a systematic processor relationship is invalid (layered approach)", "EDPB Guidelines 2/2018 [S32][S32d]", "2026-11-22",
            () => R(T("IN", Art49(Art49Ground.ExplicitConsent, conditions: true))), "ART49_SYSTEMATIC:invalid", S.Invalid);
        yield return new("Explicit consent without the recorded information on risks needs attention", "GDPR Art. 49(1)(a) [S32b]", "2026-11-22",
            () => R(T("IN", Art49(Art49Ground.ExplicitConsent)) with { Frequency = TransferFrequency.Occasional }), "ART49_CONDITIONS_NOT_RECORDED:needsAttention", S.NeedsAttention);
        yield return new("Explicit consent with its conditions recorded is valid", "GDPR Art. 49(1)(a) [S32b]", "2026-11-22",
            () => R(T("IN", Art49(Art49Ground.ExplicitConsent, conditions: true)) with { Frequency = TransferFrequency.Occasional }), "ART49_DEROGATION_VALID:ok", S.Ok);
        yield return new("A public authority cannot rely on a contract ground", "GDPR Art. 49(3) [S32c]", "2026-11-22",
            () => R(T("IN", Art49(Art49Ground.ContractWithDataSubject, conditions: true)) with { Frequency = TransferFrequency.Occasional, ExporterPublicAuthority = true }),
            "ART49_NOT_AVAILABLE:invalid", S.Invalid);
        yield return new("A public authority can rely on important public interest", "GDPR Art. 49(1)(d), 49(3) [S32c]", "2026-11-22",
            () => R(T("IN", Art49(Art49Ground.PublicInterest, conditions: true)) with { Frequency = TransferFrequency.Occasional, ExporterPublicAuthority = true }),
            "ART49_DEROGATION_VALID:ok", S.Ok);

        // --- International organisations as importers (rule 16; Implementing Decision 2025/1382) ---
        yield return new("The European Patent Organisation on 2025-07-14 has no adequacy yet", "Rule 16; Implementing Decision (EU) 2025/1382 [S24]", "2025-07-14",
            () => R(T("DE", K.None) with { ImporterOrganisation = "European Patent Organisation" }), "NO_MECHANISM:invalid", S.Invalid);
        yield return new("The European Patent Organisation on 2025-07-15 is adequate, although its seat is in the EEA", "Rule 16; Implementing Decision (EU) 2025/1382 [S24]", "2025-07-15",
            () => R(T("DE", K.None) with { ImporterOrganisation = "European Patent Organisation" }), "ADEQUACY_VALID:ok", S.Ok, EffectiveBasis: "ADQ-EPO");
        yield return new("An international organisation seated in Switzerland is not covered by the Swiss decision", "Rule 16; EDPB Guidelines 05/2021 [S33][S5]", "2026-11-22",
            () => R(T("CH", K.Adequacy) with { ImporterOrganisation = "World Health Organization" }), "ADEQUACY_NO_DECISION:invalid", S.Invalid);

        // --- Sub-processors (rule 8) ---
        yield return new("A sub-processor without authorisation is invalid", "GDPR Art. 28(2) [S34]", "2026-11-22",
            () => R(Vendor("NL") with { SubProcessors = new[] { new SubProcessor("s1", "Backup B.V.", C("DE")) } }), "SUBPROCESSOR_NOT_AUTHORISED:invalid", S.Invalid,
            SubjectKind.SubProcessor, "s1");
        yield return new("A specifically authorised sub-processor is fine", "GDPR Art. 28(2) [S34]", "2026-11-22",
            () => R(Vendor("NL") with { SubProcessors = new[] { new SubProcessor("s1", "Backup B.V.", C("DE")) { Authorisation = SubProcessorAuthorisation.Specific } } }),
            "SUBPROCESSOR_AUTHORISED:ok", S.Ok, SubjectKind.SubProcessor, "s1");
        yield return new("The objection window is open on its last day", "GDPR Art. 28(2); EDPB Opinion 22/2024 [S45]", "2026-12-10",
            () => R(Vendor("NL") with { SubProcessors = new[] { Notified() } }), "SUBPROCESSOR_OBJECTION_WINDOW_OPEN:needsAttention", S.NeedsAttention,
            SubjectKind.SubProcessor, "s1");
        yield return new("The objection window is closed the day after", "GDPR Art. 28(2) [S45]", "2026-12-11",
            () => R(Vendor("NL") with { SubProcessors = new[] { Notified() } }), "SUBPROCESSOR_AUTHORISED:ok", S.Ok, SubjectKind.SubProcessor, "s1");

        // --- Agreements (rule 9, section 3) ---
        yield return new("A processor without an agreement", "GDPR Art. 28(3) [S34]", "2026-11-22",
            () => R(Vendor("NL")), "DPA_MISSING:invalid", S.Invalid, SubjectKind.Processor, "p1");
        yield return new("An independent controller needs no agreement", "GDPR Art. 28 (role) [S34]", "2026-11-22",
            () => R(Vendor("NL") with { Role = ProcessorRole.IndependentController }), "DPA_NOT_REQUIRED:ok", S.Ok, SubjectKind.Processor, "p1");
        yield return new("An agreement with more than 90 days left is active", "GDPR Art. 28(3) [S34]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete("2027-02-21") }), "DPA_ACTIVE:ok", S.Ok, SubjectKind.Agreement, "a1");
        yield return new("An agreement with 90 days left is expiring (90)", "Section 3.4 [S44e]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete("2027-02-20") }), "DPA_EXPIRING_90D:needsAttention", S.NeedsAttention, SubjectKind.Agreement, "a1");
        yield return new("An agreement with 61 days left is expiring (90)", "Section 3.4 [S44e]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete("2027-01-22") }), "DPA_EXPIRING_90D:needsAttention", S.NeedsAttention, SubjectKind.Agreement, "a1");
        yield return new("An agreement with 60 days left is expiring (60)", "Section 3.4 [S44e]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete("2027-01-21") }), "DPA_EXPIRING_60D:needsAttention", S.NeedsAttention, SubjectKind.Agreement, "a1");
        yield return new("An agreement with 31 days left is expiring (60)", "Section 3.4 [S44e]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete("2026-12-23") }), "DPA_EXPIRING_60D:needsAttention", S.NeedsAttention, SubjectKind.Agreement, "a1");
        yield return new("An agreement with 30 days left is expiring (30)", "Section 3.4 [S44e]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete("2026-12-22") }), "DPA_EXPIRING_30D:needsAttention", S.NeedsAttention, SubjectKind.Agreement, "a1");
        yield return new("An agreement ending today is expiring (30)", "Rule 1: inclusive intervals", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete("2026-11-22") }), "DPA_EXPIRING_30D:needsAttention", S.NeedsAttention, SubjectKind.Agreement, "a1");
        yield return new("An ended agreement with processing going on", "GDPR Art. 28(3) [S34]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete("2026-11-21") }), "DPA_EXPIRED_PROCESSING_CONTINUES:invalid", S.Invalid, SubjectKind.Agreement, "a1");
        yield return new("An ended agreement with the data deleted is closed", "GDPR Art. 28(3)(g) [S34]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete("2026-06-30") with { ProcessingActive = false, DeletionConfirmedOn = D("2026-07-15") } }),
            "DPA_ENDED_CLOSED:ok", S.Ok, SubjectKind.Agreement, "a1");
        yield return new("An ended agreement without confirmed deletion", "GDPR Art. 28(3)(g) [S34]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete("2026-06-30") with { ProcessingActive = false } }),
            "DPA_ENDED_DELETION_UNCONFIRMED:needsAttention", S.NeedsAttention, SubjectKind.Agreement, "a1");
        yield return new("Tacit renewal rolls the term and a passed notice deadline locks the next one in", "Section 3.2 and 3.4 [S48]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Renewing("2024-12-31", "P3M") }),
            "DPA_ACTIVE:ok DPA_AUTO_RENEWED:info DPA_NOTICE_DEADLINE_PASSED:info", S.Ok, SubjectKind.Agreement, "a1");
        yield return new("A notice deadline within 30 days needs attention; the renewing agreement is not expiring", "Section 3.4 [S48]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Renewing("2026-12-31", "P1M") }),
            "DPA_ACTIVE:ok DPA_NOTICE_DEADLINE_APPROACHING:needsAttention", S.NeedsAttention, SubjectKind.Agreement, "a1");
        yield return new("Notice given in time stops the tacit renewal", "Section 3.2 [S48]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Renewing("2025-12-31", "P3M") with { TerminationNoticeGivenOn = D("2025-06-01") } }),
            "DPA_EXPIRED_PROCESSING_CONTINUES:invalid", S.Invalid, SubjectKind.Agreement, "a1");
        yield return new("An agreement missing Art. 28(3) items is incomplete", "GDPR Art. 28(3) [S34][S34e]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete("2030-01-01") with { Covers = Art28Checklist.All.Where(r => r != Art28Requirement.Audit && r != Art28Requirement.Security).ToArray() } }),
            "DPA_ACTIVE:ok DPA_INCOMPLETE_ART28:invalid", S.Invalid, SubjectKind.Agreement, "a1");
        yield return new("An agreement of a transferring processor must cover the transfer", "GDPR Art. 28(3)(a); checklist XFER_MECHANISM", "2026-11-22",
            () => R(Vendor("IN"), new[] { Complete("2030-01-01") with { Covers = Art28Checklist.Mandatory.ToArray() } }, new[] { T("IN", Scc(SccModule.Module2)) }),
            "DPA_ACTIVE:ok DPA_INCOMPLETE_ART28:invalid", S.Invalid, SubjectKind.Agreement, "a1");
        yield return new("An agreement without its own end runs with the main agreement", "Section 3.1 [S43d][S48]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete() with { MainAgreement = new MainAgreementLink("HO-1") { EndDate = D("2026-12-01") } } }),
            "DPA_EXPIRING_30D:needsAttention", S.NeedsAttention, SubjectKind.Agreement, "a1");
        yield return new("An open-ended agreement is active", "GDPR Art. 28(3) [S34]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete() }), "DPA_ACTIVE:ok", S.Ok, SubjectKind.Agreement, "a1");
        yield return new("An agreement starting later is not yet in force", "GDPR Art. 28(3) [S34]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete() with { StartDate = D("2027-01-01") } }), "DPA_NOT_YET_IN_FORCE:needsAttention", S.NeedsAttention,
            SubjectKind.Agreement, "a1");

        // --- DPF listing upkeep (section 1.11 step 8; additions) ---
        yield return new("A DPF check older than 365 days is stale", "DPF re-certification [S38]", "2026-11-22",
            () => R(Vendor("US", Dpf(DpfStatus.Active, "2025-11-21")), new[] { Complete() }, DpfTransfer), "DPF_CHECK_STALE:needsAttention", S.NeedsAttention,
            SubjectKind.Processor, "p1");
        yield return new("A DPF check exactly 365 days old is not stale", "DPF re-certification [S38]", "2026-11-22",
            () => R(Vendor("US", Dpf(DpfStatus.Active, "2025-11-22")), new[] { Complete() }, DpfTransfer), string.Empty, S.Ok, SubjectKind.Processor, "p1");
        yield return new("A DPF check made before a passed re-certification date is stale", "DPF re-certification [S38]", "2026-11-22",
            () => R(Vendor("US", Dpf(DpfStatus.Active, "2026-10-01", "2026-11-15")), new[] { Complete() }, DpfTransfer), "DPF_CHECK_STALE:needsAttention", S.NeedsAttention,
            SubjectKind.Processor, "p1");
        yield return new("A DPF re-certification due within 30 days is reported", "DPF re-certification [S38]", "2026-11-22",
            () => R(Vendor("US", Dpf(DpfStatus.Active, "2026-11-01", "2026-12-22")), new[] { Complete() }, DpfTransfer), "DPF_RECERTIFICATION_DUE:info", S.Ok,
            SubjectKind.Processor, "p1");
    }

    private static TransferMechanism Art49(Art49Ground ground, bool conditions = false) =>
        new(K.Art49Derogation) { Art49Ground = ground, ConditionsRecorded = conditions };

    private static readonly Transfer[] DpfTransfer = { T("US", K.DataPrivacyFramework) };

    private static ProcessorRegister Listed(Transfer t, bool? safeHarbor = null, bool? privacyShield = null) =>
        R(Vendor(t.ImporterCountry.Value) with { SafeHarborListed = safeHarbor, PrivacyShieldListed = privacyShield }, null, new[] { t });

    private static SubProcessor Notified() => new("s1", "Mail Relay B.V.", C("DE"))
    {
        Authorisation = SubProcessorAuthorisation.General, NotifiedOn = D("2026-11-10"), ObjectionPeriod = NodaTime.Period.FromDays(30),
    };

    private static ProcessorAgreement Renewing(string end, string notice) => Complete(end) with
    {
        AutoRenew = true, RenewalTerm = NodaTime.Period.FromYears(1), NoticePeriod = NodaTime.Text.PeriodPattern.Roundtrip.Parse(notice).Value,
    };
}
