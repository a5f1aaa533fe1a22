using System;
using System.Collections.Generic;
using System.Linq;
using Verwerkers.Register;

namespace Verwerkers.Storage.Xlsx;

/// <summary>
/// The words a person reads in the workbook for every code value of the register (Dutch and English), and the way
/// back: a cell may hold the Dutch label, the English label or the register-format code, in any case.
/// </summary>
/// <remarks>Small pure functions, so that a shared input kit can take the parsing over one function at a time.</remarks>
internal static class XlsxLabels
{
    private static readonly Dictionary<Type, (Enum Value, string Nl, string En)[]> Tables = new()
    {
        [typeof(ProcessorCategory)] = Table(
            (ProcessorCategory.Crm, "CRM", "CRM"),
            (ProcessorCategory.Mailing, "e-mailmarketing", "mailing"),
            (ProcessorCategory.Hosting, "hosting", "hosting"),
            (ProcessorCategory.IctServices, "ICT-dienstverlening", "ICT services"),
            (ProcessorCategory.Analytics, "webanalyse", "analytics"),
            (ProcessorCategory.Payments, "betalingen", "payments"),
            (ProcessorCategory.Administration, "administratie", "administration"),
            (ProcessorCategory.Payroll, "salarisadministratie", "payroll"),
            (ProcessorCategory.SocialMedia, "sociale media", "social media"),
            (ProcessorCategory.Other, "overig", "other")),
        [typeof(ProcessorRole)] = Table(
            (ProcessorRole.Processor, "verwerker", "processor"),
            (ProcessorRole.IndependentController, "zelfstandig verwerkingsverantwoordelijke", "independent controller"),
            (ProcessorRole.JointController, "gezamenlijk verwerkingsverantwoordelijke", "joint controller")),
        [typeof(Certification)] = Table(
            (Certification.Iso27001, "ISO 27001", "ISO 27001"),
            (Certification.Iso27701, "ISO 27701", "ISO 27701"),
            (Certification.Nen7510, "NEN 7510", "NEN 7510"),
            (Certification.Soc2, "SOC 2", "SOC 2"),
            (Certification.DataPro, "Data Pro Certificate", "Data Pro Certificate")),
        [typeof(DpfStatus)] = Table(
            (DpfStatus.Active, "actief", "active"),
            (DpfStatus.Inactive, "inactief", "inactive"),
            (DpfStatus.NotListed, "niet op de lijst", "not listed")),
        [typeof(DpfDataCoverage)] = Table(
            (DpfDataCoverage.NonHr, "niet-HR-gegevens", "non-HR data"),
            (DpfDataCoverage.Hr, "HR-gegevens", "HR data"),
            (DpfDataCoverage.HrAndNonHr, "HR- en niet-HR-gegevens", "HR and non-HR data"),
            (DpfDataCoverage.Unknown, "onbekend", "unknown")),
        [typeof(DataCategoryKind)] = Table(
            (DataCategoryKind.Regular, "gewoon", "regular"),
            (DataCategoryKind.Special, "bijzonder (art. 9)", "special category (Art. 9)"),
            (DataCategoryKind.Criminal, "strafrechtelijk (art. 10)", "criminal offences (Art. 10)"),
            (DataCategoryKind.NationalIdentificationNumber, "BSN of ander nationaal nummer (art. 87)", "national identification number (Art. 87)")),
        [typeof(SubProcessorAuthorisation)] = Table(
            (SubProcessorAuthorisation.Specific, "specifieke toestemming", "specific authorisation"),
            (SubProcessorAuthorisation.General, "algemene toestemming", "general authorisation"),
            (SubProcessorAuthorisation.None, "geen toestemming", "no authorisation")),
        [typeof(PartyRole)] = Table(
            (PartyRole.Controller, "verwerkingsverantwoordelijke", "controller"),
            (PartyRole.Processor, "verwerker", "processor")),
        [typeof(AdequacyScope)] = Table(
            (AdequacyScope.Covered, "valt eronder", "covered"),
            (AdequacyScope.NotCovered, "valt erbuiten", "not covered"),
            (AdequacyScope.Unknown, "onbekend", "unknown")),
        [typeof(TransferMechanismKind)] = Table(
            (TransferMechanismKind.Adequacy, "adequaatheidsbesluit", "adequacy decision"),
            (TransferMechanismKind.DataPrivacyFramework, "EU-VS Data Privacy Framework", "EU-US Data Privacy Framework"),
            (TransferMechanismKind.Scc2021, "SCC's 2021", "SCCs 2021"),
            (TransferMechanismKind.Art28Clauses2021, "art. 28-bepalingen 2021", "Art. 28 clauses 2021"),
            (TransferMechanismKind.BindingCorporateRules, "bindende bedrijfsvoorschriften (BCR)", "binding corporate rules (BCR)"),
            (TransferMechanismKind.CodeOfConduct, "gedragscode", "code of conduct"),
            (TransferMechanismKind.Certification, "certificering", "certification"),
            (TransferMechanismKind.Art49Derogation, "uitzondering art. 49", "Art. 49 derogation"),
            (TransferMechanismKind.Scc2010, "SCC's 2010 (verwerkers)", "SCCs 2010 (processors)"),
            (TransferMechanismKind.Scc2004, "SCC's 2004 (set II)", "SCCs 2004 (set II)"),
            (TransferMechanismKind.Scc2002, "SCC's 2002 (verwerkers)", "SCCs 2002 (processors)"),
            (TransferMechanismKind.Scc2001, "SCC's 2001 (set I)", "SCCs 2001 (set I)"),
            (TransferMechanismKind.PrivacyShield, "Privacy Shield", "Privacy Shield"),
            (TransferMechanismKind.SafeHarbor, "Safe Harbor", "Safe Harbor"),
            (TransferMechanismKind.None, "geen grondslag", "no basis")),
        [typeof(SccModule)] = Table(
            (SccModule.Module1, "module 1 (verantwoordelijke aan verantwoordelijke)", "module 1 (controller to controller)"),
            (SccModule.Module2, "module 2 (verantwoordelijke aan verwerker)", "module 2 (controller to processor)"),
            (SccModule.Module3, "module 3 (verwerker aan verwerker)", "module 3 (processor to processor)"),
            (SccModule.Module4, "module 4 (verwerker aan verantwoordelijke)", "module 4 (processor to controller)")),
        [typeof(Art49Ground)] = Table(
            (Art49Ground.ExplicitConsent, "uitdrukkelijke toestemming (a)", "explicit consent (a)"),
            (Art49Ground.ContractWithDataSubject, "overeenkomst met de betrokkene (b)", "contract with the data subject (b)"),
            (Art49Ground.ContractInDataSubjectInterest, "overeenkomst in het belang van de betrokkene (c)", "contract in the data subject's interest (c)"),
            (Art49Ground.PublicInterest, "gewichtige redenen van algemeen belang (d)", "important reasons of public interest (d)"),
            (Art49Ground.LegalClaims, "rechtsvordering (e)", "legal claims (e)"),
            (Art49Ground.VitalInterests, "vitale belangen (f)", "vital interests (f)"),
            (Art49Ground.PublicRegister, "openbaar register (g)", "public register (g)"),
            (Art49Ground.CompellingLegitimateInterests, "dwingend gerechtvaardigd belang (lid 1, tweede alinea)", "compelling legitimate interests (second subparagraph)")),
        [typeof(TransferFrequency)] = Table(
            (TransferFrequency.Systematic, "stelselmatig", "systematic"),
            (TransferFrequency.Occasional, "incidenteel", "occasional")),
        [typeof(Art28Requirement)] = Table(
            (Art28Requirement.Written, "schriftelijk", "in writing"),
            (Art28Requirement.Parties, "partijen", "parties"),
            (Art28Requirement.SubjectMatter, "onderwerp", "subject-matter"),
            (Art28Requirement.Duration, "duur", "duration"),
            (Art28Requirement.Nature, "aard", "nature"),
            (Art28Requirement.Purpose, "doel", "purpose"),
            (Art28Requirement.DataTypes, "soort gegevens", "types of data"),
            (Art28Requirement.DataSubjects, "categorieën betrokkenen", "categories of data subjects"),
            (Art28Requirement.ControllerRights, "rechten verantwoordelijke", "controller's rights"),
            (Art28Requirement.Instructions, "a. instructies", "a. instructions"),
            (Art28Requirement.Confidentiality, "b. geheimhouding", "b. confidentiality"),
            (Art28Requirement.Security, "c. beveiliging", "c. security"),
            (Art28Requirement.SubProcessors, "d. subverwerkers", "d. sub-processors"),
            (Art28Requirement.DataSubjectRights, "e. rechten betrokkenen", "e. data-subject rights"),
            (Art28Requirement.Assistance, "f. bijstand", "f. assistance"),
            (Art28Requirement.DeleteOrReturn, "g. wissen of teruggeven", "g. deletion or return"),
            (Art28Requirement.Audit, "h. audits", "h. audits"),
            (Art28Requirement.UnlawfulInstruction, "onrechtmatige instructie", "infringing instruction"),
            (Art28Requirement.TransferMechanism, "doorgiftegrondslag", "transfer basis"),
            (Art28Requirement.DataProStatement, "Data Pro Statement", "Data Pro Statement")),
    };

