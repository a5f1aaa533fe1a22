using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Statements;

/// <summary>Reads a privacy statement (Dutch or English) into a <see cref="StatementScan"/>: recipients, claimed transfer bases, claimed agreements, date.</summary>
/// <remarks>
/// Thread-safe (no state). Linear in the text: one pass splits it into sentences, and each sentence is searched for a
/// fixed set of catalogue names and cue words. Nothing is invented: a recipient is a catalogue name found in the text or
/// a name listed after a processor-agreement sentence; a claim is a mechanism named in a sentence; facts the text and the
/// catalogue do not give stay null.
/// </remarks>
public static class StatementScanner
{
    private static readonly string[] AgreementCues =
    {
        "verwerkersovereenkomst", "verwerkingsovereenkomst", "verwerkersovereenkomsten", "processor agreement", "data processing agreement", "data processing addendum",
    };

    private static readonly string[] ProcessorCues = { "verwerker", "namens", "in onze opdracht", "processor", "on our behalf" };

    private static readonly string[] MailingReferences = { "mailingprogramma", "mailprogramma", "nieuwsbriefprogramma", "e-mailprogramma", "mailing program", "newsletter service", "email service provider" };

    private static readonly string[] UsCues = { "verenigde staten", "amerikaanse", "united states", " usa", " vs." , " vs " };

    private static readonly string[] TransferContext = { "doorgifte", "doorgegeven", "derde land", "buiten de eu", "buiten de eer", "buiten de europese", "verenigde staten", "outside the eu", "outside the eea", "third countr", "transfer" };

