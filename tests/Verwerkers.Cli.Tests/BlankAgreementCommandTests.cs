using System.IO;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Verwerkers.Cli.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Cli.Tests;

/// <summary><c>inspect --placeholders</c> and <c>generate --template blanco.docx --map koppeling.json</c> on a law firm's blank agreement.</summary>
public sealed class BlankAgreementCommandTests
{
    private const string Body =
        "<w:p><w:r><w:t xml:space=\"preserve\">Ondergetekenden: [naam </w:t></w:r><w:r><w:t xml:space=\"preserve\">verwerker], te </w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Plaats\"/><w:textInput/></w:ffData></w:fldChar></w:r>"
        + "<w:r><w:instrText xml:space=\"preserve\"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        + "<w:r><w:t>\u2002\u2002\u2002\u2002\u2002</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
        + "<w:p><w:r><w:t xml:space=\"preserve\">E-mail: &lt;e-mail adres&gt;</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t xml:space=\"preserve\">Datum: ……………</w:t></w:r></w:p>";

    private const string Mapping = """
        { "placeholders": [
            { "text": "[naam verwerker]", "field": "processor.name" },
            { "name": "Plaats", "field": "processor.address.city" },
            { "text": "<e-mail adres>", "field": "processor.contact.email" },
            { "position": "word/document.xml:3:1", "field": "document.generatedOnText" } ] }
        """;

    [Fact]
    public void Inspect_placeholders_lists_every_blank_with_its_position()
    {
        using var dir = new TempDirectory();
        var blank = TemplateDocx.WriteBody(dir.File("blanco.docx"), Body);

        var result = CliRunner.Run(dir.Path, "inspect", blank, "--placeholders", "--lang", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Split('\n').Where(l => l.StartsWith("word/", System.StringComparison.Ordinal)).Should().Equal(
            "word/document.xml:1:1  tussen haken  \"[naam verwerker]\"",
            "word/document.xml:1:2  formulierveld  \"\u2002\u2002\u2002\u2002\u2002\" (naam: Plaats)",
            "word/document.xml:2:1  tussen punthaken  \"<e-mail adres>\"",
            "word/document.xml:3:1  puntjes  \"……………\"");
        result.Output.Should().Contain("4 open plek(ken) in");

        var json = JObject.Parse(CliRunner.Run(dir.Path, "inspect", blank, "--placeholders", "--format", "json").Output);
        json["placeholders"]!.Select(p => (string)p["kind"]!).Should().Equal("bracketed", "formField", "angleBracketed", "dots");
    }

    [Fact]
    public void Generate_with_a_mapping_file_fills_the_blank_agreement_from_the_register_and_leaves_the_document_alone()
    {
        using var dir = new TempDirectory();
        var blank = TemplateDocx.WriteBody(dir.File("blanco.docx"), Body);
        var before = File.ReadAllBytes(blank);
        File.WriteAllText(dir.File("koppeling.json"), Mapping);
        var register = Path.Combine(RepoPaths.Root, "samples", "registers", "milgro.json");

        var result = CliRunner.Run(dir.Path, "generate", register, "--template", "blanco.docx", "--map", "koppeling.json",
            "--processor", "ict-beheer", "--as-of", "2026-11-22", "--out", "uit", "--lang", "nl");

        result.ExitCode.Should().BeOneOf(new[] { 0, 1 }, result.ToString());
        var written = Docx.FileNames(dir.File("uit"));
        written.Should().ContainSingle();
        Docx.BodyText(Path.Combine(dir.File("uit"), written[0])).Should().Be(
            "Ondergetekenden: Voorbeeld ICT Beheer B.V., te RotterdamE-mail: privacy@voorbeeld-ictbeheer.exampleDatum: 22 november 2026");
        File.ReadAllBytes(blank).Should().Equal(before, "the blank document is only read");
    }

    [Fact]
    public void An_incomplete_mapping_names_every_unmapped_blank_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        TemplateDocx.WriteBody(dir.File("blanco.docx"), Body);
        File.WriteAllText(dir.File("koppeling.json"), """{ "placeholders": [ { "text": "[naam verwerker]", "field": "processor.name" }, { "text": "[typo]", "field": "processor.name" } ] }""");
        var register = Path.Combine(RepoPaths.Root, "samples", "registers", "milgro.json");

        var result = CliRunner.Run(dir.Path, "generate", register, "--template", "blanco.docx", "--map", "koppeling.json",
            "--processor", "ict-beheer", "--as-of", "2026-11-22", "--out", "uit", "--lang", "en");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("blanco.docx: word/document.xml:1:2: The blank \"\u2002\u2002\u2002\u2002\u2002\" (FormField) at word/document.xml:1:2 is not in the mapping file")
            .And.Contain("word/document.xml:2:1").And.Contain("word/document.xml:3:1")
            .And.Contain("koppeling.json: line 1, position ").And.Contain("The mapping entry for text \"[typo]\" matches no blank")
            .And.Contain("4 problem(s); nothing was written and nothing guessed");
        Directory.Exists(dir.File("uit")).Should().BeFalse();
    }

    [Fact]
    public void A_bad_mapping_file_reports_every_problem_with_its_line()
    {
        using var dir = new TempDirectory();
        TemplateDocx.WriteBody(dir.File("blanco.docx"), Body);
        File.WriteAllText(dir.File("koppeling.json"), "{ \"placeholders\": [\n { \"text\": \"[a]\" },\n { \"field\": \"x y\", \"text\": \"[b]\" } ] }");
        var register = Path.Combine(RepoPaths.Root, "samples", "registers", "milgro.json");

        var result = CliRunner.Run(dir.Path, "generate", register, "--template", "blanco.docx", "--map", "koppeling.json", "--out", "uit", "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("(line 2, position").And.Contain("(line 3, position").And.Contain("2 probleem/problemen");
    }
}
