using System.Collections.Generic;
using Verwerkers.Register;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// The transfer form (country, mechanism and the details that decide its validity) and its mapping to and from a
/// <see cref="Transfer"/>. Editing keeps the values the form does not show (fallback mechanisms, importer
/// organisation, the day the processing changed, the public-authority and Art. 3(2) flags).
/// </summary>
public sealed class TransferForm
{
    /// <summary>Where the validator's paths below a transfer (<c>transfers[k].…</c>) are shown in this form.</summary>
    internal static readonly IReadOnlyDictionary<string, string> PathFields = new Dictionary<string, string>
    {
        ["id"] = nameof(Id),
        ["processorId"] = nameof(ProcessorId),
        ["subProcessorId"] = nameof(SubProcessorId),
        ["importerCountry"] = nameof(ImporterCountry),
        ["importerScope"] = nameof(ImporterScope),
        ["exporterRole"] = nameof(ExporterRole),
        ["importerRole"] = nameof(ImporterRole),
        ["frequency"] = nameof(Frequency),
        ["mechanism"] = nameof(Mechanism),
        ["mechanism.kind"] = nameof(Mechanism),
        ["mechanism.sccModule"] = nameof(SccModule),
        ["mechanism.signedOn"] = nameof(SignedOn),
        ["mechanism.art49Ground"] = nameof(Art49Ground),
        ["mechanism.reference"] = nameof(MechanismReference),
        ["tiaDocumentedOn"] = nameof(TiaDocumentedOn),
        ["tiaReference"] = nameof(TiaReference),
        ["claimSource"] = nameof(ClaimSource),
        ["notes"] = nameof(Notes),
    };

    /// <summary>Gets or sets the id; blank on a new transfer derives it from the importer. Fixed once it exists.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the id of the processor the transfer belongs to (required).</summary>
    public string? ProcessorId { get; set; }

    /// <summary>Gets or sets the id of the sub-processor that imports the data; blank when the processor itself does.</summary>
    public string? SubProcessorId { get; set; }

    /// <summary>Gets or sets the importer's country code; blank takes the importer's own country.</summary>
    public string? ImporterCountry { get; set; }

    /// <summary>Gets or sets whether the importer is within a partial adequacy decision, as a camelCase <see cref="AdequacyScope"/> name.</summary>
    public string? ImporterScope { get; set; }

    /// <summary>Gets or sets the exporter's role (controller or processor); blank: the processor for a transfer to a sub-processor, else the controller.</summary>
    public string? ExporterRole { get; set; }

    /// <summary>Gets or sets the importer's role (controller or processor); blank: processor.</summary>
    public string? ImporterRole { get; set; }

    /// <summary>Gets or sets how often data cross the border, as a camelCase <see cref="TransferFrequency"/> name.</summary>
    public string? Frequency { get; set; }

    /// <summary>Gets or sets the mechanism claimed, as a camelCase <see cref="TransferMechanismKind"/> name (required).</summary>
    public string? Mechanism { get; set; }

    /// <summary>Gets or sets the 2021/914 module (module1 to module4), for standard contractual clauses of 2021.</summary>
    public string? SccModule { get; set; }

    /// <summary>Gets or sets the day the clauses were signed (yyyy-MM-dd).</summary>
    public string? SignedOn { get; set; }

    /// <summary>Gets or sets the Art. 49 ground, for a derogation, as a camelCase <see cref="Register.Art49Ground"/> name.</summary>
    public string? Art49Ground { get; set; }

    /// <summary>Gets or sets whether the conditions of the Art. 49 ground are documented.</summary>
    public bool ConditionsRecorded { get; set; }

    /// <summary>Gets or sets a reference to the mechanism's document, approval or decision.</summary>
    public string? MechanismReference { get; set; }

    /// <summary>Gets or sets the day a transfer impact assessment was documented (yyyy-MM-dd).</summary>
    public string? TiaDocumentedOn { get; set; }

    /// <summary>Gets or sets a reference to the transfer impact assessment.</summary>
    public string? TiaReference { get; set; }

    /// <summary>Gets or sets whether the transfer includes human-resources data.</summary>
    public bool IncludesHrData { get; set; }

    /// <summary>Gets or sets where the claim comes from, for example "privacyverklaring 2018".</summary>
    public string? ClaimSource { get; set; }

    /// <summary>Gets or sets free-text notes.</summary>
    public string? Notes { get; set; }

    /// <summary>The form filled from a transfer.</summary>
    /// <param name="transfer">The transfer.</param>
    /// <returns>The form.</returns>
    public static TransferForm From(Transfer transfer) => new()
    {
        Id = transfer.Id,
        ProcessorId = transfer.ProcessorId,
        SubProcessorId = transfer.SubProcessorId,
        ImporterCountry = transfer.ImporterCountry.Value,
        ImporterScope = FormValues.ChoiceValue(transfer.ImporterScope),
        ExporterRole = FormValues.ChoiceValue(transfer.ExporterRole),
        ImporterRole = FormValues.ChoiceValue(transfer.ImporterRole),
        Frequency = FormValues.ChoiceValue(transfer.Frequency),
        Mechanism = FormValues.ChoiceValue(transfer.Mechanism.Kind),
        SccModule = transfer.Mechanism.SccModule is { } module ? FormValues.ChoiceValue(module) : null,
        SignedOn = FormValues.Date(transfer.Mechanism.SignedOn),
        Art49Ground = transfer.Mechanism.Art49Ground is { } ground ? FormValues.ChoiceValue(ground) : null,
        ConditionsRecorded = transfer.Mechanism.ConditionsRecorded,
        MechanismReference = transfer.Mechanism.Reference,
        TiaDocumentedOn = FormValues.Date(transfer.TiaDocumentedOn),
        TiaReference = transfer.TiaReference,
        IncludesHrData = transfer.IncludesHrData,
        ClaimSource = transfer.ClaimSource,
        Notes = transfer.Notes,
    };