    private static readonly string[] Months =
    {
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    private static readonly string[] DateCues =
    {
        "in werking getreden op", "laatst aangepast op", "laatst bijgewerkt op", "laatst gewijzigd op", "vastgesteld d.d.", "vastgesteld op", "last updated", "last modified", "effective date", "effective as of",
    };

    /// <summary>Scans a statement.</summary>
    /// <param name="document">The statement.</param>
    /// <param name="options">The options; null for <see cref="StatementScanOptions.Default"/>.</param>
    /// <returns>The scan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (<see cref="StatementScanOptions.Validate"/>); the message lists every problem.</exception>
    public static StatementScan Scan(StatementDocument document, StatementScanOptions? options = null)
    {
        Guard.NotNull(document, nameof(document));
        options ??= StatementScanOptions.Default;
        options.ThrowIfInvalid();

        var catalogue = options.Catalogue ?? VendorCatalogue.Default;
        var segments = Segment.Split(document.Text);
        var builder = new RecipientBuilder(catalogue);

        // Recipients: catalogue names (strong aliases first, so weak aliases know which vendors are named).
        var strongHits = new List<(int Segment, KnownVendor Vendor, string Written)>();
        for (var s = 0; s < segments.Count; s++)
        {
            foreach (var v in catalogue.Vendors)
            {
                foreach (var alias in v.Aliases)
                {
                    var at = FindWord(segments[s].Text, alias);
                    if (at >= 0)
                    {
                        strongHits.Add((s, v, segments[s].Text.Substring(at, alias.Length)));
                        break;
                    }
                }
            }
        }

        var named = new HashSet<string>(strongHits.Select(h => h.Vendor.Id), StringComparer.Ordinal);
        var hitsBySegment = new List<(KnownVendor Vendor, string Written, double Confidence)>[segments.Count];
        foreach (var h in strongHits)
        {
            (hitsBySegment[h.Segment] ??= new()).Add((h.Vendor, h.Written, 0.9));
        }

        for (var s = 0; s < segments.Count; s++)
        {
            foreach (var v in catalogue.Vendors.Where(v => named.Contains(v.Id) && v.WeakAliases.Count > 0))
            {
                if (hitsBySegment[s]?.Any(h => h.Vendor.Id == v.Id) == true)
                {
                    continue;
                }

                var alias = v.WeakAliases.FirstOrDefault(a => FindWord(segments[s].Text, a) >= 0);
                if (alias is not null)
                {
                    (hitsBySegment[s] ??= new()).Add((v, alias, 0.6));
                }
            }
        }

        // Recipients listed after a processor-agreement sentence, inline ("…: A, B en C.") or as bullets.
        var listed = new List<(int Segment, string Name, string? Service, SourceQuote Claim, bool ProcessorCue)>();
        for (var s = 0; s < segments.Count; s++)
        {
            var seg = segments[s];
            if (!AgreementCues.Any(c => seg.Lower.Contains(c)))
            {
                continue;
            }

            var colon = seg.Text.LastIndexOf(':');
            if (colon < 0)
            {
                continue;
            }

            var processorCue = ProcessorCues.Any(c => seg.Lower.Contains(c)) || AgreementCues.Any(c => seg.Lower.Contains(c));
            if (colon < seg.Text.Length - 1)
            {
                foreach (var item in SplitInline(seg.Text.Substring(colon + 1)))
                {
                    if (IsName(item, options.MaxNameLength))
                    {
                        listed.Add((s, item, null, seg.Quote, processorCue));
                    }
                }
            }
            else
            {
                for (var b = s + 1; b < segments.Count && segments[b].IsBullet; b++)
                {
                    var (name, service) = SplitBullet(segments[b].Text);
                    if (IsName(name, options.MaxNameLength))
                    {
                        listed.Add((b, name, service, seg.Quote, processorCue));
                    }
                }
            }
        }

        // Build recipients in text order.
        var listedBySegment = listed.ToLookup(l => l.Segment);
        for (var s = 0; s < segments.Count; s++)
        {
            if (hitsBySegment[s] is { } hits)
            {
                foreach (var h in hits)
                {
                    builder.Mention(builder.ForVendor(h.Vendor, h.Written, h.Confidence), segments[s].Quote, h.Confidence);
                }
            }

            foreach (var l in listedBySegment[s])
            {
                var vendor = catalogue.Vendors.FirstOrDefault(v => v.Aliases.Any(a => string.Equals(a, l.Name, StringComparison.OrdinalIgnoreCase) || FindWord(l.Name, a) == 0));
                var r = vendor is not null ? builder.ForVendor(vendor, l.Name, 0.9) : builder.ForName(l.Name, 0.9);
                builder.Mention(r, segments[s].Quote, 0.9);
                builder.ClaimAgreement(r, l.Claim, l.Service, l.ProcessorCue);
            }
        }

        var recipients = builder.Build();
        var claims = FindClaims(segments, hitsBySegment, recipients);
        var (date, dateQuote) = FindDate(segments);
        return new StatementScan(document.Name, date, dateQuote, recipients, claims);
    }

    private static List<MechanismClaim> FindClaims(List<Segment> segments, List<(KnownVendor Vendor, string Written, double Confidence)>[] hits, IReadOnlyList<ScannedRecipient> recipients)
    {
        var claims = new List<MechanismClaim>();
        for (var s = 0; s < segments.Count; s++)
        {
            var seg = segments[s];
            foreach (var m in Mechanisms(seg.Lower))
            {
                if (m == ClaimedMechanism.None)
                {
                    claims.Add(new MechanismClaim(m, Array.Empty<string>(), seg.Quote, 0.7, "The sentence says the data stay inside the EU/EEA; it names no recipient."));
                    continue;
                }

                var here = NamedIn(seg, s, hits, recipients);
                if (here.Count > 0)
                {
                    claims.Add(new MechanismClaim(m, here, seg.Quote, 0.9, "The recipient is named in the same sentence."));
                    continue;
                }

                // Look back at most two sentences within the paragraph.
                var ids = new List<string>();
                var reasons = new List<string>();
                var confidence = 0.7;
                for (var b = s - 1; b >= 0 && b >= s - 2 && segments[b].Paragraph == seg.Paragraph; b--)
                {
                    ids.AddRange(NamedIn(segments[b], b, hits, recipients).Where(id => !ids.Contains(id)));
                    if (MailingReferences.Any(w => segments[b].Lower.Contains(w)))
                    {
                        var us = UsCues.Any(c => segments[b].Lower.Contains(c) || seg.Lower.Contains(c));
                        var mailing = recipients.Where(r => r.Category == ProcessorCategory.Mailing && us && r.Country == CountryCode.UnitedStates).ToList();
                        if (mailing.Count == 1 && !ids.Contains(mailing[0].Id))
                        {
                            ids.Add(mailing[0].Id);
                            confidence = 0.5;
                            reasons.Add($"\"{MailingReferences.First(w => segments[b].Lower.Contains(w))}\" with servers in the United States resolved to {mailing[0].NameAsWritten}, the only mailing recipient named whose known country is the US (other mailing recipients' countries may be unknown)");
                        }
                    }
                }

                claims.Add(ids.Count > 0
                    ? new MechanismClaim(m, ids, seg.Quote, confidence, "Recipients named in the preceding sentence(s) of the paragraph" + (reasons.Count > 0 ? "; " + string.Join("; ", reasons) : string.Empty) + ".")
                    : new MechanismClaim(m, Array.Empty<string>(), seg.Quote, 0.3, "No recipient is named in the sentence or the two before it."));
            }
        }

        return claims;
    }

    private static List<string> NamedIn(Segment seg, int s, List<(KnownVendor Vendor, string Written, double Confidence)>[] hits, IReadOnlyList<ScannedRecipient> recipients)
    {
        var ids = new List<string>();
        if (hits[s] is { } h)
        {
            ids.AddRange(h.Select(x => x.Vendor.Id).Distinct());
        }

        foreach (var r in recipients)
        {
            if (r.VendorId is null && !ids.Contains(r.Id) && FindWord(seg.Text, r.NameAsWritten) >= 0)
            {
                ids.Add(r.Id);
            }
        }

        return ids;
    }

    internal static IEnumerable<ClaimedMechanism> Mechanisms(string lower)
    {
        var found = new List<ClaimedMechanism>();
        if (lower.Contains("privacy shield"))
        {
            found.Add(ClaimedMechanism.PrivacyShield);
        }

        if (lower.Contains("safe harbor") || lower.Contains("safe harbour"))
        {
            found.Add(ClaimedMechanism.SafeHarbor);
        }

        if (lower.Contains("data privacy framework") || FindWord(lower, "dpf") >= 0)
        {
            found.Add(ClaimedMechanism.DataPrivacyFramework);
        }

        var sccWords = lower.Contains("standaardcontractbepalingen") || lower.Contains("standaard contractbepalingen") || lower.Contains("modelcontract")
            || lower.Contains("standard contractual clauses") || lower.Contains("model clauses") || lower.Contains("standaardbepalingen") || FindWord(lower, "scc") >= 0 || FindWord(lower, "sccs") >= 0;
        var scc2010 = lower.Contains("2010/87");
        var scc2021 = lower.Contains("2021/914");
        if (scc2010)
        {
            found.Add(ClaimedMechanism.Scc2010);
        }

        if (scc2021)
        {
            found.Add(ClaimedMechanism.Scc2021);
        }

        if (sccWords && !scc2010 && !scc2021)
        {
            found.Add(ClaimedMechanism.SccUnspecified);
        }

        if (lower.Contains("adequaatheidsbesluit") || lower.Contains("adequaatheidsbeslissing") || lower.Contains("adequacy decision"))
        {
            found.Add(ClaimedMechanism.Adequacy);
        }

        if (lower.Contains("bindende bedrijfsvoorschriften") || lower.Contains("binding corporate rules") || FindWord(lower, "bcr") >= 0)
        {
            found.Add(ClaimedMechanism.BindingCorporateRules);
        }

        if ((lower.Contains("toestemming") || lower.Contains("consent")) && TransferContext.Any(lower.Contains))
        {
            found.Add(ClaimedMechanism.Consent);
        }

        if (found.Count == 0 && (lower.Contains("alleen") || lower.Contains("uitsluitend") || lower.Contains("only"))
            && (lower.Contains("binnen de eu") || lower.Contains("binnen de eer") || lower.Contains("binnen de europese") || lower.Contains("within the eu") || lower.Contains("within the eea")))
        {
            found.Add(ClaimedMechanism.None);
        }

        return found;
    }

    private static (LocalDate?, SourceQuote?) FindDate(List<Segment> segments)
    {
        foreach (var seg in segments)
        {
            foreach (var cue in DateCues)
            {
                var at = seg.Lower.IndexOf(cue, StringComparison.Ordinal);
                if (at >= 0 && ParseDate(seg.Lower, at + cue.Length) is { } date)
                {
                    return (date, seg.Quote);
                }
            }
        }

        return (null, null);
    }

    private static LocalDate? ParseDate(string lower, int at)
    {
        var tokens = lower.Substring(at).TrimStart(' ', ':').Split(new[] { ' ' }, 4, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length >= 3 && int.TryParse(tokens[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            var month = Array.IndexOf(Months, tokens[1]) % 12 + 1;
            if (Array.IndexOf(Months, tokens[1]) >= 0 && int.TryParse(tokens[2].TrimEnd('.', ',', ';'), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2200 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return new LocalDate(year, month, day);
            }
        }

        if (tokens.Length >= 1)
        {
            var parts = tokens[0].TrimEnd('.', ',', ';').Split('-');
            if (parts.Length == 3 && int.TryParse(parts[0], out var d) && int.TryParse(parts[1], out var m) && int.TryParse(parts[2], out var y)
                && y is >= 1990 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(y, m))
            {
                return new LocalDate(y, m, d);
            }
        }

        return null;
    }

    /// <summary>The first whole-word, case-insensitive occurrence of a name; -1 when none.</summary>
    internal static int FindWord(string text, string word)
    {
        var from = 0;
        while (from <= text.Length - word.Length)
        {
            var at = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }

            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
            if (before && after)
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    private static IEnumerable<string> SplitInline(string list)
    {
        var text = list.Trim().TrimEnd('.', ';');
        foreach (var part in text.Split(','))
        {
            var p = part.Trim();
            var en = Math.Max(p.LastIndexOf(" en ", StringComparison.Ordinal), p.LastIndexOf(" and ", StringComparison.Ordinal));
            if (en > 0)
            {
                yield return p.Substring(0, en).Trim();
                yield return p.Substring(p.IndexOf(' ', en + 1) + 1).Trim();
            }
            else
            {
                yield return p;
            }
        }
    }

    private static (string Name, string? Service) SplitBullet(string bullet)
    {
        var text = bullet.TrimStart('•', '·', '▪', '-', '*', '\uf0b7', '–', ' ').Trim();
        var cut = text.IndexOfAny(new[] { ',', '(' });
        if (cut < 0)
        {
            return (text.TrimEnd('.', ';'), null);
        }

        var service = text.Substring(cut).Trim(',', ' ', '.', ';');
        if (service.StartsWith("(", StringComparison.Ordinal) && service.EndsWith(")", StringComparison.Ordinal))
        {
            service = service.Substring(1, service.Length - 2).Trim();
        }

        return (text.Substring(0, cut).Trim(), service.Length > 0 ? service : null);
    }

    private static bool IsName(string item, int maxLength) =>
        item.Length >= 2 && item.Length <= maxLength && (char.IsUpper(item[0]) || char.IsDigit(item[0]))
        && item.Split(' ').Length <= 6 && item.IndexOf('<') < 0 && item.IndexOf("...", StringComparison.Ordinal) < 0;

    internal static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if ((c == ' ' || c == '-' || c == '&' || c == '.') && sb.Length > 0 && sb[sb.Length - 1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }
}
