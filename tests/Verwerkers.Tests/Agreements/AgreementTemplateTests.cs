using System.IO;
using System.Linq;
using FluentAssertions;
using Verwerkers.Agreements;
using Verwerkers.Register;
using Verwerkers.TemplateBuilder;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Agreements;

public class AgreementTemplateTests
{
    public static TheoryData<Language> Languages => new() { Language.Dutch, Language.English };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_checklist_item_is_covered_by_a_marked_clause(Language language)
    {
        var markers = ChecklistMarkers.Read(AgreementTemplates.Read(language));

        foreach (var requirement in Art28Checklist.All)
        {
            var id = Art28Checklist.IdOf(requirement);
            markers.Should().ContainKey(id, $"checklist item {id} must be covered by a marked clause");
            markers[id].Trim().Length.Should().BeGreaterThan(40, $"the clause marked {id} must say something");
        }
    }

    [Fact]
    public void The_checklist_ids_are_those_of_the_legal_reference()
    {
        Art28Checklist.All.Select(Art28Checklist.IdOf).Should().Equal(
            "A28_WRITTEN", "A28_PARTIES", "A28_SUBJECT", "A28_DURATION", "A28_NATURE", "A28_PURPOSE", "A28_DATA_TYPES",
            "A28_SUBJECTS", "A28_CONTROLLER_RIGHTS", "A28_3_A_INSTRUCTIONS", "A28_3_B_CONFIDENTIALITY", "A28_3_C_SECURITY",
            "A28_3_D_SUBPROCESSORS", "A28_3_E_DSR", "A28_3_F_ASSIST", "A28_3_G_DELETE_RETURN", "A28_3_H_AUDIT",
            "A28_UNLAWFUL_INSTRUCTION", "XFER_MECHANISM", "DPS_STATEMENT");
    }

    [Fact]
    public void Both_languages_have_the_same_markers()
    {
        ChecklistMarkers.Names(AgreementTemplates.Read(Language.Dutch))
            .Should().Equal(ChecklistMarkers.Names(AgreementTemplates.Read(Language.English)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_shipped_template_is_what_the_builder_produces(Language language)
    {
        var built = Templates.Build(language);

        File.ReadAllBytes(RepoPaths.InRepo("samples", "templates", AgreementTemplates.FileName(language))).Should().Equal(
            built, "samples/templates is regenerated with `dotnet run --project tools/TemplateBuilder`");
        AgreementTemplates.Read(language).Should().Equal(built, "the package embeds samples/templates");
    }

    [Fact]
    public void The_field_reference_is_current()
    {
        var expected = FieldReference.Generate();

        File.ReadAllText(RepoPaths.InRepo("docs", "fields.md")).Replace("\r\n", "\n").Should().Be(
            expected, "docs/fields.md is regenerated with `dotnet run --project tools/TemplateBuilder`");
    }

    [Fact]
    public void The_field_reference_names_every_field()
    {
        var text = FieldReference.Generate();

        text.Should().Contain("| `subProcessors[].name` | text |");
        text.Should().Contain("| `hasTransfers` | true/false |");
        text.Should().Contain("| `terms.startDate` | date |");
    }
}
