using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using FluentAssertions;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Statements;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Statements;

public class StatementScannerTests
{
    private static readonly Organisation Controller = new("Voorbeeld B.V.", CountryCode.Netherlands);

    private static StatementScan Seed(string prefix) =>
        StatementScanner.Scan(StatementDocument.Load(Directory.GetFiles(RepoPaths.InShared("seeds"), prefix + "_*.txt").Single()));

    [Theory]
    // The processors samples/registers/*.json were built from, as the statements name them.
    [InlineData("004", "mailchimp,google-analytics,laposta,managed-wp-hosting,webreus,facebook,instagram,twitter")]
    [InlineData("001", "procurios,rodi-west-media,hoogerbrugge-partners,mvn-management-support,microsoft-365")]
    [InlineData("003", "google-analytics")]
    public void The_draft_register_of_a_seed_contains_the_processors_its_sample_register_was_built_from(string seed, string ids)
    {
        var scan = Seed(seed);
        scan.Recipients.Select(r => r.Id).Should().Contain(ids.Split(','));
    }

    [Theory]
    // The exact sets behind the precision/recall table in docs/statements.md.
    [InlineData("004", "google-analytics,mailchimp,webreus,laposta,facebook,instagram,twitter,managed-wp-hosting")]
    [InlineData("001", "microsoft-365,mvn-management-support,procurios,rodi-west-media,hoogerbrugge-partners,facebook,instagram,linkedin")]
    [InlineData("003", "facebook,linkedin,google-analytics")]
    [InlineData("000", "")]
    [InlineData("002", "")]
    public void The_recipients_found_in_each_seed_are_those_in_the_documented_table(string seed, string ids)
    {
        Seed(seed).Recipients.Select(r => r.Id).Should().BeEquivalentTo(ids.Length == 0 ? Array.Empty<string>() : ids.Split(','));
    }

    [Fact]
    public void The_claims_found_in_the_seeds_are_those_in_the_documented_table()
    {
        Seed("004").Claims.Select(c => c.Mechanism).Should().Equal(ClaimedMechanism.PrivacyShield, ClaimedMechanism.SafeHarbor);
        Seed("004").Claims[0].RecipientIds.Should().BeEquivalentTo("google-analytics", "mailchimp");
        Seed("003").Claims.Select(c => c.Mechanism).Should().Equal(ClaimedMechanism.None);
        Seed("001").Claims.Should().BeEmpty();
        Seed("000").Claims.Should().BeEmpty("Milgro's \"speciale contacten\" names no mechanism (documented miss)");
        Seed("002").Claims.Should().BeEmpty();
    }

    [Fact]
    public void KleinePorties_claims_Privacy_Shield_for_MailChimp_and_Safe_Harbor_for_Google_Analytics_with_the_sentences()
    {
        var scan = Seed("004");
        var ps = scan.Claims.Single(c => c.Mechanism == ClaimedMechanism.PrivacyShield);
        ps.RecipientIds.Should().Contain("mailchimp");
        ps.Quote.Text.Should().Contain("Privacy Shield");
        var text = StatementDocument.Load(Directory.GetFiles(RepoPaths.InShared("seeds"), "004_*.txt").Single()).Text;
        text.Substring(ps.Quote.Start, ps.Quote.Length).Should().Contain("Privacy Shield");
        var sh = scan.Claims.Single(c => c.Mechanism == ClaimedMechanism.SafeHarbor);
        sh.RecipientIds.Should().Equal("google-analytics");
        sh.Confidence.Should().Be(0.9);
        scan.StatementDate.Should().Be(new LocalDate(2018, 8, 1));
        scan.Find("laposta")!.AgreementClaimed.Should().BeTrue();
        scan.Find("webreus")!.AgreementClaimed.Should().BeFalse();
        scan.Find("webreus")!.Country.Should().BeNull("no source for Webreus's country is in the catalogue");
    }

    [Fact]
    public void KleinePorties_claims_are_flagged_as_stale_with_the_sentences_to_correct()
    {
        var scan = Seed("004");
        var flags = StatementFlags.Judge(scan, Controller, new LocalDate(2026, 11, 22));
        var mailchimp = flags.Claims.Single(c => c.RecipientId == "mailchimp" && c.Claim.Mechanism == ClaimedMechanism.PrivacyShield);
        mailchimp.AsOf.Select(f => f.Code).Should().Contain(FindingCode.MechanismInvalidated);
        mailchimp.AsOf.First(f => f.Code == FindingCode.MechanismInvalidated).Message.Nl.Should().Contain("16 juli 2020");
        mailchimp.AtStatementDate.Select(f => f.Code).Should().NotContain(FindingCode.MechanismInvalidated, "Privacy Shield was valid on 1 August 2018");
        var ga = flags.Claims.Single(c => c.RecipientId == "google-analytics" && c.Claim.Mechanism == ClaimedMechanism.SafeHarbor);
        ga.AtStatementDate.Select(f => f.Code).Should().Contain(FindingCode.MechanismInvalidated, "Safe Harbor was invalid since 6 October 2015");
        flags.SentencesToCorrect.Select(q => q.Text).Should().Contain(t => t.Contains("Privacy Shield")).And.Contain(t => t.Contains("Safe Harbor"));
    }

    [Fact]
    public void The_blank_template_yields_no_processors_and_no_error()
    {
        var scan = Seed("002");
        scan.Recipients.Should().BeEmpty();
        scan.ToRegister(Controller).Processors.Should().BeEmpty();
    }

    [Fact]
    public void Milgro_names_only_categories_so_no_recipient_is_invented()
    {
        Seed("000").Recipients.Should().BeEmpty();
    }

