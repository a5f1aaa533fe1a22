using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>The embedded message templates (Compliance/Data/messages.json), loaded once; thread-safe.</summary>
internal sealed class MessageCatalog
{
    private const string ResourceName = "Verwerkers.Compliance.Data.messages.json";

    private static readonly Lazy<MessageCatalog> Lazy = new(Load, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly JObject _root;
    private readonly Dictionary<string, LocalizedText> _texts = new(StringComparer.Ordinal);
    private readonly LocalizedText[] _codeTemplates;
    private readonly string[][] _codeLegalReferences;
    private readonly string[] _monthsNl;
    private readonly string[] _monthsEn;

    private MessageCatalog(JObject root)
    {
        _root = root;
        foreach (var group in new[] { "subjects", "countryShortNames", "mechanisms", "modules", "relationships", "authorisations", "bases", "fragments", "severities", "eventKinds", "report" })
        {
            foreach (var p in ((JObject)root[group]!).Properties())
            {
                _texts.Add(group + "." + p.Name, new LocalizedText((string)p.Value["nl"]!, (string)p.Value["en"]!));
            }
        }

        var codes = (JObject)root["codes"]!;
        _codeTemplates = new LocalizedText[FindingCodes.All.Count];
        _codeLegalReferences = new string[FindingCodes.All.Count][];
        foreach (var code in FindingCodes.All)
        {
            var entry = codes[FindingCodes.NameOf(code)]
                ?? throw new InvalidOperationException($"messages.json has no template for {FindingCodes.NameOf(code)}.");
            _codeTemplates[(int)code] = new LocalizedText((string)entry["nl"]!, (string)entry["en"]!);
            _codeLegalReferences[(int)code] = entry["legalReferences"]!.Select(t => (string)t!).ToArray();
        }

        _monthsNl = root["months"]!["nl"]!.Select(t => (string)t!).ToArray();
        _monthsEn = root["months"]!["en"]!.Select(t => (string)t!).ToArray();
    }

    public static MessageCatalog Instance => Lazy.Value;

    /// <summary>Gets every legal reference id the templates cite; reference data must define them all.</summary>
    public IEnumerable<string> RequiredLegalReferenceIds => _codeLegalReferences.SelectMany(x => x).Distinct(StringComparer.Ordinal);

    /// <summary>Gets the names of the placeholders used by a code's templates (for tests).</summary>
    public IEnumerable<string> CodeKeys => ((JObject)_root["codes"]!).Properties().Select(p => p.Name);

    public LocalizedText CodeTemplate(FindingCode code) => _codeTemplates[(int)code];

    public IReadOnlyList<string> CodeLegalReferences(FindingCode code) => _codeLegalReferences[(int)code];

    public LocalizedText Text(string group, string key) =>
        _texts.TryGetValue(group + "." + key, out var t) ? t : throw new InvalidOperationException($"messages.json has no text {group}.{key}.");

    public string Text(string group, string key, ReportLanguage language) => Text(group, key).In(language);

    public string? TryText(string group, string key, ReportLanguage language) =>
        _texts.TryGetValue(group + "." + key, out var t) ? t.In(language) : null;

    public string FormatDate(LocalDate date, ReportLanguage language) => language == ReportLanguage.English
        ? date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + _monthsEn[date.Month - 1] + " " + date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + _monthsNl[date.Month - 1] + " " + date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string MechanismName(TransferMechanismKind kind, ReportLanguage language) =>
        Text("mechanisms", ReferenceDataParser.CamelCase(kind.ToString()), language);

    /// <summary>Replaces each <c>{name}</c> in <paramref name="template"/> with <paramref name="resolve"/>(name).</summary>
    public static string Fill(string template, Func<string, string> resolve)
    {
        var builder = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            builder.Append(resolve(template.Substring(open + 1, close - open - 1)));
            i = close + 1;
        }

        return builder.ToString();
    }

    private static MessageCatalog Load()
    {
        using var stream = typeof(MessageCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the Verwerkers assembly.");
        using var reader = new System.IO.StreamReader(stream);
        return new MessageCatalog(JObject.Parse(reader.ReadToEnd()));
    }
}
