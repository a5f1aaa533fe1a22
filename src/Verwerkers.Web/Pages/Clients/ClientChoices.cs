using System;
using System.Collections.Generic;
using System.Linq;
using Verwerkers.Compliance;
using Verwerkers.Register;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// The choices of the client forms' selects: option values are the register file's camelCase names (as
/// <see cref="FormValues.ChoiceValue{TEnum}"/> writes them), labels in Dutch or English — the library's own wording
/// where its message catalog has one.
/// </summary>
public static class ClientChoices
{
    /// <summary>Gets the processor categories.</summary>
    /// <param name="language">The labels' language.</param>
    /// <returns>Value and label of each choice.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Categories(Language language) => Of<ProcessorCategory>(c => c switch
    {
        ProcessorCategory.Crm => ("CRM / klantbeheer", "CRM"),
        ProcessorCategory.Mailing => ("e-mail en nieuwsbrieven", "e-mail and newsletters"),
        ProcessorCategory.Hosting => ("hosting", "hosting"),
        ProcessorCategory.IctServices => ("ICT-diensten", "ICT services"),
        ProcessorCategory.Analytics => ("webstatistieken en analyse", "web analytics"),
        ProcessorCategory.Payments => ("betalingen", "payments"),
        ProcessorCategory.Administration => ("administratie", "administration"),
        ProcessorCategory.Payroll => ("salarisadministratie", "payroll"),
        ProcessorCategory.SocialMedia => ("sociale media", "social media"),
        _ => ("overig", "other"),
    }, language);

    /// <summary>Gets the roles a party can have.</summary>
    /// <param name="language">The labels' language.</param>
    /// <returns>Value and label of each choice.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Roles(Language language) => Of<ProcessorRole>(r => r switch
    {
        ProcessorRole.IndependentController => ("zelfstandig verwerkingsverantwoordelijke (geen verwerkersovereenkomst)", "independent controller (no processor agreement)"),
        ProcessorRole.JointController => ("gezamenlijk verwerkingsverantwoordelijke (art. 26)", "joint controller (Art. 26)"),
        _ => ("verwerker (art. 28)", "processor (Art. 28)"),
    }, language);

    /// <summary>Gets how a sub-processor can be authorised.</summary>
    /// <param name="language">The labels' language.</param>
    /// <returns>Value and label of each choice.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Authorisations(Language language) =>
        Catalog<SubProcessorAuthorisation>("authorisations", language);

    /// <summary>Gets the transfer mechanisms.</summary>
    /// <param name="language">The labels' language.</param>
    /// <returns>Value and label of each choice, with a first blank "choose" option.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Mechanisms(Language language) =>
        Blank(language == Language.English ? "— choose —" : "— kies —", Enum.GetValues<TransferMechanismKind>()
            .Select(k => Pair(FormValues.ChoiceValue(k), MessageCatalog.Instance.MechanismName(k, language))));

    /// <summary>Gets the modules of the 2021/914 clauses.</summary>
    /// <param name="language">The labels' language.</param>
    /// <returns>Value and label of each choice, with a first blank option.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> SccModules(Language language) =>
        Blank(language == Language.English ? "— no module —" : "— geen module —", Catalog<SccModule>("modules", language));

    /// <summary>Gets the Art. 49 grounds.</summary>
    /// <param name="language">The labels' language.</param>
    /// <returns>Value and label of each choice, with a first blank option.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Art49Grounds(Language language) =>
        Blank(language == Language.English ? "— none —" : "— geen —", Catalog<Art49Ground>("art49Grounds", language));

    /// <summary>Gets the party roles of a transfer's exporter or importer, with a blank "automatic" option.</summary>
    /// <param name="language">The labels' language.</param>
    /// <returns>Value and label of each choice.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> PartyRoles(Language language) =>
        Blank(language == Language.English ? "— as usual —" : "— gebruikelijk —", Of<PartyRole>(r => r == PartyRole.Controller
            ? ("verwerkingsverantwoordelijke", "controller")
            : ("verwerker", "processor"), language));

    /// <summary>Gets whether an importer is within a partial adequacy decision.</summary>
    /// <param name="language">The labels' language.</param>
    /// <returns>Value and label of each choice.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Scopes(Language language) => Of<AdequacyScope>(s => s switch
    {
        AdequacyScope.Covered => ("valt onder het adequaatheidsbesluit", "within the adequacy decision"),
        AdequacyScope.NotCovered => ("valt er niet onder", "outside it"),
        _ => ("onbekend", "unknown"),
    }, language);

    /// <summary>Gets how often data cross the border.</summary>
    /// <param name="language">The labels' language.</param>
    /// <returns>Value and label of each choice.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Frequencies(Language language) => Of<TransferFrequency>(f => f == TransferFrequency.Occasional
        ? ("incidenteel", "occasional")
        : ("stelselmatig", "systematic"), language);

    /// <summary>Gets the statuses a DPF List check can find, with a first blank option (no listing recorded).</summary>
    /// <param name="language">The labels' language.</param>
    /// <param name="blank">The blank option's label.</param>
    /// <returns>Value and label of each choice.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> DpfStatuses(Language language, string blank) => Blank(blank, Of<DpfStatus>(s => s switch
    {
        DpfStatus.Active => ("actief op de DPF-lijst", "active on the DPF List"),
        DpfStatus.Inactive => ("inactief (vervallen)", "inactive (lapsed)"),
        _ => ("niet op de DPF-lijst", "not on the DPF List"),
    }, language));

    /// <summary>Gets which personal data a DPF listing can cover.</summary>
    /// <param name="language">The labels' language.</param>
    /// <returns>Value and label of each choice.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> DpfCoverages(Language language) => Of<DpfDataCoverage>(c => c switch
    {
        DpfDataCoverage.NonHr => ("andere dan HR-gegevens", "non-HR data"),
        DpfDataCoverage.Hr => ("alleen HR-gegevens", "HR data only"),
        DpfDataCoverage.HrAndNonHr => ("HR- en andere gegevens", "HR and non-HR data"),
        _ => ("onbekend", "unknown"),
    }, language);

    /// <summary>Gets every country, by its name in the language, with a first blank option.</summary>
    /// <param name="language">The labels' language.</param>
    /// <param name="blank">The blank option's label.</param>
    /// <returns>Value (the ISO code) and label of each choice.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Countries(Language language, string blank) =>
        Blank(blank, CountryCode.All
            .Select(c => Pair(c.Value, (language == Language.English ? c.NameEn : c.NameNl) + " (" + c.Value + ")"))
            .OrderBy(p => p.Value, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language == Language.English ? "en-GB" : "nl-NL"), ignoreCase: true)));

    /// <summary>Gets the Art. 28 checklist items with their ids.</summary>
    /// <param name="language">The labels' language.</param>
    /// <returns>Id and text of each item, in checklist order.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Art28Items(Language language) =>
        Art28Checklist.All.Select(r => Pair(Art28Checklist.IdOf(r), MessageCatalog.Instance.Text("art28Items", Art28Checklist.IdOf(r), language))).ToList();

    /// <summary>Gets a choice's label, or the value itself when it is not a choice.</summary>
    /// <param name="choices">The choices.</param>
    /// <param name="value">The value.</param>
    /// <returns>The label.</returns>
    public static string LabelOf(IEnumerable<KeyValuePair<string, string>> choices, string? value) =>
        choices.FirstOrDefault(c => string.Equals(c.Key, value, StringComparison.OrdinalIgnoreCase)).Value ?? value ?? string.Empty;

    private static KeyValuePair<string, string> Pair(string value, string label) => new(value, label);

    private static IReadOnlyList<KeyValuePair<string, string>> Blank(string label, IEnumerable<KeyValuePair<string, string>> choices) =>
        new[] { Pair(string.Empty, label) }.Concat(choices).ToList();

    private static IReadOnlyList<KeyValuePair<string, string>> Of<TEnum>(Func<TEnum, (string Nl, string En)> label, Language language)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => Pair(FormValues.ChoiceValue(v), language == Language.English ? label(v).En : label(v).Nl)).ToList();

    private static IReadOnlyList<KeyValuePair<string, string>> Catalog<TEnum>(string group, Language language)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => Pair(FormValues.ChoiceValue(v), MessageCatalog.Instance.TryText(group, FormValues.ChoiceValue(v), language) ?? FormValues.ChoiceValue(v))).ToList();
}
