using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Newtonsoft.Json;
using Verwerkers.Input;
using Verwerkers.Register;

namespace Verwerkers.Storage.Json;

/// <summary>
/// Reads a register file token by token straight into the model, collecting every problem with its JSON path, line
/// and position instead of stopping at the first. No reflection and no intermediate JSON tree: each object is a
/// <see cref="JsonShape{TReader, TDraft, T}"/>, one declaration per property (name, value rule, required or not, target).
/// </summary>
/// <remarks>
/// A value that cannot be read is reported, skipped and replaced by a placeholder so that the rest of the file (and
/// the register-level validation afterwards) still runs with list indexes that match the file. Only a JSON syntax
/// error ends reading early. The caller never returns a register built from a file with problems.
/// </remarks>
internal sealed partial class RegisterJsonReader : JsonShapeReader<RegisterJsonReader>
{
    private readonly RegisterJsonOptions _options;
    private readonly RegisterDocument _doc;

    private static readonly JsonRootWords Words = new(
        new("Het bestand is leeg: een registerbestand bevat één JSON-object dat begint met \"schemaVersion\": 1.", "The file is empty: a register file holds one JSON object that starts with \"schemaVersion\": 1."),
        found => new($"Een registerbestand bevat één JSON-object ({{ … }}), maar het bestand begint met {found.Nl}.", $"A register file holds one JSON object ({{ … }}), but the file starts with {found.En}."),
        found => new($"Onverwacht {found.Nl} na het registerobject: een bestand bevat één register.", $"Unexpected {found.En} after the register object: a file holds one register."));

    private RegisterJsonReader(JsonReader reader, RegisterJsonOptions options, CancellationToken cancellationToken, RegisterDocument document)
        : base(reader, options.IgnoreUnknownProperties, cancellationToken, document.Problems, document.IncompleteObjects)
    {
        _options = options;
        _doc = document;
    }

    /// <summary>Reads a whole document.</summary>
    /// <exception cref="SchemaVersionException">The file declares a schema version other than the current one.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public static RegisterDocument Read(JsonReader reader, RegisterJsonOptions options, CancellationToken cancellationToken)
    {
        Configure(reader, options.MaxDepth);
        if (reader is StrictJsonTokenizer strict)
        {
            strict.PropertyNameTable = JsonNames.Table;
        }
        else if (reader is JsonTextReader text)
        {
            text.PropertyNameTable = JsonNames.Table;
        }

        var r = new RegisterJsonReader(reader, options, cancellationToken, new RegisterDocument());
        r.ReadDocument();
        return r._doc;
    }

    private void ReadDocument()
    {
        try
        {
            if (!BeginRoot(Words))
            {
                return;
            }

            int line = Line, position = Position;
            if ((ReadInto(RootShape, _doc) & 1) == 0)
            {
                AddProblem("schemaVersion", $"The required property 'schemaVersion' is missing: a register file starts with \"schemaVersion\": {RegisterJson.SchemaVersion}.",
                    $"De verplichte eigenschap 'schemaVersion' ontbreekt: een registerbestand begint met \"schemaVersion\": {RegisterJson.SchemaVersion}.", line, position);
            }

            _doc.Complete = EndRoot(Words);
        }
        catch (JsonReaderException e)
        {
            var message = e.Message.StartsWith("The reader's MaxDepth", StringComparison.Ordinal)
                ? $"The JSON nests deeper than {_options.MaxDepth} levels, the limit (RegisterJsonOptions.MaxDepth); a register nests at most 6 deep. Is this a register file?"
                : "The file is not valid JSON: " + WithoutLocation(e);
            AddProblem(string.IsNullOrEmpty(e.Path) ? "$" : e.Path!, message, "Het bestand is geen geldige JSON (" + WithoutLocation(e) + ").", e.LineNumber, e.LinePosition);
        }
    }

    private void ReadSchemaVersion()
    {
        if (_r.TokenType != JsonToken.Integer)
        {
            WrongType(new($"het gehele getal {RegisterJson.SchemaVersion}", $"the integer {RegisterJson.SchemaVersion}"));
            return;
        }

        // Json.NET reads integers beyond the range of long as BigInteger; such a version is certainly not one we know.
        var version = _r.Value is long value ? value : long.MaxValue;
        var shown = Convert.ToString(_r.Value, CultureInfo.InvariantCulture);
        if (version == RegisterJson.SchemaVersion)
        {
            return;
        }

        var canUpgrade = version < RegisterJson.SchemaVersion && version >= int.MinValue && _options.SchemaUpgrades.ContainsKey((int)version);
        var message = version > RegisterJson.SchemaVersion
            ? $"The file has schemaVersion {shown}, which is newer than this version of Verwerkers reads ({RegisterJson.SchemaVersion}); update the Verwerkers library."
            : $"The file has schemaVersion {shown}, which this version of Verwerkers cannot read; it reads schemaVersion {RegisterJson.SchemaVersion}.";
        throw new SchemaVersionException(version, canUpgrade, InputProblem.At(_r.Path, message, null, Line, Position));
    }

    internal override void CommentProblem() => Problem(new(
        "Commentaar is in een registerbestand niet toegestaan (opslaan zou het wissen); zet opmerkingen in een eigenschap \"notes\".",
        "Comments are not allowed in a register file (saving would lose them); put remarks in a \"notes\" property."));

    /// <summary>Reads the user's own fields: an object of texts whose names are template path segments.</summary>
    private List<CustomField>? ReadCustomFields()
    {
        if (!BeginObject())
        {
            return null;
        }

        var fields = new List<CustomField>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (NextProperty(out var prop))
        {
            var value = ReadString();
            if (!CustomField.IsValidName(prop))
            {
                Problem(new(
                    $"De naam '{prop}' van een eigen veld (custom) kan niet in een sjabloon: gebruik een letter gevolgd door letters, cijfers of liggende streepjes (hoogstens 64), bijvoorbeeld \"contractOwner\".",
                    $"The custom field name '{prop}' cannot be used in a template: use a letter followed by letters, digits or underscores (at most 64), for example \"contractOwner\"."));
            }
            else if (!names.Add(prop))
            {
                Problem(new($"Het eigen veld '{prop}' staat er twee keer.", $"The custom field '{prop}' appears twice."));
            }
            else if (value is not null)
            {
                fields.Add(new CustomField(prop, value));
            }
        }

        return fields;
    }

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>A stand-in for a blank required text, so that the object can be built; the real value is put back with <c>with</c>.</summary>
    private static string Safe(string? text) => IsBlank(text) ? "?" : text!;
}
