using System;
using Verwerkers.Compliance;
using Verwerkers.Register;

namespace Verwerkers.Tests.Compliance;

/// <summary>
/// One row of the scenario table: a register, a date, the legal reference that decides it, and the findings expected
/// for one subject ("CODE:severity" in report order) with its verdict.
/// </summary>
public sealed record ComplianceScenario(
    string Name,
    string LegalReference,
    string AsOf,
    Func<ProcessorRegister> Register,
    string Expected,
    Severity Verdict,
    SubjectKind Kind = SubjectKind.Transfer,
    string SubjectId = "t1",
    string? EffectiveBasis = null)
{
    public override string ToString() => Name;
}
