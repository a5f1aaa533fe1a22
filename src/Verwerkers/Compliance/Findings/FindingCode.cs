namespace Verwerkers.Compliance;

/// <summary>
/// The stable code of a finding. Each member maps one-to-one to a SCREAMING_CASE code of the legal specification
/// (see <see cref="FindingCodes.NameOf"/>); members marked "addition" are this library's own.
/// </summary>
public enum FindingCode
{
    /// <summary>NO_TRANSFER_EEA: the recipient is in the EEA (or the UK while a member) on the date.</summary>
    NoTransferEea = 0,

    /// <summary>UK_TRANSITION_EU_LAW: the UK during the Brexit transition period.</summary>
    UkTransitionEuLaw,

    /// <summary>UK_TCA_BRIDGE: the UK under the EU-UK Trade and Cooperation Agreement interim provision.</summary>
    UkTcaBridge,

    /// <summary>ADEQUACY_VALID: an adequacy decision in force with the recipient in scope (includes historical Safe Harbor and Privacy Shield for a recipient recorded as listed).</summary>
    AdequacyValid,

    /// <summary>ADEQUACY_OUT_OF_SCOPE: a decision exists but does not cover this recipient (includes a recipient recorded as not on the Safe Harbor or Privacy Shield list).</summary>
    AdequacyOutOfScope,

    /// <summary>ADEQUACY_NOT_IN_FORCE: the date is before the decision applied.</summary>
    AdequacyNotInForce,

    /// <summary>ADEQUACY_EXPIRED: the date is after a sunset.</summary>
    AdequacyExpired,

    /// <summary>MECHANISM_INVALIDATED: Safe Harbor or Privacy Shield claimed after its invalidation.</summary>
    MechanismInvalidated,

    /// <summary>DPF_VALID: an active DPF listing on or after 2023-07-10.</summary>
    DpfValid,

    /// <summary>DPF_NOT_CERTIFIED: DPF claimed for a recipient not on the DPF List.</summary>
    DpfNotCertified,

    /// <summary>DPF_LAPSED: the DPF listing is inactive.</summary>
    DpfLapsed,

    /// <summary>DPF_NOT_IN_FORCE: DPF claimed before 2023-07-10.</summary>
    DpfNotInForce,

    /// <summary>SCC_2021_VALID: 2021/914 clauses with the right module.</summary>
    Scc2021Valid,

    /// <summary>SCC_WRONG_MODULE: the 2021/914 module does not match the roles.</summary>
    SccWrongModule,

    /// <summary>SCC_OLD_VALID: 2001/497/EC, 2004/915/EC, 2002/16/EC or 2010/87/EU clauses with the right roles, on or after the set's date of application, before the 2021 transition.</summary>
    SccOldValid,

    /// <summary>SCC_OLD_GRANDFATHERED: old clauses in the 2021-06-27..2022-12-27 window; must be replaced.</summary>
    SccOldGrandfathered,

    /// <summary>SCC_OLD_AFTER_REPEAL: old clauses signed on or after 2021-09-27 (2002/16/EC: on or after 2010-05-15).</summary>
    SccOldAfterRepeal,

    /// <summary>SCC_OLD_GRANDFATHER_ENDED: old clauses relied on after 2022-12-27.</summary>
    SccOldGrandfatherEnded,

    /// <summary>SCC_OLD_PROCESSING_CHANGED: grandfathering lost because the processing changed.</summary>
    SccOldProcessingChanged,

    /// <summary>ART28_SCC_NOT_TRANSFER_TOOL: the 2021/915 clauses recorded as a transfer mechanism.</summary>
    Art28SccNotTransferTool,

    /// <summary>TIA_MISSING: an Art. 46 tool without a documented transfer impact assessment (on or after 2020-07-16).</summary>
    TiaMissing,

    /// <summary>BCR_VALID: approved binding corporate rules.</summary>
    BcrValid,

    /// <summary>ART49_DEROGATION_VALID: an Art. 49 ground whose conditions are recorded, occasional or non-repetitive where the ground requires it.</summary>
    Art49DerogationValid,

    /// <summary>ART49_SYSTEMATIC: grounds (b), (c), (e) or the compelling-interests subparagraph used for a systematic transfer, or any ground used for a systematic relationship with a processor.</summary>
    Art49Systematic,

    /// <summary>NO_MECHANISM: a third-country transfer with no valid basis.</summary>
    NoMechanism,

    /// <summary>SUBPROCESSOR_AUTHORISED: covered by specific or general written authorisation.</summary>
    SubprocessorAuthorised,

    /// <summary>SUBPROCESSOR_NOT_AUTHORISED: the Art. 28(2) authorisation is missing.</summary>
    SubprocessorNotAuthorised,

    /// <summary>SUBPROCESSOR_OBJECTION_WINDOW_OPEN: the controller may still object to a newly notified sub-processor.</summary>
    SubprocessorObjectionWindowOpen,

    /// <summary>DPA_MISSING: no Art. 28 agreement with a processor.</summary>
    DpaMissing,

    /// <summary>DPA_INCOMPLETE_ART28: mandatory Art. 28(3) terms are missing.</summary>
    DpaIncompleteArt28,

    /// <summary>DPA_EXPIRED_PROCESSING_CONTINUES: the agreement ended and processing goes on.</summary>
    DpaExpiredProcessingContinues,

