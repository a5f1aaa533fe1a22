using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using Verwerkers.Input;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>A row read from a reference-data file, with where it was.</summary>
internal sealed record Located<T>(T Value, string Path, int Line, int Position)
{
    public string Id => Value switch
    {
        LegalReference r => r.Id,
        EeaMembershipPeriod r => r.Id,
        AdequacyDecision r => r.Id,
        MechanismRule r => r.Id,
        ReferenceDate r => r.Id,
        InformationalFramework r => r.Id,
        LegalDevelopment r => r.Id,
        LegalSource r => r.Id,
        _ => throw new InvalidOperationException(),
    };
}

/// <summary>The content of one reference-data file (a full file, or an override where every section is optional).</summary>
internal sealed class ReferenceDataDocument
{
    public int Format { get; set; }

    public string? Version { get; set; }

    public LocalDate? AsOf { get; set; }

    public string? Description { get; set; }

    public List<Located<LegalReference>>? LegalReferences { get; set; }

    public List<Located<EeaMembershipPeriod>>? EeaMembership { get; set; }

    public List<Located<AdequacyDecision>>? AdequacyDecisions { get; set; }

    public List<Located<InformationalFramework>>? InternationalOrganisationDecisions { get; set; }

    public List<Located<MechanismRule>>? Mechanisms { get; set; }

    public List<Located<ReferenceDate>>? KeyDates { get; set; }

    public List<Located<InformationalFramework>>? OtherFrameworks { get; set; }

    public List<Located<LegalDevelopment>>? LegalDevelopments { get; set; }

    public List<Located<LegalSource>>? Sources { get; set; }

    public List<Located<string>> RemoveIds { get; } = new();

    /// <summary>The overrides laid on the embedded or loaded data so far, oldest first (set by merging).</summary>
    public List<ReferenceDataOverride> Overrides { get; } = new();
}

/// <summary>Parses reference-data JSON strictly, collecting every problem.</summary>
internal static class ReferenceDataParser
{
    public const int SupportedFormat = 1;

    private static readonly string[] ListNames = { "dpf", "safeHarbor", "privacyShield" };

    private static readonly string[] LegalReferenceKinds = { "article", "case", "decision", "guidance", "treaty" };

    public static ReferenceDataDocument? Parse(JToken root, JsonTreeReader r, bool isOverride)
    {
        var o = r.Object(root);
        if (o is null)
        {
            return null;
        }

        r.OnlyKnown(o, "format", "version", "asOf", "description", "legalReferences", "eeaMembership", "adequacyDecisions",
            "internationalOrganisationDecisions", "mechanisms", "keyDates", "otherFrameworks", "legalDevelopments", "sources", "removeIds");
        var doc = new ReferenceDataDocument
        {
            Format = r.Int(o, "format", required: true) ?? 0,
            Version = r.String(o, "version", required: true),
            AsOf = r.Date(o, "asOf", required: true),
            Description = r.String(o, "description", required: false),
        };
        if (o["format"] is { Type: JTokenType.Integer } f && doc.Format != SupportedFormat)
        {
            r.Add(f, $"Format {doc.Format} is not supported; this library reads format {SupportedFormat}.");
        }

        var full = !isOverride;
        doc.LegalReferences = Section(o, "legalReferences", full, r, LegalReferenceRow);
        doc.EeaMembership = Section(o, "eeaMembership", full, r, EeaRow);
        doc.AdequacyDecisions = Section(o, "adequacyDecisions", full, r, AdequacyRow);
        doc.InternationalOrganisationDecisions = Section(o, "internationalOrganisationDecisions", required: false, r, OrganisationRow);
        doc.Mechanisms = Section(o, "mechanisms", full, r, MechanismRow);
        doc.KeyDates = Section(o, "keyDates", full, r, KeyDateRow);
        doc.OtherFrameworks = Section(o, "otherFrameworks", required: false, r, OtherFrameworkRow);
        doc.LegalDevelopments = Section(o, "legalDevelopments", required: false, r, DevelopmentRow);
        doc.Sources = Section(o, "sources", full, r, SourceRow);
        if (o["removeIds"] is { } removeToken)
        {
            if (!isOverride)
            {
                r.Add(removeToken, "'removeIds' is only allowed in an override file (see ReferenceData.WithOverride).");
            }
            else
            {
                foreach (var item in r.Array(o, "removeIds", required: false))
                {
                    if (item.Type == JTokenType.String)
                    {
                        doc.RemoveIds.Add(Locate((string)item!, item));
                    }
                    else
                    {
                        r.WrongType(item, JsonWords.AString);
                    }
                }
            }
        }

        return doc;
    }

