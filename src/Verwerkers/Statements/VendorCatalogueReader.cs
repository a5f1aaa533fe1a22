using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Newtonsoft.Json;
using NodaTime;
using Verwerkers.Input;

namespace Verwerkers.Statements;

/// <summary>
/// Reads a known-vendor catalogue file on the input kit: one <see cref="JsonShape{TReader, TDraft, T}"/> per object,
/// the kit's value rules (dates <c>yyyy-MM-dd</c>), unknown properties refused, every problem collected with its path,
/// line and position. A fact without a source or checked date is refused, naming the vendor and the fact.
/// </summary>
internal sealed class VendorCatalogueReader : JsonShapeReader<VendorCatalogueReader>
{
    private const int MaxDepth = 16;

    private static readonly JsonShape<VendorCatalogueReader, FactDraft, FactDraft?> FactShape = new JsonShape<VendorCatalogueReader, FactDraft, FactDraft?>((d, r) => d.At(r.ObjectStart))
        .Text("field", (d, v) => d.Field = v)
        .Text("value", (d, v) => d.Value = v)
        .Text("source", (d, v) => d.Source = v)
        .Use("checkedOn", (r, d) => (d.CheckedOnGiven, d.CheckedOn) = (r._r.TokenType != JsonToken.Null, r.ReadDate()))
        .Text("note", (d, v) => d.Note = v);

    private static readonly JsonShape<VendorCatalogueReader, VendorDraft, KnownVendor?> VendorShape = new JsonShape<VendorCatalogueReader, VendorDraft, KnownVendor?>((d, r) => r.Build(d))
        .Text("id", (d, v) => d.Id = v)
        .Text("name", (d, v) => d.Name = v)
        .Texts("aliases", (d, v) => d.Aliases = v)
        .Texts("weakAliases", (d, v) => d.WeakAliases = v)
        .Use("facts", (r, d) => d.Facts = r.ReadObjects(FactShape));

    private static readonly JsonShape<VendorCatalogueReader, CatalogueDraft, CatalogueDraft> RootShape = new JsonShape<VendorCatalogueReader, CatalogueDraft, CatalogueDraft>((d, r) => d.At(r.ObjectStart))
        .Text("about", (_, _) => { })
        .Use("vendors", (r, d) => (d.VendorsGiven, d.Vendors) = (true, r.ReadObjects(VendorShape)));

    private static readonly JsonRootWords Words = new(
        new("Het bestand is leeg: een leverancierscatalogus bevat één JSON-object met \"vendors\".", "The file is empty: a vendor catalogue holds one JSON object with \"vendors\"."),
        found => new($"Een leverancierscatalogus bevat één JSON-object ({{ … }}), maar het bestand begint met {found.Nl}.", $"A vendor catalogue holds one JSON object ({{ … }}), but the file starts with {found.En}."),
        found => new($"Onverwacht {found.Nl} na het catalogusobject: een bestand bevat één catalogus.", $"Unexpected {found.En} after the catalogue object: a file holds one catalogue."));

    private readonly List<Problem> _problems;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    private VendorCatalogueReader(JsonReader reader, List<Problem> problems)
        : base(reader, ignoreUnknownProperties: false, CancellationToken.None, problems, new List<string>())
    {
        _problems = problems;
    }

