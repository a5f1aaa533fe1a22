using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Verwerkers.Agreements;
using Verwerkers.Cli.Tests.Infrastructure;
using Verwerkers.Register;
using Verwerkers.Storage;
using Xunit;

namespace Verwerkers.Cli.Tests;

public class GenerateCommandTests
{
    private static readonly LocalDate Date = new(2026, 11, 22);

    [Fact]
    public void Every_sample_register_gets_one_docx_per_processor_that_needs_an_agreement_and_the_independent_controllers_are_listed_as_skipped()
    {
        using var dir = new TempDirectory();
        foreach (var sample in Samples.All)
        {
            var register = RegisterJson.Load(sample);
            var folder = Path.Combine(dir.Path, Path.GetFileNameWithoutExtension(sample));

            var result = CliRunner.Run(RepoPaths.Root, "generate", sample, "--out", folder, "--as-of", "2026-11-22", "--lang", "nl");

            // KleinePorties' Google Analytics rests on Safe Harbor only: refused, and the exit code says so.
            var refused = sample == Samples.KleinePorties ? new[] { "google-analytics" } : Array.Empty<string>();
            result.ExitCode.Should().Be(refused.Length > 0 ? 1 : 0, result.ToString());
            var expected = ExpectedNames(register, Language.Dutch);
            Docx.FileNames(folder).Should().BeEquivalentTo(expected.Where(e => !refused.Contains(e.Key)).Select(e => e.Value), result.ToString());
            foreach (var id in refused)
            {
                result.Output.Should().Contain($"Geweigerd: {register.GetProcessor(id).Name} ({id})");
            }

            foreach (var processor in register.Processors.Where(p => p.RequiresAgreement && !refused.Contains(p.Id)))
            {
                var path = Path.Combine(folder, expected[processor.Id]);
                result.Output.Should().Contain("Geschreven: " + path);
                Docx.BodyText(path).Should().Contain(processor.Name).And.Contain(register.Controller.Name);
            }

            foreach (var controller in register.Processors.Where(p => p.Role == Verwerkers.Register.ProcessorRole.IndependentController))
            {
                var role = controller.Role == ProcessorRole.JointController ? "een gezamenlijke" : "een zelfstandig";
                result.Output.Should().Contain($"Overgeslagen: {controller.Name} ({controller.Id}) is {role} verwerkingsverantwoordelijke");
            }

            result.Output.Should().Contain("Bevindingen per overeenkomst op 22 november 2026:");
        }
    }

    [Fact]
    public void After_the_batch_each_agreement_shows_its_count_of_invalid_and_attention_findings_with_a_hint_to_run_check()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(RepoPaths.Root, "generate", "samples/registers/kleineporties.json", "--out", dir.Path, "--as-of", "2026-11-22", "--lang", "nl");

