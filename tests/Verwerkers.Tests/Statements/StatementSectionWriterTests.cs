using System.Linq;
using FluentAssertions;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Statements;
using Verwerkers.Storage;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Statements;

public class StatementSectionWriterTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 22);

    [Theory]
    [InlineData("kleineporties.json")]
    [InlineData("mkb-westland.json")]
    [InlineData("milgro.json")]
    [InlineData("jtb-meettechniek.json")]
    public void The_section_names_every_recipient_and_effective_basis_and_no_invalid_mechanism(string file)
    {
        var register = RegisterJson.Load(RepoPaths.InRepo("samples", "registers", file));
        var report = ComplianceChecker.Check(register, AsOf);
        foreach (var language in new[] { Language.Dutch, Language.English })
        {
            foreach (var format in new[] { StatementFormat.Markdown, StatementFormat.Html })
            {
                var text = StatementSectionWriter.Write(register, report, format, language);
                var plain = System.Net.WebUtility.HtmlDecode(text);
                foreach (var p in register.Processors)
                {
                    plain.Should().Contain(p.Name);
                }

                foreach (var t in register.Transfers.Where(t => !t.ImporterCountry.IsEeaMember))
                {
                    var basis = report.FindingsFor(SubjectKind.Transfer, t.Id, t.ProcessorId).Select(f => f.EffectiveBasis).FirstOrDefault(b => b is not null);
                    plain.Should().Contain(basis is null
                        ? (language == Language.English ? "the basis is being reviewed" : "de grondslag wordt herzien")
                        : StatementSectionWriter.DescribeBasis(basis.Mechanism, t.ImporterCountry, language));
                }

                plain.Should().NotContain("Privacy Shield").And.NotContain("Safe Harbor").And.NotContain("2010/87");
            }
        }
    }

    [Fact]
    public void KleinePorties_section_gives_MailChimp_the_DPF_and_Google_Analytics_no_basis()
    {
        var register = RegisterJson.Load(RepoPaths.InRepo("samples", "registers", "kleineporties.json"));
        var md = StatementSectionWriter.Write(register, ComplianceChecker.Check(register, AsOf));
        md.Split('\n').Single(l => l.StartsWith("| MailChimp")).Should().Contain("Data Privacy Framework");
        md.Split('\n').Single(l => l.StartsWith("| Google Analytics")).Should().Contain("de grondslag wordt herzien");
        md.Should().Contain("| Ontvanger | Doel | Land | Rol |");
    }

    [Fact]
    public void Comparing_the_KleinePorties_statement_with_its_register_finds_the_stale_claims()
    {
        var register = RegisterJson.Load(RepoPaths.InRepo("samples", "registers", "kleineporties.json"));
        var scan = StatementScanner.Scan(StatementDocument.Load(System.IO.Directory.GetFiles(RepoPaths.InShared("seeds"), "004_*.txt").Single()));
        var cmp = StatementComparison.Compare(register, ComplianceChecker.Check(register, AsOf), scan);
        cmp.OnlyInRegister.Should().BeEmpty();
        cmp.OnlyInStatement.Should().BeEmpty();
        cmp.BasisDifferences.Should().Contain(d => d.ProcessorId == "mailchimp" && d.Claimed == ClaimedMechanism.PrivacyShield && d.Effective == TransferMechanismKind.DataPrivacyFramework);
        cmp.BasisDifferences.Should().Contain(d => d.ProcessorId == "google-analytics" && d.Claimed == ClaimedMechanism.SafeHarbor && d.Effective == null);
    }

    [Fact]
    public void Comparing_MKB_Westland_finds_the_social_media_named_only_in_the_statement()
    {
        var register = RegisterJson.Load(RepoPaths.InRepo("samples", "registers", "mkb-westland.json"));
        var scan = StatementScanner.Scan(StatementDocument.Load(System.IO.Directory.GetFiles(RepoPaths.InShared("seeds"), "001_*.txt").Single()));
        var cmp = StatementComparison.Compare(register, ComplianceChecker.Check(register, AsOf), scan);
        cmp.OnlyInRegister.Should().BeEmpty();
        cmp.OnlyInStatement.Select(r => r.Id).Should().BeEquivalentTo("facebook", "instagram", "linkedin");
    }
}