    private static List<Located<T>>? Section<T>(JObject o, string name, bool required, JsonTreeReader r, Func<JObject, JsonTreeReader, T?> row)
        where T : class
    {
        if (o[name] is null || o[name]!.Type == JTokenType.Null)
        {
            if (required)
            {
                r.Add(o, $"The required section '{name}' is missing.");
            }

            return null;
        }

        var result = new List<Located<T>>();
        foreach (var item in r.Array(o, name, required))
        {
            var obj = r.Object(item);
            if (obj is null)
            {
                continue;
            }

            var value = row(obj, r);
            if (value is not null)
            {
                result.Add(Locate(value, obj));
            }
        }

        return result;
    }

    private static Located<T> Locate<T>(T value, JToken token)
    {
        var info = (IJsonLineInfo)token;
        return new Located<T>(value, token.Path, info.HasLineInfo() ? info.LineNumber : 0, info.HasLineInfo() ? info.LinePosition : 0);
    }

    private static LegalReference? LegalReferenceRow(JObject o, JsonTreeReader r)
    {
        r.OnlyKnown(o, "id", "kind", "citation", "date", "identifier", "source", "unconfirmed", "unconfirmedNote");
        var id = r.String(o, "id", true);
        var kind = r.OneOf(o, "kind", true, LegalReferenceKinds);

        var citation = r.Text(o, "citation", true);
        var date = r.Date(o, "date", false);
        var identifier = r.String(o, "identifier", false);
        var source = r.String(o, "source", true);
        var (unconfirmed, note) = Unconfirmed(o, r);
        return id is null || kind is null || citation is null || source is null
            ? null
            : new LegalReference(id, kind, citation, source) { Date = date, Identifier = identifier, Unconfirmed = unconfirmed, UnconfirmedNote = note };
    }

    private static LegalSource? SourceRow(JObject o, JsonTreeReader r)
    {
        r.OnlyKnown(o, "id", "title", "publisher", "url", "date", "version");
        var id = r.String(o, "id", true);
        if (id is not null && (id.Trim() != id || id.IndexOf(',') >= 0))
        {
            r.Add(o["id"]!, new LocalizedText(
                $"De bron-id '{TextHelper.Shorten(id)}' mag geen komma's en geen spaties aan het begin of eind hebben (juridische verwijzingen scheiden bron-ids met komma's).",
                $"The source id '{TextHelper.Shorten(id)}' must not contain commas or start or end with spaces (legal references separate source ids with commas)."));
            id = null;
        }

        var title = r.Text(o, "title", true);
        var publisher = r.String(o, "publisher", true);
        var url = Url(o, "url", r);
        var date = r.Date(o, "date", false);
        var version = r.String(o, "version", false);
        return id is null || title is null || publisher is null
            ? null
            : new LegalSource(id, title, publisher) { Url = url, Date = date, Version = version };
    }

    /// <summary>An absolute http or https address: the pages link to it, so no other scheme (javascript:, file:) gets in.</summary>
    private static Uri? Url(JObject o, string name, JsonTreeReader r)
    {
        var text = r.String(o, name, false);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            && text.Trim() == text && url.Host.Length > 0)
        {
            return url;
        }