    /// <summary>Reads a catalogue text.</summary>
    /// <exception cref="FormatException">The text is not a valid catalogue: the message names the file and lists every problem.</exception>
    public static IReadOnlyList<KnownVendor> Read(string json, string sourceName)
    {
        var problems = new List<Problem>();
        List<KnownVendor?>? vendors = null;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json));
            Configure(reader, MaxDepth);
            var r = new VendorCatalogueReader(reader, problems);
            if (r.BeginRoot(Words))
            {
                var root = r.ReadObject(RootShape);
                if (!root.VendorsGiven)
                {
                    r.AddProblem("vendors", "the property \"vendors\" (an array) is missing.", "de eigenschap \"vendors\" (een lijst) ontbreekt.", root.Line, root.Position);
                }

                vendors = root.Vendors;
                r.EndRoot(Words);
            }
        }
        catch (JsonReaderException e)
        {
            throw new FormatException($"{sourceName}: not valid JSON: {e.Message}", e);
        }

        if (problems.Count > 0)
        {
            throw new FormatException(string.Join(Environment.NewLine, problems.Select(p => (p with { Source = sourceName }).ToString())));
        }

        return vendors is null ? Array.Empty<KnownVendor>() : vendors.Select(v => v!).ToList();
    }

    internal override void CommentProblem() => AddProblem(
        CurrentPath(),
        "Comments are not allowed in a vendor catalogue; put remarks in a fact's \"note\" or the catalogue's \"about\".",
        "Commentaar is in een leverancierscatalogus niet toegestaan; zet opmerkingen in de \"note\" van een feit of in \"about\".",
        Line,
        Position);

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    private static IReadOnlyList<string> NotBlank(List<string>? texts) =>
        texts is null ? Array.Empty<string>() : texts.Where(t => !IsBlank(t)).ToArray();

    private KnownVendor? Build(VendorDraft d)
    {
        var problems = _problems.Count;
        var at = ObjectStart;
        var path = _r.Path;
        if (IsBlank(d.Id))
        {
            AddProblem(path, $"{path} has no \"id\".", $"{path} heeft geen \"id\".", at.Line, at.Position);
            return null;
        }

        if (!_ids.Add(d.Id!))
        {
            AddProblem(path, $"{path}: the id \"{d.Id}\" occurs twice.", $"{path}: de id \"{d.Id}\" komt twee keer voor.", at.Line, at.Position);
        }

        if (IsBlank(d.Name))
        {
            AddProblem(path, $"vendor \"{d.Id}\" has no \"name\".", $"leverancier \"{d.Id}\" heeft geen \"name\".", at.Line, at.Position);
        }

        var facts = new List<VendorFact>();
        for (var j = 0; d.Facts is not null && j < d.Facts.Count; j++)
        {
            if (d.Facts[j] is { } fact && Fact(d.Id!, $"{path}.facts[{j}]", j, fact) is { } built)
            {
                facts.Add(built);
            }
        }

        var aliases = NotBlank(d.Aliases);
        return _problems.Count > problems ? null : new KnownVendor(d.Id!, d.Name!, aliases.Count == 0 ? new[] { d.Name! } : aliases, NotBlank(d.WeakAliases), facts);
    }

    private VendorFact? Fact(string id, string path, int index, FactDraft f)
    {
        void Missing(string english, string dutch) => AddProblem(path, english, dutch, f.Line, f.Position);
        if (IsBlank(f.Field))
        {
            Missing($"vendor \"{id}\" facts[{index}] has no \"field\".", $"leverancier \"{id}\" facts[{index}] heeft geen \"field\".");
            return null;
        }

        var (what, wat) = ($"vendor \"{id}\" fact \"{f.Field}\"", $"leverancier \"{id}\" feit \"{f.Field}\"");
        if (IsBlank(f.Value))
        {
            Missing($"{what} has no \"value\".", $"{wat} heeft geen \"value\".");
        }

        if (IsBlank(f.Source))
        {
            Missing($"{what} has no \"source\": every fact must say where it was read.", $"{wat} heeft geen \"source\": elk feit moet zeggen waar het gelezen is.");
        }

        if (!f.CheckedOnGiven)
        {
            Missing($"{what} has no \"checkedOn\" date.", $"{wat} heeft geen datum \"checkedOn\".");
        }

        return IsBlank(f.Value) || IsBlank(f.Source) || f.CheckedOn is not { } checkedOn ? null : new VendorFact(f.Field!, f.Value!, f.Source!, checkedOn) { Note = f.Note };
    }

    private sealed class CatalogueDraft
    {
        public bool VendorsGiven;
        public List<KnownVendor?>? Vendors;
        public int Line, Position;

        public CatalogueDraft At((int Line, int Position) start)
        {
            (Line, Position) = start;
            return this;
        }
    }

    private sealed class VendorDraft
    {
        public string? Id, Name;
        public List<string>? Aliases, WeakAliases;
        public List<FactDraft?>? Facts;
    }

    private sealed class FactDraft
    {
        public string? Field, Value, Source, Note;
        public bool CheckedOnGiven;
        public LocalDate? CheckedOn;
        public int Line, Position;

        public FactDraft At((int Line, int Position) start)
        {
            (Line, Position) = start;
            return this;
        }
    }
}
