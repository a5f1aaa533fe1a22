using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>The embedded message templates (Compliance/Resources/messages.json), loaded once; thread-safe.</summary>
internal sealed class MessageCatalog
{
    private const string ResourceName = "Verwerkers.Compliance.Data.messages.json";

    private static readonly Lazy<MessageCatalog> Lazy = new(Load, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly JObject _root;
    private readonly Dictionary<string, LocalizedText> _texts = new(StringComparer.Ordinal);
    private readonly LocalizedText[] _codeTemplates;
    private readonly LocalizedText[] _nextSteps;
    private readonly HashSet<string>[] _codeKeys;
    private readonly PlaceholderUse[] _codeUse;
    private readonly string[][] _codeLegalReferences;

    private MessageCatalog(JObject root)
    {
        _root = root;
        foreach (var group in new[] { "subjects", "countryShortNames", "art28Items", "mechanisms", "modules", "relationships", "art49Grounds", "art49Conditions", "authorisations", "bases", "fragments", "eventKinds", "changeKinds", "report" })
        {
            foreach (var p in ((JObject)root[group]!).Properties())
            {
                _texts.Add(group + "." + p.Name, new LocalizedText((string)p.Value["nl"]!, (string)p.Value["en"]!));
            }
        }

        var codes = (JObject)root["codes"]!;
        var nextSteps = (JObject)root["nextSteps"]!;
        _codeTemplates = new LocalizedText[FindingCodes.All.Count];
        _nextSteps = new LocalizedText[FindingCodes.All.Count];
        _codeKeys = new HashSet<string>[FindingCodes.All.Count];
        _codeUse = new PlaceholderUse[FindingCodes.All.Count];
        _codeLegalReferences = new string[FindingCodes.All.Count][];
        foreach (var code in FindingCodes.All)
        {
            var name = FindingCodes.NameOf(code);
            var entry = codes[name] ?? throw new InvalidOperationException($"messages.json has no template for {name}.");
            var nextStep = nextSteps[name] as JObject
                ?? throw new InvalidOperationException($"messages.json has no entry for {name} in 'nextSteps': every code needs a next step in Dutch and English.");
            _codeTemplates[(int)code] = new LocalizedText((string)entry["nl"]!, (string)entry["en"]!);
            _nextSteps[(int)code] = new LocalizedText((string)nextStep["nl"]!, (string)nextStep["en"]!);
            // A {note} is one of the fragments the code lists in "notes": their placeholders count as the code's own.
            var notes = (entry["notes"] as JArray)?.Select(n => Text("fragments", (string)n!)) ?? Enumerable.Empty<LocalizedText>();
            _codeKeys[(int)code] = new HashSet<string>(
                new[] { _codeTemplates[(int)code].Nl, _codeTemplates[(int)code].En, _nextSteps[(int)code].Nl, _nextSteps[(int)code].En }
                    .Concat(notes.SelectMany(n => new[] { n.Nl, n.En })).SelectMany(Placeholders),
                StringComparer.Ordinal);
            _codeUse[(int)code] = new PlaceholderUse(_codeKeys[(int)code]);
            _codeLegalReferences[(int)code] = entry["legalReferences"]!.Select(t => (string)t!).ToArray();
        }

    }

    public static MessageCatalog Instance => Lazy.Value;

    /// <summary>Gets every legal reference id the templates cite; reference data must define them all.</summary>
    public IEnumerable<string> RequiredLegalReferenceIds => _codeLegalReferences.SelectMany(x => x).Distinct(StringComparer.Ordinal);

    /// <summary>Gets the names of the placeholders used by a code's templates (for tests).</summary>
    public IEnumerable<string> CodeKeys => ((JObject)_root["codes"]!).Properties().Select(p => p.Name);

    /// <summary>Gets the codes that have a next step (for tests).</summary>
    public IEnumerable<string> NextStepKeys => ((JObject)_root["nextSteps"]!).Properties().Select(p => p.Name);

    public LocalizedText CodeTemplate(FindingCode code) => _codeTemplates[(int)code];

    public IReadOnlyList<string> CodeLegalReferences(FindingCode code) => _codeLegalReferences[(int)code];

    /// <summary>Gets the next step the user can take for a code: its entry in the <c>nextSteps</c> group of messages.json
    /// (placeholders as in the code's message).</summary>
    public LocalizedText NextStepTemplate(FindingCode code) => _nextSteps[(int)code];

    /// <summary>Gets the placeholders a code's message and next step use, for example <c>date</c> and <c>items</c>.</summary>
    /// <remarks>Built once when the catalog loads and never changed.</remarks>
    public HashSet<string> KeysOf(FindingCode code) => _codeKeys[(int)code];

    /// <summary>Gets which placeholders a code's message and next step use, as flags.</summary>
    public PlaceholderUse UseOf(FindingCode code) => _codeUse[(int)code];

    /// <summary>Gets the names of the placeholders in a template, in order (for example "{subject} ends on {date}": subject, date).</summary>
    public static IEnumerable<string> Placeholders(string template)
    {
        var i = 0;
        while ((i = template.IndexOf('{', i)) >= 0)
        {
            var close = template.IndexOf('}', i + 1);
            if (close < 0)
            {
                yield break;
            }

            yield return template.Substring(i + 1, close - i - 1);
            i = close + 1;
        }
    }

    public LocalizedText Text(string group, string key) =>
        _texts.TryGetValue(group + "." + key, out var t) ? t : throw new InvalidOperationException($"messages.json has no text {group}.{key}.");

    public string Text(string group, string key, Language language) => Text(group, key).In(language);

    public string? TryText(string group, string key, Language language) =>
        _texts.TryGetValue(group + "." + key, out var t) ? t.In(language) : null;

    public string MechanismName(TransferMechanismKind kind, Language language) =>
        Text("mechanisms", TextHelper.CamelCase(kind.ToString()), language);

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
