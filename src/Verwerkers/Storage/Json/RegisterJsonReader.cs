using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Newtonsoft.Json;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Storage.Json;

/// <summary>
/// Reads a register file token by token straight into the model, collecting every problem with its JSON path, line
/// and position instead of stopping at the first. No reflection and no intermediate JSON tree.
/// </summary>
/// <remarks>
/// A value that cannot be read is reported, skipped and replaced by a placeholder so that the rest of the file (and
/// the register-level validation afterwards) still runs with list indexes that match the file. Only a JSON syntax
/// error ends reading early. The caller never returns a register built from a file with problems.
/// </remarks>
internal sealed partial class RegisterJsonReader
{
    private const string RootProps = "schemaVersion, notes, controller, processors, agreements, transfers";
    private const string OrganisationProps = "name, kvkNumber, country, address, privacyContact, signatory, contractTerms";
    private const string ContractTermsProps = "breachNotificationHours, auditNoticeDays, deletionDays";
    private const string AddressProps = "street, postalCode, city, country";
    private const string ContactProps = "name, email, phone";
    private const string SignatoryProps = "name, title";

    private readonly JsonReader _r;
    private readonly IJsonLineInfo? _lineInfo;
    private readonly RegisterJsonOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly RegisterDocument _doc = new();
    private int _propertyLine;
    private int _propertyPosition;

    private RegisterJsonReader(JsonReader reader, RegisterJsonOptions options, CancellationToken cancellationToken)
    {
        _r = reader;
        _lineInfo = reader as IJsonLineInfo;
        _options = options;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Reads a whole document.</summary>
    /// <exception cref="SchemaVersionException">The file declares a schema version other than the current one.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public static RegisterDocument Read(JsonReader reader, RegisterJsonOptions options, CancellationToken cancellationToken)
    {
        reader.DateParseHandling = DateParseHandling.None;
        reader.FloatParseHandling = FloatParseHandling.Double;
        reader.MaxDepth = options.MaxDepth;
        reader.CloseInput = false;
        if (reader is JsonTextReader text)
        {
            text.PropertyNameTable = JsonNames.Table;
        }

        var r = new RegisterJsonReader(reader, options, cancellationToken);
        r.ReadDocument();
        return r._doc;
    }

    private int Line => _lineInfo?.LineNumber ?? 0;

    private int Position => _lineInfo?.LinePosition ?? 0;

    private void ReadDocument()
    {
        try
        {
            if (!_r.Read())
            {
                AddProblem("$", "The file is empty: a register file holds one JSON object that starts with \"schemaVersion\": 1.",
                    "Het bestand is leeg: een registerbestand bevat één JSON-object dat begint met \"schemaVersion\": 1.", 0, 0);
                return;
            }

            SkipComments();
            if (_r.TokenType != JsonToken.StartObject)
            {
                AddProblem("$", $"A register file holds one JSON object ({{ … }}), but the file starts with {Describe()}.",
                    $"Een registerbestand bevat één JSON-object ({{ … }}), maar het bestand begint met {Describe(dutch: true)}.", Line, Position);
                return;
            }

            ReadRoot();
            while (_r.Read())
            {
                if (_r.TokenType == JsonToken.Comment)
                {
                    CommentProblem();
                    continue;
                }

                AddProblem("$", $"Unexpected {Describe()} after the register object: a file holds one register.",
                    $"Onverwacht {Describe(dutch: true)} na het registerobject: een bestand bevat één register.", Line, Position);
                return;
            }

            _doc.Complete = true;
        }
        catch (JsonReaderException e)
        {
            var message = e.Message.StartsWith("The reader's MaxDepth", StringComparison.Ordinal)
                ? $"The JSON nests deeper than {_options.MaxDepth} levels, the limit (RegisterJsonOptions.MaxDepth); a register nests at most 6 deep. Is this a register file?"
                : "The file is not valid JSON: " + StripLocation(e.Message);
            _doc.Problems.Add(new RegisterProblem(string.IsNullOrEmpty(e.Path) ? "$" : e.Path!, message)
            {
                DutchMessage = "Het bestand is geen geldige JSON (" + StripLocation(e.Message) + ").",
                LineNumber = e.LineNumber,
                LinePosition = e.LinePosition,
            });
        }
    }

    private void ReadRoot()
    {
        int startLine = Line, startPosition = Position;
        ulong seen = 0;
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "schemaVersion":
                    if (Once(ref seen, 0, name))
                    {
                        ReadSchemaVersion();
                    }

                    break;
                case "notes":
                    if (Once(ref seen, 1, name))
                    {
                        _doc.Notes = ReadString();
                    }

                    break;
                case "controller":
                    if (Once(ref seen, 2, name))
                    {
                        _doc.Controller = ReadOrganisation();
                    }

                    break;
                case "processors":
                    if (Once(ref seen, 3, name))
                    {
                        ReadList(_doc.Processors, ReadProcessor);
                    }

                    break;
                case "agreements":
                    if (Once(ref seen, 4, name))
                    {
                        ReadList(_doc.Agreements, ReadAgreement);
                    }

                    break;
                case "transfers":
                    if (Once(ref seen, 5, name))
                    {
                        ReadList(_doc.Transfers, ReadTransfer);
                    }

                    break;
                default:
                    Unknown(name, RootProps);
                    break;
            }
        }