        result.ExitCode.Should().Be(1, "Google Analytics was refused; " + result);
        result.Output.Should().Contain("Geweigerd: Google Analytics (google-analytics): Google Analytics (Verenigde Staten), doorgifte 't-google-analytics'")
            .And.Contain("MECHANISM_INVALIDATED").And.Contain("--allow-unresolved");
        result.Output.Should().NotContain("  Google Analytics (google-analytics): ongeldig");
        result.Output.Should().Contain("  MailChimp (mailchimp): ongeldig 0, aandacht nodig 2", "the Privacy Shield claim and the unrecorded onward transfer to AWS");
        result.Output.Should().Contain("  Webreus (webreus): ongeldig 1, aandacht nodig 0");
        result.Output.Should().Contain("verwerkers check samples/registers/kleineporties.json --as-of 2026-11-22");
    }

    [Fact]
    public void Without_a_terminal_the_progress_is_one_plain_line_per_processor_on_standard_error()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(RepoPaths.Root, "generate", "samples/registers/kleineporties.json", "--out", dir.Path, "--as-of", "2026-11-22", "--lang", "nl");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().NotContain("\r");
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(8);
        lines[0].Should().Be("[1/8] MailChimp: overeenkomst gemaakt");
        lines[1].Should().Be("[2/8] Google Analytics: geweigerd (doorgiftegrondslag ontbreekt)");
        lines[7].Should().Be("[8/8] Twitter: overgeslagen");
    }

    [Fact]
    public void Processor_option_generates_only_that_processors_agreement()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(RepoPaths.Root, "generate", "samples/registers/kleineporties.json", "--processor", "laposta", "--out", dir.Path, "--as-of", "2026-11-22", "--lang", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        var name = ExpectedNames(RegisterJson.Load(Samples.KleinePorties), Language.Dutch)["laposta"];
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).Should().Equal(name);
        result.Output.Should().Contain("Geschreven: " + Path.Combine(dir.Path, name));
        result.Output.Should().Contain("  Laposta (laposta): ongeldig 0, aandacht nodig 2", "the notice deadline is near and processing began before the agreement");
        Docx.BodyText(Path.Combine(dir.Path, name)).Should().Contain("Laposta");
    }

    [Fact]
    public void An_unknown_processor_id_is_one_error_line_naming_it_and_the_known_ids()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(RepoPaths.Root, "generate", "samples/registers/kleineporties.json", "--processor", "mailchimpp", "--out", dir.Path, "--lang", "en");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be(
            "error: register 'samples/registers/kleineporties.json' has no processor with id 'mailchimpp'. "
            + "Known ids: mailchimp, google-analytics, laposta, managed-wp-hosting, webreus, facebook, instagram, twitter.");
        Directory.GetFileSystemEntries(dir.Path).Should().BeEmpty();
    }

    [Fact]
    public void An_independent_controller_as_processor_is_refused_with_the_ids_that_need_an_agreement()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(RepoPaths.Root, "generate", "samples/registers/kleineporties.json", "--processor", "twitter", "--out", dir.Path, "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be(
            "fout: 'twitter' (Twitter) is een zelfstandig verwerkingsverantwoordelijke: artikel 28 AVG vereist geen verwerkersovereenkomst. "
            + "Id's van de verwerkers die er een nodig hebben: mailchimp, google-analytics, laposta, managed-wp-hosting, webreus, facebook, instagram.");
        Directory.GetFileSystemEntries(dir.Path).Should().BeEmpty();
    }

    [Fact]
    public void A_joint_controller_as_processor_gets_the_Art_26_arrangement()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(RepoPaths.Root, "generate", "samples/registers/kleineporties.json", "--processor", "facebook", "--out", dir.Path, "--as-of", "2026-11-22", "--lang", "en");

        result.ExitCode.Should().Be(0, result.ToString());
        var path = Path.Combine(dir.Path, "Joint Controller Arrangement - Facebook - 2026-11-22.docx");
        result.Output.Should().Contain("Written: " + path);
        Docx.BodyText(path).Should().Contain("joint controllers within the meaning of Article 26").And.Contain("Meta Platforms Ireland Limited");
    }

    [Fact]
    public void An_existing_file_is_never_overwritten_without_force_and_nothing_else_is_written()
    {
        using var dir = new TempDirectory();
        var names = ExpectedNames(RegisterJson.Load(Samples.KleinePorties), Language.Dutch);
        var existing = Path.Combine(dir.Path, names["mailchimp"]);
        var original = new byte[] { 1, 2, 3, 4, 5 };
        File.WriteAllBytes(existing, original);

        var refused = CliRunner.Run(RepoPaths.Root, "generate", "samples/registers/kleineporties.json", "--out", dir.Path, "--as-of", "2026-11-22", "--lang", "nl");

        refused.ExitCode.Should().Be(2, refused.ToString());
        refused.Error.Trim().Split('\n').Should().ContainSingle();
        refused.Error.Should().Contain($"'{names["mailchimp"]}'").And.Contain("--force");
        File.ReadAllBytes(existing).Should().Equal(original);
        Directory.GetFiles(dir.Path).Should().ContainSingle();

        var forced = CliRunner.Run(RepoPaths.Root, "generate", "samples/registers/kleineporties.json", "--out", dir.Path, "--as-of", "2026-11-22", "--force", "--lang", "nl");

        forced.ExitCode.Should().Be(1, "Google Analytics is refused; " + forced);
        Docx.BodyText(existing).Should().Contain("MailChimp");
        Docx.FileNames(dir.Path).Where(n => n.StartsWith("Verwerkersovereenkomst - ", StringComparison.Ordinal)).Should().HaveCount(4);
    }

    [Fact]
    public void A_template_with_two_unknown_fields_names_both_on_their_own_line_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        Docx.TemplateWithTags(dir.File("mijn-sjabloon.docx"), "processor.nmae", "controller.adress.city");
        var output = Directory.CreateDirectory(dir.File("uit")).FullName;

        var result = CliRunner.Run(dir.Path, "generate", Samples.KleinePorties, "--template", "mijn-sjabloon.docx", "--out", "uit", "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        var lines = result.Error.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        lines.Should().HaveCount(3);
        lines[0].Should().Be("fout: mijn-sjabloon.docx: onbekend veld 'processor.nmae' in word/document.xml, alinea 1. Bedoelt u 'processor.name'?");
        lines[1].Should().Be("fout: mijn-sjabloon.docx: onbekend veld 'controller.adress.city' in word/document.xml, alinea 2. Bedoelt u 'controller.address.city'?");
        lines[2].Should().Contain("2 veld(en)").And.Contain("er is niets geschreven");
        Directory.GetFileSystemEntries(output).Should().BeEmpty();
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void A_template_with_a_syntax_error_is_reported_like_inspect_does_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        Docx.TemplateWithTags(dir.File("kapot.docx"), "#subProcessors");
        var output = Directory.CreateDirectory(dir.File("uit")).FullName;

        var result = CliRunner.Run(dir.Path, "generate", Samples.KleinePorties, "--template", "kapot.docx", "--out", "uit", "--lang", "nl");
        var inspect = CliRunner.Run(dir.Path, "inspect", "kapot.docx", "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        var lines = result.Error.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        lines[0].Should().StartWith("fout: kapot.docx: word/document.xml, alinea 1").And.Contain("sectie wordt nergens gesloten");
        inspect.Error.Should().Contain(lines[0], "both commands describe a template error the same way");
        lines[^1].Should().Contain("er is niets geschreven");
        Directory.GetFileSystemEntries(output).Should().BeEmpty();
    }

    [Fact]
    public void A_users_own_template_is_filled()
    {
        using var dir = new TempDirectory();
        Docx.TemplateWithTags(dir.File("eigen.docx"), "processor.legalName");

        var result = CliRunner.Run(dir.Path, "generate", Samples.KleinePorties, "--template", "eigen.docx", "--processor", "mailchimp", "--out", "uit", "--as-of", "2026-11-22", "--lang", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        var written = Docx.FileNames(dir.File("uit")).Should().ContainSingle().Subject;
        Docx.BodyText(Path.Combine(dir.File("uit"), written)).Should().StartWith("The Rocket Science Group LLC");
    }

    [Fact]
    public void A_Jinja_template_is_filled_with_dialect_jinja()
    {
        using var dir = new TempDirectory();
        TemplateDocx.Write(dir.File("jinja.docx"), "{{ processor.legalName|e }}");

        var result = CliRunner.Run(dir.Path, "generate", Samples.KleinePorties, "--template", "jinja.docx", "--dialect", "jinja", "--processor", "mailchimp", "--out", "uit", "--as-of", "2026-11-22", "--lang", "nl");
        var builtIn = CliRunner.Run(dir.Path, "generate", Samples.KleinePorties, "--dialect", "jinja", "--out", "uit2", "--lang", "en");
        var help = CliRunner.Run(RepoPaths.Root, "generate", "--help", "--lang", "en");

        result.ExitCode.Should().Be(0, result.ToString());
        var written = Docx.FileNames(dir.File("uit")).Should().ContainSingle().Subject;
        Docx.BodyText(Path.Combine(dir.File("uit"), written)).Should().StartWith("The Rocket Science Group LLC");
        builtIn.ExitCode.Should().Be(2, builtIn.ToString());
        builtIn.Error.Should().Contain("--dialect jinja applies to your own template: give it with --template");
        Directory.Exists(dir.File("uit2")).Should().BeFalse();
        help.Output.Should().Contain("--dialect").And.Contain("The tag syntax of the template");
    }

    [Fact]
    public void A_Word_template_dotx_gives_docx_agreements()
    {
        using var dir = new TempDirectory();
        Docx.AsDotx(Docx.TemplateWithTags(dir.File("eigen.docx"), "processor.legalName"), dir.File("eigen.dotx"));

        var result = CliRunner.Run(dir.Path, "generate", Samples.KleinePorties, "--template", "eigen.dotx", "--processor", "mailchimp", "--out", "uit", "--as-of", "2026-11-22", "--lang", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        var written = Path.Combine(dir.File("uit"), Docx.FileNames(dir.File("uit")).Should().ContainSingle().Subject);
        Docx.BodyText(written).Should().StartWith("The Rocket Science Group LLC");
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(written, isEditable: false);
        document.DocumentType.Should().Be(DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
    }

    [Fact]
    public void A_template_that_is_not_a_Word_file_is_refused()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("sjabloon.txt"), "{{processor.name}}");

        var result = CliRunner.Run(dir.Path, "generate", Samples.KleinePorties, "--template", "sjabloon.txt", "--out", "uit", "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().StartWith("fout: sjabloon 'sjabloon.txt' is geen .docx- of .dotx-bestand.");
        Directory.Exists(dir.File("uit")).Should().BeFalse();
    }

    [Fact]
    public void Pdf_with_a_soffice_path_that_does_not_exist_is_one_error_line_without_a_stack_trace_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var missing = dir.File("nergens/soffice");

        var result = CliRunner.Run(RepoPaths.Root, "generate", "samples/registers/kleineporties.json", "--out", dir.File("uit"), "--pdf", "--soffice", missing, "--lang", "en");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Split('\n').Should().ContainSingle();
        result.Error.Should().StartWith($"error: LibreOffice was not found at '{missing}'").And.Contain("--soffice").And.NotContain("   at ");
        Directory.Exists(dir.File("uit")).Should().BeFalse();
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void Pdf_makes_a_pdf_beside_each_agreement_with_LibreOffice()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(RepoPaths.Root, "generate", "samples/registers/jtb-meettechniek.json", "--out", dir.Path, "--pdf", "--as-of", "2026-11-22", "--lang", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        var register = RegisterJson.Load(Samples.JtbMeettechniek);
        foreach (var (id, name) in ExpectedNames(register, Language.Dutch))
        {
            var pdf = Path.Combine(dir.Path, Path.ChangeExtension(name, ".pdf"));
            result.Output.Should().Contain("Geschreven: " + pdf);
            LibreOfficeTool.PdfText(pdf).Should().Contain(register.GetProcessor(id).Name);
        }

        result.Error.Should().Contain("PDF's maken met LibreOffice...");
    }

    [Fact]
    public void Lang_en_writes_English_agreements_and_messages()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(RepoPaths.Root, "generate", "samples/registers/milgro.json", "--out", dir.Path, "--as-of", "2026-11-22", "--lang", "en");

        result.ExitCode.Should().Be(0, result.ToString());
        var register = RegisterJson.Load(Samples.Milgro);
        var names = ExpectedNames(register, Language.English);
        Docx.FileNames(dir.Path).Should().BeEquivalentTo(names.Values);
        names.Values.Should().OnlyContain(n => n.StartsWith("Data Processing Agreement - ", StringComparison.Ordinal));
        Docx.BodyText(Path.Combine(dir.Path, names["ict-beheer"])).Should().Contain("Data Processing Agreement");
        result.Output.Should().Contain("Written: ").And.Contain("Findings per agreement as of 22 November 2026:");
        result.Output.Should().Contain("Skipped: Voorbeeld Accountants (accountant) is an independent controller");
    }

    [Fact]
    public void Without_lang_the_agreements_are_Dutch_even_when_the_messages_follow_an_English_system()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(RepoPaths.Root, "generate", "samples/registers/mkb-westland.json", "--out", dir.Path, "--as-of", "2026-11-22");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Written: ");
        Docx.FileNames(dir.Path).Should().HaveCount(5).And.OnlyContain(n => n.StartsWith("Verwerkersovereenkomst - ", StringComparison.Ordinal));
    }

    [Fact]
    public void Out_is_required()
    {
        var result = CliRunner.Run(RepoPaths.Root, "generate", "samples/registers/kleineporties.json", "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be("fout: optie '--out' is verplicht. Zie 'verwerkers generate --help'.");
    }

    private static System.Collections.Generic.IReadOnlyDictionary<string, string> ExpectedNames(ProcessorRegister register, Language language) =>
        new AgreementGenerator(new AgreementGeneratorOptions { Language = language }).FileNames(register, Date);

    [Fact]
    public void With_allow_unresolved_Google_Analytics_is_written_with_the_placeholder_named_in_the_output_and_the_exit_code_is_1()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(RepoPaths.Root, "generate", "samples/registers/kleineporties.json", "--processor", "google-analytics", "--allow-unresolved", "--out", dir.Path, "--as-of", "2026-11-22", "--lang", "nl");

        result.ExitCode.Should().Be(1, result.ToString());
        var name = ExpectedNames(RegisterJson.Load(Samples.KleinePorties), Language.Dutch)["google-analytics"];
        result.Output.Should().Contain("Let op, te regelen in " + name + ": Google Analytics (google-analytics)");
        Docx.BodyText(Path.Combine(dir.Path, name)).Should().Contain("TE REGELEN: doorgiftegrond voor Google Analytics (Verenigde Staten) ontbreekt")
            .And.NotContain("Safe Harbor");
    }

    [Fact]
    public void One_refused_processor_writes_nothing_prints_the_refusal_and_exits_1()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(RepoPaths.Root, "generate", "samples/registers/kleineporties.json", "--processor", "google-analytics", "--out", dir.Path, "--as-of", "2026-11-22", "--lang", "en");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("Refused: Google Analytics (google-analytics): Google Analytics (United States)").And.Contain("MECHANISM_INVALIDATED");
        Directory.GetFiles(dir.Path).Should().BeEmpty();
    }
}
