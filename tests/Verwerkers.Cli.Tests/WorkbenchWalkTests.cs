using System.IO;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Verwerkers.Cli.Tests.Infrastructure;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Storage.Xlsx;
using Xunit;

namespace Verwerkers.Cli.Tests;

/// <summary>The README's consultant walk, command by command: new, export, an edit in the workbook, import, check,
/// generate and agenda, without writing JSON.</summary>
public class WorkbenchWalkTests
{
    [Fact]
    public void A_register_goes_from_new_through_the_workbook_to_check_agreements_and_an_agenda()
    {
        using var dir = new TempDirectory();
        CliRunner.Run(dir.Path, "new", "register.json", "--name", "Bakkerij De Korst B.V.", "--kvk", "12345678", "--lang", "nl")
            .ExitCode.Should().Be(0);
        var exported = CliRunner.Run(dir.Path, "export", "register.json", "--xlsx", "register.xlsx", "--lang", "nl");
        exported.ExitCode.Should().Be(0, exported.ToString());

        // The edit a consultant makes in the workbook: a processor row and an agreement row.
        var workbook = RegisterWorkbook.Load(dir.File("register.xlsx"));
        workbook = workbook
            .WithProcessor(new Processor("webhoster", "Webhoster B.V.", CountryCode.Netherlands)
            {
                KvkNumber = "87654321",
                Category = ProcessorCategory.Hosting,
                Services = new[] { "Hosting van de webwinkel" },
            })
            .WithAgreement(new ProcessorAgreement("vo-webhoster", "webhoster")
            {
                StartDate = new LocalDate(2026, 1, 1),
                EndDate = new LocalDate(2027, 1, 31),
                CoversAll = true,
                ChecklistReviewedOn = new LocalDate(2026, 1, 5),
            });
        RegisterWorkbook.Save(workbook, dir.File("register.xlsx"));

        var imported = CliInput.Run(dir.Path, "j\n", "import", "register.json", "register.xlsx", "--lang", "nl");
        imported.ExitCode.Should().Be(0, imported.ToString());
        imported.Output.Should().Contain("+ processors[webhoster]: 'Webhoster B.V.' (nieuw)").And.Contain("+ agreements[vo-webhoster]");
        File.ReadAllText(dir.File("register.json")).Should().Contain("\"covers\": \"all\"");

        var check = CliRunner.Run(dir.Path, "check", "register.json", "--as-of", "2026-11-22", "--lang", "nl");
        check.ExitCode.Should().Be(0, check.ToString());
        check.Output.Should().Contain("Webhoster B.V.").And.NotContain("DPA_INCOMPLETE_ART28").And.NotContain("niet beoordeeld");

        var generate = CliRunner.Run(dir.Path, "generate", "register.json", "--out", "overeenkomsten", "--as-of", "2026-11-22", "--lang", "nl");
        generate.ExitCode.Should().Be(0, generate.ToString());
        Directory.GetFiles(dir.File("overeenkomsten"), "*.docx").Should().ContainSingle();

        var agenda = CliRunner.Run(dir.Path, "agenda", "register.json", "--ics", "agenda.ics", "--as-of", "2026-11-22", "--days", "365", "--lang", "nl");
        agenda.ExitCode.Should().Be(0, agenda.ToString());
        var calendar = Ical.Net.Calendar.Load(File.ReadAllText(dir.File("agenda.ics")))!;
        calendar.Events.Should().ContainSingle().Which.Summary.Should().Be("Einde verwerkersovereenkomst: Webhoster B.V.");
    }
}