    /// <summary>The transfer the form describes, over <paramref name="existing"/> when it edits one.</summary>
    /// <param name="register">The register, to find the importer's own country when the form gives none.</param>
    /// <param name="existing">The transfer being edited (its id is kept), or null for a new one.</param>
    /// <returns>The transfer, or the problems at their fields.</returns>
    public FormResult<Transfer> ToTransfer(ProcessorRegister register, Transfer? existing)
    {
        var problems = new List<Problem>();
        var processorId = FormValues.Required(ProcessorId, nameof(ProcessorId), problems);
        var subId = FormValues.Text(SubProcessorId);
        var processor = processorId.Length == 0 ? null : register.FindProcessor(processorId);
        if (processorId.Length > 0 && processor is null)
        {
            problems.Add(FormValues.Problem(nameof(ProcessorId), $"No processor has id '{TextHelper.Shorten(processorId)}'.", $"Geen verwerker heeft id '{TextHelper.Shorten(processorId)}'."));
        }

        var sub = subId is null ? null : processor?.FindSubProcessor(subId);
        if (subId is not null && processor is not null && sub is null)
        {
            problems.Add(FormValues.Problem(nameof(SubProcessorId), $"Processor '{processor.Id}' has no sub-processor with id '{TextHelper.Shorten(subId)}'.", $"Verwerker '{processor.Id}' heeft geen subverwerker met id '{TextHelper.Shorten(subId)}'."));
        }

        var country = FormValues.Country(ImporterCountry, nameof(ImporterCountry), required: false, problems) ?? sub?.Country ?? processor?.Country;
        var kind = FormValues.OptionalChoice<TransferMechanismKind>(Mechanism, nameof(Mechanism), problems);
        if (FormValues.Text(Mechanism) is null)
        {
            problems.Add(FormValues.Problem(
                nameof(Mechanism),
                "Choose the mechanism claimed; choose \"none\" when nothing is claimed.",
                "Kies het mechanisme dat wordt gesteld; kies \"geen\" als er geen grondslag wordt gesteld."));
        }

        var module = FormValues.OptionalChoice<SccModule>(SccModule, nameof(SccModule), problems);
        var signedOn = FormValues.Date(SignedOn, nameof(SignedOn), problems);
        var ground = FormValues.OptionalChoice<Art49Ground>(Art49Ground, nameof(Art49Ground), problems);
        var scope = FormValues.Choice(ImporterScope, existing?.ImporterScope ?? AdequacyScope.Unknown, nameof(ImporterScope), problems);
        var exporter = FormValues.OptionalChoice<PartyRole>(ExporterRole, nameof(ExporterRole), problems) ?? (subId is null ? PartyRole.Controller : PartyRole.Processor);
        var importer = FormValues.OptionalChoice<PartyRole>(ImporterRole, nameof(ImporterRole), problems) ?? PartyRole.Processor;
        var frequency = FormValues.Choice(Frequency, existing?.Frequency ?? TransferFrequency.Systematic, nameof(Frequency), problems);
        var tiaOn = FormValues.Date(TiaDocumentedOn, nameof(TiaDocumentedOn), problems);
        if (country is null && !problems.Exists(p => p.Path == nameof(ImporterCountry)))
        {
            problems.Add(FormValues.Problem(
                nameof(ImporterCountry),
                "The country is missing: give an ISO 3166-1 alpha-2 code such as \"NL\" or \"US\".",
                "Het land ontbreekt: geef een ISO 3166-1 alpha-2-code zoals \"NL\" of \"US\"."));
        }

        if (problems.Count > 0 || country is not { } code || kind is not { } mechanismKind)
        {
            return FormResult<Transfer>.Failed(problems);
        }

        var mechanism = (existing?.Mechanism ?? TransferMechanism.Of(mechanismKind))
            .WithKind(mechanismKind)
            .WithSccModule(module)
            .WithSignedOn(signedOn)
            .WithArt49Ground(ground)
            .WithConditionsRecorded(ConditionsRecorded)
            .WithReference(FormValues.Text(MechanismReference));
        var id = existing?.Id ?? FormValues.Text(Id) ?? FormIds.Unique(
            FormIds.Slug(processorId + (subId is null ? string.Empty : "-" + subId) + "-" + code.Value, "doorgifte"),
            candidate => register.FindTransfer(candidate) is not null);
        var transfer = (existing ?? new Transfer(id, processorId, code, mechanism))
            .WithProcessorId(processorId)
            .WithSubProcessorId(subId)
            .WithImporterCountry(code)
            .WithImporterScope(scope)
            .WithExporterRole(exporter)
            .WithImporterRole(importer)
            .WithFrequency(frequency)
            .WithMechanism(mechanism)
            .WithTiaDocumentedOn(tiaOn)
            .WithTiaReference(FormValues.Text(TiaReference))
            .WithIncludesHrData(IncludesHrData)
            .WithClaimSource(FormValues.Text(ClaimSource))
            .WithNotes(FormValues.Text(Notes));
        return FormResult<Transfer>.Of(transfer);
    }
}