    /// <summary>Gets the label of a value in a language.</summary>
    public static string Label<TEnum>(TEnum value, Language language)
        where TEnum : struct, Enum
    {
        foreach (var row in Tables[typeof(TEnum)])
        {
            if (row.Value.Equals(value))
            {
                return language == Language.English ? row.En : row.Nl;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "The value has no label.");
    }

    /// <summary>Gets the label of a boxed enum value in a language; null for null.</summary>
    public static string? LabelOf(object? value, Language language)
    {
        if (value is not Enum e)
        {
            return null;
        }

        foreach (var row in Tables[e.GetType()])
        {
            if (row.Value.Equals(e))
            {
                return language == Language.English ? row.En : row.Nl;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "The value has no label.");
    }

    public static string? Label<TEnum>(TEnum? value, Language language)
        where TEnum : struct, Enum
        => value is { } v ? Label(v, language) : null;

    /// <summary>Gets the labels of an enum in a language, in the order a drop-down list shows them.</summary>
    public static IReadOnlyList<string> Choices(Type enumType, Language language) =>
        Tables[enumType].Select(r => language == Language.English ? r.En : r.Nl).ToArray();

    /// <summary>Gets every enum type that has labels.</summary>
    public static IEnumerable<Type> LabelledTypes => Tables.Keys;

    /// <summary>Reads a value from its Dutch label, its English label or its register-format code (case-insensitive).</summary>
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        var trimmed = text.Trim();
        foreach (var row in Tables[typeof(TEnum)])
        {
            if (string.Equals(row.Nl, trimmed, StringComparison.OrdinalIgnoreCase)
                || string.Equals(row.En, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                value = (TEnum)row.Value;
                return true;
            }
        }

        return XlsxValues.TryParseEnum(trimmed, out value);
    }

    /// <summary>Describes the accepted values for a message: each label with its code, e.g. "e-mailmarketing (mailing)".</summary>
    public static string Accepted<TEnum>(Language language)
        where TEnum : struct, Enum
        => string.Join(", ", Tables[typeof(TEnum)].Select(r => $"{(language == Language.English ? r.En : r.Nl)} ({XlsxValues.EnumName((TEnum)r.Value)})"));

    /// <summary>The label of a yes/no fact: "ja"/"nee", "yes"/"no".</summary>
    public static string YesNo(bool value, Language language) => language == Language.English
        ? (value ? "yes" : "no")
        : (value ? "ja" : "nee");

    /// <summary>The yes/no choices of a drop-down list.</summary>
    public static IReadOnlyList<string> YesNoChoices(Language language) => new[] { YesNo(true, language), YesNo(false, language) };

    /// <summary>Reads a yes/no fact written as text: ja/nee, yes/no, waar/onwaar, true/false, 1/0 (case-insensitive).</summary>
    public static bool TryParseYesNo(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "ja" or "yes" or "waar" or "true" or "1":
                value = true;
                return true;
            case "nee" or "no" or "onwaar" or "false" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    private static (Enum Value, string Nl, string En)[] Table<TEnum>(params (TEnum Value, string Nl, string En)[] rows)
        where TEnum : struct, Enum
        => rows.Select(r => ((Enum)r.Value, r.Nl, r.En)).ToArray();
}
