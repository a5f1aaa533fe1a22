using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Verwerkers.Templating.Blanks;

/// <summary>
/// A mapping file: which blank of a Word document becomes which field. JSON, for example
/// <c>{ "placeholders": [ { "text": "[naam verwerker]", "field": "processor.name" },
/// { "position": "word/document.xml:12:1", "field": "controller.name" }, { "text": "……………", "keep": true } ] }</c>.
/// </summary>
/// <remarks>
/// <para>Each entry names its blank by exactly one of <c>text</c> (every blank with exactly this text), <c>name</c>
/// (a form field's name or a content control's tag or alias) or <c>position</c> (<c>part:paragraph:index</c> as
/// <c>inspect --placeholders</c> shows it), and says either <c>field</c> (a data path, optionally with a format after a
/// colon) or <c>"keep": true</c> (leave the blank as it is, on purpose). An optional <c>note</c> is for people. When
/// several entries match one blank, the most specific wins: position, then name, then text.</para>
/// <para>Parsing reports every problem of the file at once (<see cref="PlaceholderMappingException"/>), each with line
/// and position. The file is hostile input: at most 1 MiB, nested at most 16 deep.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class PlaceholderMapping
{
    /// <summary>The largest mapping file read, in characters.</summary>
    public const int MaxCharacters = 1 << 20;

    private static readonly Regex FieldPattern = new(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*(:[^{}\r\n]{1,100})?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex PositionPattern = new(@"^[^:\s]+\.xml:[1-9][0-9]{0,8}:[1-9][0-9]{0,8}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly string[] EntryProperties = { "text", "name", "position", "field", "keep", "note" };

    private PlaceholderMapping(IReadOnlyList<PlaceholderMappingEntry> entries) => Entries = entries;

    /// <summary>Gets the entries, in file order.</summary>
    public IReadOnlyList<PlaceholderMappingEntry> Entries { get; }

    /// <summary>Reads a mapping file.</summary>
    /// <param name="path">The file (UTF-8 JSON).</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="PlaceholderMappingException">The file is not a valid mapping; every problem is listed.</exception>
    public static PlaceholderMapping Load(string path)
    {
        Guard.NotNullOrWhiteSpace(path, nameof(path));
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"The mapping file '{path}' does not exist.", path);
        }

        if (info.Length > MaxCharacters * 4L)
        {
            throw new PlaceholderMappingException(new[] { new Problem($"The mapping file is {info.Length:N0} bytes; the limit is {MaxCharacters:N0} characters.", $"Het koppelbestand is {info.Length:N0} bytes; de grens is {MaxCharacters:N0} tekens.") { Source = path } });
        }

        return Parse(File.ReadAllText(path, new UTF8Encoding(false, true)), path);
    }

    /// <summary>Parses a mapping file's text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name for messages, or null.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="PlaceholderMappingException">The text is not a valid mapping; every problem is listed.</exception>
    public static PlaceholderMapping Parse(string json, string? source = null)
    {
        Guard.NotNull(json, nameof(json));
        var problems = new List<Problem>();
        Problem At(IJsonLineInfo? where, string en, string nl) => new(en, nl)
        {
            Source = source,
            Line = where?.HasLineInfo() == true ? where.LineNumber : 0,
            Position = where?.HasLineInfo() == true ? where.LinePosition : 0,
        };

        if (json.Length > MaxCharacters)
        {
            throw new PlaceholderMappingException(new[] { At(null, $"The mapping file has {json.Length:N0} characters; the limit is {MaxCharacters:N0}.", $"Het koppelbestand heeft {json.Length:N0} tekens; de grens is {MaxCharacters:N0}.") });
        }

        JToken root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { MaxDepth = 16, DateParseHandling = DateParseHandling.None };
            root = JToken.ReadFrom(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error, LineInfoHandling = LineInfoHandling.Load });
            if (reader.Read())
            {
                throw new JsonReaderException($"Unexpected text after the end of the JSON value. Path '{reader.Path}', line {reader.LineNumber}, position {reader.LinePosition}.");
            }
        }
        catch (JsonReaderException e)
        {
            var where = new Problem($"The mapping file is not valid JSON: {e.Message}", $"Het koppelbestand is geen geldige JSON: {e.Message}") { Source = source, Line = e.LineNumber, Position = e.LinePosition };
            throw new PlaceholderMappingException(new[] { where });
        }

        var entries = new List<PlaceholderMappingEntry>();
        if (root is not JObject rootObject)
        {
            throw new PlaceholderMappingException(new[] { At(root, "The mapping file must be an object: { \"placeholders\": [ … ] }.", "Het koppelbestand moet een object zijn: { \"placeholders\": [ … ] }.") });
        }

        foreach (var property in rootObject.Properties().Where(p => p.Name is not ("placeholders" or "description" or "$schema")))
        {
            problems.Add(At(property, $"Unknown property '{property.Name}'; a mapping file has \"placeholders\" (and optionally \"description\").", $"Onbekende eigenschap '{property.Name}'; een koppelbestand heeft \"placeholders\" (en eventueel \"description\")."));
        }

        if (rootObject["placeholders"] is not JArray list)
        {
            problems.Add(At(rootObject["placeholders"] ?? (IJsonLineInfo)rootObject, "\"placeholders\" must be a list of entries.", "\"placeholders\" moet een lijst van regels zijn."));
            throw new PlaceholderMappingException(problems);
        }

        var seen = new Dictionary<string, PlaceholderMappingEntry>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            var entry = ParseEntry(item, problems, At);
            if (entry is null)
            {
                continue;
            }

            var key = entry.Describe();
            if (seen.TryGetValue(key, out var first))
            {
                problems.Add(At(item, $"The {key} is mapped twice (first on line {first.Line}).", $"De {Dutch(key)} staat twee keer in het bestand (eerst op regel {first.Line})."));
                continue;
            }

            seen[key] = entry;
            entries.Add(entry);
        }

        if (problems.Count > 0)
        {
            throw new PlaceholderMappingException(problems);
        }

        return new PlaceholderMapping(new ReadOnlyCollection<PlaceholderMappingEntry>(entries));
    }

    /// <summary>Finds the entry for a blank: by position, else by name, else by text; null when none matches.</summary>
    internal PlaceholderMappingEntry? Find(Placeholder blank)
    {
        PlaceholderMappingEntry? byName = null, byText = null;
        foreach (var entry in Entries)
        {
            if (entry.Position is not null && string.Equals(entry.Position, blank.Position, StringComparison.Ordinal))
            {
                return entry;
            }

            if (entry.Name is not null && blank.Name is not null && string.Equals(entry.Name, blank.Name, StringComparison.Ordinal))
            {
                byName ??= entry;
            }

            if (entry.Text is not null && string.Equals(entry.Text, blank.Text, StringComparison.Ordinal))
            {
                byText ??= entry;
            }
        }

        return byName ?? byText;
    }

    private static string Dutch(string key) =>
        key.Replace("position ", "positie ").Replace("name ", "naam ").Replace("text ", "tekst ");

    private static PlaceholderMappingEntry? ParseEntry(JToken item, List<Problem> problems, Func<IJsonLineInfo?, string, string, Problem> at)
    {
        if (item is not JObject o)
        {
            problems.Add(at(item, "Each entry must be an object such as { \"text\": \"[naam verwerker]\", \"field\": \"processor.name\" }.", "Elke regel moet een object zijn, zoals { \"text\": \"[naam verwerker]\", \"field\": \"processor.name\" }."));
            return null;
        }

        var before = problems.Count;
        foreach (var property in o.Properties().Where(p => Array.IndexOf(EntryProperties, p.Name) < 0))
        {
            problems.Add(at(property, $"Unknown property '{property.Name}'; an entry has one of text, name or position, and field or keep (and optionally note).", $"Onbekende eigenschap '{property.Name}'; een regel heeft text, name of position, en field of keep (en eventueel note)."));
        }

        string? Text(string name)
        {
            var value = o[name];
            if (value is null)
            {
                return null;
            }

            if (value.Type != JTokenType.String || ((string)value!).Trim().Length == 0)
            {
                problems.Add(at(value, $"'{name}' must be a non-empty string.", $"'{name}' moet een niet-lege tekst zijn."));
                return null;
            }

            return (string)value!;
        }

        var text = Text("text");
        var name = Text("name");
        var position = Text("position");
        var field = Text("field");
        _ = Text("note");
        var keys = new[] { "text", "name", "position" }.Count(k => o[k] is not null);
        if (keys != 1)
        {
            problems.Add(at(o, "An entry names its blank by exactly one of text, name or position.", "Een regel noemt zijn open plek met precies één van text, name of position."));
        }

        if (position is not null && !PositionPattern.IsMatch(position))
        {
            problems.Add(at(o["position"], $"The position \"{position}\" is not part:paragraph:index, such as word/document.xml:12:1.", $"De positie \"{position}\" is geen onderdeel:alinea:nummer, zoals word/document.xml:12:1."));
        }

        var keep = o["keep"];
        if (keep is not null && (keep.Type != JTokenType.Boolean || !(bool)keep))
        {
            problems.Add(at(keep, "'keep' can only be true (leave the blank as it is); to fill it, give a field instead.", "'keep' kan alleen true zijn (de open plek blijft staan); geef anders een field."));
        }

        if ((o["field"] is null) == (keep is null))
        {
            problems.Add(at(o, "An entry has either a field (a data path such as processor.name) or \"keep\": true.", "Een regel heeft een field (een gegevenspad zoals processor.name) of \"keep\": true, niet beide of geen van beide."));
        }

        if (field is not null && !FieldPattern.IsMatch(field))
        {
            problems.Add(at(o["field"], $"The field \"{field}\" is not a data path such as processor.name or agreement.endDate:d MMMM yyyy.", $"Het field \"{field}\" is geen gegevenspad zoals processor.name of agreement.endDate:d MMMM yyyy."));
        }

        var line = (IJsonLineInfo)o;
        return problems.Count > before ? null : new PlaceholderMappingEntry(text, name, position, field, line.LineNumber, line.LinePosition);
    }
}
