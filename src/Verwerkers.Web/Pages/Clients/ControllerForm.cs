using System.Collections.Generic;
using Verwerkers.Register;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// The form of the controller's own details (the <see cref="Organisation"/> whose register this is), as posted text,
/// and its mapping to and from the record: name, country, KvK number, postal address, privacy contact, signatory and
/// the contract terms its agreements offer.
/// </summary>
public sealed class ControllerForm
{
    /// <summary>Where the register validator's paths below the controller (<c>controller.…</c>) are shown in this form.</summary>
    internal static readonly IReadOnlyDictionary<string, string> PathFields = new Dictionary<string, string>
    {
        ["name"] = nameof(Name),
        ["country"] = nameof(Country),
        ["kvkNumber"] = nameof(KvkNumber),
        ["address"] = nameof(Street),
        ["address.street"] = nameof(Street),
        ["address.postalCode"] = nameof(PostalCode),
        ["address.city"] = nameof(City),
        ["address.country"] = nameof(AddressCountry),
        ["privacyContact"] = nameof(ContactName),
        ["privacyContact.name"] = nameof(ContactName),
        ["privacyContact.email"] = nameof(ContactEmail),
        ["privacyContact.phone"] = nameof(ContactPhone),
        ["signatory"] = nameof(SignatoryName),
        ["signatory.name"] = nameof(SignatoryName),
        ["signatory.title"] = nameof(SignatoryTitle),
        ["contractTerms.breachNotificationHours"] = nameof(BreachNotificationHours),
        ["contractTerms.auditNoticeDays"] = nameof(AuditNoticeDays),
        ["contractTerms.deletionDays"] = nameof(DeletionDays),
    };

    /// <summary>Gets or sets the organisation's name (required).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the country code of the organisation (required).</summary>
    public string? Country { get; set; }

    /// <summary>Gets or sets the KvK number (8 digits for a Dutch organisation).</summary>
    public string? KvkNumber { get; set; }

    /// <summary>Gets or sets the street and number.</summary>
    public string? Street { get; set; }

    /// <summary>Gets or sets the postal code.</summary>
    public string? PostalCode { get; set; }

    /// <summary>Gets or sets the city.</summary>
    public string? City { get; set; }

    /// <summary>Gets or sets the address's country code, when it differs from the organisation's.</summary>
    public string? AddressCountry { get; set; }

    /// <summary>Gets or sets the privacy contact's name.</summary>
    public string? ContactName { get; set; }

    /// <summary>Gets or sets the privacy contact's email address.</summary>
    public string? ContactEmail { get; set; }

    /// <summary>Gets or sets the privacy contact's phone number.</summary>
    public string? ContactPhone { get; set; }

    /// <summary>Gets or sets the name of the person who signs agreements.</summary>
    public string? SignatoryName { get; set; }

    /// <summary>Gets or sets the signatory's title.</summary>
    public string? SignatoryTitle { get; set; }

    /// <summary>Gets or sets the hours within which a processor reports a breach (1 to 168).</summary>
    public string? BreachNotificationHours { get; set; }

    /// <summary>Gets or sets the days of notice before an audit (0 to 90).</summary>
    public string? AuditNoticeDays { get; set; }

    /// <summary>Gets or sets the days within which data are deleted or returned after the end (1 to 365).</summary>
    public string? DeletionDays { get; set; }

    /// <summary>The form filled from an organisation.</summary>
    /// <param name="organisation">The organisation.</param>
    /// <returns>The form.</returns>
    public static ControllerForm From(Organisation organisation) => new()
    {
        Name = organisation.Name,
        Country = organisation.Country.IsDefault ? null : organisation.Country.Value,
        KvkNumber = organisation.KvkNumber,
        Street = organisation.Address?.Street,
        PostalCode = organisation.Address?.PostalCode,
        City = organisation.Address?.City,
        AddressCountry = organisation.Address?.Country?.Value,
        ContactName = organisation.PrivacyContact?.Name,
        ContactEmail = organisation.PrivacyContact?.Email,
        ContactPhone = organisation.PrivacyContact?.Phone,
        SignatoryName = organisation.Signatory?.Name,
        SignatoryTitle = organisation.Signatory?.Title,
        BreachNotificationHours = FormValues.Int(organisation.ContractTerms?.BreachNotificationHours),
        AuditNoticeDays = FormValues.Int(organisation.ContractTerms?.AuditNoticeDays),
        DeletionDays = FormValues.Int(organisation.ContractTerms?.DeletionDays),
    };

    /// <summary>
    /// The organisation the form describes, over <paramref name="existing"/>. Always gives one, so that the register
    /// validator can check the other fields too: a missing name or country is then taken from
    /// <paramref name="existing"/> (or a stand-in) and reported in <paramref name="problems"/>.
    /// </summary>
    /// <param name="existing">The controller as it is now.</param>
    /// <param name="problems">Receives the form's own problems, each at its field.</param>
    /// <returns>The organisation; use it only when <paramref name="problems"/> stays empty.</returns>
    internal Organisation ToOrganisation(Organisation existing, List<Problem> problems)
    {
        var name = FormValues.Required(Name, nameof(Name), problems);
        var country = FormValues.Country(Country, nameof(Country), required: true, problems) ?? existing.Country;
        var addressCountry = FormValues.Country(AddressCountry, nameof(AddressCountry), required: false, problems);
        var breach = FormValues.Int(BreachNotificationHours, nameof(BreachNotificationHours), problems);
        var audit = FormValues.Int(AuditNoticeDays, nameof(AuditNoticeDays), problems);
        var deletion = FormValues.Int(DeletionDays, nameof(DeletionDays), problems);

        string? street = FormValues.Text(Street), postalCode = FormValues.Text(PostalCode), city = FormValues.Text(City);
        string? contactName = FormValues.Text(ContactName), email = FormValues.Text(ContactEmail), phone = FormValues.Text(ContactPhone);
        string? signatoryName = FormValues.Text(SignatoryName), title = FormValues.Text(SignatoryTitle);
        return existing with
        {
            Name = string.IsNullOrWhiteSpace(name) ? existing.Name : name,
            Country = country,
            KvkNumber = FormValues.Text(KvkNumber),
            Address = street is null && postalCode is null && city is null && addressCountry is null ? null : new PostalAddress(street, postalCode, city, addressCountry),
            PrivacyContact = contactName is null && email is null && phone is null ? null : new ContactDetails(contactName, email, phone),
            Signatory = signatoryName is null && title is null ? null : new Signatory(signatoryName, title),
            ContractTerms = breach is null && audit is null && deletion is null ? null : new ContractTerms(breach, audit, deletion),
        };
    }
}
