namespace Verwerkers.Agreements;

/// <summary>A sub-processor, as one row of the sub-processor annex.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SubProcessorModel
{
    /// <summary>The row number, starting at 1.</summary>
    public int Number { get; init; }

    /// <summary>The sub-processor's name, for example "Amazon Web Services".</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The contracting legal entity, for example "Amazon Web Services EMEA SARL"; empty when not recorded.</summary>
    public string LegalEntity { get; init; } = string.Empty;

    /// <summary>True when the legal entity is recorded.</summary>
    public bool HasLegalEntity { get; init; }

    /// <summary>The address of the legal entity; <see cref="AddressModel.IsKnown"/> is false when not recorded.</summary>
    public AddressModel Address { get; init; } = new();

    /// <summary>The contact for data protection matters; <see cref="ContactModel.IsKnown"/> is false when not recorded.</summary>
    public ContactModel Contact { get; init; } = new();

    /// <summary>
    /// The place in the chain: 1 for a sub-processor the processor engaged itself, 2 for one engaged by such a
    /// sub-processor, and so on (EDPB Opinion 22/2024).
    /// </summary>
    public int Level { get; init; } = 1;

    /// <summary>True when another sub-processor (not the processor) engaged this one.</summary>
    public bool IsEngagedBySubProcessor { get; init; }

    /// <summary>The row number of the sub-processor that engaged this one; 0 when the processor engaged it.</summary>
    public int ParentNumber { get; init; }

    /// <summary>The name of the sub-processor that engaged this one; empty when the processor engaged it.</summary>
    public string ParentName { get; init; } = string.Empty;

    /// <summary>The service it provides, for example "hosting"; empty when unknown.</summary>
    public string Service { get; init; } = string.Empty;

    /// <summary>The country where it processes the data, in the agreement's language.</summary>
    public string Country { get; init; } = string.Empty;

    /// <summary>The country in Dutch, for example "Verenigde Staten".</summary>
    public string CountryNl { get; init; } = string.Empty;

    /// <summary>The country in English, for example "United States".</summary>
    public string CountryEn { get; init; } = string.Empty;

    /// <summary>The ISO 3166-1 alpha-2 country code.</summary>
    public string CountryCode { get; init; } = string.Empty;

    /// <summary>True when the country is in the European Economic Area.</summary>
    public bool InEea { get; init; }

    /// <summary>The authorisation in the agreement's language: "specifieke toestemming", "algemene toestemming" or "geen toestemming".</summary>
    public string Authorisation { get; init; } = string.Empty;

    /// <summary>True when the controller authorised it (specifically or generally).</summary>
    public bool IsAuthorised { get; init; }

    /// <summary>True under general written authorisation.</summary>
    public bool IsGeneral { get; init; }

    /// <summary>True under prior specific written authorisation.</summary>
    public bool IsSpecific { get; init; }

    /// <summary>The day the processor notified the controller of it, in the agreement's language; empty when not notified.</summary>
    public string NotifiedOnText { get; init; } = string.Empty;

    /// <summary>True when a notification day is known.</summary>
    public bool IsNotified { get; init; }
}
