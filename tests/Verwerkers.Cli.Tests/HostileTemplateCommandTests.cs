using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Verwerkers.Cli.Tests.Infrastructure;
using Verwerkers.Templating;
using Xunit;

namespace Verwerkers.Cli.Tests;

/// <summary>Hostile templates reach the user as one clear line and exit 2, never as a crash of the tool.</summary>
public class HostileTemplateCommandTests
{
    [Theory]
    [InlineData("inspect")]
    [InlineData("generate")]
    public void Content_controls_nested_10000_deep_are_one_Dutch_line_and_exit_2_not_a_stack_overflow(string command)
    {
        using var dir = new TempDirectory();
        var body = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            body.Append("<w:sdt><w:sdtContent>");
        }

        body.Append("<w:p><w:r><w:t>{{processor.name}}</w:t></w:r></w:p>");
        for (var i = 0; i < 10_000; i++)
        {
            body.Append("</w:sdtContent></w:sdt>");
        }

        TemplateDocx.WriteBody(dir.File("diep.docx"), body.ToString());
        var output = Directory.CreateDirectory(dir.File("uit")).FullName;

        var result = command == "inspect"
            ? CliRunner.Run(dir.Path, "inspect", "diep.docx", "--lang", "nl")
            : CliRunner.Run(dir.Path, "generate", Samples.KleinePorties, "--template", "diep.docx", "--out", "uit", "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        var first = result.Error.Trim().Split('\n')[0];
        first.Should().StartWith("fout: diep.docx: word/document.xml: een XML-onderdeel is te diep genest (").And.Contain("MaxXmlDepth");
        result.Error.Should().NotContain("   at ").And.NotContain("Stack overflow");
        Directory.GetFileSystemEntries(output).Should().BeEmpty();
    }

    [Fact]
    public void Every_template_error_code_has_a_Dutch_description()
    {
        var missing = Enum.GetValues(typeof(TemplateErrorCode)).Cast<TemplateErrorCode>()
            .Where(c => TemplateErrorTexts.Describe(c, Language.Dutch) is null
                        && c is not TemplateErrorCode.MissingValue and not TemplateErrorCode.InvalidXmlCharacter and not TemplateErrorCode.FormatNotApplicable)
            .ToList();

        missing.Should().BeEmpty("every compile error a user can meet needs a Dutch description");
    }
}
