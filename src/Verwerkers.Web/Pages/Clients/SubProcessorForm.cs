using System.Collections.Generic;
using Verwerkers.Register;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// The sub-processor form and its mapping to and from a <see cref="SubProcessor"/>. Editing keeps the values the form
/// does not show (address, contact, DPF listing, Safe Harbor and Privacy Shield listings).
/// </summary>
public sealed class SubProcessorForm
{
    /// <summary>Where the validator's paths below a sub-processor (<c>processors[i].subProcessors[j].…</c>) are shown.</summary>
    internal static readonly IReadOnlyDictionary<string, string> PathFields = new Dictionary<string, string>
    {
        ["id"] = nameof(Id),
        ["name"] = nameof(Name),
        ["country"] = nameof(Country),
        ["legalEntity"] = nameof(LegalEntity),
        ["service"] = nameof(Service),
        ["authorisation"] = nameof(Authorisation),
        ["notifiedOn"] = nameof(NotifiedOn),
        ["objectionPeriod"] = nameof(ObjectionPeriod),
        ["parentSubProcessorId"] = nameof(ParentSubProcessorId),
    };

    /// <summary>Gets or sets the id; blank on a new sub-processor derives it from the name. Fixed once it exists.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the name (required).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the country code where it processes the data (required).</summary>
    public string? Country { get; set; }

    /// <summary>Gets or sets the contracting legal entity.</summary>
    public string? LegalEntity { get; set; }

    /// <summary>Gets or sets the service it provides, for example "hosting".</summary>
    public string? Service { get; set; }

    /// <summary>Gets or sets how the controller authorised it, as a camelCase <see cref="SubProcessorAuthorisation"/> name.</summary>
    public string? Authorisation { get; set; }

    /// <summary>Gets or sets the day the processor notified the controller (yyyy-MM-dd).</summary>
    public string? NotifiedOn { get; set; }

    /// <summary>Gets or sets the objection period after notification (ISO 8601, for example P30D).</summary>
    public string? ObjectionPeriod { get; set; }

    /// <summary>Gets or sets the id of the sub-processor that engaged this one; blank when the processor did.</summary>
    public string? ParentSubProcessorId { get; set; }

    /// <summary>The form filled from a sub-processor.</summary>
    /// <param name="sub">The sub-processor.</param>
    /// <returns>The form.</returns>
    public static SubProcessorForm From(SubProcessor sub) => new()
    {
        Id = sub.Id,
        Name = sub.Name,
        Country = sub.Country.Value,
        LegalEntity = sub.LegalEntity,
        Service = sub.Service,
        Authorisation = FormValues.ChoiceValue(sub.Authorisation),
        NotifiedOn = FormValues.Date(sub.NotifiedOn),
        ObjectionPeriod = FormValues.Period(sub.ObjectionPeriod),
        ParentSubProcessorId = sub.ParentSubProcessorId,
    };

    /// <summary>The sub-processor the form describes, over <paramref name="existing"/> when it edits one.</summary>
    /// <param name="existing">The sub-processor being edited (its id is kept), or null for a new one.</param>
    /// <param name="taken">Whether a sub-processor id is already in use within the processor.</param>
    /// <returns>The sub-processor, or the problems at their fields.</returns>
    public FormResult<SubProcessor> ToSubProcessor(SubProcessor? existing, System.Func<string, bool> taken)
    {
        var problems = new List<Problem>();
        var name = FormValues.Required(Name, nameof(Name), problems);
        var country = FormValues.Country(Country, nameof(Country), required: true, problems);
        var authorisation = FormValues.Choice(Authorisation, existing?.Authorisation ?? SubProcessorAuthorisation.None, nameof(Authorisation), problems);
        var notifiedOn = FormValues.Date(NotifiedOn, nameof(NotifiedOn), problems);
        var objection = FormValues.Period(ObjectionPeriod, nameof(ObjectionPeriod), problems);
        if (problems.Count > 0 || country is not { } code)
        {
            return FormResult<SubProcessor>.Failed(problems);
        }

        var id = existing?.Id ?? FormValues.Text(Id) ?? FormIds.Unique(FormIds.Slug(name, "subverwerker"), taken);
        var sub = (existing ?? new SubProcessor(id, name, code))
            .WithName(name)
            .WithCountry(code)
            .WithLegalEntity(FormValues.Text(LegalEntity))
            .WithService(FormValues.Text(Service))
            .WithAuthorisation(authorisation)
            .WithNotifiedOn(notifiedOn)
            .WithObjectionPeriod(objection)
            .WithParentSubProcessorId(FormValues.Text(ParentSubProcessorId));
        return FormResult<SubProcessor>.Of(sub);
    }
}
