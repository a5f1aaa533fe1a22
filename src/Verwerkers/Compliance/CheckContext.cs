using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Verwerkers.Compliance;

/// <summary>What one run of the checks shares: the date, options, data, and resolved legal references.</summary>
internal sealed class CheckContext
{
    private readonly Dictionary<string, LegalReference[]> _refCache = new(StringComparer.Ordinal);
    private readonly LegalReference[][] _codeRefs;

    public CheckContext(LocalDate asOf, ComplianceOptions options, ReferenceData data)
    {
        AsOf = asOf;
        Options = options;
        Data = data;
        var catalog = MessageCatalog.Instance;
        _codeRefs = FindingCodes.All.Select(c => Resolve(catalog.CodeLegalReferences(c))).ToArray();
    }

    public LocalDate AsOf { get; }

    public ComplianceOptions Options { get; }

    public ReferenceData Data { get; }

    public LegalReference[] CodeRefs(FindingCode code) => _codeRefs[(int)code];

    /// <summary>The references of a reference-data row, cached by a key.</summary>
    public LegalReference[] RowRefs(string key, Func<IEnumerable<string>> ids)
    {
        if (!_refCache.TryGetValue(key, out var refs))
        {
            refs = Resolve(ids());
            _refCache.Add(key, refs);
        }

        return refs;
    }

    /// <summary>The row's references followed by the code's own, without duplicates (cached).</summary>
    public LegalReference[] RowThenCode(string rowKey, IEnumerable<string> rowIds, FindingCode code) =>
        RowRefs(rowKey + "|" + FindingCodes.NameOf(code), () => rowIds.Concat(MessageCatalog.Instance.CodeLegalReferences(code)));

    /// <summary>The code's own references followed by the row's, without duplicates (cached).</summary>
    public LegalReference[] CodeThenRow(string rowKey, IEnumerable<string> rowIds, FindingCode code) =>
        RowRefs(FindingCodes.NameOf(code) + "|" + rowKey, () => MessageCatalog.Instance.CodeLegalReferences(code).Concat(rowIds));

    public static int DaysBetween(LocalDate from, LocalDate to) =>
        (int)(to.ToDateTimeUnspecified() - from.ToDateTimeUnspecified()).TotalDays;

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
