using System;
using System.Collections.Generic;
using System.Linq;
using Verwerkers.Register;

namespace Verwerkers.Statements;

/// <summary>Collects recipients in order of first mention, merging mentions of the same vendor or name.</summary>
internal sealed class RecipientBuilder
{
    private readonly List<ScannedRecipient> _order = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SourceQuote>> _mentions = new(StringComparer.Ordinal);

    public RecipientBuilder(VendorCatalogue catalogue) => _ = catalogue;

    public string ForVendor(KnownVendor v, string written, double confidence)
    {
        if (_index.ContainsKey(v.Id))
        {
            Update(v.Id, r => r with { Confidence = Math.Max(r.Confidence, confidence) });
            return v.Id;
        }

        return Add(new ScannedRecipient
        {
            Id = v.Id,
            NameAsWritten = written,
            VendorId = v.Id,
            LegalEntity = v.LegalEntity,
            Country = v.Country,
            Category = v.Category,
            Confidence = confidence,
        });
    }

    public string ForName(string name, double confidence)
    {
        var id = StatementScanner.Slug(name);
        if (id.Length == 0)
        {
            id = "ontvanger-" + (_order.Count + 1);
        }

        return _index.ContainsKey(id) ? id : Add(new ScannedRecipient { Id = id, NameAsWritten = name, Confidence = confidence });
    }

    public void Mention(string id, SourceQuote quote, double confidence)
    {
        var list = _mentions[id];
        if (list.Count == 0 || list[list.Count - 1].Start != quote.Start)
        {
            list.Add(quote);
        }
    }

    public void ClaimAgreement(string id, SourceQuote claim, string? service, bool processorCue) =>
        Update(id, r => r with
        {
            AgreementClaimed = true,
            AgreementQuote = r.AgreementQuote ?? claim,
            Role = processorCue ? ProcessorRole.Processor : r.Role,
            RoleQuote = processorCue ? r.RoleQuote ?? claim : r.RoleQuote,
            Services = service is null || r.Services.Contains(service) ? r.Services : r.Services.Concat(new[] { service }).ToArray(),
        });

    public IReadOnlyList<ScannedRecipient> Build() => _order.Select(r => r with { Mentions = _mentions[r.Id].ToArray() }).ToArray();

    private string Add(ScannedRecipient r)
    {
        _index[r.Id] = _order.Count;
        _order.Add(r);
        _mentions[r.Id] = new List<SourceQuote>();
        return r.Id;
    }

    private void Update(string id, Func<ScannedRecipient, ScannedRecipient> change) => _order[_index[id]] = change(_order[_index[id]]);
}
