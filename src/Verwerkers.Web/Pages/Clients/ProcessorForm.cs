using System.Collections.Generic;
using System.Linq;
using Verwerkers.Register;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// The processor form: the fields a user edits on the client page, as posted text, and their mapping to and from a
/// <see cref="Processor"/>. Editing keeps every value the form does not show (address, contact, DPF listing,
/// sub-processors, custom fields, English texts).
/// </summary>
public sealed class ProcessorForm
{
    /// <summary>Where the register validator's paths below a processor (<c>processors[i].…</c>) are shown in this form.</summary>
    internal static readonly IReadOnlyDictionary<string, string> PathFields = new Dictionary<string, string>
    {
        ["id"] = nameof(Id),
        ["name"] = nameof(Name),
        ["legalEntity"] = nameof(LegalEntity),
        ["kvkNumber"] = nameof(KvkNumber),
        ["country"] = nameof(Country),
        ["category"] = nameof(Category),
        ["role"] = nameof(Role),
        ["services"] = nameof(Services),
        ["purposes"] = nameof(Purposes),
        ["dataCategories"] = nameof(DataCategories),
        ["dataSubjectCategories"] = nameof(DataSubjectCategories),
        ["processingLocations"] = nameof(ProcessingLocations),
        ["remoteAccessLocations"] = nameof(RemoteAccessLocations),
        ["notes"] = nameof(Notes),
    };

    /// <summary>Gets or sets the id; blank on a new processor derives it from the name. Fixed once the processor exists.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the name as the controller knows it (required).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the contracting legal entity.</summary>
    public string? LegalEntity { get; set; }

    /// <summary>Gets or sets the KvK number (8 digits for a Dutch processor).</summary>
    public string? KvkNumber { get; set; }

    /// <summary>Gets or sets the country code of the contracting entity (required).</summary>
    public string? Country { get; set; }

    /// <summary>Gets or sets the category, as a camelCase <see cref="ProcessorCategory"/> name.</summary>
    public string? Category { get; set; }

    /// <summary>Gets or sets the role, as a camelCase <see cref="ProcessorRole"/> name.</summary>
    public string? Role { get; set; }

    /// <summary>Gets or sets the services, one per line.</summary>
    public string? Services { get; set; }

    /// <summary>Gets or sets the purposes, one per line.</summary>
    public string? Purposes { get; set; }

    /// <summary>Gets or sets the names of the categories of personal data, one per line.</summary>
    public string? DataCategories { get; set; }

    /// <summary>Gets or sets the categories of data subjects, one per line.</summary>
    public string? DataSubjectCategories { get; set; }

    /// <summary>Gets or sets the countries where the data are processed, as codes separated by commas.</summary>
    public string? ProcessingLocations { get; set; }

    /// <summary>Gets or sets the countries the data are accessed from remotely, as codes separated by commas.</summary>
    public string? RemoteAccessLocations { get; set; }

    /// <summary>Gets or sets free-text notes.</summary>
    public string? Notes { get; set; }

    /// <summary>The form filled from a processor.</summary>
    /// <param name="processor">The processor.</param>
    /// <returns>The form.</returns>
    public static ProcessorForm From(Processor processor) => new()
    {
        Id = processor.Id,
        Name = processor.Name,
        LegalEntity = processor.LegalEntity,
        KvkNumber = processor.KvkNumber,
        Country = processor.Country.Value,
        Category = FormValues.ChoiceValue(processor.Category),
        Role = FormValues.ChoiceValue(processor.Role),
        Services = FormValues.JoinLines(processor.Services),
        Purposes = FormValues.JoinLines(processor.Purposes),
        DataCategories = FormValues.JoinLines(processor.DataCategories.Select(c => c.Name)),
        DataSubjectCategories = FormValues.JoinLines(processor.DataSubjectCategories),
        ProcessingLocations = FormValues.JoinCountries(processor.ProcessingLocations),
        RemoteAccessLocations = FormValues.JoinCountries(processor.RemoteAccessLocations),
        Notes = processor.Notes,
    };

    /// <summary>The processor the form describes, over <paramref name="existing"/> when it edits one.</summary>
    /// <param name="existing">The processor being edited (its id is kept), or null for a new one.</param>
    /// <param name="taken">Whether a processor id is already in use, to make a derived id unique.</param>
    /// <returns>The processor, or the problems at their fields.</returns>
    public FormResult<Processor> ToProcessor(Processor? existing, System.Func<string, bool> taken)
    {
        var problems = new List<Problem>();
        var name = FormValues.Required(Name, nameof(Name), problems);
        var country = FormValues.Country(Country, nameof(Country), required: true, problems);
        var category = FormValues.Choice(Category, existing?.Category ?? ProcessorCategory.Other, nameof(Category), problems);
        var role = FormValues.Choice(Role, existing?.Role ?? ProcessorRole.Processor, nameof(Role), problems);
        var processing = FormValues.Countries(ProcessingLocations, nameof(ProcessingLocations), problems);
        var remote = FormValues.Countries(RemoteAccessLocations, nameof(RemoteAccessLocations), problems);
        if (problems.Count > 0 || country is not { } code)
        {
            return FormResult<Processor>.Failed(problems);
        }

        var id = existing?.Id ?? FormValues.Text(Id) ?? FormIds.Unique(FormIds.Slug(name, "verwerker"), taken);
        var kept = existing?.DataCategories ?? Enumerable.Empty<PersonalDataCategory>().ToList();
        var dataCategories = FormValues.Lines(DataCategories)
            .Select(n => kept.FirstOrDefault(c => c.Name == n) ?? new PersonalDataCategory(n))
            .ToList();
        var processor = (existing ?? new Processor(id, name, code))
            .WithName(name)
            .WithCountry(code)
            .WithLegalEntity(FormValues.Text(LegalEntity))
            .WithKvkNumber(FormValues.Text(KvkNumber))
            .WithCategory(category)
            .WithRole(role)
            .WithServices(FormValues.Lines(Services))
            .WithPurposes(FormValues.Lines(Purposes))
            .WithDataCategories(dataCategories)
            .WithDataSubjectCategories(FormValues.Lines(DataSubjectCategories))
            .WithProcessingLocations(processing)
            .WithRemoteAccessLocations(remote)
            .WithNotes(FormValues.Text(Notes));
        return FormResult<Processor>.Of(processor);
    }
}
