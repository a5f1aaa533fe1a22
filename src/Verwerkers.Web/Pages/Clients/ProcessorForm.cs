using System.Collections.Generic;
using System.Linq;
using Verwerkers.Register;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// The processor form: the fields a user edits on the client page, as posted text, and their mapping to and from a
/// <see cref="Processor"/>, including the processor's EU-US Data Privacy Framework listing. Editing keeps every value
/// the form does not show (address, contact, sub-processors, custom fields, English texts).
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
        ["dpf"] = nameof(DpfStatus),
        ["dpf.status"] = nameof(DpfStatus),
        ["dpf.checkedOn"] = nameof(DpfCheckedOn),
        ["dpf.recertificationDue"] = nameof(DpfRecertificationDue),
        ["dpf.listedOrganisation"] = nameof(DpfListedOrganisation),
        ["dpf.covers"] = nameof(DpfCovers),
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

    /// <summary>
    /// Gets or sets the status found on the DPF List, as a camelCase <see cref="Verwerkers.Register.DpfStatus"/> name; blank when
    /// no listing is recorded (then the other DPF fields stay blank too).
    /// </summary>
    public string? DpfStatus { get; set; }

    /// <summary>Gets or sets the day the DPF List was checked (ISO 8601; required with a status).</summary>
    public string? DpfCheckedOn { get; set; }

    /// <summary>Gets or sets the day the next annual re-certification is due (ISO 8601), when known.</summary>
    public string? DpfRecertificationDue { get; set; }

    /// <summary>Gets or sets the listed organisation when it differs from the processor (a parent's listing).</summary>
    public string? DpfListedOrganisation { get; set; }

    /// <summary>Gets or sets a value indicating whether the listing includes the UK Extension.</summary>
    public bool DpfUkExtension { get; set; }

    /// <summary>Gets or sets a value indicating whether the organisation is certified to the Swiss-US DPF.</summary>
    public bool DpfSwissUsDpf { get; set; }

    /// <summary>Gets or sets which data the listing covers, as a camelCase <see cref="DpfDataCoverage"/> name.</summary>
    public string? DpfCovers { get; set; }

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
        DpfStatus = processor.Dpf is { } dpf ? FormValues.ChoiceValue(dpf.Status) : null,
        DpfCheckedOn = FormValues.Date(processor.Dpf?.CheckedOn),
        DpfRecertificationDue = FormValues.Date(processor.Dpf?.RecertificationDue),
        DpfListedOrganisation = processor.Dpf?.ListedOrganisation,
        DpfUkExtension = processor.Dpf?.UkExtension ?? false,
        DpfSwissUsDpf = processor.Dpf?.SwissUsDpf ?? false,
        DpfCovers = processor.Dpf is { } listing ? FormValues.ChoiceValue(listing.Covers) : null,
    };

    /// <summary>A copy of the form with another name (a stand-in, to find the other fields' problems).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The copy.</returns>
    internal ProcessorForm WithName(string name)
    {
        var copy = (ProcessorForm)MemberwiseClone();
        copy.Name = name;
        return copy;
    }

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
        var dpf = ToDpfListing(problems);
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
            .WithNotes(FormValues.Text(Notes))
            .WithDpf(dpf);
        return FormResult<Processor>.Of(processor);
    }

    /// <summary>
    /// The DPF listing of the fieldset: null when no status is chosen and the other fields are blank. As in a register
    /// file, a listing needs its status and the day the List was checked.
    /// </summary>
    private DpfListing? ToDpfListing(List<Problem> problems)
    {
        var status = FormValues.OptionalChoice<Verwerkers.Register.DpfStatus>(DpfStatus, nameof(DpfStatus), problems);
        var checkedOn = FormValues.Date(DpfCheckedOn, nameof(DpfCheckedOn), problems);
        var due = FormValues.Date(DpfRecertificationDue, nameof(DpfRecertificationDue), problems);
        var listed = FormValues.Text(DpfListedOrganisation);
        var covers = FormValues.OptionalChoice<DpfDataCoverage>(DpfCovers, nameof(DpfCovers), problems);
        if (FormValues.Text(DpfStatus) is null)
        {
            if (FormValues.Text(DpfCheckedOn) is not null || FormValues.Text(DpfRecertificationDue) is not null || listed is not null
                || DpfUkExtension || DpfSwissUsDpf || (covers is { } c && c != DpfDataCoverage.Unknown))
            {
                problems.Add(FormValues.Problem(
                    nameof(DpfStatus),
                    "Choose the status found on the DPF List, or leave every DPF field blank.",
                    "Kies de status op de DPF-lijst, of laat alle DPF-velden leeg."));
            }

            return null;
        }

        if (FormValues.Text(DpfCheckedOn) is null)
        {
            problems.Add(FormValues.Problem(
                nameof(DpfCheckedOn),
                "Give the day the DPF List was checked: a listing lapses when its re-certification is missed.",
                "Geef de datum waarop de DPF-lijst is gecontroleerd: een vermelding vervalt als de hercertificering wordt gemist."));
        }

        if (status is not { } found || checkedOn is not { } day)
        {
            return null;
        }

        return new DpfListing(found, day)
        {
            RecertificationDue = due,
            ListedOrganisation = listed,
            UkExtension = DpfUkExtension,
            SwissUsDpf = DpfSwissUsDpf,
            Covers = covers ?? DpfDataCoverage.Unknown,
        };
    }
}
