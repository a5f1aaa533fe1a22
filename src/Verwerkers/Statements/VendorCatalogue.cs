using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using NodaTime.Text;

namespace Verwerkers.Statements;

/// <summary>The known-vendor catalogue: data, not code (embedded <c>Statements/Resources/known-vendors.json</c>), overridable by a user file.</summary>
/// <remarks>Immutable and thread-safe. Loading refuses a fact without a source or checked date, naming the vendor and fact.</remarks>
public sealed class VendorCatalogue
{
    private const string ResourceName = "Verwerkers.Statements.Data.known-vendors.json";
    private static readonly Lazy<VendorCatalogue> DefaultValue = new(LoadDefault);

    private VendorCatalogue(IReadOnlyList<KnownVendor> vendors) => Vendors = vendors;

    /// <summary>The catalogue shipped with the library.</summary>
    public static VendorCatalogue Default => DefaultValue.Value;

    /// <summary>The vendors, in file order.</summary>
    public IReadOnlyList<KnownVendor> Vendors { get; }

    /// <summary>The vendor with an id; null when none.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The vendor or null.</returns>
    public KnownVendor? Find(string id) => Vendors.FirstOrDefault(v => string.Equals(v.Id, id, StringComparison.Ordinal));

    /// <summary>Parses a catalogue file (same format as the embedded one).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">The file name used in errors.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="FormatException">The text is not a valid catalogue; the message names the file, vendor and fact.</exception>
    public static VendorCatalogue Parse(string json, string sourceName = "known-vendors.json")
    {
        Guard.NotNull(json, nameof(json));
        JObject root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = 16 };
            root = JObject.Load(reader);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{sourceName}: not valid JSON: {e.Message}", e);
        }

        var list = root["vendors"] as JArray ?? throw new FormatException($"{sourceName}: the property \"vendors\" (an array) is missing.");
        var vendors = new List<KnownVendor>(list.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var v = list[i] as JObject ?? throw new FormatException($"{sourceName}: vendors[{i}] is not an object.");
            var id = Text(v, "id") ?? throw new FormatException($"{sourceName}: vendors[{i}] has no \"id\".");
            if (!ids.Add(id))
            {
                throw new FormatException($"{sourceName}: vendors[{i}]: the id \"{id}\" occurs twice.");
            }

            var name = Text(v, "name") ?? throw new FormatException($"{sourceName}: vendor \"{id}\" has no \"name\".");
            var facts = new List<VendorFact>();
            if (v["facts"] is JArray fa)
            {
                for (var j = 0; j < fa.Count; j++)
                {
                    var f = fa[j] as JObject ?? throw new FormatException($"{sourceName}: vendor \"{id}\" facts[{j}] is not an object.");
                    var field = Text(f, "field") ?? throw new FormatException($"{sourceName}: vendor \"{id}\" facts[{j}] has no \"field\".");
                    var value = Text(f, "value") ?? throw new FormatException($"{sourceName}: vendor \"{id}\" fact \"{field}\" has no \"value\".");
                    var source = Text(f, "source") ?? throw new FormatException($"{sourceName}: vendor \"{id}\" fact \"{field}\" has no \"source\": every fact must say where it was read.");
                    var checkedText = Text(f, "checkedOn") ?? throw new FormatException($"{sourceName}: vendor \"{id}\" fact \"{field}\" has no \"checkedOn\" date.");
                    var parsed = LocalDatePattern.Iso.Parse(checkedText);
                    if (!parsed.Success)
                    {
                        throw new FormatException($"{sourceName}: vendor \"{id}\" fact \"{field}\": \"{checkedText}\" is not a date (yyyy-MM-dd).");
                    }

                    facts.Add(new VendorFact(field, value, source, parsed.Value) { Note = Text(f, "note") });
                }
            }

            var aliases = Texts(v, "aliases");
            if (aliases.Count == 0)
            {
                aliases = new[] { name };
            }

            vendors.Add(new KnownVendor(id, name, aliases, Texts(v, "weakAliases"), facts));
        }

        return new VendorCatalogue(vendors);
    }

    /// <summary>Loads a user file and lays it over this catalogue: a vendor with the same id replaces the shipped one, others are added.</summary>
    /// <param name="path">The user file.</param>
    /// <returns>The combined catalogue.</returns>
    /// <exception cref="FormatException">The file is not a valid catalogue.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public VendorCatalogue WithOverride(string path)
    {
        var user = Parse(File.ReadAllText(Guard.NotNull(path, nameof(path))), path);
        var byId = user.Vendors.ToDictionary(v => v.Id, StringComparer.Ordinal);
        var merged = Vendors.Select(v => byId.TryGetValue(v.Id, out var u) ? u : v).ToList();
        merged.AddRange(user.Vendors.Where(u => Find(u.Id) is null));
        return new VendorCatalogue(merged);
    }

    private static VendorCatalogue LoadDefault()
    {
        using var stream = typeof(VendorCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), ResourceName);
    }

    private static string? Text(JObject o, string name) =>
        o[name] is JValue { Type: JTokenType.String } v && ((string)v!).Trim().Length > 0 ? (string)v! : null;

    private static IReadOnlyList<string> Texts(JObject o, string name) =>
        o[name] is JArray a ? a.OfType<JValue>().Where(x => x.Type == JTokenType.String).Select(x => (string)x!).Where(s => s.Trim().Length > 0).ToArray() : Array.Empty<string>();
}