        if ((seen & 1) == 0)
        {
            AddProblem("schemaVersion", $"The required property 'schemaVersion' is missing: a register file starts with \"schemaVersion\": {RegisterJson.SchemaVersion}.",
                $"De verplichte eigenschap 'schemaVersion' ontbreekt: een registerbestand begint met \"schemaVersion\": {RegisterJson.SchemaVersion}.", startLine, startPosition);
        }
    }

    private void ReadSchemaVersion()
    {
        if (_r.TokenType != JsonToken.Integer)
        {
            WrongType($"the integer {RegisterJson.SchemaVersion}", $"het gehele getal {RegisterJson.SchemaVersion}");
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
        throw new SchemaVersionException(version, canUpgrade, new RegisterProblem(_r.Path, message) { LineNumber = Line, LinePosition = Position });
    }

    private Organisation? ReadOrganisation()
    {
        if (!BeginObject())
        {
            return null;
        }

        string? name = null, kvk = null;
        CountryCode country = default;
        PostalAddress? address = null;
        ContactDetails? contact = null;
        Signatory? signatory = null;
        ContractTerms? terms = null;
        ulong seen = 0;
        while (NextProperty(out var prop))
        {
            switch (prop)
            {
                case "name":
                    if (Once(ref seen, 0, prop))
                    {
                        name = ReadString();
                    }

                    break;
                case "kvkNumber":
                    if (Once(ref seen, 1, prop))
                    {
                        kvk = ReadString();
                    }

                    break;
                case "country":
                    if (Once(ref seen, 2, prop))
                    {
                        country = ReadCountry() ?? default;
                    }

                    break;
                case "address":
                    if (Once(ref seen, 3, prop))
                    {
                        address = ReadAddress();
                    }

                    break;
                case "privacyContact":
                    if (Once(ref seen, 4, prop))
                    {
                        contact = ReadContact();
                    }

                    break;
                case "signatory":
                    if (Once(ref seen, 5, prop))
                    {
                        signatory = ReadSignatory();
                    }

                    break;
                case "contractTerms":
                    if (Once(ref seen, 6, prop))
                    {
                        terms = ReadContractTerms();
                    }

                    break;
                default:
                    Unknown(prop, OrganisationProps);
                    break;
            }
        }

        var organisation = new Organisation(Safe(name), country)
        {
            KvkNumber = kvk,
            Address = address,
            PrivacyContact = contact,
            Signatory = signatory,
            ContractTerms = terms,
        };
        return IsBlank(name) ? organisation with { Name = name! } : organisation;
    }

    private ContractTerms? ReadContractTerms()
    {
        if (!BeginObject())
        {
            return null;
        }

        int? breach = null, audit = null, deletion = null;
        ulong seen = 0;
        while (NextProperty(out var prop))
        {
            switch (prop)
            {
                case "breachNotificationHours":
                    if (Once(ref seen, 0, prop))
                    {
                        breach = ReadInt();
                    }

                    break;
                case "auditNoticeDays":
                    if (Once(ref seen, 1, prop))
                    {
                        audit = ReadInt();
                    }

                    break;
                case "deletionDays":
                    if (Once(ref seen, 2, prop))
                    {
                        deletion = ReadInt();
                    }

                    break;
                default:
                    Unknown(prop, ContractTermsProps);
                    break;
            }
        }

        return new ContractTerms { BreachNotificationHours = breach, AuditNoticeDays = audit, DeletionDays = deletion };
    }

    private PostalAddress? ReadAddress()
    {
        if (!BeginObject())
        {
            return null;
        }

        string? street = null, postalCode = null, city = null;
        CountryCode? country = null;
        ulong seen = 0;
        while (NextProperty(out var prop))
        {
            switch (prop)
            {
                case "street":
                    if (Once(ref seen, 0, prop))
                    {
                        street = ReadString();
                    }

                    break;
                case "postalCode":
                    if (Once(ref seen, 1, prop))
                    {
                        postalCode = ReadString();
                    }

                    break;
                case "city":
                    if (Once(ref seen, 2, prop))
                    {
                        city = ReadString();
                    }

                    break;
                case "country":
                    if (Once(ref seen, 3, prop))
                    {
                        country = ReadCountry();
                    }

                    break;
                default:
                    Unknown(prop, AddressProps);
                    break;
            }
        }

        return new PostalAddress { Street = street, PostalCode = postalCode, City = city, Country = country };
    }

    private ContactDetails? ReadContact()
    {
        if (!BeginObject())
        {
            return null;
        }

        string? name = null, email = null, phone = null;
        ulong seen = 0;
        while (NextProperty(out var prop))
        {
            switch (prop)
            {
                case "name":
                    if (Once(ref seen, 0, prop))
                    {
                        name = ReadString();
                    }

                    break;
                case "email":
                    if (Once(ref seen, 1, prop))
                    {
                        email = ReadString();
                    }

                    break;
                case "phone":
                    if (Once(ref seen, 2, prop))
                    {
                        phone = ReadString();
                    }

                    break;
                default:
                    Unknown(prop, ContactProps);
                    break;
            }
        }

        return new ContactDetails { Name = name, Email = email, Phone = phone };
    }

    private Signatory? ReadSignatory()
    {
        if (!BeginObject())
        {
            return null;
        }

        string? name = null, title = null;
        ulong seen = 0;
        while (NextProperty(out var prop))
        {
            switch (prop)
            {
                case "name":
                    if (Once(ref seen, 0, prop))
                    {
                        name = ReadString();
                    }

                    break;
                case "title":
                    if (Once(ref seen, 1, prop))
                    {
                        title = ReadString();
                    }

                    break;
                default:
                    Unknown(prop, SignatoryProps);
                    break;
            }
        }

        return new Signatory { Name = name, Title = title };
    }

    // ---- tokens and values -------------------------------------------------------------------------------------

    /// <summary>Moves to the next token that is not a comment; the end of the input here is a syntax error.</summary>
    private void Next()
    {
        if (!_r.Read())
        {
            throw new JsonReaderException("Unexpected end of the file; it may be truncated.", _r.Path, Line, Position, null);
        }

        SkipComments();
    }

    private void SkipComments()
    {
        while (_r.TokenType == JsonToken.Comment)
        {
            CommentProblem();
            if (!_r.Read())
            {
                throw new JsonReaderException("Unexpected end of the file; it may be truncated.", _r.Path, Line, Position, null);
            }
        }
    }

    private void CommentProblem() => AddProblem(
        CurrentPath(),
        "Comments are not allowed in a register file (saving would lose them); put remarks in a \"notes\" property.",
        "Commentaar is in een registerbestand niet toegestaan (opslaan zou het wissen); zet opmerkingen in een eigenschap \"notes\".",
        Line,
        Position);

    /// <summary>Moves to the next property and onto its value; false at the end of the object.</summary>
    private bool NextProperty(out string name)
    {
        Next();
        if (_r.TokenType != JsonToken.PropertyName)
        {
            name = string.Empty;
            return false;
        }

        name = (string)_r.Value!;
        _propertyLine = Line;
        _propertyPosition = Position;
        Next();
        return true;
    }

    /// <summary>Accepts a property the first time; a repeated property is reported and skipped.</summary>
    private bool Once(ref ulong seen, int bit, string name)
    {
        var mask = 1UL << bit;
        if ((seen & mask) != 0)
        {
            AddProblem(_r.Path, $"The property '{name}' appears more than once in this object.", $"De eigenschap '{name}' komt in dit object meer dan eens voor.", _propertyLine, _propertyPosition);
            _r.Skip();
            return false;
        }

        seen |= mask;
        return true;
    }

    private void Unknown(string name, string expected)
    {
        if (!_options.IgnoreUnknownProperties)
        {
            AddProblem(_r.Path, $"Unknown property '{TextHelper.Shorten(name)}'; expected one of: {expected}.",
                $"Onbekende eigenschap '{TextHelper.Shorten(name)}'; verwacht een van: {expected}.", _propertyLine, _propertyPosition);
        }

        _r.Skip();
    }

    /// <summary>True at the start of an object; false (and skipped) for null or another type, which is reported.</summary>
    private bool BeginObject()
    {
        if (_r.TokenType == JsonToken.StartObject)
        {
            return true;
        }

        if (_r.TokenType != JsonToken.Null)
        {
            WrongType("an object", "een object");
        }

        return false;
    }

    private bool BeginArray()
    {
        if (_r.TokenType == JsonToken.StartArray)
        {
            return true;
        }

        if (_r.TokenType != JsonToken.Null)
        {
            WrongType("an array", "een lijst");
        }

        return false;
    }

    /// <summary>Reads an array of objects; a null element or one of another type is reported and kept as null.</summary>
    private void ReadList<T>(List<T> list, Func<T?> readItem)
        where T : class
    {
        if (!BeginArray())
        {
            return;
        }

        Next();
        while (_r.TokenType != JsonToken.EndArray)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_r.TokenType == JsonToken.Null)
            {
                Problem("Expected an object but found null.", "Verwacht: een object, maar gevonden: null.");
            }

            list.Add(readItem()!);
            Next();
        }
    }

    private List<string>? ReadStringList()
    {
        if (!BeginArray())
        {
            return null;
        }

        var list = new List<string>();
        Next();
        while (_r.TokenType != JsonToken.EndArray)
        {
            if (_r.TokenType == JsonToken.String)
            {
                list.Add((string)_r.Value!);
            }
            else
            {
                WrongType("a string", "een tekst");
            }

            Next();
        }

        return list;
    }

    private List<CountryCode>? ReadCountryList()
    {
        if (!BeginArray())
        {
            return null;
        }

        var list = new List<CountryCode>();
        Next();
        while (_r.TokenType != JsonToken.EndArray)
        {
            list.Add((_r.TokenType == JsonToken.Null ? NullElement() : ReadCountry()) ?? default);
            Next();
        }

        return list;
    }

    private List<TEnum>? ReadEnumList<TEnum>()
        where TEnum : struct, Enum
    {
        if (!BeginArray())
        {
            return null;
        }

        var list = new List<TEnum>();
        Next();
        while (_r.TokenType != JsonToken.EndArray)
        {
            var value = _r.TokenType == JsonToken.Null ? NullElement<TEnum>() : ReadEnum<TEnum>();

            // A placeholder keeps the indexes of later items; each is a distinct undefined value, so it never looks
            // like a duplicate to the register's own checks.
            list.Add(value ?? (TEnum)Enum.ToObject(typeof(TEnum), -1000 - list.Count));
            Next();
        }

        return list;
    }

    /// <summary>Reports null where a required value belongs; false then.</summary>
    private bool NotNull()
    {
        if (_r.TokenType != JsonToken.Null)
        {
            return true;
        }

        Problem("A value is required here; null is not allowed.", "Hier is een waarde verplicht; null mag niet.");
        return false;
    }

    private T? NullElement<T>()
        where T : struct
    {
        Problem("A list element must not be null.", "Een element van een lijst mag niet null zijn.");
        return null;
    }

    private CountryCode? NullElement() => NullElement<CountryCode>();

    private string? ReadString()
    {
        switch (_r.TokenType)
        {
            case JsonToken.String:
                return (string)_r.Value!;
            case JsonToken.Null:
                return null;
            case JsonToken.Integer or JsonToken.Float or JsonToken.Boolean:
                var raw = Convert.ToString(_r.Value, CultureInfo.InvariantCulture)!;
                var quoted = raw is "True" or "False" ? raw.ToLowerInvariant() : raw;
                Problem($"Expected a string but found {Describe()}; write it in quotes: \"{quoted}\".",
                    $"Verwacht: een tekst, maar gevonden: {Describe(dutch: true)}; zet de waarde tussen aanhalingstekens: \"{quoted}\".");
                return null;
            default:
                WrongType("a string", "een tekst");
                return null;
        }
    }

    private int? ReadInt()
    {
        switch (_r.TokenType)
        {
            case JsonToken.Integer when _r.Value is long l && l >= int.MinValue && l <= int.MaxValue:
                return (int)l;
            case JsonToken.Null:
                return null;
            default:
                WrongType("a whole number", "een geheel getal");
                return null;
        }
    }

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
                Problem(
                    $"The custom field name '{prop}' cannot be used in a template: use a letter followed by letters, digits or underscores (at most 64), for example \"contractOwner\".",
                    $"De naam '{prop}' van een eigen veld (custom) kan niet in een sjabloon: gebruik een letter gevolgd door letters, cijfers of liggende streepjes (hoogstens 64), bijvoorbeeld \"contractOwner\".");
            }
            else if (!names.Add(prop))
            {
                Problem($"The custom field '{prop}' appears twice.", $"Het eigen veld '{prop}' staat er twee keer.");
            }
            else if (value is not null)
            {
                fields.Add(new CustomField(prop, value));
            }
        }

        return fields;
    }

    private bool? ReadBool()
    {
        switch (_r.TokenType)
        {
            case JsonToken.Boolean:
                return (bool)_r.Value!;
            case JsonToken.Null:
                return null;
            default:
                WrongType("true or false", "true of false");
                return null;
        }
    }

    private LocalDate? ReadDate()
    {
        switch (_r.TokenType)
        {
            case JsonToken.String:
                if (JsonValueFormats.TryParseDate((string)_r.Value!, out var date, out var error))
                {
                    return date;
                }

                Problem(error!.En, error.Nl);
                return null;
            case JsonToken.Null:
                return null;
            default:
                WrongType("a date string such as \"2021-03-01\"", "een datum als tekst, zoals \"2021-03-01\"");
                return null;
        }
    }

    private Period? ReadPeriod()
    {
        switch (_r.TokenType)
        {
            case JsonToken.String:
                if (JsonValueFormats.TryParsePeriod((string)_r.Value!, out var period, out var error))
                {
                    return period;
                }

                Problem(error!.En, error.Nl);
                return null;
            case JsonToken.Null:
                return null;
            default:
                WrongType("an ISO 8601 period string such as \"P1Y\"", "een ISO 8601-termijn als tekst, zoals \"P1Y\"");
                return null;
        }
    }

    private CountryCode? ReadCountry()
    {
        switch (_r.TokenType)
        {
            case JsonToken.String:
                if (JsonValueFormats.TryParseCountry((string)_r.Value!, out var country, out var error))
                {
                    return country;
                }

                Problem(error!.En, error.Nl);
                return null;
            case JsonToken.Null:
                return null;
            default:
                WrongType("a country code string such as \"NL\"", "een landcode als tekst, zoals \"NL\"");
                return null;
        }
    }

    private TEnum? ReadEnum<TEnum>()
        where TEnum : struct, Enum
    {
        switch (_r.TokenType)
        {
            case JsonToken.String:
                var text = (string)_r.Value!;
                if (EnumNames<TEnum>.TryParse(text, out var value))
                {
                    return value;
                }

                var near = EnumNames<TEnum>.NearMiss(text);
                Problem($"'{TextHelper.Shorten(text)}' is not a valid value; expected one of: {EnumNames<TEnum>.Expected}.{(near is null ? string.Empty : $" Did you mean '{near}'?")}",
                    $"'{TextHelper.Shorten(text)}' is geen geldige waarde; verwacht een van: {EnumNames<TEnum>.Expected}.{(near is null ? string.Empty : $" Bedoelt u '{near}'?")}");
                return null;
            case JsonToken.Null:
                return null;
            default:
                WrongType($"one of the strings {EnumNames<TEnum>.Expected}", $"een van de teksten {EnumNames<TEnum>.Expected}");
                return null;
        }
    }

    private void WrongType(string expected, string dutch)
    {
        Problem($"Expected {expected} but found {Describe()}.", $"Verwacht: {dutch}, maar gevonden: {Describe(dutch: true)}.");
        _r.Skip();
    }

    private string Describe(bool dutch = false) => _r.TokenType switch
    {
        JsonToken.StartObject => dutch ? "een object" : "an object",
        JsonToken.StartArray => dutch ? "een lijst" : "an array",
        JsonToken.String => (dutch ? "de tekst" : "the string") + $" \"{TextHelper.Shorten((string)_r.Value!)}\"",
        JsonToken.Integer or JsonToken.Float => (dutch ? "het getal " : "the number ") + Convert.ToString(_r.Value, CultureInfo.InvariantCulture),
        JsonToken.Boolean => (bool)_r.Value! ? "true" : "false",
        JsonToken.Null => "null",
        _ => _r.TokenType.ToString(),
    };

    private void Problem(string message, string dutch) => AddProblem(CurrentPath(), message, dutch, Line, Position);

    /// <summary>Reports a required property that is absent, at the opening brace of its object.</summary>
    private void Missing(string property, int objectLine, int objectPosition)
    {
        var objectPath = _r.Path;
        _doc.IncompleteObjects.Add(objectPath);
        AddProblem(
            objectPath.Length == 0 ? property : objectPath + "." + property,
            $"The required property '{property}' is missing.",
            $"De verplichte eigenschap '{property}' ontbreekt.",
            objectLine,
            objectPosition);
    }

    private string CurrentPath() => _r.Path.Length == 0 ? "$" : _r.Path;

    private void AddProblem(string path, string message, string dutch, int line, int position) =>
        _doc.Problems.Add(new RegisterProblem(path, message) { DutchMessage = dutch, LineNumber = line, LinePosition = position });

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>A stand-in for a blank required text, so that the object can be built; the real value is put back with <c>with</c>.</summary>
    private static string Safe(string? text) => IsBlank(text) ? "?" : text!;

    private static string StripLocation(string message)
    {
        var at = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(", line ", StringComparison.Ordinal);
        }

        return at < 0 ? message : message.Substring(0, at);
    }
}
