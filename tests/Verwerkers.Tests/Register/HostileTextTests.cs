using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Verwerkers.Agreements;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Storage.Csv;
using Verwerkers.Tests.Agreements;
using Verwerkers.Tests.Storage.Csv;
using Xunit;

namespace Verwerkers.Tests.Register;

/// <summary>
/// What a later step cannot handle is refused when the register is made: NUL and other control characters, and
/// bidirectional formatting characters in names and ids, each a problem with its path. File names are sanitised of
/// them, and long names never overflow the path.
/// </summary>
public sealed class HostileTextTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "verwerkers-text-" + Guid.NewGuid().ToString("N"));

    public HostileTextTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("Mail\0chimp", "U+0000")]
    [InlineData("Mail\u0007chimp", "U+0007")]
    [InlineData("Mail\tchimp", "U+0009")]
    [InlineData("Mail\nchimp", "U+000A")]
    [InlineData("Mail\u0085chimp", "U+0085")]
    [InlineData("Leverancier\u202Egpj.exe", "U+202E")]
    [InlineData("Leverancier\u2066x\u2069", "U+2066")]
    [InlineData("Leverancier\u200F", "U+200F")]
    public void A_processor_name_with_a_control_or_bidi_character_is_a_problem_with_its_path(string name, string code)
    {
        var act = () => ProcessorRegister.Create(AgreementTestData.Controller, new[] { new Processor("p1", name, CountryCode.Netherlands) });

        var problem = act.Should().Throw<RegisterValidationException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("processors[0].name");
        problem.Message.Should().Contain(code);
    }

    [Fact]
    public void A_lone_surrogate_in_a_name_is_a_problem_because_no_document_can_hold_it()
    {
        var problems = ProcessorRegister.Validate(AgreementTestData.Controller, new[] { new Processor("p1", "Leverancier" + (char)0xD800, CountryCode.Netherlands) });

        problems.Should().ContainSingle().Which.Message.Should().Contain("U+D800");
    }

    [Fact]
    public void Ids_sub_processor_names_controller_names_and_references_are_checked_too()
    {
        var processor = new Processor("p\u202E1", "Goed", CountryCode.Netherlands)
        {
            SubProcessors = new[] { new SubProcessor("s1", "Sub\0", CountryCode.Netherlands) },
        };
        var controller = new Organisation("Eigen\u0001 B.V.", CountryCode.Netherlands);

        var problems = ProcessorRegister.Validate(controller, new[] { processor });

        problems.Select(p => p.Path).Should().Contain(new[] { "controller.name", "processors[0].id", "processors[0].subProcessors[0].name" });
        problems.Should().OnlyContain(p => !p.Message.Contains('\0') && !p.Message.Contains('\u202E'), "the message shows the code, not the character");
    }

    [Fact]
    public void Free_text_may_hold_tabs_and_line_breaks_but_no_other_control_characters()
    {
        var fine = new Processor("p1", "Goed", CountryCode.Netherlands) { Notes = "regel 1\r\nregel 2\tmet tab", Services = new[] { "hosting\nen back-ups" } };
        var bad = fine with { Notes = "regel\0", Services = new[] { "ok", "slecht\u001B[31m" } };

        ProcessorRegister.Validate(AgreementTestData.Controller, new[] { fine }).Should().BeEmpty();
        ProcessorRegister.Validate(AgreementTestData.Controller, new[] { bad }).Select(p => p.Path)
            .Should().BeEquivalentTo("processors[0].notes", "processors[0].services[1]");
    }

    [Fact]
    public void A_register_file_with_NUL_in_a_name_fails_to_load_with_the_path_line_and_position()
    {
        var json = RegisterJson.ToJson(AgreementTestData.Register).Replace("\"MailChimp\"", "\"Mail\\u0000Chimp\"", StringComparison.Ordinal);

        var act = () => RegisterJson.Parse(json);

        var problem = act.Should().Throw<RegisterFormatException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().EndWith(".name");
        problem.Message.Should().Contain("U+0000");
    }

    [Fact]
    public void A_CSV_cell_with_NUL_or_a_bidi_override_is_a_row_error_naming_the_line_and_column_and_nothing_is_applied()
    {
        var plan = CsvTestData.Plan(CsvTestData.Header + "\n1;Acme\0 B.V.;;NL;;;;;;\n2;Vlak\u202Eexe.jpg;;NL;;;;;;\n3;Goed;;NL;Den\u0007Haag;;;;;\n4;Prima;;NL;;;;;;\n");

        plan.Errors.Select(e => (e.Line, e.Column)).Should().BeEquivalentTo(new[] { (2, "Naam"), (3, "Naam"), (4, "Plaats") });
        plan.Errors.Should().OnlyContain(e => e.Message.Contains("U+"));
        plan.Invoking(p => p.Apply()).Should().Throw<CsvImportException>();
    }

    [Fact]
    public void A_CSV_mixing_UTF_8_and_Windows_1252_is_an_error_naming_the_line_instead_of_garbled_accents()
    {
        var bytes = Encoding.UTF8.GetBytes("Naam;Land\nCafé Één;NL\n")
            .Concat(new byte[] { (byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)';', (byte)'N', (byte)'L', (byte)'\n' }).ToArray();

        var act = () => new CsvSupplierImporter(CsvColumnMapping.Empty.With(SupplierField.Name, "Naam").With(SupplierField.Country, "Land"))
            .Plan(CsvTestData.EmptyRegister, new MemoryStream(bytes));

        var error = act.Should().Throw<CsvImportException>().Which.Errors.Should().ContainSingle().Subject;
        error.Line.Should().Be(3);
        error.Message.Should().Contain("mixes encodings").And.Contain("line 2 holds UTF-8").And.Contain("0xE9");
    }

    [Fact]
    public void File_names_are_sanitised_of_bidi_and_zero_width_characters()
    {
        AgreementFileNames.Sanitise("Leverancier\u202Egpj.exe").Should().Be("Leveranciergpj.exe");
        AgreementFileNames.Sanitise("A\u2066B\u2069C\u200BD\uFEFF").Should().Be("ABCD");
        AgreementFileNames.Sanitise("A\u0085B" + (char)0xD800 + "C\u0001").Should().Be("A B_C_", "NEL is white space; a lone surrogate and a control character are replaced");
        AgreementFileNames.Sanitise("Emoji 😀 blijft").Should().Be("Emoji 😀 blijft");
    }

    [Theory]
    [InlineData("a")]
    [InlineData("é")]
    [InlineData("中")]
    [InlineData("😀")]
    public void Names_of_80_and_more_characters_give_file_names_within_255_bytes_with_the_temporary_suffix(string letter)
    {
        var processors = Enumerable.Range(0, 3).Select(i => new Processor("p" + i, string.Concat(Enumerable.Repeat(letter, 200)) + i, CountryCode.Netherlands)).ToArray();

        var names = AgreementFileNames.Plan(processors, "Verwerkersovereenkomst met een lang voorvoegsel dat ook ruimte inneemt", AgreementTestData.Date);

        names.Values.Should().OnlyContain(n => Encoding.UTF8.GetByteCount("." + n + ".docx.123456789abc.tmp") <= 255);
        names.Values.Distinct().Should().HaveCount(3);
        names.Values.Should().OnlyContain(n => !n.Contains('\uFFFD') && n.EndsWith(" - 2026-11-22", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_too_deep_for_the_names_fails_before_anything_of_the_batch_is_written()
    {
        var deep = _dir;
        while (Encoding.UTF8.GetByteCount(deep) < 3_950)
        {
            deep = Path.Combine(deep, new string('d', 200));
        }

        var generator = new AgreementGenerator();
        var act = () => generator.GenerateAll(AgreementTestData.Register, deep, AgreementTestData.Date);

        act.Should().Throw<PathTooLongException>().WithMessage("*nothing was written*shorter path*");
        Directory.GetFileSystemEntries(_dir).Should().BeEmpty("not even the folder was created");
    }

    [Fact]
    public void A_long_or_bidi_file_name_prefix_is_an_invalid_option()
    {
        var longPrefix = new AgreementGeneratorOptions { FileNamePrefix = new string('x', 101) };
        var bidiPrefix = new AgreementGeneratorOptions { FileNamePrefix = "Overeenkomst\u202E" };

        longPrefix.Validate().Should().ContainSingle(p => p.Path == "FileNamePrefix").Which.Message.Should().Contain("at most 100 bytes");
        bidiPrefix.Validate().Should().ContainSingle(p => p.Path == "FileNamePrefix");
        ((Action)(() => _ = new AgreementGenerator(longPrefix))).Should().Throw<ArgumentException>().WithMessage("*at most 100 bytes*");
        ((Action)(() => _ = new AgreementGenerator(bidiPrefix))).Should().Throw<ArgumentException>().WithMessage("*FileNamePrefix*");
    }
}
