using FluentAssertions;
using Xunit;
using static Verwerkers.Tests.Templating.MiniDocx;

namespace Verwerkers.Tests.Templating;

/// <summary>The validator comparison used by every fill test reports a problem the template did not have, and only that.</summary>
public class OpenXmlValidationTests
{
    [Fact]
    public void A_paragraph_placed_directly_in_a_table_is_reported_as_new()
    {
        var template = new MiniDocx { Body = Table(new[] { "cel" }) }.Build();
        var broken = new MiniDocx { Body = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid>" + P("los") + "</w:tbl>" }.Build();

        OpenXmlValidation.NewErrorKinds(template, broken).Should().ContainSingle().Which.Should().Contain("word/document.xml").And.Contain(":p'");
    }

    [Fact]
    public void A_problem_the_template_already_had_is_not_reported_again_even_when_repeated()
    {
        var template = new MiniDocx { Body = "<w:p><w:r><w:t>a</w:t><w:unknownChild/></w:r></w:p>" }.Build();
        var output = new MiniDocx { Body = "<w:p><w:r><w:t>b</w:t><w:unknownChild/></w:r></w:p><w:p><w:r><w:t>c</w:t><w:unknownChild/></w:r></w:p>" }.Build();

        OpenXmlValidation.Kinds(template).Should().NotBeEmpty();
        OpenXmlValidation.NewErrorKinds(template, output).Should().BeEmpty();
    }
}
