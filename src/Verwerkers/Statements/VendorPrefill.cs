using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Verwerkers.Register;

namespace Verwerkers.Statements;

/// <summary>
/// Prefills a new processor from the known-vendor catalogue: when the name is a vendor's name or alias (ignoring case and
/// surrounding spaces), the legal entity, KvK number, country, category, DPF organisation, DPA URL and sub-processor list URL the
/// catalogue has are filled in, each reported with its source and checked date. A value the user gave is never replaced.
/// </summary>
/// <remarks>
/// Thread-safe (no state). The register has no field for the DPF organisation or the two URLs, so they become the custom
/// fields <see cref="DpfOrganisationField"/>, <see cref="DpaUrlField"/> and <see cref="SubProcessorsUrlField"/>
/// (templates use them as <c>{{custom.dpaUrl}}</c>). The DPF organisation is deliberately not turned into a
/// <see cref="DpfListing"/>: the catalogue records what the vendor states, not what the Data Privacy Framework List
/// shows today, and only a check of the List may make the DPF a valid basis. Weak aliases (such as "Google") never match.
/// </remarks>
public static class VendorPrefill
{
    /// <summary>The custom field that holds the DPF organisation the vendor states.</summary>
    public const string DpfOrganisationField = "dpfOrganisation";

    /// <summary>The custom field that holds the URL of the vendor's own DPA.</summary>
    public const string DpaUrlField = "dpaUrl";

    /// <summary>The custom field that holds the URL of the vendor's own sub-processor list.</summary>
    public const string SubProcessorsUrlField = "subProcessorsUrl";

    /// <summary>Finds the vendor whose name or alias is exactly <paramref name="name"/> (ignoring case and surrounding spaces).</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="catalogue">The catalogue; null for <see cref="VendorCatalogue.Default"/>.</param>
    /// <returns>The vendor, or null when none matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static KnownVendor? Match(string name, VendorCatalogue? catalogue = null)
    {
        var wanted = Guard.NotNull(name, nameof(name)).Trim();
        return (catalogue ?? VendorCatalogue.Default).Vendors.FirstOrDefault(v =>
            string.Equals(v.Name, wanted, StringComparison.OrdinalIgnoreCase)
            || v.Aliases.Any(a => string.Equals(a.Trim(), wanted, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Prefills a processor from the catalogue.</summary>
    /// <param name="draft">What the user gave.</param>
    /// <param name="catalogue">The catalogue; null for <see cref="VendorCatalogue.Default"/>.</param>
    /// <returns>The processor (null when the country stays unknown) and every catalogue fact with what became of it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    public static PrefillResult Prefill(ProcessorDraft draft, VendorCatalogue? catalogue = null)
    {
        Guard.NotNull(draft, nameof(draft));
        var vendor = Match(draft.Name, catalogue);
        var facts = new List<PrefilledFact>();
        string? legalEntity = draft.LegalEntity, kvk = draft.KvkNumber;
        CountryCode? country = draft.Country;
        ProcessorCategory? category = draft.Category;
        string? dpf = draft.DpfOrganisation, dpa = draft.DpaUrl, subs = draft.SubProcessorsUrl;
        foreach (var fact in vendor?.Facts ?? Array.Empty<VendorFact>())
        {
            var outcome = fact.Field switch
            {
                "legalEntity" => Take(ref legalEntity, fact.Value),
                "kvkNumber" => Take(ref kvk, fact.Value),
                "country" => CountryCode.TryParse(fact.Value, out var c) ? Take(ref country, c) : PrefillOutcome.ForInformation,
                "category" => KnownVendor.ParseCategory(fact.Value) is { } k ? Take(ref category, k) : PrefillOutcome.ForInformation,
                "dpfOrganisation" => Take(ref dpf, fact.Value),
                "dpaUrl" => Take(ref dpa, fact.Value),
                "subProcessorsUrl" => Take(ref subs, fact.Value),
                _ => PrefillOutcome.ForInformation,
            };
            facts.Add(new PrefilledFact(fact, outcome));
        }

        Processor? processor = null;
        if (country is { } known)
        {
            var custom = new List<CustomField>();
            Add(custom, DpfOrganisationField, dpf);
            Add(custom, DpaUrlField, dpa);
            Add(custom, SubProcessorsUrlField, subs);
            processor = new Processor(draft.Id ?? vendor?.Id ?? IdFrom(draft.Name), draft.Name, known)
            {
                LegalEntity = legalEntity,
                KvkNumber = kvk,
                Category = category ?? ProcessorCategory.Other,
                Custom = custom,
            };
        }

        return new PrefillResult(draft, vendor, processor, facts);
    }

    /// <summary>Makes a register id from a name: lower-case ASCII letters and digits, other characters as single hyphens.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The id ("processor" when the name has no letter or digit).</returns>
    public static string IdFrom(string name)
    {
        var sb = new StringBuilder();
        foreach (var ch in Guard.NotNull(name, nameof(name)).Normalize(NormalizationForm.FormD))
        {
            var c = char.ToLowerInvariant(ch);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                sb.Append(c);
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark && sb.Length > 0 && sb[sb.Length - 1] != '-')
            {
                sb.Append('-');
            }
        }

        var id = sb.ToString().Trim('-');
        return id.Length == 0 ? "processor" : id;
    }

    private static PrefillOutcome Take<T>(ref T? target, T value)
        where T : class
    {
        if (target is not null)
        {
            return PrefillOutcome.UserValueKept;
        }

        target = value;
        return PrefillOutcome.Applied;
    }

    private static PrefillOutcome Take<T>(ref T? target, T value)
        where T : struct
    {
        if (target.HasValue)
        {
            return PrefillOutcome.UserValueKept;
        }

        target = value;
        return PrefillOutcome.Applied;
    }

    private static void Add(List<CustomField> custom, string name, string? value)
    {
        if (value is not null)
        {
            custom.Add(new CustomField(name, value));
        }
    }
}
