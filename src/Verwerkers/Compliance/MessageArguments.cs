using System.Collections.Generic;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>How the basis of a finding is described in words.</summary>
internal sealed record BasisText(string Kind, AdequacyDecision? Decision, TransferMechanismKind Mechanism)
{
    public static BasisText Of(AdequacyDecision decision) => new("adequacy", decision, TransferMechanismKind.Adequacy);

    public static BasisText Of(TransferMechanismKind mechanism) => new("mechanism", null, mechanism);

    public static readonly BasisText DpfListing = new("dpfListing", null, TransferMechanismKind.DataPrivacyFramework);

    public static readonly BasisText None = Of(TransferMechanismKind.None);

    private static readonly BasisText[] ByMechanism = CreateByMechanism();

    /// <summary>The shared description of a mechanism (one instance per mechanism).</summary>
    public static BasisText For(TransferMechanismKind mechanism) =>
        (int)mechanism >= 0 && (int)mechanism < ByMechanism.Length ? ByMechanism[(int)mechanism] : Of(mechanism);

    private static BasisText[] CreateByMechanism()
    {
        var values = (TransferMechanismKind[])System.Enum.GetValues(typeof(TransferMechanismKind));
        var max = 0;
        foreach (var v in values)
        {
            max = System.Math.Max(max, (int)v);
        }

        var result = new BasisText[max + 1];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Of((TransferMechanismKind)i);
        }

        return result;
    }
}

/// <summary>The values a finding's message template is filled with; formatted on demand, per language.</summary>
/// <remarks>
/// Large reports hold hundreds of thousands of these, so only the fields every finding has are stored inline; the rest
/// live in a details object that is created on the first write (most transfer findings have none: they read their
/// details from the outcome they report).
/// </remarks>
internal sealed class MessageArguments
{
    private Details? _details;

    public string SubjectTemplate { get; set; } = "processor";

    public string? Importer { get; set; }

    public CountryCode? Country { get; set; }

    public string? Processor { get; set; }

    public string? Name { get; set; }

    public int? Days { get; set; }

    public LocalDate? Until { get; set; }

    public IReadOnlyList<Art28Requirement>? Items { get; set; }

    public TransferMechanismKind? Mechanism
    {
        get => _details?.Mechanism;
        set => (_details ??= new Details()).Mechanism = value;
    }

    public BasisText? Basis
    {
        get => _details?.Basis;
        set => (_details ??= new Details()).Basis = value;
    }

    public BasisText? RescuedBy
    {
        get => _details?.RescuedBy;
        set => (_details ??= new Details()).RescuedBy = value;
    }

    public SccModule? Module
    {
        get => _details?.Module;
        set => (_details ??= new Details()).Module = value;
    }

    public SccModule? ExpectedModule
    {
        get => _details?.ExpectedModule;
        set => (_details ??= new Details()).ExpectedModule = value;
    }

    public TransferRelationship? Relationship
    {
        get => _details?.Relationship;
        set => (_details ??= new Details()).Relationship = value;
    }

    public LocalizedText? Scope
    {
        get => _details?.Scope;
        set => (_details ??= new Details()).Scope = value;
    }

    public string? Listed
    {
        get => _details?.Listed;
        set => (_details ??= new Details()).Listed = value;
    }

    public LocalDate? CheckedOn
    {
        get => _details?.CheckedOn;
        set => (_details ??= new Details()).CheckedOn = value;
    }

    public LocalDate? SignedOn
    {
        get => _details?.SignedOn;
        set => (_details ??= new Details()).SignedOn = value;
    }

    public LocalDate? ChangedOn
    {
        get => _details?.ChangedOn;
        set => (_details ??= new Details()).ChangedOn = value;
    }

    public LocalDate? NotifiedOn
    {
        get => _details?.NotifiedOn;
        set => (_details ??= new Details()).NotifiedOn = value;
    }

    public LocalDate? Deadline
    {
        get => _details?.Deadline;
        set => (_details ??= new Details()).Deadline = value;
    }

    public bool OpenEnded
    {
        get => _details?.OpenEnded ?? false;
        set => (_details ??= new Details()).OpenEnded = value;
    }

    public bool SigningDateUnknown
    {
        get => _details?.SigningDateUnknown ?? false;
        set => (_details ??= new Details()).SigningDateUnknown = value;
    }

    public int Renewals
    {
        get => _details?.Renewals ?? 0;
        set => (_details ??= new Details()).Renewals = value;
    }

    public SubProcessorAuthorisation? Authorisation
    {
        get => _details?.Authorisation;
        set => (_details ??= new Details()).Authorisation = value;
    }

    public MessageArguments Clone()
    {
        var copy = (MessageArguments)MemberwiseClone();
        copy._details = _details?.Clone();
        return copy;
    }

    private sealed class Details
    {
        public TransferMechanismKind? Mechanism { get; set; }

        public BasisText? Basis { get; set; }

        public BasisText? RescuedBy { get; set; }

        public SccModule? Module { get; set; }

        public SccModule? ExpectedModule { get; set; }

        public TransferRelationship? Relationship { get; set; }

        public LocalizedText? Scope { get; set; }

        public string? Listed { get; set; }

        public LocalDate? CheckedOn { get; set; }

        public LocalDate? SignedOn { get; set; }

        public LocalDate? ChangedOn { get; set; }

        public LocalDate? NotifiedOn { get; set; }

        public LocalDate? Deadline { get; set; }

        public bool OpenEnded { get; set; }

        public bool SigningDateUnknown { get; set; }

        public int Renewals { get; set; }

        public SubProcessorAuthorisation? Authorisation { get; set; }

        public Details Clone() => (Details)MemberwiseClone();
    }
}
