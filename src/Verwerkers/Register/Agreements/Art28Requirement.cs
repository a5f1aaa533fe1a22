using System.Runtime.Serialization;

namespace Verwerkers.Register;

/// <summary>
/// An item of the processor-agreement checklist (GDPR Art. 28(3) and related provisions). The serialized names are
/// the checklist ids of the legal reference (section 2.6), for example <c>A28_3_A_INSTRUCTIONS</c>.
/// </summary>
public enum Art28Requirement
{
    /// <summary>A28_WRITTEN: a contract or legal act in writing, binding on the processor (Art. 28(3), 28(9)).</summary>
    [EnumMember(Value = "A28_WRITTEN")]
    Written = 0,

    /// <summary>A28_PARTIES: the controller(s) and processor(s) with contact details.</summary>
    [EnumMember(Value = "A28_PARTIES")]
    Parties,

    /// <summary>A28_SUBJECT: the subject-matter of the processing.</summary>
    [EnumMember(Value = "A28_SUBJECT")]
    SubjectMatter,

    /// <summary>A28_DURATION: the duration of the processing.</summary>
    [EnumMember(Value = "A28_DURATION")]
    Duration,

    /// <summary>A28_NATURE: the nature of the processing.</summary>
    [EnumMember(Value = "A28_NATURE")]
    Nature,

    /// <summary>A28_PURPOSE: the purpose(s) of the processing.</summary>
    [EnumMember(Value = "A28_PURPOSE")]
    Purpose,

    /// <summary>A28_DATA_TYPES: the types of personal data, including special categories.</summary>
    [EnumMember(Value = "A28_DATA_TYPES")]
    DataTypes,

    /// <summary>A28_SUBJECTS: the categories of data subjects.</summary>
    [EnumMember(Value = "A28_SUBJECTS")]
    DataSubjects,

    /// <summary>A28_CONTROLLER_RIGHTS: the obligations and rights of the controller.</summary>
    [EnumMember(Value = "A28_CONTROLLER_RIGHTS")]
    ControllerRights,

    /// <summary>A28_3_A_INSTRUCTIONS: processing only on documented instructions, including on transfers (Art. 28(3)(a)).</summary>
    [EnumMember(Value = "A28_3_A_INSTRUCTIONS")]
    Instructions,

    /// <summary>A28_3_B_CONFIDENTIALITY: authorised persons bound to confidentiality (Art. 28(3)(b)).</summary>
    [EnumMember(Value = "A28_3_B_CONFIDENTIALITY")]
    Confidentiality,

    /// <summary>A28_3_C_SECURITY: the Art. 32 security measures (Art. 28(3)(c)).</summary>
    [EnumMember(Value = "A28_3_C_SECURITY")]
    Security,

    /// <summary>A28_3_D_SUBPROCESSORS: the conditions for engaging sub-processors (Art. 28(2), (3)(d), (4)).</summary>
    [EnumMember(Value = "A28_3_D_SUBPROCESSORS")]
    SubProcessors,

    /// <summary>A28_3_E_DSR: assistance with data-subject requests (Art. 28(3)(e)).</summary>
    [EnumMember(Value = "A28_3_E_DSR")]
    DataSubjectRights,

    /// <summary>A28_3_F_ASSIST: assistance with Arts. 32–36, including breach notification (Art. 28(3)(f)).</summary>
    [EnumMember(Value = "A28_3_F_ASSIST")]
    Assistance,

    /// <summary>A28_3_G_DELETE_RETURN: deletion or return at the end of the services (Art. 28(3)(g)).</summary>
    [EnumMember(Value = "A28_3_G_DELETE_RETURN")]
    DeleteOrReturn,

    /// <summary>A28_3_H_AUDIT: information and audits (Art. 28(3)(h)).</summary>
    [EnumMember(Value = "A28_3_H_AUDIT")]
    Audit,

    /// <summary>A28_UNLAWFUL_INSTRUCTION: the processor informs the controller of an infringing instruction.</summary>
    [EnumMember(Value = "A28_UNLAWFUL_INSTRUCTION")]
    UnlawfulInstruction,

    /// <summary>XFER_MECHANISM: for each third-country transfer, the mechanism and its details (Art. 44–49).</summary>
    [EnumMember(Value = "XFER_MECHANISM")]
    TransferMechanism,

    /// <summary>DPS_STATEMENT: a Data Pro Statement or comparable information (Data Pro Code, NL).</summary>
    [EnumMember(Value = "DPS_STATEMENT")]
    DataProStatement,
}
