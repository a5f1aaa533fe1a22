using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsvHelper;
using Verwerkers.Register;

namespace Verwerkers.Storage.Csv;

/// <summary>Works out the plan of one import: reads the rows, checks them, matches them and builds the results.</summary>
internal sealed class CsvImportPlanner
{
    private static readonly int FieldCount = Enum.GetValues(typeof(SupplierField)).Length;

    private readonly ProcessorRegister _register;
    private readonly CsvColumnMapping _mapping;
    private readonly CsvImportOptions _options;
    private readonly List<CsvRowError> _fileErrors = new();
    private readonly string?[] _headerOf = new string?[FieldCount];
    private readonly HashSet<string> _usedProcessorIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedAgreementIds = new(StringComparer.Ordinal);

    public CsvImportPlanner(ProcessorRegister register, CsvColumnMapping mapping, CsvImportOptions options)
    {
        _register = register;
        _mapping = mapping;
        _options = options;
    }

    private bool Mapped(SupplierField field) => _headerOf[(int)field] is not null;

    private string Column(SupplierField field) => _headerOf[(int)field] ?? field.ToString();

    public CsvImportPlan Plan(CsvTextSource source, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var delimiter = CsvDelimiterDetector.Detect(source.Utf8.Span, out var fromSepLine);
        if (!fromSepLine && _options.Delimiter is { } chosen)
        {
            delimiter = chosen;
        }

        var rows = ReadRows(source, delimiter, fromSepLine, cancellationToken);
        CheckDuplicates(rows, r => r.Kvk, SupplierField.KvkNumber, "KvK number");
        CheckDuplicates(rows, r => r.Text(SupplierField.Id), SupplierField.Id, "id");
        foreach (var p in _register.Processors)
        {
            _usedProcessorIds.Add(p.Id);
        }

        foreach (var a in _register.Agreements)
        {
            _usedAgreementIds.Add(a.Id);
        }

        foreach (var row in rows)
        {
            if (row.Text(SupplierField.Id) is { } id && !row.Entry.IsRejected)
            {
                _usedProcessorIds.Add(id);
            }
        }

        var byKvk = new Dictionary<string, Processor>(StringComparer.Ordinal);
        foreach (var p in _register.Processors)
        {
            if (p.KvkNumber is { } k && !byKvk.ContainsKey(NormalizeKvk(k)))
            {
                byKvk.Add(NormalizeKvk(k), p);
            }
        }

        var claimedBy = new Dictionary<string, int>(StringComparer.Ordinal);
        // Every row is built, also one with bad cells, so that it reports all of its problems at once.
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Build(row, byKvk, claimedBy);
        }

