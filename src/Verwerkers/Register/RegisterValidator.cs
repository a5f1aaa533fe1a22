using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NodaTime;

namespace Verwerkers.Register;

/// <summary>Finds every consistency problem of a register's parts in one pass, with serialized-name paths.</summary>
internal sealed class RegisterValidator
{
    internal const int MaxIdLength = 128;

    private readonly List<Problem> _problems = new();
    private readonly Dictionary<Type, TextMember[]> _members = new();

    // The JSON path of the part whose characters are being checked, as segments: a name, or (name null) a list index.
    // It is turned into text only for a problem: a register of 100,000 processors has millions of texts.
    private readonly List<(string? Name, int Index)> _at = new();

    public Dictionary<string, Processor> ProcessorsById { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Problem> Problems => _problems;

    public static RegisterValidator Run(
        Organisation? controller,
        IReadOnlyList<Processor> processors,
        IReadOnlyList<ProcessorAgreement> agreements,
        IReadOnlyList<Transfer> transfers)
    {
        var v = new RegisterValidator();
        v.CheckController(controller);
        v.CheckCharacters(controller, "controller", -1);
        for (var i = 0; i < processors.Count; i++)
        {
            v.CheckProcessor(processors[i], new At("processors", i));
            v.CheckCharacters(processors[i], "processors", i);
        }

        for (var i = 0; i < agreements.Count; i++)
        {
            v.CheckCharacters(agreements[i], "agreements", i);
        }

        for (var i = 0; i < transfers.Count; i++)
        {
            v.CheckCharacters(transfers[i], "transfers", i);
        }

        var agreementIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < agreements.Count; i++)
        {
            v.CheckAgreement(agreements[i], new At("agreements", i), agreementIds);
        }

        var transferIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < transfers.Count; i++)
        {
            v.CheckTransfer(transfers[i], new At("transfers", i), transferIds);
        }

