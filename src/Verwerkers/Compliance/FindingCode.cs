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

    /// <summary>ADEQUACY_VALID: an adequacy decision in force with the recipient in scope (includes historical Safe Harbor and Privacy Shield).</summary>
    AdequacyValid,

    /// <summary>ADEQUACY_OUT_OF_SCOPE: a decision exists but does not cover this recipient.</summary>
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

    /// <summary>SCC_OLD_VALID: 2001/497/EC, 2004/915/EC or 2010/87/EU clauses before the 2021 transition.</summary>
    SccOldValid,

    /// <summary>SCC_OLD_GRANDFATHERED: old clauses in the 2021-06-27..2022-12-27 window; must be replaced.</summary>
    SccOldGrandfathered,

    /// <summary>SCC_OLD_AFTER_REPEAL: old clauses signed on or after 2021-09-27.</summary>
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

    /// <summary>ART49_DEROGATION_VALID: an occasional transfer under an Art. 49 derogation.</summary>
    Art49DerogationValid,

    /// <summary>ART49_SYSTEMATIC: Art. 49 used for systematic transfers.</summary>
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

    /// <summary>ADEQUACY_SCOPE_UNKNOWN (addition): a partial decision applies but the register does not say whether the recipient is in scope.</summary>
    AdequacyScopeUnknown,

    /// <summary>MECHANISM_NOT_IN_FORCE (addition): a contractual or Art. 46/49 tool relied on before it existed or was signed.</summary>
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
}
