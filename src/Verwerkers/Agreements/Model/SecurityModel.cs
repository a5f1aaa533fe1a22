using System;
using System.Collections.Generic;

namespace Verwerkers.Agreements;

/// <summary>What the register knows about the processor's security.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SecurityModel
{
    /// <summary>The certifications the processor holds, in the agreement's language, for example "ISO/IEC 27001 (informatiebeveiliging)".</summary>
    public IReadOnlyList<string> Certifications { get; init; } = Array.Empty<string>();

    /// <summary>The certifications as prose.</summary>
    public string CertificationsText { get; init; } = string.Empty;

    /// <summary>True when the processor holds at least one certification.</summary>
    public bool HasCertifications { get; init; }

    /// <summary>True when the processor holds a Data Pro certificate (Data Pro Code, NLdigital).</summary>
    public bool DataProCertified { get; init; }
}