        return v;
    }

    private void Add(string path, string message, string dutch) => _problems.Add(new Problem(message, dutch) { Path = path });

    private void Add(At path, string member, string message, string dutch) => Add(path + member, message, dutch);

    private void CheckController(Organisation? controller)
    {
        if (controller is null)
        {
            Add("controller", "The register has no controller: add the organisation whose register this is.", "Het register heeft geen verwerkingsverantwoordelijke: voeg de organisatie toe van wie dit register is.");
            return;
        }

        var at = new At("controller");
        CheckText(controller.Name, at, ".name", required: true);
        CheckCountry(controller.Country, at, ".country");
        CheckKvk(controller.KvkNumber, controller.Country, at, ".kvkNumber");
        CheckAddress(controller.Address, at, ".address");
        CheckRange(controller.ContractTerms?.BreachNotificationHours, 1, 168, at, ".contractTerms.breachNotificationHours");
        CheckRange(controller.ContractTerms?.AuditNoticeDays, 0, 90, at, ".contractTerms.auditNoticeDays");
        CheckRange(controller.ContractTerms?.DeletionDays, 1, 365, at, ".contractTerms.deletionDays");
    }

    private void CheckCustomFields(Processor p, At path)
    {
        if (p.Custom.Count == 0)
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in p.Custom)
        {
            if (field is null || !CustomField.IsValidName(field.Name))
            {
                Add(
                    path,
                    ".custom",
                    $"The custom field name '{field?.Name}' cannot be used in a template: use a letter followed by letters, digits or underscores (at most 64).",
                    $"De naam '{field?.Name}' van een eigen veld (custom) kan niet in een sjabloon: gebruik een letter gevolgd door letters, cijfers of liggende streepjes (hoogstens 64).");
            }
            else if (!names.Add(field.Name))
            {
                Add(path, ".custom." + field.Name, $"The custom field '{field.Name}' appears twice.", $"Het eigen veld '{field.Name}' staat er twee keer.");
            }
        }
    }

    private void CheckRange(int? value, int min, int max, At path, string member)
    {
        if (value is { } v && (v < min || v > max))
        {
            Add(path, member, $"Must be between {min} and {max}; it is {v}.", $"Moet tussen {min} en {max} liggen; het is {v}.");
        }
    }

    private void CheckProcessor(Processor? p, At path)
    {
        if (p is null)
        {
            Add(path, string.Empty, "A processor entry is null.", "Een verwerker is leeg (null).");
            return;
        }

        if (CheckId(p.Id, path, ".id"))
        {
            if (ProcessorsById.ContainsKey(p.Id))
            {
                Add(path, ".id", $"Duplicate processor id '{p.Id}': every processor needs its own id.", $"Dubbele verwerker-id '{p.Id}': elke verwerker heeft een eigen id nodig.");
            }
            else
            {
                ProcessorsById.Add(p.Id, p);
            }
        }

        CheckCustomFields(p, path);

        CheckText(p.Name, path, ".name", required: true);
        CheckCountry(p.Country, path, ".country");
        CheckKvk(p.KvkNumber, p.Country, path, ".kvkNumber");
        CheckAddress(p.Address, path, ".address");
        CheckEnum(p.Category, path, ".category");
        CheckEnum(p.Role, path, ".role");
        for (var i = 0; i < p.DataCategories.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(p.DataCategories[i]?.Name))
            {
                CheckText(null, path.Item("dataCategories", i), ".name", required: true);
            }
        }

        for (var i = 0; i < p.ProcessingLocations.Count; i++)
        {
            if (p.ProcessingLocations[i].IsDefault)
            {
                CheckCountry(p.ProcessingLocations[i], path.Item("processingLocations", i), string.Empty);
            }
        }

        if (p.Dpf is { RecertificationDue: { } due } dpf && due < dpf.CheckedOn.PlusYears(-2))
        {
            Add(path, ".dpf.recertificationDue", $"The re-certification day {Format(due)} lies far before the check day {Format(dpf.CheckedOn)}; check the dates.", $"De hercertificeringsdatum {Format(due)} ligt ver vóór de controledatum {Format(dpf.CheckedOn)}; controleer de datums.");
        }

        if (p.SubProcessors.Count == 0)
        {
            return;
        }

        var subIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < p.SubProcessors.Count; i++)
        {
            var subPath = path.Item("subProcessors", i);
            var sub = p.SubProcessors[i];
            if (sub is null)
            {
                Add(subPath, string.Empty, "A sub-processor entry is null.", "Een subverwerker is leeg (null).");
                continue;
            }

            if (CheckId(sub.Id, subPath, ".id") && !subIds.Add(sub.Id))
            {
                Add(subPath, ".id", $"Duplicate sub-processor id '{sub.Id}' within processor '{p.Id}'.", $"Dubbele subverwerker-id '{sub.Id}' binnen verwerker '{p.Id}'.");
            }

            CheckText(sub.Name, subPath, ".name", required: true);
            CheckCountry(sub.Country, subPath, ".country");
            CheckEnum(sub.Authorisation, subPath, ".authorisation");
            CheckNonNegative(sub.ObjectionPeriod, subPath, ".objectionPeriod");
            CheckAddress(sub.Address, subPath, ".address");
        }

        CheckSubProcessorChain(p, path);
    }

    /// <summary>Checks that every parent reference of a sub-processor resolves within the processor and that no chain loops.</summary>
    private void CheckSubProcessorChain(Processor p, At path)
    {
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var sub in p.SubProcessors)
        {
            if (sub?.Id is { } id && !parents.ContainsKey(id))
            {
                parents.Add(id, sub.ParentSubProcessorId);
            }
        }

        for (var i = 0; i < p.SubProcessors.Count; i++)
        {
            var sub = p.SubProcessors[i];
            if (sub?.ParentSubProcessorId is not { } parentId)
            {
                continue;
            }

            var refPath = path.Item("subProcessors", i);
            const string refMember = ".parentSubProcessorId";
            if (!parents.ContainsKey(parentId))
            {
                Add(refPath, refMember, $"Processor '{p.Id}' has no sub-processor with id '{parentId}' (the parent of sub-processor '{sub.Id}').", $"Verwerker '{p.Id}' heeft geen subverwerker met id '{parentId}' (de bovenliggende subverwerker van '{sub.Id}').");
                continue;
            }

            // Walk up at most as many steps as there are sub-processors: a longer walk must have met a cycle.
            var current = (string?)parentId;
            for (var steps = 0; current is not null && steps <= parents.Count; steps++)
            {
                if (string.Equals(current, sub.Id, StringComparison.Ordinal))
                {
                    Add(refPath, refMember, $"The chain of sub-processor '{sub.Id}' of processor '{p.Id}' leads back to itself; the parent references form a cycle.", $"De keten van subverwerker '{sub.Id}' van verwerker '{p.Id}' komt bij zichzelf terug; de verwijzingen naar bovenliggende subverwerkers vormen een kringloop.");
                    break;
                }

                current = parents.TryGetValue(current, out var next) ? next : null;
            }
        }
    }

    private void CheckAgreement(ProcessorAgreement? a, At path, HashSet<string> ids)
    {
        if (a is null)
        {
            Add(path, string.Empty, "An agreement entry is null.", "Een overeenkomst is leeg (null).");
            return;
        }

        if (CheckId(a.Id, path, ".id") && !ids.Add(a.Id))
        {
            Add(path, ".id", $"Duplicate agreement id '{a.Id}'.", $"Dubbele overeenkomst-id '{a.Id}'.");
        }

        CheckProcessorReference(a.ProcessorId, path, ".processorId");
        CheckRange(a.BreachNotificationHours, 1, 168, path, ".breachNotificationHours");
        CheckRange(a.AuditNoticeDays, 0, 90, path, ".auditNoticeDays");
        CheckRange(a.DeletionDays, 1, 365, path, ".deletionDays");
        if (a.StartDate is { } start && a.EndDate is { } end && end < start)
        {
            Add(path, ".endDate", $"The end date {Format(end)} lies before the start date {Format(start)}.", $"De einddatum {Format(end)} ligt vóór de ingangsdatum {Format(start)}.");
        }

        if (a.AutoRenew && (a.RenewalTerm is null || !IsPositive(a.RenewalTerm)))
        {
            Add(path, ".renewalTerm", "An agreement with tacit renewal (autoRenew) needs a positive renewal term, for example \"P1Y\".", "Een overeenkomst met stilzwijgende verlenging (autoRenew) heeft een positieve verlengingstermijn nodig, bijvoorbeeld \"P1Y\".");
        }
        else
        {
            CheckNonNegative(a.RenewalTerm, path, ".renewalTerm");
        }

        CheckNonNegative(a.NoticePeriod, path, ".noticePeriod");
        var seen = a.Covers.Count == 0 ? null : new HashSet<Art28Requirement>();
        for (var i = 0; i < a.Covers.Count; i++)
        {
            if (!IsDefined(a.Covers[i]))
            {
                CheckEnum(a.Covers[i], path.Item("covers", i), string.Empty);
            }

            if (!seen!.Add(a.Covers[i]))
            {
                Add(path.Item("covers", i), string.Empty, $"Checklist item '{Art28Checklist.IdOf(a.Covers[i])}' is listed twice.", $"Checklistonderdeel '{Art28Checklist.IdOf(a.Covers[i])}' staat er twee keer in.");
            }
        }

        if (a.CoversAll && a.Covers.Count > 0)
        {
            Add(path, ".covers", "\"covers\" is either \"all\" or a list of checklist items, not both.", "\"covers\" is \"all\" of een lijst van checklistonderdelen, niet allebei.");
        }

        if (a.CoversAll && a.ChecklistReviewedOn is null)
        {
            Add(path, ".checklistReviewedOn", "\"covers\": \"all\" records a review: give the day it was reviewed in \"checklistReviewedOn\".", "\"covers\": \"all\" legt een beoordeling vast: geef de dag van de beoordeling in \"checklistReviewedOn\".");
        }
    }

    private void CheckTransfer(Transfer? t, At path, HashSet<string> ids)
    {
        if (t is null)
        {
            Add(path, string.Empty, "A transfer entry is null.", "Een doorgifte is leeg (null).");
            return;
        }

        if (CheckId(t.Id, path, ".id") && !ids.Add(t.Id))
        {
            Add(path, ".id", $"Duplicate transfer id '{t.Id}'.", $"Dubbele doorgifte-id '{t.Id}'.");
        }

        var processor = CheckProcessorReference(t.ProcessorId, path, ".processorId");
        if (t.SubProcessorId is not null && processor is not null && processor.FindSubProcessor(t.SubProcessorId) is null)
        {
            Add(path, ".subProcessorId", $"Processor '{processor.Id}' has no sub-processor with id '{t.SubProcessorId}'.", $"Verwerker '{processor.Id}' heeft geen subverwerker met id '{t.SubProcessorId}'.");
        }

        CheckCountry(t.ImporterCountry, path, ".importerCountry");
        CheckEnum(t.ImporterScope, path, ".importerScope");
        CheckEnum(t.Frequency, path, ".frequency");
        CheckEnum(t.ExporterRole, path, ".exporterRole");
        CheckEnum(t.ImporterRole, path, ".importerRole");
        CheckMechanism(t.Mechanism, path, ".mechanism");
        for (var i = 0; i < t.Fallbacks.Count; i++)
        {
            CheckMechanism(t.Fallbacks[i], path.Item("fallbacks", i), string.Empty);
        }
    }

    private void CheckMechanism(TransferMechanism? m, At path, string member)
    {
        // The path is joined only for a problem: a register has hundreds of thousands of mechanisms.
        if (m is null)
        {
            Add(path, member, "The mechanism is missing; use kind \"none\" when nothing is claimed.", "Het mechanisme ontbreekt; gebruik kind \"none\" als er geen grondslag wordt gesteld.");
            return;
        }

        CheckEnum(m.Kind, path, member, ".kind");
        if (m.SccModule is { } module && m.Kind != TransferMechanismKind.Scc2021)
        {
            Add(path, member + ".sccModule", $"An SCC module ({module}) only belongs to the 2021/914 clauses (kind \"scc2021\"), not to \"{m.Kind}\".", $"Een SCC-module ({module}) hoort alleen bij de bepalingen van 2021/914 (kind \"scc2021\"), niet bij \"{m.Kind}\".");
        }

        if (m.SccModule is { } mod)
        {
            CheckEnum(mod, path, member, ".sccModule");
        }

        if (m.Art49Ground is not null && m.Kind != TransferMechanismKind.Art49Derogation)
        {
            Add(path, member + ".art49Ground", $"An Art. 49 ground only belongs to kind \"art49Derogation\", not to \"{m.Kind}\".", $"Een grond van art. 49 hoort alleen bij kind \"art49Derogation\", niet bij \"{m.Kind}\".");
        }

        if (m.Art49Ground is { } ground)
        {
            CheckEnum(ground, path, member, ".art49Ground");
        }
    }

    private Processor? CheckProcessorReference(string? processorId, At path, string member)
    {
        if (string.IsNullOrWhiteSpace(processorId))
        {
            Add(path, member, "The processor id is missing.", "De verwerker-id ontbreekt.");
            return null;
        }

        if (ProcessorsById.TryGetValue(processorId!, out var processor))
        {
            return processor;
        }

        Add(path, member, $"No processor has id '{processorId}': the reference does not resolve.", $"Geen verwerker heeft id '{processorId}': de verwijzing klopt niet.");
        return null;
    }

    private bool CheckId(string? id, At path, string member)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            Add(path, member, "The id is missing or empty.", "De id ontbreekt of is leeg.");
            return false;
        }

        if (id!.Length > MaxIdLength || id.Trim().Length != id.Length || HasControlCharacter(id))
        {
            Add(path, member, $"The id '{TextHelper.Shorten(Visible(id))}' must be at most {MaxIdLength} characters, without leading or trailing spaces or control characters.", $"De id '{TextHelper.Shorten(Visible(id))}' mag hoogstens {MaxIdLength} tekens hebben, zonder spaties aan het begin of eind en zonder stuurtekens.");
            return false;
        }

        if (TextRules.ProblemInName(id) is { } problem)
        {
            Add(path, member, $"The id '{TextHelper.Shorten(Visible(id))}' {problem.English}", $"De id '{TextHelper.Shorten(Visible(id))}' {problem.Dutch}");
            return false;
        }

        return true;
    }

    private void CheckText(string? text, At path, string member, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Add(path, member, "A value is required.", "Een waarde is verplicht.");
        }
    }

    private void CheckCountry(CountryCode country, At path, string member)
    {
        if (country.IsDefault)
        {
            Add(path, member, "The country is missing: give an ISO 3166-1 alpha-2 code such as \"NL\" or \"US\".", "Het land ontbreekt: geef een ISO 3166-1 alpha-2-code zoals \"NL\" of \"US\".");
        }
    }

    private void CheckCountry(CountryCode? country, At path, string member)
    {
        if (country is { } c)
        {
            CheckCountry(c, path, member);
        }
    }

    private void CheckKvk(string? kvk, CountryCode country, At path, string member)
    {
        if (kvk is null)
        {
            return;
        }

        if (country == CountryCode.Netherlands && !KvkNumber.IsValid(kvk))
        {
            Add(path, member, $"'{TextHelper.Shorten(kvk)}' is not a KvK number: a Dutch KvK number has exactly 8 digits.", $"'{TextHelper.Shorten(kvk)}' is geen KvK-nummer: een Nederlands KvK-nummer heeft precies 8 cijfers.");
        }
        else if (kvk.Length == 0 || kvk.Length > 32)
        {
            Add(path, member, "A registration number must have 1 to 32 characters.", "Een registratienummer moet 1 tot 32 tekens hebben.");
        }
    }

    private void CheckAddress(PostalAddress? address, At path, string member)
    {
        if (address?.Country is { IsDefault: true } country)
        {
            CheckCountry(country, path, member + ".country");
        }
    }

    private void CheckEnum<TEnum>(TEnum value, At path, string member, string sub = "")
        where TEnum : struct, Enum
    {
        if (!IsDefined(value))
        {
            Add(path, member + sub, $"{value} is not a defined {typeof(TEnum).Name} value.", $"{value} is geen gedefinieerde waarde van {typeof(TEnum).Name}.");
        }
    }

    private void CheckNonNegative(Period? period, At path, string member)
    {
        if (period is null)
        {
            return;
        }

        if (period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0)
        {
            Add(path, member, $"The period {period} must not be negative.", $"De termijn {period} mag niet negatief zijn.");
        }

        if (period.HasTimeComponent)
        {
            Add(path, member, $"The period {period} must be in years, months, weeks or days, without a time part.", $"De termijn {period} moet in jaren, maanden, weken of dagen zijn, zonder tijdsdeel.");
        }
    }

    private static bool IsPositive(Period period) =>
        !period.HasTimeComponent && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0
        && (period.Years + period.Months + period.Weeks + period.Days) > 0;

    /// <summary>
    /// Checks every text of a register part (and of the parts inside it) for characters a later step cannot handle:
    /// names and ids by <see cref="TextRules.ProblemInName"/>, other text by <see cref="TextRules.ProblemInText"/>.
    /// The walk follows the model's types, whose nesting is fixed by the code, not by the input.
    /// </summary>
    private void CheckCharacters(object? part, string list, int index)
    {
        _at.Clear();
        _at.Add((list, -1));
        if (index >= 0)
        {
            _at.Add((null, index));
        }

        CheckCharacters(part);
    }

    private void CheckCharacters(object? part)
    {
        if (part is null)
        {
            return;
        }

        foreach (var member in TextMembers(part.GetType()))
        {
            var value = member.Get(part);
            _at.Add((member.JsonName, -1));
            switch (value)
            {
                case string text:
                    // Ids are checked (once) by CheckId.
                    if (!member.IsId && (member.IsNameLike ? TextRules.ProblemInName(text) : TextRules.ProblemInText(text)) is { } problem)
                    {
                        AddCharacterProblem(text, problem);
                    }

                    break;
                case IReadOnlyList<object?> items: // Lists of texts and of model parts, by covariance: no enumerator per list.
                    for (var i = 0; i < items.Count; i++)
                    {
                        CheckItem(items[i], i);
                    }

                    break;
                case IEnumerable list:
                    var index = 0;
                    foreach (var item in list)
                    {
                        CheckItem(item, index++);
                    }

                    break;
                case not null when IsModelType(value.GetType()):
                    CheckCharacters(value);
                    break;
            }

            _at.RemoveAt(_at.Count - 1);
        }
    }

    private void CheckItem(object? item, int index)
    {
        _at.Add((null, index));
        if (item is string text)
        {
            if (TextRules.ProblemInText(text) is { } problem)
            {
                AddCharacterProblem(text, problem);
            }
        }
        else if (IsModelType(item?.GetType()))
        {
            CheckCharacters(item);
        }

        _at.RemoveAt(_at.Count - 1);
    }

    private void AddCharacterProblem(string text, (string English, string Dutch) problem) =>
        Add(CharacterPath(), $"'{TextHelper.Shorten(Visible(text))}' {problem.English}", $"'{TextHelper.Shorten(Visible(text))}' {problem.Dutch}");

    private string CharacterPath()
    {
        var path = new System.Text.StringBuilder();
        foreach (var (name, index) in _at)
        {
            if (name is null)
            {
                path.Append('[').Append(index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                path.Append(path.Length == 0 ? string.Empty : ".").Append(name);
            }
        }

        return path.ToString();
    }

    private TextMember[] TextMembers(Type type)
    {
        if (!_members.TryGetValue(type, out var members))
        {
            members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0
                    && (p.PropertyType == typeof(string)
                        || IsModelType(p.PropertyType)
                        || (p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && p.PropertyType.IsGenericType
                            && (p.PropertyType.GetGenericArguments()[0] == typeof(string) || IsModelType(p.PropertyType.GetGenericArguments()[0])))))
                .Select(p => new TextMember(Getter(p), TextHelper.CamelCase(p.Name), p.Name == "Id", IsNameLike(p.Name)))
                .ToArray();
            _members.Add(type, members);
        }

        return members;
    }

    /// <summary>A typed delegate for a property's getter: the walk reads millions of texts, and
    /// <see cref="PropertyInfo.GetValue(object)"/> is many times slower per call.</summary>
    private static Func<object, object?> Getter(PropertyInfo property) =>
        (Func<object, object?>)typeof(RegisterValidator).GetMethod(nameof(TypedGetter), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(property.DeclaringType!, property.PropertyType)
            .Invoke(null, new object[] { property })!;

    private static Func<object, object?> TypedGetter<TOwner, TValue>(PropertyInfo property)
        where TOwner : class
    {
        var get = (Func<TOwner, TValue>)Delegate.CreateDelegate(typeof(Func<TOwner, TValue>), property.GetGetMethod()!);
        return part => get((TOwner)part);
    }

    private static bool IsModelType(Type? type) =>
        type is not null && type.IsClass && type != typeof(string) && type.Namespace == typeof(Processor).Namespace;

    private static bool IsNameLike(string property) => property == "Name" || property.EndsWith("Id", StringComparison.Ordinal);

    /// <summary>Shows control and bidirectional characters as their code, so a message cannot itself be disguised.</summary>
    private static string Visible(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(char.IsControl(c) || TextRules.IsBidiControl(c) || char.IsSurrogate(c) ? "<U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + ">" : c.ToString());
        }

        return sb.ToString();
    }

    private static bool HasControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }


    private static bool IsDefined<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => DefinedValues<TEnum>.All.Contains(value);

    private static string Format(LocalDate date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The JSON path of a part being checked ("controller", "processors[3]", "processors[3].subProcessors[1]"), joined
    /// into text only for a problem: a register of 100,000 processors has hundreds of thousands of parts.
    /// </summary>
    private readonly struct At
    {
        private readonly string _list;
        private readonly int _index;
        private readonly string? _item;
        private readonly int _itemIndex;

        public At(string list, int index = -1)
            : this(list, index, null, -1)
        {
        }

        private At(string list, int index, string? item, int itemIndex)
        {
            _list = list;
            _index = index;
            _item = item;
            _itemIndex = itemIndex;
        }

        /// <summary>The path of element <paramref name="index"/> of the list <paramref name="list"/> inside this part.</summary>
        public At Item(string list, int index) => _item is null
            ? new At(_list, _index, list, index)
            : throw new InvalidOperationException("A register path nests one list inside a part at most.");

        public static string operator +(At path, string member) => path.ToString() + member;

        public override string ToString()
        {
            var path = _index < 0 ? _list : $"{_list}[{_index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
            return _item is null ? path : $"{path}.{_item}[{_itemIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
        }
    }

    /// <summary>A text-bearing property of a model type, with its serialized name.</summary>
    private sealed record TextMember(Func<object, object?> Get, string JsonName, bool IsId, bool IsNameLike);

    /// <summary>The defined values of an enum type, for a check without boxing (Enum.IsDefined boxes every value).</summary>
    private static class DefinedValues<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly HashSet<TEnum> All = new((TEnum[])Enum.GetValues(typeof(TEnum)));
    }
}
