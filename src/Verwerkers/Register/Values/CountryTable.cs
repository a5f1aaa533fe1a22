using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace Verwerkers.Register;

/// <summary>The embedded ISO 3166-1 country table (Register/Resources/countries.json), loaded once.</summary>
internal static class CountryTable
{
    private static readonly Lazy<Dictionary<string, Entry>> Table = new(Load);

    private static readonly Lazy<IReadOnlyList<CountryCode>> Codes =
        new(() => Table.Value.Keys.OrderBy(k => k, StringComparer.Ordinal).Select(CountryCode.Parse).ToArray());

    public static IReadOnlyList<CountryCode> AllCodes => Codes.Value;

    public static bool Contains(string upperCode) => Table.Value.ContainsKey(upperCode);

    public static Entry Get(string upperCode) => Table.Value[upperCode];

    /// <summary>Returns the table's own string instance, so that parsed codes share one string per country.</summary>
    public static string Intern(string upperCode) => Table.Value[upperCode].Code;

    private static Dictionary<string, Entry> Load()
    {
        using var stream = typeof(CountryTable).Assembly.GetManifestResourceStream("Verwerkers.Register.Data.countries.json")
            ?? throw new InvalidOperationException("The embedded country table is missing from the Verwerkers assembly.");
        using var reader = new StreamReader(stream);
        var root = JObject.Parse(reader.ReadToEnd());
        var result = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var row in (JArray)root["countries"]!)
        {
            var code = (string)row["code"]!;
            result.Add(code, new Entry(code, (string)row["nameNl"]!, (string)row["nameEn"]!, (bool)row["euMember"]!, (bool)row["eea"]!));
        }

        return result;
    }

    internal sealed record Entry(string Code, string NameNl, string NameEn, bool EuMember, bool Eea);
}