        CheckWholeRegister(rows);
        return new CsvImportPlan(_register, rows.Select(r => r.Entry).ToArray(), _fileErrors, delimiter, source.EncodingName, _options.SkipBadRows);
    }

    private List<SupplierRow> ReadRows(CsvTextSource source, char delimiter, bool fromSepLine, CancellationToken cancellationToken)
    {
        var readerOptions = CsvReaderOptions.Default with
        {
            Separator = fromSepLine ? null : delimiter,
            DetectSeparatorHint = true,
            Mode = CsvMode.Rfc4180,
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MaxRecordSize = _options.MaxRecordBytes,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            IncludeValuesInExceptions = false,
            OnMalformedRecord = r => _fileErrors.Add(new CsvRowError((int)r.LineNumber, null, DescribeMalformed(r.Reason))),
        };

        var rows = new List<SupplierRow>();
        try
        {
            using var reader = CsvReader.Create(source.Utf8, readerOptions);
            var headers = reader.Headers.Select(h => (h ?? string.Empty).Trim()).ToArray();
            var indexOf = MapHeaders(headers, fromSepLine ? 2 : 1);
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (rows.Count >= _options.MaxRows)
                {
                    throw CsvImportException.ForFile($"The file has more than {_options.MaxRows} data rows, the most accepted (CsvImportOptions.MaxRows).");
                }

                var line = (int)reader.LineNumber;
                if (reader.RawRecord.Length > _options.MaxRecordBytes)
                {
                    throw new CsvImportException(
                        "The supplier list cannot be read",
                        new[] { new CsvRowError(line, null, $"The row has {reader.RawRecord.Length} bytes; at most {_options.MaxRecordBytes} are accepted (CsvImportOptions.MaxRecordBytes). Is a quote never closed?") });
                }

                var texts = new string?[FieldCount];
                var any = false;
                for (var f = 0; f < FieldCount; f++)
                {
                    var i = indexOf[f];
                    if (i >= 0 && i < reader.FieldCount)
                    {
                        var text = reader.GetString(i)?.Trim();
                        texts[f] = string.IsNullOrEmpty(text) ? null : text;
                        any |= texts[f] is not null;
                    }
                }

                if (!any && IsBlankRecord(reader))
                {
                    continue;
                }

                var row = new SupplierRow(new CsvImportEntry(line), texts);
                if (reader.FieldCount > headers.Length)
                {
                    row.Entry.AddError(null, $"The row has {reader.FieldCount} fields but the header has {headers.Length}; is a value with a '{Show(delimiter)}' not in quotes?");
                }

                ParseValues(row);
                rows.Add(row);
            }
        }
        catch (CsvFormatException ex)
        {
            throw new CsvImportException(
                "The supplier list cannot be read",
                new[] { new CsvRowError((int)ex.LineNumber, null, $"{ex.Message} (a row may have at most {_options.MaxRecordBytes} bytes: CsvImportOptions.MaxRecordBytes)") });
        }

        return rows;
    }

    private static bool IsBlankRecord(CsvReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (!string.IsNullOrWhiteSpace(reader.GetString(i)))
            {
                return false;
            }
        }

        return true;
    }

    private int[] MapHeaders(string[] headers, int headerLine)
    {
        var indexOf = Enumerable.Repeat(-1, FieldCount).ToArray();
        var missing = new List<CsvRowError>();
        foreach (var pair in _mapping.Columns)
        {
            var matches = Enumerable.Range(0, headers.Length)
                .Where(i => string.Equals(headers[i], pair.Value, StringComparison.OrdinalIgnoreCase))
                .ToArray();
            if (matches.Length == 0)
            {
                missing.Add(new CsvRowError(headerLine, pair.Value, $"The column for {pair.Key} is not in the header (columns found: {string.Join(", ", headers.Select(h => "'" + h + "'"))})."));
            }
            else if (matches.Length > 1)
            {
                missing.Add(new CsvRowError(headerLine, pair.Value, $"The header has {matches.Length} columns named '{pair.Value}'; the column for {pair.Key} must be unique."));
            }
            else
            {
                indexOf[(int)pair.Key] = matches[0];
                _headerOf[(int)pair.Key] = headers[matches[0]];
            }
        }

        if (missing.Count > 0)
        {
            throw new CsvImportException("The supplier list does not have the mapped columns", missing);
        }

        return indexOf;
    }

    private void ParseValues(SupplierRow row)
    {
        var entry = row.Entry;
        for (var f = 0; f < FieldCount; f++)
        {
            var field = (SupplierField)f;
            if (row.Text(field) is { } cell
                && (field is SupplierField.Id or SupplierField.Name ? Verwerkers.Register.TextRules.ProblemInName(cell) : Verwerkers.Register.TextRules.ProblemInText(cell)) is { } problem)
            {
                entry.AddError(Column(field), "The value " + problem.English);
            }
        }
        row.Country = ParseCell<CountryCode>(row, SupplierField.Country, SupplierValues.TryParseCountry, t => ($"Unknown country '{t}': give an ISO 3166-1 code (NL, DE, US) or a Dutch or English name (Nederland, Duitsland, Verenigde Staten).", $"Onbekend land '{t}': geef een ISO 3166-1-code (NL, DE, US) of een Nederlandse of Engelse naam (Nederland, Duitsland, Verenigde Staten)."));
        row.Category = ParseCell<ProcessorCategory>(row, SupplierField.Category, (string t, out ProcessorCategory c) => SupplierValues.TryParseCategory(t, _mapping, out c), t => ($"Unknown category '{t}': expected one of {string.Join(", ", SupplierValues.CategoryNames)}, a Dutch label, or a value listed under \"categories\" in the mapping.", $"Onbekende categorie '{t}': verwacht een van {string.Join(", ", SupplierValues.CategoryNames)}, een Nederlandse omschrijving of een waarde onder \"categories\" in het koppelbestand."));

        if (row.Text(SupplierField.KvkNumber) is { } kvkText)
        {
            row.Kvk = NormalizeKvk(kvkText);
            if (row.Kvk.Length > 32)
            {
                entry.AddError(Column(SupplierField.KvkNumber), "A registration number must have at most 32 characters.");
            }
        }

        if (row.Text(SupplierField.ContactEmail) is { } email && !SupplierValues.IsPlausibleEmail(email))
        {
            entry.AddError(Column(SupplierField.ContactEmail), $"'{email}' is not an e-mail address.", $"'{email}' is geen e-mailadres.");
        }

        if (row.Text(SupplierField.Id) is { } id && (id.Length > 128 || id.Any(char.IsControl)))
        {
            entry.AddError(Column(SupplierField.Id), "An id must have at most 128 characters and no control characters.");
        }

        row.Role = ParseCell<ProcessorRole>(row, SupplierField.Role, SupplierValues.TryParseRole, t => ($"Unknown role '{t}': expected processor, independentController or jointController (or verwerker, zelfstandig verwerkingsverantwoordelijke, gezamenlijk verwerkingsverantwoordelijke).", $"Onbekende rol '{t}': verwacht verwerker, zelfstandig verwerkingsverantwoordelijke of gezamenlijk verwerkingsverantwoordelijke (of processor, independentController, jointController)."));

        if (row.Text(SupplierField.DataCategories) is { } categoriesText)
        {
            var items = new List<(string Name, Verwerkers.Register.DataCategoryKind? Kind)>();
            foreach (var item in SupplierValues.SplitList(categoriesText, _mapping.ListSeparator))
            {
                var parsed = SupplierValues.DataCategoryItem(item);
                if (items.Exists(i => string.Equals(i.Name, parsed.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    entry.AddError(Column(SupplierField.DataCategories), $"The data category '{parsed.Name}' is listed twice.");
                }
                else
                {
                    items.Add(parsed);
                }
            }

            row.DataCategories = items;
        }

        row.StartDate = ParseDate(row, SupplierField.AgreementStartDate);
        row.EndDate = ParseDate(row, SupplierField.AgreementEndDate);
        row.ProcessingLocations = ParseCountries(row, SupplierField.ProcessingLocations);
        row.RemoteAccessLocations = ParseCountries(row, SupplierField.RemoteAccessLocations);
        row.DpfCheckedOn = ParseDate(row, SupplierField.DpfCheckedOn);
        row.DpfStatus = ParseCell<DpfStatus>(row, SupplierField.DpfStatus, SupplierValues.TryParseDpfStatus, t => ($"Unknown DPF status '{t}': expected one of {string.Join(", ", SupplierValues.NamesOf<DpfStatus>())} (or actief, inactief, niet vermeld).", null));
        row.DpfCovers = ParseCell<DpfDataCoverage>(row, SupplierField.DpfCovers, SupplierValues.TryParseDpfCoverage, t => ($"Unknown DPF coverage '{t}': expected hr, nonHr or hrAndNonHr (or HR, niet-HR, HR en niet-HR, beide).", null));
    }

    private delegate bool CellParser<T>(string text, out T value);

    /// <summary>Parses the cell of <paramref name="field"/>: null when it is empty; otherwise the value, or null with
    /// the row's error that <paramref name="unknown"/> words for the text.</summary>
    private T? ParseCell<T>(SupplierRow row, SupplierField field, CellParser<T> parse, Func<string, (string English, string? Dutch)> unknown)
        where T : struct
    {
        if (row.Text(field) is not { } text)
        {
            return null;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        var (english, dutch) = unknown(text);
        row.Entry.AddError(Column(field), english, dutch);
        return null;
    }

    private IReadOnlyList<CountryCode>? ParseCountries(SupplierRow row, SupplierField field)
    {
        if (row.Text(field) is not { } text)
        {
            return null;
        }

        var countries = new List<CountryCode>();
        foreach (var item in SupplierValues.SplitList(text, _mapping.ListSeparator))
        {
            if (!SupplierValues.TryParseCountry(item, out var country))
            {
                row.Entry.AddError(Column(field), $"Unknown country '{item}' in the list: give ISO 3166-1 codes (US, IN) or Dutch or English names, separated by '{_mapping.ListSeparator}'.", $"Onbekend land '{item}' in de lijst: geef ISO 3166-1-codes (US, IN) of Nederlandse of Engelse namen, gescheiden door '{_mapping.ListSeparator}'.");
            }
            else if (!countries.Contains(country))
            {
                countries.Add(country);
            }
        }

        return countries;
    }

    /// <summary>
    /// Works out the DPF listing the row gives a processor: the row's status, check date and coverage, each falling back
    /// to the processor's current listing when its cell is empty (unless empty cells clear values).
    /// </summary>
    private void BuildDpf(SupplierRow row, Processor? existing)
    {
        if (!Mapped(SupplierField.DpfStatus) && !Mapped(SupplierField.DpfCheckedOn) && !Mapped(SupplierField.DpfCovers))
        {
            return;
        }

        var keep = existing is not null && _options.EmptyCells == CsvEmptyCellHandling.KeepExisting;
        var current = existing?.Dpf;
        var anyText = row.Text(SupplierField.DpfStatus) is not null || row.Text(SupplierField.DpfCheckedOn) is not null || row.Text(SupplierField.DpfCovers) is not null;
        if (!anyText)
        {
            row.SetsDpf = existing is not null && !keep;
            row.Dpf = null;
            return;
        }

        var status = row.DpfStatus ?? (keep || !Mapped(SupplierField.DpfStatus) ? current?.Status : null);
        var checkedOn = row.DpfCheckedOn ?? (keep || !Mapped(SupplierField.DpfCheckedOn) ? current?.CheckedOn : null);
        var covers = row.DpfCovers ?? (keep || !Mapped(SupplierField.DpfCovers) ? current?.Covers : null) ?? DpfDataCoverage.Unknown;
        if (status is null && row.Text(SupplierField.DpfStatus) is null)
        {
            row.Entry.AddError(Mapped(SupplierField.DpfStatus) ? Column(SupplierField.DpfStatus) : null, "A DPF listing needs its status (active, inactive, notListed): map and fill the DPF status column.");
        }

        if (checkedOn is null && row.Text(SupplierField.DpfCheckedOn) is null)
        {
            row.Entry.AddError(Mapped(SupplierField.DpfCheckedOn) ? Column(SupplierField.DpfCheckedOn) : null, "A DPF listing needs the day the DPF List was checked: map and fill the DPF checked-on column.");
        }

        if (status is null || checkedOn is null)
        {
            return;
        }

        row.SetsDpf = true;
        row.Dpf = (current ?? new DpfListing(status.Value, checkedOn.Value)) with { Status = status.Value, CheckedOn = checkedOn.Value, Covers = covers };
    }

    private NodaTime.LocalDate? ParseDate(SupplierRow row, SupplierField field)
    {
        if (row.Text(field) is not { } text)
        {
            return null;
        }

        if (SupplierValues.TryParseDate(text, _mapping, out var date, out var error))
        {
            return date;
        }

        row.Entry.AddError(Column(field), error!);
        return null;
    }

    private void CheckDuplicates(List<SupplierRow> rows, Func<SupplierRow, string?> key, SupplierField field, string what)
    {
        if (!Mapped(field))
        {
            return;
        }

        foreach (var group in rows.Where(r => key(r) is not null).GroupBy(r => key(r)!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var lines = string.Join(", ", group.Select(r => r.Entry.Line));
            foreach (var row in group)
            {
                row.Entry.AddError(Column(field), $"Duplicate {what} '{group.Key}' in the file (lines {lines}): each supplier must appear once.", $"'{group.Key}' staat meer dan eens in het bestand (regels {lines}): elke leverancier mag er één keer in staan.");
            }
        }
    }

    private void Build(SupplierRow row, Dictionary<string, Processor> byKvk, Dictionary<string, int> claimedBy)
    {
        var entry = row.Entry;
        var byId = row.Text(SupplierField.Id) is { } id ? _register.FindProcessor(id) : null;
        var byKvkMatch = row.Kvk is { } kvk && byKvk.TryGetValue(kvk, out var found) ? found : null;
        if (byId is not null && byKvkMatch is not null && !ReferenceEquals(byId, byKvkMatch))
        {
            entry.AddError(Column(SupplierField.KvkNumber), $"KvK number '{row.Kvk}' belongs to processor '{byKvkMatch.Id}' in the register, but the id matches processor '{byId.Id}'.");
            return;
        }

        var existing = byId ?? byKvkMatch;
        entry.MatchedBy = byId is not null ? CsvMatch.Id : byKvkMatch is not null ? CsvMatch.KvkNumber : CsvMatch.None;
        if (existing is not null && !entry.IsRejected)
        {
            if (claimedBy.TryGetValue(existing.Id, out var otherLine))
            {
                entry.AddError(null, $"The row matches processor '{existing.Id}', which line {otherLine} already updates.");
                return;
            }

            claimedBy.Add(existing.Id, entry.Line);
        }

        var country = row.Country ?? existing?.Country ?? _options.DefaultCountry;
        if (existing is null)
        {
            if (row.Text(SupplierField.Name) is null)
            {
                entry.AddError(Column(SupplierField.Name), "A new supplier needs a name.", "Een nieuwe leverancier heeft een naam nodig.");
            }

            if (country is null && row.Text(SupplierField.Country) is null)
            {
                entry.AddError(Column(SupplierField.Country), "A new supplier needs a country (or set CsvImportOptions.DefaultCountry).", "Een nieuwe leverancier heeft een land nodig (of stel CsvImportOptions.DefaultCountry in).");
            }
        }
        else if (_options.EmptyCells == CsvEmptyCellHandling.ClearValue)
        {
            foreach (var required in new[] { SupplierField.Name, SupplierField.Country })
            {
                if (Mapped(required) && row.Text(required) is null)
                {
                    entry.AddError(Column(required), $"The {required} of processor '{existing.Id}' cannot be cleared.");
                }
            }
        }

        var kvkNumber = row.Kvk ?? (_options.EmptyCells == CsvEmptyCellHandling.KeepExisting || !Mapped(SupplierField.KvkNumber) ? existing?.KvkNumber : null);
        if (country == CountryCode.Netherlands && kvkNumber is not null && !KvkNumber.IsValid(kvkNumber))
        {
            var hint = kvkNumber.Length < 8 && kvkNumber.All(char.IsDigit)
                ? " Excel drops leading zeros from numbers: format the column as text, or add the zeros."
                : string.Empty;
            entry.AddError(Column(SupplierField.KvkNumber), $"'{kvkNumber}' is not a KvK number: a Dutch KvK number has exactly 8 digits.{hint}", $"'{kvkNumber}' is geen KvK-nummer: een Nederlands KvK-nummer heeft precies 8 cijfers.");
        }

        if (row.StartDate is { } rowStart && row.EndDate is { } rowEnd && rowEnd < rowStart)
        {
            entry.AddError(Column(SupplierField.AgreementEndDate), $"The agreement end date {SupplierValues.FormatDate(rowEnd)} lies before its start date {SupplierValues.FormatDate(rowStart)}.");
        }

        BuildDpf(row, existing);
        if (entry.IsRejected)
        {
            return;
        }

        var processorId = existing?.Id ?? row.Text(SupplierField.Id) ?? UniqueId(SupplierValues.Slug(row.Text(SupplierField.Name)!), _usedProcessorIds);
        entry.ProcessorId = processorId;
        var before = existing ?? new Processor(processorId, row.Text(SupplierField.Name)!, country!.Value);

        var after = SupplierProcessorUpdater.Apply(before, row, _mapping, _options, isNew: existing is null);
        entry.ResultProcessor = after;
        BuildAgreement(row, existing, processorId);
        if (existing is not null)
        {
            foreach (var field in _mapping.Columns.Keys.OrderBy(f => f))
            {
                if (field is SupplierField.AgreementStartDate or SupplierField.AgreementEndDate)
                {
                    continue;
                }

                var oldText = SupplierProcessorUpdater.FieldText(existing, field);
                var newText = SupplierProcessorUpdater.FieldText(after, field);
                if (!string.Equals(oldText, newText, StringComparison.Ordinal))
                {
                    entry.AddChange(new CsvFieldChange(field, oldText, newText));
                }
            }
        }
    }

    private void BuildAgreement(SupplierRow row, Processor? existing, string processorId)
    {
        var entry = row.Entry;
        if (!Mapped(SupplierField.AgreementStartDate) && !Mapped(SupplierField.AgreementEndDate))
        {
            return;
        }

        var clear = _options.EmptyCells == CsvEmptyCellHandling.ClearValue;
        if (row.StartDate is null && row.EndDate is null && (!clear || existing is null))
        {
            return;
        }

        var current = existing is null ? Array.Empty<ProcessorAgreement>() : _register.AgreementsOf(existing.Id);
        if (current.Count > 1)
        {
            entry.AddError(Column(row.EndDate is not null ? SupplierField.AgreementEndDate : SupplierField.AgreementStartDate), $"Processor '{processorId}' has {current.Count} agreements ({string.Join(", ", current.Select(a => a.Id))}); the import cannot tell which one the dates belong to.");
            return;
        }

        var agreement = current.Count == 1 ? current[0] : null;
        if (agreement is null && row.StartDate is null && row.EndDate is null)
        {
            return;
        }

        var updated = agreement ?? new ProcessorAgreement(UniqueId("vo-" + processorId, _usedAgreementIds), processorId);
        if (Mapped(SupplierField.AgreementStartDate) && (row.StartDate is not null || clear) && !KeptByRegister(SupplierField.AgreementStartDate, agreement?.StartDate))
        {
            updated = updated with { StartDate = row.StartDate };
        }

        if (Mapped(SupplierField.AgreementEndDate) && (row.EndDate is not null || clear) && !KeptByRegister(SupplierField.AgreementEndDate, agreement?.EndDate))
        {
            updated = updated with { EndDate = row.EndDate };
        }

        if (updated.StartDate is { } start && updated.EndDate is { } end && end < start)
        {
            entry.AddError(Column(SupplierField.AgreementEndDate), $"The agreement end date {SupplierValues.FormatDate(end)} lies before its start date {SupplierValues.FormatDate(start)}.");
            return;
        }

        entry.ResultAgreement = updated;
        entry.AgreementIsNew = agreement is null;
        if (agreement is not null)
        {
            AddDateChange(entry, SupplierField.AgreementStartDate, agreement.StartDate, updated.StartDate);
            AddDateChange(entry, SupplierField.AgreementEndDate, agreement.EndDate, updated.EndDate);
        }
    }

    private bool KeptByRegister(SupplierField field, NodaTime.LocalDate? current) =>
        current is not null && _mapping.OwnerOf(field) == CsvFieldOwner.Register;

    private static void AddDateChange(CsvImportEntry entry, SupplierField field, NodaTime.LocalDate? before, NodaTime.LocalDate? after)
    {
        if (before != after)
        {
            entry.AddChange(new CsvFieldChange(
                field,
                before is { } b ? SupplierValues.FormatDate(b) : null,
                after is { } a ? SupplierValues.FormatDate(a) : null));
        }
    }

    /// <summary>Checks the register the good rows would produce, and rejects the rows behind any problem it has.</summary>
    private void CheckWholeRegister(List<SupplierRow> rows)
    {
        var accepted = rows.Where(r => !r.Entry.IsRejected).Select(r => r.Entry).ToArray();
        if (accepted.Length == 0)
        {
            return;
        }

        var (processors, agreements) = CsvImportPlan.Merge(_register, accepted);
        var problems = ProcessorRegister.Validate(_register.Controller, processors, agreements, _register.Transfers);
        if (problems.Count == 0)
        {
            return;
        }

        var entryByProcessor = accepted.Where(e => e.ResultProcessor is not null).ToDictionary(e => e.ResultProcessor!.Id, StringComparer.Ordinal);
        var entryByAgreement = accepted.Where(e => e.ResultAgreement is not null).ToDictionary(e => e.ResultAgreement!.Id, StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            var entry = Locate(problem.Path ?? "$", "processors[", processors.Select(p => p.Id).ToList(), entryByProcessor)
                ?? Locate(problem.Path ?? "$", "agreements[", agreements.Select(a => a.Id).ToList(), entryByAgreement);
            if (entry is not null)
            {
                entry.AddError(null, $"{problem.Path}: {problem.Message}");
            }
            else
            {
                _fileErrors.Add(new CsvRowError(0, null, $"The imported register would be inconsistent: {problem}"));
            }
        }
    }

    private static CsvImportEntry? Locate(string path, string prefix, List<string> ids, Dictionary<string, CsvImportEntry> entries)
    {
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var close = path.IndexOf(']');
        return int.TryParse(path.Substring(prefix.Length, close - prefix.Length), out var index)
            && index < ids.Count && entries.TryGetValue(ids[index], out var entry) ? entry : null;
    }

    private static string UniqueId(string wanted, HashSet<string> used)
    {
        var id = wanted;
        for (var n = 2; !used.Add(id); n++)
        {
            id = wanted + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return id;
    }

    private static string NormalizeKvk(string text) => text.Replace(" ", string.Empty).Replace(".", string.Empty);

    private static string Show(char c) => c == '\t' ? "tab" : c.ToString();

    private static string DescribeMalformed(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "The row has a quote (\") inside an unquoted value; put the value in quotes and double the quote (\"\").",
        CsvMalformedReason.TextAfterClosingQuote => "The row has text after the closing quote of a quoted value; double quotes inside a quoted value (\"\").",
        CsvMalformedReason.UnterminatedQuote => "A quoted value is never closed: the quote runs to the end of the file.",
        CsvMalformedReason.LineBreakInQuotes => "The row has a line break inside a quoted value.",
        CsvMalformedReason.FieldCountMismatch => "The row has a different number of fields than the header.",
        _ => $"The row is malformed ({reason}).",
    };
}
