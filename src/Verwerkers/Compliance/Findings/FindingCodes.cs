using System;
using System.Collections.Generic;

namespace Verwerkers.Compliance;

/// <summary>The SCREAMING_CASE names and severities of the <see cref="FindingCode"/>s.</summary>
public static class FindingCodes
{
    private static readonly (string Name, Severity Severity, bool Addition)[] Table =
    {
        ("NO_TRANSFER_EEA", Severity.Ok, false),
        ("UK_TRANSITION_EU_LAW", Severity.Ok, false),
        ("UK_TCA_BRIDGE", Severity.Ok, false),
        ("ADEQUACY_VALID", Severity.Ok, false),
        ("ADEQUACY_OUT_OF_SCOPE", Severity.Invalid, false),
        ("ADEQUACY_NOT_IN_FORCE", Severity.Invalid, false),
        ("ADEQUACY_EXPIRED", Severity.Invalid, false),
        ("MECHANISM_INVALIDATED", Severity.Invalid, false),
        ("DPF_VALID", Severity.Ok, false),
        ("DPF_NOT_CERTIFIED", Severity.Invalid, false),
        ("DPF_LAPSED", Severity.Invalid, false),
        ("DPF_NOT_IN_FORCE", Severity.Invalid, false),
        ("SCC_2021_VALID", Severity.Ok, false),
        ("SCC_WRONG_MODULE", Severity.Invalid, false),
        ("SCC_OLD_VALID", Severity.Ok, false),
        ("SCC_OLD_GRANDFATHERED", Severity.NeedsAttention, false),
        ("SCC_OLD_AFTER_REPEAL", Severity.Invalid, false),
        ("SCC_OLD_GRANDFATHER_ENDED", Severity.Invalid, false),
        ("SCC_OLD_PROCESSING_CHANGED", Severity.Invalid, false),
        ("ART28_SCC_NOT_TRANSFER_TOOL", Severity.Invalid, false),
        ("TIA_MISSING", Severity.NeedsAttention, false),
        ("BCR_VALID", Severity.Ok, false),
        ("ART49_DEROGATION_VALID", Severity.Ok, false),
        ("ART49_SYSTEMATIC", Severity.Invalid, false),
        ("NO_MECHANISM", Severity.Invalid, false),
        ("SUBPROCESSOR_AUTHORISED", Severity.Ok, false),
        ("SUBPROCESSOR_NOT_AUTHORISED", Severity.Invalid, false),
        ("SUBPROCESSOR_OBJECTION_WINDOW_OPEN", Severity.NeedsAttention, false),
        ("DPA_MISSING", Severity.Invalid, false),
        ("DPA_INCOMPLETE_ART28", Severity.Invalid, false),
        ("DPA_EXPIRED_PROCESSING_CONTINUES", Severity.Invalid, false),
        ("DPA_ENDED_CLOSED", Severity.Ok, false),
        ("DPA_ENDED_DELETION_UNCONFIRMED", Severity.NeedsAttention, false),
        ("DPA_EXPIRING_30D", Severity.NeedsAttention, false),
        ("DPA_EXPIRING_60D", Severity.NeedsAttention, false),
        ("DPA_EXPIRING_90D", Severity.NeedsAttention, false),
        ("DPA_ACTIVE", Severity.Ok, false),
        ("DPA_AUTO_RENEWED", Severity.Info, false),
        ("DPA_NOTICE_DEADLINE_APPROACHING", Severity.NeedsAttention, false),
        ("DPA_NOTICE_DEADLINE_PASSED", Severity.Info, false),
        ("ADEQUACY_NO_DECISION", Severity.Invalid, true),
        ("ADEQUACY_SCOPE_UNKNOWN", Severity.NeedsAttention, true),
        ("MECHANISM_NOT_IN_FORCE", Severity.Invalid, true),
        ("CODE_OF_CONDUCT_VALID", Severity.Ok, true),
        ("CERTIFICATION_VALID", Severity.Ok, true),
        ("DPF_CHECK_STALE", Severity.NeedsAttention, true),
        ("DPF_RECERTIFICATION_DUE", Severity.Info, true),
        ("DPA_NOT_REQUIRED", Severity.Ok, true),
        ("DPA_NOT_YET_IN_FORCE", Severity.NeedsAttention, true),
        ("ART26_ARRANGEMENT_MISSING", Severity.Invalid, false),
        ("ART26_ARRANGEMENT_RECORDED", Severity.Ok, false),
        ("DPA_PROCESSING_BEFORE_AGREEMENT", Severity.NeedsAttention, false),
        ("TRANSFER_NOT_RECORDED", Severity.Invalid, false),
        ("SCC_OLD_WRONG_ROLES", Severity.Invalid, false),
        ("SCC_2021_IMPORTER_SUBJECT_TO_GDPR", Severity.NeedsAttention, false),
        ("TIA_STALE", Severity.NeedsAttention, false),
        ("DPF_DATA_NOT_COVERED", Severity.Invalid, false),
        ("DPF_LEGAL_RISK", Severity.Info, false),
        ("ART49_CONDITIONS_NOT_RECORDED", Severity.NeedsAttention, false),
        ("ART49_NOT_AVAILABLE", Severity.Invalid, false),
        ("DPA_CHECKLIST_NOT_REVIEWED", Severity.NeedsAttention, true),
    };

    private static readonly Dictionary<string, FindingCode> ByName = BuildIndex();

    /// <summary>Gets every code, in declaration order.</summary>
    public static IReadOnlyList<FindingCode> All { get; } = (FindingCode[])Enum.GetValues(typeof(FindingCode));

    /// <summary>Gets the SCREAMING_CASE name of a code, for example <c>MECHANISM_INVALIDATED</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not defined.</exception>
    public static string NameOf(FindingCode code) => Entry(code).Name;

    /// <summary>
    /// Gets the severity a code has on its own. A claimed basis that fails while another basis covers the transfer is
    /// reported with <see cref="Severity.NeedsAttention"/> instead (rule 5 of the specification).
    /// </summary>
    /// <param name="code">The code.</param>
    /// <returns>The severity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not defined.</exception>
    public static Severity DefaultSeverityOf(FindingCode code) => Entry(code).Severity;

    /// <summary>Gets a value indicating whether a code is this library's addition to the specification's vocabulary.</summary>
    /// <param name="code">The code.</param>
    /// <returns>Whether the code is an addition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not defined.</exception>
    public static bool IsAddition(FindingCode code) => Entry(code).Addition;

    /// <summary>Finds a code by its SCREAMING_CASE name.</summary>
    /// <param name="name">The name (case-sensitive).</param>
    /// <param name="code">The code, when found.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? name, out FindingCode code)
    {
        code = default;
        return name is not null && ByName.TryGetValue(name, out code);
    }

    private static (string Name, Severity Severity, bool Addition) Entry(FindingCode code) =>
        (int)code >= 0 && (int)code < Table.Length
            ? Table[(int)code]
            : throw new ArgumentOutOfRangeException(nameof(code), code, "Not a defined finding code.");

    private static Dictionary<string, FindingCode> BuildIndex()
    {
        var result = new Dictionary<string, FindingCode>(StringComparer.Ordinal);
        for (var i = 0; i < Table.Length; i++)
        {
            result.Add(Table[i].Name, (FindingCode)i);
        }

        return result;
    }
}
