using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using Verwerkers.Input;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>
/// The legal facts the compliance checks apply: EEA membership over time (with the UK's periods), adequacy decisions
/// with their scope and validity, the timelines of transfer mechanisms, key dates, the legal references findings
/// cite and the sources those references were read in (<see cref="Sources"/>). Every row carries its source.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> is the data embedded in this package (version <c>2026.11.22</c>). Law moves faster than
/// packages, so the data can be replaced at run time: <see cref="Load(Stream, string?)"/> reads a complete file of
/// the same format, and <see cref="WithOverride(Stream, string?)"/> lays a partial override file on top of this
/// data. Override semantics: a row whose <c>id</c> exists in the same section replaces that row in place (the whole
/// row, not single fields); a row with a new id is appended; <c>removeIds</c> removes rows by id from any section;
/// <c>version</c> and <c>asOf</c> of the override become those of the result. The result is validated as a whole.
/// </para>
/// <para>
/// Loading is strict: unknown properties, wrong types, impossible dates, a <c>validFrom</c> after
/// <c>validUntil</c>, unknown country codes, duplicate ids, overlapping periods for one country, dangling legal
/// references, missing sources, a legal reference naming a source the <c>sources</c> table does not have, a source
/// address that is not an absolute http or https URL and missing required rows are all reported at once in a
/// <see cref="ReferenceDataFormatException"/> with JSON path, line and position. No type information is read from
/// the data, the nesting depth is limited and files over 8 MiB characters are refused.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ReferenceData
{
    private const string ResourceName = "Verwerkers.Compliance.Data.reference-data.json";

    private static readonly Lazy<ReferenceData> DefaultData = new(LoadDefault, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] RequiredDates = { TiaRequiredFromId };

    private readonly Dictionary<string, LegalReference> _legalById;
    private readonly Dictionary<string, LegalSource> _sourceById;
    private readonly Dictionary<CountryCode, EeaMembershipPeriod[]> _eeaByCountry;
    private readonly Dictionary<CountryCode, AdequacyDecision[]> _adequacyByCountry;
    private readonly Dictionary<TransferMechanismKind, MechanismRule> _mechanisms;
    private readonly Dictionary<TransferMechanismKind, AdequacyDecision> _frameworks;
    private readonly Dictionary<string, AdequacyDecision[]> _organisationDecisions;
    private readonly ReferenceDataDocument _document;

    private ReferenceData(ReferenceDataDocument document)
    {
        _document = document;
        Version = document.Version!;
        AsOf = document.AsOf!.Value;
        Description = document.Description;
        Sources = document.Sources!.Select(l => l.Value).ToArray();
        _sourceById = Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        LegalReferences = document.LegalReferences!
            .Select(l => l.Value with { Sources = LegalReference.SourceIds(l.Value.Source).Select(id => _sourceById[id]).ToArray() })
            .ToArray();
        EeaMembership = document.EeaMembership!.Select(l => l.Value).ToArray();
        AdequacyDecisions = document.AdequacyDecisions!.Select(l => l.Value).ToArray();
        Mechanisms = document.Mechanisms!.Select(l => l.Value).ToArray();
        KeyDates = document.KeyDates!.Select(l => l.Value).ToArray();
        InformationalFrameworks = (document.InternationalOrganisationDecisions ?? new()).Concat(document.OtherFrameworks ?? new())
            .Select(l => l.Value).ToArray();
        LegalDevelopments = (document.LegalDevelopments ?? new()).Select(l => l.Value).ToArray();
        _legalById = LegalReferences.ToDictionary(l => l.Id, StringComparer.Ordinal);
        _eeaByCountry = EeaMembership.SelectMany(p => p.Countries.Select(c => (c, p)))
            .GroupBy(x => x.c).ToDictionary(g => g.Key, g => g.Select(x => x.p).ToArray());
        _adequacyByCountry = AdequacyDecisions.SelectMany(d => d.Countries.Select(c => (c, d)))
            .GroupBy(x => x.c).ToDictionary(g => g.Key, g => g.Select(x => x.d).OrderBy(d => d.ValidFrom).ToArray());
        _mechanisms = Mechanisms.ToDictionary(m => m.Kind);
        _frameworks = AdequacyDecisions.Where(d => d.Mechanism is not null).ToDictionary(d => d.Mechanism!.Value);
        _organisationDecisions = (document.InternationalOrganisationDecisions ?? new()).Select(l => l.Value)
            .Where(o => o.Organisation is not null && o.ValidFrom is not null)
            .Select(o => (o.Organisation!, Decision: new AdequacyDecision(o.Id, Array.Empty<CountryCode>(), o.ValidFrom!.Value, AdequacyScopeKind.Full, o.Source)
            {
                ValidUntil = o.ValidUntil, LegalReferences = o.LegalReferences, Unconfirmed = o.Unconfirmed, UnconfirmedNote = o.UnconfirmedNote,
            }))
            .GroupBy(x => x.Item1.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Decision).OrderBy(d => d.ValidFrom).ToArray(), StringComparer.OrdinalIgnoreCase);
        TiaRequiredFrom = KeyDates.First(d => d.Id == TiaRequiredFromId).Date;
        Overrides = document.Overrides.ToArray();
    }

    /// <summary>The id of the key date from which Art. 46 transfers need a documented transfer impact assessment.</summary>
    public const string TiaRequiredFromId = "TIA-REQUIRED-FROM";

    /// <summary>Gets the data embedded in this package. Loaded once, on first use; thread-safe.</summary>
    public static ReferenceData Default => DefaultData.Value;

    /// <summary>Gets the version of the data, for example "2026.11.22".</summary>
    public string Version { get; }

    /// <summary>Gets the day the facts were last researched.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets a description of the data set.</summary>
    public string? Description { get; }

    /// <summary>
    /// Gets the override files laid on the base data, oldest first, each with its own version and every row it
    /// changed; empty for the embedded data or a file loaded on its own. <see cref="Version"/> and <see cref="AsOf"/>
    /// are then the last override's.
    /// </summary>
    public IReadOnlyList<ReferenceDataOverride> Overrides { get; }

    /// <summary>Gets the legal references, in file order.</summary>
    public IReadOnlyList<LegalReference> LegalReferences { get; }

    /// <summary>Gets the sources the legal references were read in (ids as in section 7 of the legal reference), in file order.</summary>
    public IReadOnlyList<LegalSource> Sources { get; }

    /// <summary>Gets the EEA membership periods (with the UK's member, transition and bridge periods).</summary>
    public IReadOnlyList<EeaMembershipPeriod> EeaMembership { get; }

    /// <summary>Gets the adequacy decisions and list-based frameworks (Safe Harbor, Privacy Shield, DPF).</summary>
    public IReadOnlyList<AdequacyDecision> AdequacyDecisions { get; }

    /// <summary>Gets the timelines of the other transfer tools.</summary>
    public IReadOnlyList<MechanismRule> Mechanisms { get; }

    /// <summary>Gets the key dates.</summary>
    public IReadOnlyList<ReferenceDate> KeyDates { get; }

    /// <summary>Gets rows kept for information only (the EPO decision, the UK Extension, the Swiss-US DPF).</summary>
    public IReadOnlyList<InformationalFramework> InformationalFrameworks { get; }

    /// <summary>
    /// Gets the dated legal developments: changes of a destination's law or practice (a transfer impact assessment made
    /// before them is stale) and pending challenges of a decision (a legal risk for transfers relying on it).
    /// </summary>
    public IReadOnlyList<LegalDevelopment> LegalDevelopments { get; }

    /// <summary>Gets the first day a documented transfer impact assessment is required (Schrems II, 2020-07-16).</summary>
    public LocalDate TiaRequiredFrom { get; }

    /// <summary>Loads a complete reference-data file from a stream.</summary>
    /// <param name="stream">The UTF-8 JSON; left open.</param>
    /// <param name="fileName">A name for error messages; "stream" when null.</param>
    /// <returns>The data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ReferenceDataFormatException">The file is malformed or inconsistent; lists every problem.</exception>
    public static ReferenceData Load(Stream stream, string? fileName = null)
    {
        Guard.NotNull(stream, nameof(stream));
        var name = fileName ?? "stream";
        var reader = new JsonTreeReader();
        var root = reader.Parse(stream);
        var doc = root is null ? null : ReferenceDataParser.Parse(root, reader, isOverride: false);
        if (doc is not null)
        {
            Validate(doc, reader);
        }

        return reader.Problems.Count > 0 || doc is null
            ? throw new ReferenceDataFormatException(name, reader.Problems)
            : new ReferenceData(doc);
    }

    /// <summary>Loads a complete reference-data file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ReferenceDataFormatException">The file is malformed or inconsistent; lists every problem.</exception>
    public static ReferenceData Load(string path)
    {
        Guard.NotNull(path, nameof(path));
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Parses a complete reference-data document from a string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ReferenceDataFormatException">The text is malformed or inconsistent; lists every problem.</exception>
    public static ReferenceData Parse(string json)
    {
        Guard.NotNull(json, nameof(json));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return Load(stream, "string");
    }

    /// <summary>Returns this data with an override file laid on top (see the type remarks for the semantics).</summary>
    /// <param name="stream">The override's UTF-8 JSON; left open.</param>
    /// <param name="fileName">A name for error messages; "stream" when null.</param>
    /// <returns>The merged data; this instance is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ReferenceDataFormatException">The override is malformed, or the merged data are inconsistent.</exception>
    public ReferenceData WithOverride(Stream stream, string? fileName = null)
    {
        Guard.NotNull(stream, nameof(stream));
        var name = fileName ?? "stream";
        var reader = new JsonTreeReader();
        var root = reader.Parse(stream);
        var over = root is null ? null : ReferenceDataParser.Parse(root, reader, isOverride: true);
        if (over is null || reader.Problems.Count > 0)
        {
            throw new ReferenceDataFormatException(name, reader.Problems);
        }

        var merged = Merge(_document, over, reader, SourceName(name));
        Validate(merged, reader);
        return reader.Problems.Count > 0 ? throw new ReferenceDataFormatException(name, reader.Problems) : new ReferenceData(merged);
    }

    /// <summary>Returns this data with an override file laid on top (see the type remarks for the semantics).</summary>
    /// <param name="path">The override file.</param>
    /// <returns>The merged data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ReferenceDataFormatException">The override is malformed, or the merged data are inconsistent.</exception>
    public ReferenceData WithOverride(string path)
    {
        Guard.NotNull(path, nameof(path));
        using var stream = File.OpenRead(path);
        return WithOverride(stream, path);
    }

    /// <summary>Finds a legal reference by id.</summary>
    /// <param name="id">The id, for example <c>CJEU-C-311-18</c>.</param>
    /// <returns>The reference, or null.</returns>
    public LegalReference? FindLegalReference(string id) => id is not null && _legalById.TryGetValue(id, out var r) ? r : null;

    /// <summary>Finds a source by id.</summary>
    /// <param name="id">The id, for example <c>S34</c>.</param>
    /// <returns>The source, or null.</returns>
    public LegalSource? FindSource(string id) => id is not null && _sourceById.TryGetValue(id, out var s) ? s : null;

    /// <summary>Finds the EEA membership period of a country on a day.</summary>
    /// <param name="country">The country.</param>
    /// <param name="date">The day.</param>
    /// <returns>The period, or null when the country is a third country on that day.</returns>
    public EeaMembershipPeriod? EeaPeriodOn(CountryCode country, LocalDate date)
    {
        if (_eeaByCountry.TryGetValue(country, out var periods))
        {
            foreach (var p in periods)
            {
                if (p.Contains(date))
                {
                    return p;
                }
            }
        }

        return null;
    }

    /// <summary>Gets the adequacy decisions and frameworks for a country, oldest first.</summary>
    /// <param name="country">The country.</param>
    /// <returns>The decisions; empty when the country has none.</returns>
    public IReadOnlyList<AdequacyDecision> AdequacyDecisionsFor(CountryCode country) =>
        _adequacyByCountry.TryGetValue(country, out var d) ? d : Array.Empty<AdequacyDecision>();

    /// <summary>Gets the adequacy decisions for an international organisation (by name, ignoring case), oldest first.</summary>
    /// <param name="organisation">The organisation, for example "European Patent Organisation".</param>
    /// <returns>The decisions; empty when the organisation has none.</returns>
    public IReadOnlyList<AdequacyDecision> AdequacyDecisionsForOrganisation(string organisation) =>
        organisation is not null && _organisationDecisions.TryGetValue(organisation.Trim(), out var d) ? d : Array.Empty<AdequacyDecision>();

    /// <summary>Gets the timeline of a transfer tool.</summary>
    /// <param name="kind">The mechanism.</param>
    /// <returns>The rule, or null for mechanisms that are frameworks (see <see cref="FrameworkFor"/>) or none.</returns>
    public MechanismRule? MechanismRuleFor(TransferMechanismKind kind) => _mechanisms.TryGetValue(kind, out var m) ? m : null;

    /// <summary>Gets the framework row of Safe Harbor, Privacy Shield or the DPF.</summary>
    /// <param name="kind">The mechanism.</param>
    /// <returns>The row, or null for other mechanisms.</returns>
    public AdequacyDecision? FrameworkFor(TransferMechanismKind kind) => _frameworks.TryGetValue(kind, out var d) ? d : null;

    private static ReferenceData LoadDefault()
    {
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the Verwerkers assembly.");
        return Load(stream, "embedded " + ResourceName);
    }

    private static ReferenceDataDocument Merge(ReferenceDataDocument baseDoc, ReferenceDataDocument over, JsonTreeReader reader, string source)
    {
        var allIds = new HashSet<string>(StringComparer.Ordinal);
        var changes = new List<ReferenceDataChange>();
        var result = new ReferenceDataDocument
        {
            Format = over.Format,
            Version = over.Version,
            AsOf = over.AsOf,
            Description = over.Description ?? baseDoc.Description,
            LegalReferences = MergeSection("legalReferences", baseDoc.LegalReferences, over.LegalReferences, over.RemoveIds, allIds, changes),
            EeaMembership = MergeSection("eeaMembership", baseDoc.EeaMembership, over.EeaMembership, over.RemoveIds, allIds, changes),
            AdequacyDecisions = MergeSection("adequacyDecisions", baseDoc.AdequacyDecisions, over.AdequacyDecisions, over.RemoveIds, allIds, changes),
            InternationalOrganisationDecisions = MergeSection("internationalOrganisationDecisions", baseDoc.InternationalOrganisationDecisions,
                over.InternationalOrganisationDecisions, over.RemoveIds, allIds, changes),
            Mechanisms = MergeSection("mechanisms", baseDoc.Mechanisms, over.Mechanisms, over.RemoveIds, allIds, changes),
            KeyDates = MergeSection("keyDates", baseDoc.KeyDates, over.KeyDates, over.RemoveIds, allIds, changes),
            OtherFrameworks = MergeSection("otherFrameworks", baseDoc.OtherFrameworks, over.OtherFrameworks, over.RemoveIds, allIds, changes),
            LegalDevelopments = MergeSection("legalDevelopments", baseDoc.LegalDevelopments, over.LegalDevelopments, over.RemoveIds, allIds, changes),
            Sources = MergeSection("sources", baseDoc.Sources, over.Sources, over.RemoveIds, allIds, changes),
        };
        foreach (var remove in over.RemoveIds)
        {
            if (!allIds.Contains(remove.Value))
            {
                reader.Add(remove.Path, remove.Line, remove.Position, $"'removeIds' names '{remove.Value}', which the base data do not have.");
            }
        }

        result.Overrides.AddRange(baseDoc.Overrides);
        if (over.Version is not null && over.AsOf is { } asOf)
        {
            result.Overrides.Add(new ReferenceDataOverride(source, over.Version, asOf, baseDoc.Version!, changes.ToArray()));
        }

        return result;
    }

    private static List<Located<T>> MergeSection<T>(string section, List<Located<T>>? baseRows, List<Located<T>>? overRows, List<Located<string>> removeIds,
        HashSet<string> allIds, List<ReferenceDataChange> changes)
    {
        var result = new List<Located<T>>(baseRows ?? new());
        foreach (var row in result)
        {
            allIds.Add(row.Id);
        }

        foreach (var row in overRows ?? new())
        {
            var at = result.FindIndex(r => r.Id == row.Id);
            if (at >= 0)
            {
                result[at] = row;
                changes.Add(new ReferenceDataChange(section, row.Id, ReferenceDataChangeKind.Replaced));
            }
            else
            {
                result.Add(row);
                changes.Add(new ReferenceDataChange(section, row.Id, ReferenceDataChangeKind.Added));
            }
        }

        foreach (var removed in result.Where(r => removeIds.Any(id => id.Value == r.Id)))
        {
            changes.Add(new ReferenceDataChange(section, removed.Id, ReferenceDataChangeKind.Removed));
        }

        result.RemoveAll(r => removeIds.Any(id => id.Value == r.Id));
        return result;
    }

    private static string SourceName(string name)
    {
        var file = Path.GetFileName(name);
        return string.IsNullOrEmpty(file) ? name : file;
    }

    private static void Validate(ReferenceDataDocument doc, JsonTreeReader r)
    {
        var legal = doc.LegalReferences ?? new();
        var legalIds = new HashSet<string>(legal.Select(l => l.Id), StringComparer.Ordinal);
        UniqueIds(doc.LegalReferences, r);
        UniqueIds(doc.EeaMembership, r);
        UniqueIds(doc.AdequacyDecisions, r);
        UniqueIds(doc.InternationalOrganisationDecisions, r);
        UniqueIds(doc.Mechanisms, r);
        UniqueIds(doc.KeyDates, r);
        UniqueIds(doc.OtherFrameworks, r);
        UniqueIds(doc.LegalDevelopments, r);
        UniqueIds(doc.Sources, r);
        CheckSources(doc, r);

        void CheckRefs<T>(List<Located<T>>? rows, Func<T, IEnumerable<string>> refs)
        {
            foreach (var row in rows ?? new())
            {
                foreach (var id in refs(row.Value))
                {
                    if (!legalIds.Contains(id))
                    {
                        r.Add(row.Path, row.Line, row.Position, $"Row '{row.Id}' cites the legal reference '{id}', which 'legalReferences' does not define.");
                    }
                }
            }
        }

        CheckRefs(doc.EeaMembership, x => x.LegalReferences);
        CheckRefs(doc.AdequacyDecisions, x => x.InvalidatedBy is null ? x.LegalReferences : x.LegalReferences.Concat(new[] { x.InvalidatedBy }));
        CheckRefs(doc.InternationalOrganisationDecisions, x => x.LegalReferences);
        CheckRefs(doc.Mechanisms, x => x.LegalReferences);
        CheckRefs(doc.KeyDates, x => x.LegalReferences);
        CheckRefs(doc.OtherFrameworks, x => x.LegalReferences);
        CheckRefs(doc.LegalDevelopments, x => x.LegalReferences);

        // Periods of one country must not overlap, or a day would have two answers.
        NoOverlap(doc.EeaMembership, x => x.Countries, x => x.ValidFrom, x => x.ValidUntil, "EEA membership", r);
        NoOverlap(doc.AdequacyDecisions?.Where(a => a.Value.ScopeKind != AdequacyScopeKind.List).ToList(), x => x.Countries,
            x => x.ValidFrom, x => x.ValidUntil, "adequacy", r);
        NoOverlap(doc.AdequacyDecisions?.Where(a => a.Value.ScopeKind == AdequacyScopeKind.List).ToList(), x => x.Countries,
            x => x.ValidFrom, x => x.ValidUntil, "list-based framework", r);

        foreach (var group in (doc.Mechanisms ?? new()).GroupBy(m => m.Value.Kind).Where(g => g.Count() > 1))
        {
            var second = group.Skip(1).First();
            r.Add(second.Path, second.Line, second.Position, $"More than one mechanism row for '{TextHelper.CamelCase(group.Key.ToString())}'.");
        }

        foreach (var group in (doc.AdequacyDecisions ?? new()).Where(a => a.Value.Mechanism is not null).GroupBy(a => a.Value.Mechanism!.Value).Where(g => g.Count() > 1))
        {
            var second = group.Skip(1).First();
            r.Add(second.Path, second.Line, second.Position, $"More than one adequacy row for the mechanism '{TextHelper.CamelCase(group.Key.ToString())}'.");
        }

        foreach (var kind in new[] { TransferMechanismKind.SafeHarbor, TransferMechanismKind.PrivacyShield, TransferMechanismKind.DataPrivacyFramework })
        {
            if (doc.AdequacyDecisions is not null && !doc.AdequacyDecisions.Any(a => a.Value.Mechanism == kind))
            {
                r.Add("adequacyDecisions", 0, 0, $"No adequacy row for the mechanism '{TextHelper.CamelCase(kind.ToString())}'; the checks need one.");
            }
        }

        foreach (var kind in new[]
        {
            TransferMechanismKind.Scc2001, TransferMechanismKind.Scc2002, TransferMechanismKind.Scc2004, TransferMechanismKind.Scc2010, TransferMechanismKind.Scc2021,
            TransferMechanismKind.Art28Clauses2021, TransferMechanismKind.BindingCorporateRules, TransferMechanismKind.CodeOfConduct,
            TransferMechanismKind.Certification, TransferMechanismKind.Art49Derogation,
        })
        {
            if (doc.Mechanisms is not null && !doc.Mechanisms.Any(m => m.Value.Kind == kind))
            {
                r.Add("mechanisms", 0, 0, $"No mechanism row for '{TextHelper.CamelCase(kind.ToString())}'; the checks need one.");
            }
        }

        foreach (var id in RequiredDates)
        {
            if (doc.KeyDates is not null && !doc.KeyDates.Any(d => d.Id == id))
            {
                r.Add("keyDates", 0, 0, $"No key date '{id}'; the checks need it.");
            }
        }

        if (doc.LegalReferences is not null)
        {
            foreach (var id in MessageCatalog.Instance.RequiredLegalReferenceIds)
            {
                if (!legalIds.Contains(id))
                {
                    r.Add("legalReferences", 0, 0, $"No legal reference '{id}'; finding messages cite it.");
                }
            }
        }
    }

    /// <summary>Every source id a legal reference names must be in the sources table, so that findings can show it.</summary>
    private static void CheckSources(ReferenceDataDocument doc, JsonTreeReader r)
    {
        if (doc.Sources is null || doc.LegalReferences is null)
        {
            return;
        }

        var sourceIds = new HashSet<string>(doc.Sources.Select(s => s.Id), StringComparer.Ordinal);
        foreach (var row in doc.LegalReferences)
        {
            foreach (var id in LegalReference.SourceIds(row.Value.Source))
            {
                if (id.Length == 0)
                {
                    r.Add(row.Path, row.Line, row.Position, $"Legal reference '{row.Id}' has an empty source id in '{row.Value.Source}'; separate ids with single commas.");
                }
                else if (!sourceIds.Contains(id))
                {
                    r.Add(row.Path, row.Line, row.Position, $"Legal reference '{row.Id}' names the source '{id}', which 'sources' does not define.");
                }
            }
        }
    }

    private static void UniqueIds<T>(List<Located<T>>? rows, JsonTreeReader r)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows ?? new())
        {
            if (!seen.Add(row.Id))
            {
                r.Add(row.Path, row.Line, row.Position, $"Duplicate id '{row.Id}'.");
            }
        }
    }

    private static void NoOverlap<T>(List<Located<T>>? rows, Func<T, IReadOnlyList<CountryCode>> countries, Func<T, LocalDate?> from,
        Func<T, LocalDate?> until, string what, JsonTreeReader r)
    {
        if (rows is null)
        {
            return;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = i + 1; j < rows.Count; j++)
            {
                var a = rows[i].Value;
                var b = rows[j].Value;
                var shared = countries(a).Intersect(countries(b)).ToArray();
                if (shared.Length == 0)
                {
                    continue;
                }

                var aFrom = from(a) ?? LocalDate.MinIsoValue;
                var aUntil = until(a) ?? LocalDate.MaxIsoValue;
                var bFrom = from(b) ?? LocalDate.MinIsoValue;
                var bUntil = until(b) ?? LocalDate.MaxIsoValue;
                if (aFrom <= bUntil && bFrom <= aUntil)
                {
                    r.Add(rows[j].Path, rows[j].Line, rows[j].Position,
                        $"The {what} periods '{rows[i].Id}' and '{rows[j].Id}' overlap for {string.Join(", ", shared)}; a day must have one answer.");
                }
            }
        }
    }
}
