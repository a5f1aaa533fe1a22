using Verwerkers.Register;

namespace Verwerkers.Statements;

/// <summary>
/// What a user gives explicitly for a new processor (the <c>new</c>/<c>add</c> commands, or an application's form): the
/// name, and any value the user knows. <see cref="VendorPrefill.Prefill"/> fills the rest from the known-vendor catalogue
/// and never replaces a value given here.
/// </summary>
/// <remarks>Immutable and thread-safe. A null value means "not given".</remarks>
public sealed partial record ProcessorDraft
{
    /// <summary>Creates a draft with only a name.</summary>
    /// <param name="name">The name as the user writes it (also what the catalogue is matched on: name or alias, ignoring case).</param>
    /// <exception cref="System.ArgumentException"><paramref name="name"/> is null, empty or blank.</exception>
    public ProcessorDraft(string name) => Name = Guard.NotNullOrWhiteSpace(name, nameof(name)).Trim();

    /// <summary>The name.</summary>
    public string Name { get; init; }

    /// <summary>The processor id; when null, the catalogue id of a matched vendor, else one made from the name.</summary>
    public string? Id { get; init; }

    /// <summary>The legal entity, when given.</summary>
    public string? LegalEntity { get; init; }

    /// <summary>The KvK (Dutch Chamber of Commerce) number, when given.</summary>
    public string? KvkNumber { get; init; }

    /// <summary>The country of the legal entity, when given.</summary>
    public CountryCode? Country { get; init; }

    /// <summary>The category, when given.</summary>
    public ProcessorCategory? Category { get; init; }

    /// <summary>The organisation under which the processor says it is listed on the EU-US Data Privacy Framework, when given.</summary>
    public string? DpfOrganisation { get; init; }

    /// <summary>The URL of the processor's own data processing agreement, when given.</summary>
    public string? DpaUrl { get; init; }

    /// <summary>The URL of the processor's own list of sub-processors, when given.</summary>
    public string? SubProcessorsUrl { get; init; }
}