    [Fact]
    public void JTB_says_it_processes_only_inside_the_EU()
    {
        Seed("003").Claims.Should().ContainSingle(c => c.Mechanism == ClaimedMechanism.None);
    }

    [Theory]
    [InlineData("We rely on Standard Contractual Clauses (Decision 2010/87/EU) for Acme.", ClaimedMechanism.Scc2010)]
    [InlineData("Doorgifte gebeurt op basis van standaardcontractbepalingen (2021/914).", ClaimedMechanism.Scc2021)]
    [InlineData("Wij gebruiken standaardcontractbepalingen.", ClaimedMechanism.SccUnspecified)]
    [InlineData("Mailchimp is certified under the EU-U.S. Data Privacy Framework.", ClaimedMechanism.DataPrivacyFramework)]
    [InlineData("Binding corporate rules apply within the group.", ClaimedMechanism.BindingCorporateRules)]
    [InlineData("Er is een adequaatheidsbesluit voor Japan.", ClaimedMechanism.Adequacy)]
    [InlineData("Doorgifte buiten de EU gebeurt alleen met uw uitdrukkelijke toestemming.", ClaimedMechanism.Consent)]
    [InlineData("We process data only within the EEA.", ClaimedMechanism.None)]
    public void Mechanisms_are_normalised_in_Dutch_and_English(string sentence, ClaimedMechanism expected)
    {
        StatementScanner.Scan(StatementDocument.FromText(sentence)).Claims.Select(c => c.Mechanism).Should().Equal(expected);
    }

    [Fact]
    public void A_claim_names_the_catalogue_recipient_in_its_sentence_in_English()
    {
        var scan = StatementScanner.Scan(StatementDocument.FromText("Our newsletter is sent with Mailchimp. Mailchimp relies on the EU-US Privacy Shield."));
        scan.Claims.Single().RecipientIds.Should().Equal("mailchimp");
        scan.Find("mailchimp")!.LegalEntity.Should().Be("The Rocket Science Group LLC");
        scan.Find("mailchimp")!.Mentions.Should().HaveCount(2);
    }

    [Fact]
    public void Html_is_read_without_tags_and_scripts()
    {
        var doc = StatementDocument.FromHtml("<html><script>Mailchimp()</script><p>Wij hebben een verwerkersovereenkomst met:</p><ul><li>Procurios (CRM)</li><li>Laposta</li></ul></html>");
        doc.Text.Should().NotContain("<").And.NotContain("Mailchimp");
        var scan = StatementScanner.Scan(doc);
        scan.Recipients.Select(r => r.Id).Should().Equal("procurios", "laposta");
        scan.Find("procurios")!.Services.Should().Equal("CRM");
    }

    [Fact]
    public void Docx_is_read_through_its_body_and_refuses_a_DTD()
    {
        StatementDocument.FromDocx(Docx("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Wij gebruiken Mail</w:t></w:r><w:r><w:t>Chimp.</w:t></w:r></w:p></w:body></w:document>"))
            .Text.Should().Contain("Wij gebruiken MailChimp.");
        var act = () => StatementDocument.FromDocx(Docx("<!DOCTYPE x [<!ENTITY a \"b\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"));
        act.Should().Throw<StatementFormatException>().WithMessage("*word/document.xml*line*");
    }

    [Fact]
    public void A_statement_above_the_limit_is_refused_with_the_limit_named()
    {
        var act = () => StatementDocument.FromText(new string('a', 101), "x.txt", maxCharacters: 100);
        act.Should().Throw<StatementFormatException>().WithMessage("x.txt*100*");
    }

    [Fact]
    public void A_pdf_without_pdftotext_gives_a_clear_error()
    {
        var path = Path.Combine(Path.GetTempPath(), "verwerkers-statement-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllText(path, "%PDF-1.4");
        try
        {
            var act = () => StatementDocument.Load(path, pdftotext: "/nonexistent/pdftotext");
            act.Should().Throw<StatementFormatException>().WithMessage("*pdftotext*not installed*");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_pdftotext_that_hangs_is_stopped_at_the_time_limit_with_a_clear_error()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var folder = Path.Combine(Path.GetTempPath(), "verwerkers-statement-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var pdf = Path.Combine(folder, "verklaring.pdf");
        var fake = Path.Combine(folder, "pdftotext");
        File.WriteAllText(pdf, "%PDF-1.4");
        File.WriteAllText(fake, "#!/bin/sh\nexec sleep 120\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try
        {
            var act = () => StatementDocument.Load(pdf, pdftotext: fake, pdfTimeout: TimeSpan.FromSeconds(1));
            act.Should().Throw<StatementFormatException>().WithMessage("verklaring.pdf: pdftotext did not finish within 1 s*");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_time_limit_of_zero_for_pdftotext_is_refused()
    {
        var act = () => StatementDocument.Load("x.pdf", pdfTimeout: TimeSpan.Zero);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("pdfTimeout");
    }

    [Fact]
    public void Scanning_is_linear_enough_for_a_statement_at_the_size_limit()
    {
        var sb = new StringBuilder();
        while (sb.Length < 400_000)
        {
            sb.Append("Wij gebruiken MailChimp en Google Analytics onder het Privacy Shield. ");
        }

        var scan = StatementScanner.Scan(StatementDocument.FromText(sb.ToString()));
        scan.Claims.Should().NotBeEmpty();
    }

    private static MemoryStream Docx(string documentXml)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            w.Write(documentXml);
        }

        ms.Position = 0;
        return ms;
    }
}