        r.Add(o[name]!, new LocalizedText(
            $"'{TextHelper.Shorten(text)}' is geen volledig http- of https-adres (bijvoorbeeld https://eur-lex.europa.eu/...).",
            $"'{TextHelper.Shorten(text)}' is not an absolute http or https address (for example https://eur-lex.europa.eu/...)."));
        return null;
    }

    private static EeaMembershipPeriod? EeaRow(JObject o, JsonTreeReader r)
    {
        r.OnlyKnown(o, "id", "status", "countries", "validFrom", "validUntil", "note", "legalReferences", "source");
        var id = r.String(o, "id", true);
        var status = r.Enum<EeaStatus>(o, "status", true);
        var countries = r.Countries(o, "countries", true);
        var from = r.Date(o, "validFrom", false);
        var until = r.Date(o, "validUntil", false);
        var note = r.String(o, "note", false);
        var refs = r.Strings(o, "legalReferences", false);
        var source = r.String(o, "source", true);
        CheckRange(o, r, from, until);
        return id is null || status is null || source is null
            ? null
            : new EeaMembershipPeriod(id, status.Value, countries, source) { ValidFrom = from, ValidUntil = until, Note = note, LegalReferences = refs };
    }

    private static AdequacyDecision? AdequacyRow(JObject o, JsonTreeReader r)
    {
        r.OnlyKnown(o, "id", "countries", "validFrom", "validUntil", "scope", "mechanism", "invalidatedOn", "invalidatedBy",
            "legalReferences", "source", "unconfirmed", "unconfirmedNote");
        var id = r.String(o, "id", true);
        var countries = r.Countries(o, "countries", true);
        var from = r.Date(o, "validFrom", true);
        var until = r.Date(o, "validUntil", false);
        CheckRange(o, r, from, until);
        AdequacyScopeKind? scopeKind = null;
        string? list = null;
        LocalizedText? description = null;
        if (r.Get(o, "scope", true) is { } scopeToken && r.Object(scopeToken) is { } scope)
        {
            r.OnlyKnown(scope, "kind", "list", "description");
            scopeKind = r.Enum<AdequacyScopeKind>(scope, "kind", true);
            list = r.OneOf(scope, "list", scopeKind == AdequacyScopeKind.List, ListNames);
            description = r.Text(scope, "description", scopeKind is AdequacyScopeKind.Partial or AdequacyScopeKind.List);
            if (scopeKind != AdequacyScopeKind.List && scope["list"] is { } stray)
            {
                r.Add(stray, "'list' is only allowed when the scope kind is 'list'.");
            }
        }

        var mechanism = r.Enum<TransferMechanismKind>(o, "mechanism", false);
        var invalidatedOn = r.Date(o, "invalidatedOn", false);
        var invalidatedBy = r.String(o, "invalidatedBy", false);
        if (invalidatedOn is not null && until is not null && invalidatedOn.Value != until.Value.PlusDays(1))
        {
            r.Add(o["invalidatedOn"]!, $"'invalidatedOn' ({invalidatedOn:yyyy-MM-dd}) must be the day after 'validUntil' ({until:yyyy-MM-dd}).");
        }

        if (invalidatedOn is not null && until is null)
        {
            r.Add(o["invalidatedOn"]!, "'invalidatedOn' needs 'validUntil' (the day before).");
        }

        if ((invalidatedOn is null) != (invalidatedBy is null))
        {
            r.Add(o, "'invalidatedOn' and 'invalidatedBy' go together: give both or neither.");
        }

        var refs = r.Strings(o, "legalReferences", true);
        var source = r.String(o, "source", true);
        var (unconfirmed, note) = Unconfirmed(o, r);
        return id is null || from is null || scopeKind is null || source is null
            ? null
            : new AdequacyDecision(id, countries, from.Value, scopeKind.Value, source)
            {
                ValidUntil = until, ListName = list, ScopeDescription = description, Mechanism = mechanism,
                InvalidatedOn = invalidatedOn, InvalidatedBy = invalidatedBy, LegalReferences = refs,
                Unconfirmed = unconfirmed, UnconfirmedNote = note,
            };
    }

    private static InformationalFramework? OrganisationRow(JObject o, JsonTreeReader r)
    {
        r.OnlyKnown(o, "id", "organisation", "validFrom", "validUntil", "legalReferences", "source", "unconfirmed", "unconfirmedNote");
        return FrameworkRow(o, r, () =>
        {
            var organisation = r.String(o, "organisation", true);
            return f => f with { Organisation = organisation };
        });
    }

    private static InformationalFramework? OtherFrameworkRow(JObject o, JsonTreeReader r)
    {
        r.OnlyKnown(o, "id", "origin", "countries", "validFrom", "validUntil", "note", "legalReferences", "source", "unconfirmed", "unconfirmedNote");
        return FrameworkRow(o, r, () =>
        {
            var origin = r.Country(o, "origin", true);
            var countries = r.Countries(o, "countries", true);
            var note = r.String(o, "note", false);
            return f => f with { Origin = origin, Countries = countries, Note = note };
        });
    }

    /// <summary>A row of either framework section: an id, the section's own fields (read by <paramref name="own"/>),
    /// a validity range, legal references, a source and whether it is unconfirmed.</summary>
    private static InformationalFramework? FrameworkRow(JObject o, JsonTreeReader r, Func<Func<InformationalFramework, InformationalFramework>> own)
    {
        var id = r.String(o, "id", true);
        var withOwn = own();
        var from = r.Date(o, "validFrom", true);
        var until = r.Date(o, "validUntil", false);
        CheckRange(o, r, from, until);
        var refs = r.Strings(o, "legalReferences", false);
        var source = r.String(o, "source", true);
        var (unconfirmed, note) = Unconfirmed(o, r);
        return id is null || source is null
            ? null
            : withOwn(new InformationalFramework(id, source)
            {
                ValidFrom = from, ValidUntil = until, LegalReferences = refs, Unconfirmed = unconfirmed, UnconfirmedNote = note,
            });
    }

    private static MechanismRule? MechanismRow(JObject o, JsonTreeReader r)
    {
        r.OnlyKnown(o, "id", "kind", "transferTool", "art46Tool", "validFrom", "validUntil", "newContractsUntil", "transitionFrom",
            "grandfatheredUntil", "modules", "roles", "occasionalOnly", "legalReferences", "source", "unconfirmed", "unconfirmedNote");
        var id = r.String(o, "id", true);
        var kind = r.Enum<TransferMechanismKind>(o, "kind", true);
        var from = r.Date(o, "validFrom", false);
        var until = r.Date(o, "validUntil", false);
        CheckRange(o, r, from, until);
        var newUntil = r.Date(o, "newContractsUntil", false);
        var transition = r.Date(o, "transitionFrom", false);
        var grandfathered = r.Date(o, "grandfatheredUntil", false);
        if (newUntil is not null && grandfathered is not null && grandfathered.Value < newUntil.Value)
        {
            r.Add(o["grandfatheredUntil"]!, $"'grandfatheredUntil' ({grandfathered:yyyy-MM-dd}) is before 'newContractsUntil' ({newUntil:yyyy-MM-dd}).");
        }

        // The transition to the successor may start after new contracts ended (2002/16/EC: new contracts until
        // 2010-05-14, its old contracts in the 2021 transition), but not after the grandfathering ended.
        if (transition is not null && grandfathered is not null && transition.Value > grandfathered.Value)
        {
            r.Add(o["transitionFrom"]!, $"'transitionFrom' ({transition:yyyy-MM-dd}) is after 'grandfatheredUntil' ({grandfathered:yyyy-MM-dd}).");
        }

        if ((newUntil is null) != (grandfathered is null))
        {
            r.Add(o, "'newContractsUntil' and 'grandfatheredUntil' go together: give both or neither.");
        }

        var modules = new Dictionary<TransferRelationship, SccModule>();
        foreach (var item in r.Array(o, "modules", false))
        {
            if (r.Object(item) is not { } m)
            {
                continue;
            }

            r.OnlyKnown(m, "module", "relationship");
            var module = r.Enum<SccModule>(m, "module", true);
            var relationship = r.Enum<TransferRelationship>(m, "relationship", true);
            if (module is not null && relationship is not null)
            {
                if (modules.ContainsKey(relationship.Value))
                {
                    r.Add(m, $"The relationship '{CamelCase(relationship.Value.ToString())}' has more than one module.");
                }
                else
                {
                    modules.Add(relationship.Value, module.Value);
                }
            }
        }

        var roles = new List<TransferRelationship>();
        foreach (var item in r.Array(o, "roles", false))
        {
            if (r.EnumItem<TransferRelationship>(item) is { } role)
            {
                if (roles.Contains(role))
                {
                    r.Add(item, $"The role '{(string)item!}' is listed twice.");
                }
                else
                {
                    roles.Add(role);
                }
            }
        }

        var refs = r.Strings(o, "legalReferences", true);
        var source = r.String(o, "source", true);
        var (unconfirmed, note) = Unconfirmed(o, r);
        if (kind == TransferMechanismKind.Scc2021 && modules.Count != 4)
        {
            r.Add(o, "The 2021/914 clauses need a module for each of the four relationships.");
        }

        return id is null || kind is null || source is null
            ? null
            : new MechanismRule(id, kind.Value, source)
            {
                TransferTool = r.Bool(o, "transferTool"), Art46Tool = r.Bool(o, "art46Tool"), ValidFrom = from, ValidUntil = until,
                NewContractsUntil = newUntil, TransitionFrom = transition, GrandfatheredUntil = grandfathered, Modules = modules, Roles = roles,
                OccasionalOnly = r.Bool(o, "occasionalOnly"), LegalReferences = refs, Unconfirmed = unconfirmed, UnconfirmedNote = note,
            };
    }

    private static readonly Dictionary<string, string> Effects = new(StringComparer.Ordinal) { ["tia"] = "tia", ["dpfRisk"] = "dpfRisk" };

    private static LegalDevelopment? DevelopmentRow(JObject o, JsonTreeReader r)
    {
        r.OnlyKnown(o, "id", "countries", "date", "until", "description", "effects", "legalReferences", "source", "unconfirmed", "unconfirmedNote");
        var id = r.String(o, "id", true);
        var countries = r.Countries(o, "countries", true);
        var date = r.Date(o, "date", true);
        var until = r.Date(o, "until", false);
        if (date is not null && until is not null && until.Value < date.Value)
        {
            r.Add(o["until"]!, $"'until' ({until:yyyy-MM-dd}) is before 'date' ({date:yyyy-MM-dd}).");
        }

        var description = r.Text(o, "description", true);
        var effects = r.Strings(o, "effects", true);
        foreach (var effect in effects)
        {
            if (!Effects.ContainsKey(effect))
            {
                r.Add(o["effects"]!, $"'effects' value '{effect}' is unknown. Expected one of: {string.Join(", ", Effects.Keys)}.");
            }
        }

        var refs = r.Strings(o, "legalReferences", false);
        var source = r.String(o, "source", true);
        var (unconfirmed, note) = Unconfirmed(o, r);
        return id is null || date is null || description is null || source is null
            ? null
            : new LegalDevelopment(id, date.Value, description, source)
            {
                Countries = countries, Until = until, AffectsTia = effects.Contains("tia"), DpfRisk = effects.Contains("dpfRisk"),
                LegalReferences = refs, Unconfirmed = unconfirmed, UnconfirmedNote = note,
            };
    }

    private static ReferenceDate? KeyDateRow(JObject o, JsonTreeReader r)
    {
        r.OnlyKnown(o, "id", "date", "note", "legalReferences", "source");
        var id = r.String(o, "id", true);
        var date = r.Date(o, "date", true);
        var note = r.String(o, "note", false);
        var refs = r.Strings(o, "legalReferences", false);
        var source = r.String(o, "source", true);
        return id is null || date is null || source is null
            ? null
            : new ReferenceDate(id, date.Value, source) { Note = note, LegalReferences = refs };
    }

    private static (bool Unconfirmed, string? Note) Unconfirmed(JObject o, JsonTreeReader r)
    {
        var unconfirmed = r.Bool(o, "unconfirmed");
        var note = r.String(o, "unconfirmedNote", false);
        if (note is not null && !unconfirmed)
        {
            r.Add(o["unconfirmedNote"]!, "'unconfirmedNote' is only allowed with \"unconfirmed\": true.");
        }

        return (unconfirmed, note);
    }

    private static void CheckRange(JObject o, JsonTreeReader r, LocalDate? from, LocalDate? until)
    {
        if (from is not null && until is not null && from.Value > until.Value)
        {
            r.Add(o["validUntil"]!, $"'validFrom' ({from:yyyy-MM-dd}) is after 'validUntil' ({until:yyyy-MM-dd}).");
        }
    }

    internal static string CamelCase(string name) => TextHelper.CamelCase(name);
}
