using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

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
    /// <exception cref="FormatException">The text is not a valid catalogue (JSON syntax, an unknown property, a value of the wrong type, a
    /// date not written <c>yyyy-MM-dd</c>, a fact without a source or checked date): the message names the file and, for
    /// each problem, its path, line, position, vendor and fact.</exception>
    public static VendorCatalogue Parse(string json, string sourceName = "known-vendors.json")
    {
        Guard.NotNull(json, nameof(json));
        return new VendorCatalogue(VendorCatalogueReader.Read(json, sourceName));
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
}