    /// <summary>DPA_ENDED_CLOSED: ended; processing stopped; data deleted or returned.</summary>
    DpaEndedClosed,

    /// <summary>DPA_ENDED_DELETION_UNCONFIRMED: ended; deletion or return not confirmed.</summary>
    DpaEndedDeletionUnconfirmed,

    /// <summary>DPA_EXPIRING_30D: the effective end is within the first expiry window (default 0–30 days).</summary>
    DpaExpiring30D,

    /// <summary>DPA_EXPIRING_60D: the effective end is within the second expiry window (default 31–60 days).</summary>
    DpaExpiring60D,

    /// <summary>DPA_EXPIRING_90D: the effective end is within the third expiry window (default 61–90 days).</summary>
    DpaExpiring90D,

    /// <summary>DPA_ACTIVE: in force, beyond the expiry windows.</summary>
    DpaActive,

    /// <summary>DPA_AUTO_RENEWED: the term rolled over by tacit renewal.</summary>
    DpaAutoRenewed,

    /// <summary>DPA_NOTICE_DEADLINE_APPROACHING: the last day to give notice is within the notice warning window.</summary>
    DpaNoticeDeadlineApproaching,

    /// <summary>DPA_NOTICE_DEADLINE_PASSED: the renewal can no longer be stopped.</summary>
    DpaNoticeDeadlinePassed,

    /// <summary>ADEQUACY_NO_DECISION (addition): adequacy claimed for a country without any decision.</summary>
    AdequacyNoDecision,

    /// <summary>ADEQUACY_SCOPE_UNKNOWN (addition): a partial decision applies, or Safe Harbor / Privacy Shield is claimed, but the register does not say whether the recipient is in scope or listed.</summary>
    AdequacyScopeUnknown,

    /// <summary>MECHANISM_NOT_IN_FORCE (addition): a contractual or Art. 46/49 tool relied on before its date of application or before it was signed.</summary>
    MechanismNotInForce,

    /// <summary>CODE_OF_CONDUCT_VALID (addition): an approved code of conduct (Art. 46(2)(e)).</summary>
    CodeOfConductValid,

    /// <summary>CERTIFICATION_VALID (addition): an approved certification (Art. 46(2)(f)).</summary>
    CertificationValid,

    /// <summary>DPF_CHECK_STALE (addition): the DPF List was last checked too long ago, or before a re-certification date that has passed.</summary>
    DpfCheckStale,

    /// <summary>DPF_RECERTIFICATION_DUE (addition): the annual DPF re-certification falls within the warning window.</summary>
    DpfRecertificationDue,

    /// <summary>DPA_NOT_REQUIRED (addition): an independent controller needs no processor agreement (its message says to check for joint control).</summary>
    DpaNotRequired,

    /// <summary>DPA_NOT_YET_IN_FORCE (addition): the agreement starts after the date.</summary>
    DpaNotYetInForce,

    /// <summary>ART26_ARRANGEMENT_MISSING: a joint controller without a recorded Art. 26 arrangement.</summary>
    Art26ArrangementMissing,

    /// <summary>ART26_ARRANGEMENT_RECORDED: a joint controller with a recorded Art. 26 arrangement.</summary>
    Art26ArrangementRecorded,

    /// <summary>DPA_PROCESSING_BEFORE_AGREEMENT: the processing is recorded as started before the agreement's start date.</summary>
    DpaProcessingBeforeAgreement,
    /// <summary>TRANSFER_NOT_RECORDED: a processor, processing location, remote-access location or sub-processor outside the EEA with no transfer entry; invalid without an objective basis covering it, needs attention with one.</summary>
    TransferNotRecorded,

    /// <summary>SCC_OLD_WRONG_ROLES: old clauses used for a relationship of the signing parties they never covered (C2C sets for C2P, C2P sets for C2C, any set for P2P or P2C).</summary>
    SccOldWrongRoles,

    /// <summary>SCC_2021_IMPORTER_SUBJECT_TO_GDPR: 2021/914 clauses for an importer itself subject to the GDPR under Art. 3(2), which they are not made for (recital 7).</summary>
    Scc2021ImporterSubjectToGdpr,

    /// <summary>TIA_STALE: a documented TIA older than the age option (default 24 months), the processing-change date or a recorded legal development for the destination.</summary>
    TiaStale,

    /// <summary>DPF_DATA_NOT_COVERED: HR data sent under a DPF listing that does not cover HR data.</summary>
    DpfDataNotCovered,

    /// <summary>DPF_LEGAL_RISK: a DPF-based transfer while a challenge or risk development recorded in the reference data is pending or in effect.</summary>
    DpfLegalRisk,

    /// <summary>ART49_CONDITIONS_NOT_RECORDED: an Art. 49 ground is claimed but its conditions are not recorded.</summary>
    Art49ConditionsNotRecorded,

    /// <summary>ART49_NOT_AVAILABLE: a public authority in its public powers relies on Art. 49(1)(a)–(c) or the second subparagraph (Art. 49(3)).</summary>
    Art49NotAvailable,

    /// <summary>DPA_CHECKLIST_NOT_REVIEWED: the agreement's Art. 28(3) checklist records nothing: neither "all" nor any item (library addition).</summary>
    DpaChecklistNotReviewed,
}
