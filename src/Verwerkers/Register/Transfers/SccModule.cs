namespace Verwerkers.Register;

/// <summary>A module of the 2021/914 standard contractual clauses; each fits one <see cref="TransferRelationship"/>.</summary>
public enum SccModule
{
    /// <summary>Module one: controller to controller.</summary>
    Module1 = 1,

    /// <summary>Module two: controller to processor.</summary>
    Module2 = 2,

    /// <summary>Module three: processor to processor.</summary>
    Module3 = 3,

    /// <summary>Module four: processor to controller.</summary>
    Module4 = 4,
}
