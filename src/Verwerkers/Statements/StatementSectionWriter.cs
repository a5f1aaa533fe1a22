using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Templating;

namespace Verwerkers.Statements;

/// <summary>Writes the recipients and transfers section of a privacy statement (Art. 13(1)(e)–(f), 14(1)(e)–(f)) from a register and its compliance report.</summary>
/// <remarks>
/// Thread-safe (no state). Per recipient: name, purpose, country, role, and for every transfer outside the EEA the
/// <em>effective</em> basis as the compliance report gives it on its date. A transfer without a valid effective basis is
/// never given a basis: the section says the basis is being reviewed, so the statement cannot repeat an invalid claim.
/// </remarks>
public static class StatementSectionWriter
{
    /// <summary>Writes the section.</summary>
    /// <param name="register">The register.</param>
    /// <param name="report">The compliance report of that register (its date is the date the section speaks of).</param>
    /// <param name="format">Markdown or HTML.</param>
    /// <param name="language">Dutch or English.</param>
    /// <returns>The section.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static string Write(ProcessorRegister register, ComplianceReport report, StatementFormat format = StatementFormat.Markdown, Language language = Language.Dutch)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNull(report, nameof(report));
        var en = language == Language.English;
        var rows = Rows(register, report, en);
        var title = en ? "Recipients and transfers outside the EEA" : "Ontvangers en doorgifte buiten de EER";
        var intro = en
            ? $"We share personal data with the following recipients. Situation on {AsOfText(report, en)}."
            : $"Wij delen persoonsgegevens met de volgende ontvangers. Stand op {AsOfText(report, en)}.";
        var head = en
            ? new[] { "Recipient", "Purpose", "Country", "Role", "Transfer outside the EEA and its basis" }
            : new[] { "Ontvanger", "Doel", "Land", "Rol", "Doorgifte buiten de EER en grondslag" };
        return format == StatementFormat.Html ? Html(title, intro, head, rows) : Markdown(title, intro, head, rows);
    }

    /// <summary>Writes the section as a Word document, through the template engine and the built-in template of the language (<see cref="StatementTemplates"/>).</summary>
    /// <param name="register">The register.</param>
    /// <param name="report">The compliance report of that register (its date is the date the section speaks of).</param>
    /// <param name="output">The stream the .docx is written to; left open.</param>
    /// <param name="language">Dutch or English.</param>
    /// <remarks>The same rows as <see cref="Write"/>: per recipient the purpose, country, role and effective basis, never an invalid one.</remarks>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static void WriteDocx(ProcessorRegister register, ComplianceReport report, Stream output, Language language = Language.Dutch)
    {
        Guard.NotNull(output, nameof(output));
        using var template = StatementTemplates.Open(language);
        WriteDocx(register, report, template, output, language);
    }

    /// <summary>Writes the section as a Word document from a template of the user's own (same fields as the built-in one, see <see cref="StatementTemplates"/>).</summary>
    /// <param name="register">The register.</param>
    /// <param name="report">The compliance report of that register.</param>
    /// <param name="template">The .docx template.</param>
    /// <param name="output">The stream the .docx is written to; left open.</param>
    /// <param name="language">The language of the values (purpose, country, role, basis).</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="TemplateCompileException">The template is not a usable Word document or has template syntax errors.</exception>
    /// <exception cref="TemplateRenderException">The template uses a field the section does not have.</exception>
    public static void WriteDocx(ProcessorRegister register, ComplianceReport report, Stream template, Stream output, Language language = Language.Dutch)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNull(report, nameof(report));
        Guard.NotNull(template, nameof(template));
        Guard.NotNull(output, nameof(output));
        var en = language == Language.English;
        var recipients = Rows(register, report, en).Select(r => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = r[0],
            ["purpose"] = r[1],
            ["country"] = r[2],
            ["role"] = r[3],
            ["transfers"] = r[4],
        }).ToList();
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["controller"] = register.Controller.Name,
            ["asOfText"] = AsOfText(report, en),
            ["recipients"] = recipients,
        };
        var options = new TemplateOptions { Culture = CultureInfo.GetCultureInfo(en ? "en-GB" : "nl-NL") };
        DocxTemplate.Compile(template, options).Fill(data, output);
    }

    /// <summary>Writes the section as a Word document into memory.</summary>
    /// <param name="register">The register.</param>
    /// <param name="report">The compliance report of that register.</param>
    /// <param name="language">Dutch or English.</param>
    /// <returns>The .docx bytes.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static byte[] WriteDocx(ProcessorRegister register, ComplianceReport report, Language language = Language.Dutch)
    {
        using var buffer = new MemoryStream();
        WriteDocx(register, report, buffer, language);
        return buffer.ToArray();
    }

    private static string AsOfText(ComplianceReport report, bool en) =>
        report.AsOf.ToString(en ? "yyyy-MM-dd" : "dd-MM-yyyy", CultureInfo.InvariantCulture);

    private static List<string[]> Rows(ProcessorRegister register, ComplianceReport report, bool en)
    {
        var rows = new List<string[]>();
        foreach (var p in register.Processors)
        {
            var name = p.LegalEntity is { } le && !string.Equals(le, p.Name, StringComparison.Ordinal) ? $"{p.Name} ({le})" : p.Name;
            var purpose = p.Purposes.Count > 0 ? string.Join("; ", p.Purposes) : p.Services.Count > 0 ? string.Join("; ", p.Services) : en ? "(not recorded)" : "(niet vastgelegd)";
            rows.Add(new[] { name, purpose, en ? p.Country.NameEn : p.Country.NameNl, RoleText(p.Role, en), Transfers(register, report, p, en) });
        }

        return rows;
    }

    private static string Transfers(ProcessorRegister register, ComplianceReport report, Processor p, bool en)
    {
        var parts = new List<string>();
        foreach (var t in register.TransfersOf(p.Id))
        {
            if (t.ImporterCountry.IsEeaMember)
            {
                continue;
            }

            var importer = t.SubProcessorId is { } sid ? p.FindSubProcessor(sid)?.Name ?? sid : p.Name;
            var basis = report.FindingsFor(SubjectKind.Transfer, t.Id, p.Id).Select(f => f.EffectiveBasis).FirstOrDefault(b => b is not null);
            var country = en ? t.ImporterCountry.NameEn : t.ImporterCountry.NameNl;
            parts.Add($"{importer}, {country}: " + (basis is null
                ? en ? "the basis is being reviewed" : "de grondslag wordt herzien"
                : BasisText(basis.Mechanism, t.ImporterCountry, en)));
        }

        if (parts.Count == 0 && !p.Country.IsEeaMember)
        {
            parts.Add(en ? "the basis is being reviewed" : "de grondslag wordt herzien");
        }

        return parts.Count == 0 ? (en ? "none" : "geen") : string.Join("; ", parts);
    }

    /// <summary>Names a transfer basis in a privacy statement's words.</summary>
    /// <param name="kind">The mechanism (an effective basis: <see cref="TransferMechanismKind.None"/> stands for the country's adequacy).</param>
    /// <param name="country">The destination country.</param>
    /// <param name="language">Dutch or English.</param>
    /// <returns>The text.</returns>
    public static string DescribeBasis(TransferMechanismKind kind, CountryCode country, Language language) => BasisText(kind, country, language == Language.English);

    private static string BasisText(TransferMechanismKind kind, CountryCode country, bool en) => kind switch
    {
        TransferMechanismKind.Adequacy or TransferMechanismKind.None => en ? $"adequacy decision of the European Commission for {country.NameEn}" : $"adequaatheidsbesluit van de Europese Commissie voor {country.NameNl}",
        TransferMechanismKind.DataPrivacyFramework => en ? "EU-US Data Privacy Framework (adequacy decision (EU) 2023/1795)" : "EU-VS Data Privacy Framework (adequaatheidsbesluit (EU) 2023/1795)",
        TransferMechanismKind.Scc2021 => en ? "standard contractual clauses (Decision (EU) 2021/914)" : "standaardcontractbepalingen (Besluit (EU) 2021/914)",
        TransferMechanismKind.BindingCorporateRules => en ? "binding corporate rules" : "bindende bedrijfsvoorschriften",
        TransferMechanismKind.Art49Derogation => en ? "a derogation of Art. 49 GDPR" : "een uitzondering van art. 49 AVG",
        TransferMechanismKind.CodeOfConduct => en ? "an approved code of conduct" : "een goedgekeurde gedragscode",
        TransferMechanismKind.Certification => en ? "an approved certification" : "een goedgekeurde certificering",
        TransferMechanismKind.Scc2010 => en ? "standard contractual clauses (Decision 2010/87/EU)" : "standaardcontractbepalingen (Besluit 2010/87/EU)",
        TransferMechanismKind.Scc2001 => en ? "standard contractual clauses (Decision 2001/497/EC)" : "standaardcontractbepalingen (Beschikking 2001/497/EG)",
        TransferMechanismKind.Scc2004 => en ? "standard contractual clauses (Decision 2004/915/EC)" : "standaardcontractbepalingen (Beschikking 2004/915/EG)",
        TransferMechanismKind.PrivacyShield => en ? "EU-US Privacy Shield (Decision (EU) 2016/1250)" : "EU-VS Privacy Shield (Uitvoeringsbesluit (EU) 2016/1250)",
        TransferMechanismKind.SafeHarbor => en ? "Safe Harbor (Decision 2000/520/EC)" : "Safe Harbor (Beschikking 2000/520/EG)",
        TransferMechanismKind.Art28Clauses2021 => en ? "standard contractual clauses" : "standaardcontractbepalingen",
        _ => en ? "standard contractual clauses" : "standaardcontractbepalingen",
    };

    private static string RoleText(ProcessorRole role, bool en) => role switch
    {
        ProcessorRole.IndependentController => en ? "independent controller" : "zelfstandig verwerkingsverantwoordelijke",
        ProcessorRole.JointController => en ? "joint controller" : "gezamenlijk verwerkingsverantwoordelijke",
        _ => en ? "processor" : "verwerker",
    };

    private static string Markdown(string title, string intro, string[] head, List<string[]> rows)
    {
        var sb = new StringBuilder();
        sb.Append("## ").Append(title).Append("\n\n").Append(intro).Append("\n\n");
        sb.Append("| ").Append(string.Join(" | ", head)).Append(" |\n|").Append(string.Concat(head.Select(_ => "---|"))).Append('\n');
        foreach (var r in rows)
        {
            sb.Append("| ").Append(string.Join(" | ", r.Select(c => c.Replace("|", "\\|").Replace("\n", " ")))).Append(" |\n");
        }

        return sb.ToString();
    }

    private static string Html(string title, string intro, string[] head, List<string[]> rows)
    {
        var sb = new StringBuilder();
        sb.Append("<section>\n<h2>").Append(WebUtility.HtmlEncode(title)).Append("</h2>\n<p>").Append(WebUtility.HtmlEncode(intro)).Append("</p>\n<table>\n<thead><tr>");
        foreach (var h in head)
        {
            sb.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var r in rows)
        {
            sb.Append("<tr>");
            foreach (var c in r)
            {
                sb.Append("<td>").Append(WebUtility.HtmlEncode(c)).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
        return sb.ToString();
    }
}
