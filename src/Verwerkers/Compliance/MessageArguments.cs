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
}

/// <summary>The values a finding's message template is filled with; formatted on demand, per language.</summary>
internal sealed class MessageArguments
{
    public string SubjectTemplate { get; set; } = "processor";

    public string? Importer { get; set; }

    public CountryCode? Country { get; set; }

    public string? Processor { get; set; }

    public string? Name { get; set; }

    public TransferMechanismKind? Mechanism { get; set; }

    public BasisText? Basis { get; set; }

    public BasisText? RescuedBy { get; set; }

    public int? Days { get; set; }

    public IReadOnlyList<Art28Requirement>? Items { get; set; }

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

    public LocalDate? Until { get; set; }

    public bool OpenEnded { get; set; }

    public bool SigningDateUnknown { get; set; }

    public int Renewals { get; set; }

    public SubProcessorAuthorisation? Authorisation { get; set; }

    public MessageArguments Clone() => (MessageArguments)MemberwiseClone();
}
