using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Verwerkers.Compliance;

/// <summary>What one run of the checks shares: the date, options, data, and resolved legal references.</summary>
internal sealed class CheckContext
{
    private readonly Dictionary<RowKey, LegalReference[]> _rowRefs = new();
    private readonly Dictionary<RowKey, BasisText> _basisTexts = new();
    private readonly LegalReference[][] _codeRefs;
    private readonly Dictionary<string, LegalReference[]> _idRefs = new(StringComparer.Ordinal);

    public CheckContext(LocalDate asOf, ComplianceOptions options, ReferenceData data)
    {
        AsOf = asOf;
        Options = options;
        Data = data;
        var catalog = MessageCatalog.Instance;
        _codeRefs = FindingCodes.All.Select(c => Resolve(catalog.CodeLegalReferences(c))).ToArray();
    }

    public LocalDate AsOf { get; }

    /// <summary>Objective outcomes for importers without a DPF listing, by country and scope (see <c>TransferEvaluator</c>).</summary>
    public Dictionary<(Verwerkers.Register.CountryCode Country, Verwerkers.Register.AdequacyScope Scope), Outcome> ObjectiveOutcomes { get; } = new();

    public ComplianceOptions Options { get; }

    public ReferenceData Data { get; }

    public LegalReference[] CodeRefs(FindingCode code) => _codeRefs[(int)code];

    /// <summary>The description of an adequacy decision as a basis, one shared instance per row.</summary>
    public BasisText BasisOf(AdequacyDecision row)
    {
        var key = new RowKey(row, FindingCode.AdequacyValid, RowUse.Basis);
        if (!_basisTexts.TryGetValue(key, out var basis))
        {
            basis = BasisText.Of(row);
            _basisTexts.Add(key, basis);
        }

        return basis;
    }

    /// <summary>The row's references followed by the code's own, without duplicates (cached per row and code).</summary>
    public LegalReference[] RowThenCode(object row, IEnumerable<string> rowIds, FindingCode code) =>
        Cached(new RowKey(row, code, RowUse.RowThenCode), rowIds, code);

    /// <summary>The code's own references followed by the row's, without duplicates (cached per row and code).</summary>
    public LegalReference[] CodeThenRow(object row, IEnumerable<string> rowIds, FindingCode code) =>
        Cached(new RowKey(row, code, RowUse.CodeThenRow), rowIds, code);

    /// <summary>The judgment that invalidated a framework, then the framework's own references (cached per row).</summary>
    public LegalReference[] Invalidated(AdequacyDecision row)
    {
        var key = new RowKey(row, FindingCode.MechanismInvalidated, RowUse.Invalidation);
        if (!_rowRefs.TryGetValue(key, out var refs))
        {
            refs = Resolve(new[] { row.InvalidatedBy! }.Concat(row.LegalReferences));
            _rowRefs.Add(key, refs);
        }

        return refs;
    }

    /// <summary>The references with these ids, in this order, without duplicates (cached per list of ids).</summary>
    public LegalReference[] Ids(IEnumerable<string> ids)
    {
        var list = ids as IList<string> ?? ids.ToList();
        var key = string.Join("|", list);
        if (!_idRefs.TryGetValue(key, out var refs))
        {
            refs = Resolve(list);
            _idRefs.Add(key, refs);
        }

        return refs;
    }

    public static int DaysBetween(LocalDate from, LocalDate to) =>
        (int)(to.ToDateTimeUnspecified() - from.ToDateTimeUnspecified()).TotalDays;

    private LegalReference[] Cached(RowKey key, IEnumerable<string> rowIds, FindingCode code)
    {
        if (!_rowRefs.TryGetValue(key, out var refs))
        {
            var codeIds = MessageCatalog.Instance.CodeLegalReferences(code);
            refs = Resolve(key.Order == RowUse.RowThenCode ? rowIds.Concat(codeIds) : codeIds.Concat(rowIds));
            _rowRefs.Add(key, refs);
        }

        return refs;
    }

    private LegalReference[] Resolve(IEnumerable<string> ids)
    {
        var result = new List<LegalReference>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (Data.FindLegalReference(id) is { } r)
            {
                result.Add(r);
            }
        }

        return result.ToArray();
    }
}

/// <summary>What a cached value derived from a reference-data row is: its references in which order, or its basis text.</summary>
internal enum RowUse
{
    RowThenCode,
    CodeThenRow,
    Invalidation,
    Basis,
}

/// <summary>A cache key: a reference-data row (by identity), a code and an order. Rows are immutable and few.</summary>
internal readonly struct RowKey : IEquatable<RowKey>
{
    public RowKey(object row, FindingCode code, RowUse order)
    {
        Row = row;
        Code = code;
        Order = order;
    }

    public object Row { get; }

    public FindingCode Code { get; }

    public RowUse Order { get; }

    public bool Equals(RowKey other) => ReferenceEquals(Row, other.Row) && Code == other.Code && Order == other.Order;

    public override bool Equals(object? obj) => obj is RowKey other && Equals(other);

    public override int GetHashCode() =>
        (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Row) * 397) ^ ((int)Code * 4) ^ (int)Order;
}
