using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using FluentAssertions;
using Verwerkers.Cli.Tests.Infrastructure;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Storage.Xlsx;
using Xunit;

namespace Verwerkers.Cli.Tests;

/// <summary>Process tests of the workbench commands of issue 17 (export, import, agenda) on the sample registers.</summary>
public class WorkbenchCommandTests
{
    public static TheoryData<string> SampleNames() => new(Samples.All.Select(Path.GetFileNameWithoutExtension)!);

    private static string Copy(TempDirectory dir, string sample)
    {
        var path = dir.File("register.json");
        File.Copy(RepoPaths.InRepo("samples", "registers", sample + ".json"), path);
        return path;
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Export_writes_a_workbook_that_reads_back_as_the_same_register(string sample)
    {
        using var dir = new TempDirectory();
        var register = Copy(dir, sample);

        var result = CliRunner.Run(dir.Path, "export", "register.json", "--xlsx", "register.xlsx", "--as-of", "2026-11-22", "--lang", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("register.xlsx geschreven").And.Contain("bevindingen per 22 november 2026");
        RegisterDiff.Compare(RegisterJson.Load(register), RegisterWorkbook.Load(dir.File("register.xlsx"))).Should().BeEmpty();
    }

    [Fact]
    public void Export_refuses_to_overwrite_without_force()
    {
        using var dir = new TempDirectory();
        Copy(dir, "kleineporties");
        File.WriteAllText(dir.File("register.xlsx"), "mijn werk");

        var refused = CliRunner.Run(dir.Path, "export", "register.json", "--xlsx", "register.xlsx", "--lang", "en");
        refused.ExitCode.Should().Be(2, refused.ToString());
        File.ReadAllText(dir.File("register.xlsx")).Should().Be("mijn werk");

        var forced = CliRunner.Run(dir.Path, "export", "register.json", "--xlsx", "register.xlsx", "--no-findings", "--force", "--lang", "en");
        forced.ExitCode.Should().Be(0, forced.ToString());
        forced.Output.Should().Contain("register.xlsx written: the register of KleinePorties B.V.");
    }

    /// <summary>The workbook after an edit: a processor renamed and one added (the edit a consultant makes in Excel,
    /// done here through the workbook API).</summary>
    private static void EditWorkbook(string xlsx, out string renamedId)
    {
        var register = RegisterWorkbook.Load(xlsx);
        var first = register.Processors[0];
        renamedId = first.Id;
        var edited = register
            .WithProcessor(first with { Name = first.Name + " (nieuwe naam)" })
            .WithProcessor(new Processor("drukkerij-de-boer", "Drukkerij De Boer", CountryCode.Netherlands) { Services = new[] { "Drukwerk" } });
        RegisterWorkbook.Save(edited, xlsx);
    }

    [Fact]
    public void Import_of_an_edited_workbook_shows_the_diff_and_writes_nothing_when_not_confirmed()
    {
        using var dir = new TempDirectory();
        var register = Copy(dir, "kleineporties");
        CliRunner.Run(dir.Path, "export", "register.json", "--xlsx", "register.xlsx").ExitCode.Should().Be(0);
        EditWorkbook(dir.File("register.xlsx"), out var id);
        var before = File.ReadAllBytes(register);

        var declined = CliInput.Run(dir.Path, "n\n", "import", "register.json", "register.xlsx", "--lang", "nl");

        declined.ExitCode.Should().Be(1, declined.ToString());
        declined.Output.Should().Contain("Wijzigingen in register.json (2):");
        var name = RegisterJson.Load(register).GetProcessor(id).Name;
        declined.Output.Should().Contain($"~ processors[{id}].name: '{name}' -> '{name} (nieuwe naam)'");
        declined.Output.Should().Contain("+ processors[drukkerij-de-boer]: 'Drukkerij De Boer' (nieuw)");
        declined.Output.Should().Contain("Deze wijzigingen in register.json schrijven? [j/N]").And.Contain("er is niets geschreven");
        File.ReadAllBytes(register).Should().Equal(before);

        var noInput = CliInput.Run(dir.Path, string.Empty, "import", "register.json", "register.xlsx", "--lang", "en");
        noInput.ExitCode.Should().Be(1, noInput.ToString());
        File.ReadAllBytes(register).Should().Equal(before);

        var dryRun = CliRunner.Run(dir.Path, "import", "register.json", "register.xlsx", "--dry-run", "--lang", "en");
        dryRun.ExitCode.Should().Be(0, dryRun.ToString());
        dryRun.Output.Should().Contain("Dry run: nothing was written.");
        File.ReadAllBytes(register).Should().Equal(before);
    }

    [Fact]
    public void Import_of_an_edited_workbook_writes_the_whole_register_after_confirmation_or_with_yes()
    {
        using var dir = new TempDirectory();
        var register = Copy(dir, "mkb-westland");
        CliRunner.Run(dir.Path, "export", "register.json", "--xlsx", "register.xlsx").ExitCode.Should().Be(0);
        EditWorkbook(dir.File("register.xlsx"), out var id);

        var confirmed = CliInput.Run(dir.Path, "ja\n", "import", "register.json", "register.xlsx", "--lang", "nl");

        confirmed.ExitCode.Should().Be(0, confirmed.ToString());
        confirmed.Output.Should().Contain("register.json bijgewerkt: 2 wijziging(en).");
        var written = RegisterJson.Load(register);
        written.GetProcessor(id).Name.Should().EndWith(" (nieuwe naam)");
        written.FindProcessor("drukkerij-de-boer").Should().NotBeNull();
        RegisterDiff.Compare(written, RegisterWorkbook.Load(dir.File("register.xlsx"))).Should().BeEmpty();

        var again = CliRunner.Run(dir.Path, "import", "register.json", "register.xlsx", "--yes", "--lang", "en");
        again.ExitCode.Should().Be(0, again.ToString());
        again.Output.Should().Contain("No changes: register.json stays as it is.");
    }

    [Fact]
    public void A_workbook_that_cannot_be_read_leaves_the_register_untouched_with_exit_code_2()
    {
        using var dir = new TempDirectory();
        var register = Copy(dir, "kleineporties");
        File.WriteAllText(dir.File("kapot.xlsx"), "geen werkmap");
        var before = File.ReadAllBytes(register);

        var result = CliRunner.Run(dir.Path, "import", "register.json", "kapot.xlsx", "--yes", "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("fout: kapot.xlsx").And.Contain("het register is niet gewijzigd");
        File.ReadAllBytes(register).Should().Equal(before);
    }

    [Fact]
    public void Import_of_the_sample_ERP_list_with_its_mapping_shows_the_changes_and_writes_them()
    {
        using var dir = new TempDirectory();
        var register = Copy(dir, "kleineporties");
        var csv = RepoPaths.InRepo("samples", "erp", "leveranciers.csv");
        var mapping = RepoPaths.InRepo("samples", "erp", "koppeling.json");
        var before = File.ReadAllBytes(register);

        var dryRun = CliRunner.Run(dir.Path, "import", "register.json", csv, "--mapping", mapping, "--dry-run", "--lang", "nl");
        dryRun.ExitCode.Should().Be(0, dryRun.ToString());
        dryRun.Output.Should().Contain("rij(en):").And.Contain("Wijzigingen in register.json").And.Contain("Proefrun: er is niets geschreven.");
        File.ReadAllBytes(register).Should().Equal(before);

        var imported = CliRunner.Run(dir.Path, "import", "register.json", csv, "--mapping", mapping, "--lang", "en");
        imported.ExitCode.Should().Be(0, imported.ToString());
        imported.Output.Should().Contain("register.json updated:");
        RegisterDiff.Compare(RegisterJson.Load(register), RegisterJson.Load(RepoPaths.InRepo("samples", "registers", "kleineporties.json"))).Should().NotBeEmpty();
    }

    [Fact]
    public void A_supplier_list_with_bad_rows_reports_every_problem_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var register = Copy(dir, "kleineporties");
        File.WriteAllText(dir.File("lijst.csv"), "id;name;country;contactEmail\nx1;;Atlantis;geen-mail\nx2;Goed B.V.;NL;info@goed.example\n");
        var before = File.ReadAllBytes(register);

        var result = CliRunner.Run(dir.Path, "import", "register.json", "lijst.csv", "--lang", "en");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("lijst.csv, line 2, column 'country'").And.Contain("Atlantis");
        result.Error.Should().Contain("lijst.csv, line 2, column 'contactEmail'");
        result.Error.Should().Contain("lijst.csv, line 2, column 'name'");
        result.Error.Should().Contain("nothing was written");
        File.ReadAllBytes(register).Should().Equal(before);
    }

    [Fact]
    public void A_supplier_list_whose_headers_are_field_names_needs_no_mapping()
    {
        using var dir = new TempDirectory();
        var register = Copy(dir, "milgro");
        File.WriteAllText(dir.File("lijst.csv"), "id;name;country;services\nx1;Drukkerij De Boer;NL;Drukwerk, Verzending\n");

        var result = CliRunner.Run(dir.Path, "import", "register.json", "lijst.csv", "--lang", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("+ processors[x1]: 'Drukkerij De Boer' (nieuw)");
        RegisterJson.Load(register).GetProcessor("x1").Services.Should().Equal("Drukwerk", "Verzending");
    }

    [Fact]
    public void Import_refuses_another_file_type_and_a_mapping_with_a_workbook()
    {
        using var dir = new TempDirectory();
        Copy(dir, "kleineporties");
        File.WriteAllText(dir.File("lijst.txt"), "x");

        CliRunner.Run(dir.Path, "import", "register.json", "lijst.txt", "--lang", "en").Should().Match<CliResult>(r => r.ExitCode == 2 && r.Error.Contains("is not a .csv or .xlsx file"));
        CliRunner.Run(dir.Path, "import", "register.json", "r.xlsx", "--mapping", "m.json", "--lang", "en").Should().Match<CliResult>(r => r.ExitCode == 2 && r.Error.Contains("--mapping goes with a supplier list"));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Agenda_writes_an_ics_file_that_Ical_Net_and_an_independent_check_read_and_a_re_export_keeps_the_UIDs(string sample)
    {
        using var dir = new TempDirectory();
        Copy(dir, sample);

        var first = CliRunner.Run(dir.Path, "agenda", "register.json", "--ics", "agenda.ics", "--as-of", "2026-11-22", "--days", "730", "--lang", "nl");
        first.ExitCode.Should().Be(0, first.ToString());
        first.Output.Should().Contain("agenda.ics geschreven:");
        var calendar = Ical.Net.Calendar.Load(File.ReadAllText(dir.File("agenda.ics")))!;
        var upcoming = CliRunner.Run(dir.Path, "upcoming", "register.json", "--as-of", "2026-11-22", "--days", "730", "--lang", "nl");
        calendar.Events.Should().HaveCount(upcoming.Output.Split('\n').Count(l => l.StartsWith("  2", StringComparison.Ordinal)));

        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true };
        start.ArgumentList.Add(RepoPaths.InRepo("tests", "Verwerkers.Tests", "Compliance", "ics_check.py"));
        start.ArgumentList.Add(dir.File("agenda.ics"));
        using (var check = Process.Start(start)!)
        {
            var output = check.StandardOutput.ReadToEnd();
            check.WaitForExit();
            check.ExitCode.Should().Be(0, output);
        }

        var refused = CliRunner.Run(dir.Path, "agenda", "register.json", "--ics", "agenda.ics", "--as-of", "2026-11-22", "--lang", "en");
        refused.ExitCode.Should().Be(2, refused.ToString());
        var second = CliRunner.Run(dir.Path, "agenda", "register.json", "--ics", "agenda.ics", "--as-of", "2026-11-22", "--days", "730", "--force", "--lang", "en");
        second.ExitCode.Should().Be(0, second.ToString());
        Ical.Net.Calendar.Load(File.ReadAllText(dir.File("agenda.ics")))!.Events.Select(e => e.Uid).Should().Equal(calendar.Events.Select(e => e.Uid));
    }

    [Theory]
    [InlineData("export", "nl", "Exporteer een register als Excel-werkmap")]
    [InlineData("export", "en", "Export a register as an Excel workbook")]
    [InlineData("import", "nl", "Lees wijzigingen in een register in")]
    [InlineData("import", "en", "Read changes into a register")]
    [InlineData("agenda", "nl", "als iCalendar-bestand (.ics)")]
    [InlineData("agenda", "en", "as an iCalendar file (.ics)")]
    public void The_workbench_commands_have_Dutch_and_English_help(string command, string language, string text)
    {
        var result = CliRunner.Run(Path.GetTempPath(), command, "--help", "--lang", language);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain(text);
    }

    [Fact]
    public void Every_workbench_text_exists_in_Dutch_and_English_with_the_same_placeholders()
    {
        foreach (var property in typeof(WorkbenchTexts).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            var nl = (string)property.GetValue(WorkbenchTexts.Dutch)!;
            var en = (string)property.GetValue(WorkbenchTexts.English)!;
            nl.Should().NotBeNullOrWhiteSpace(property.Name);
            en.Should().NotBeNullOrWhiteSpace(property.Name);
            System.Text.RegularExpressions.Regex.Matches(nl, @"\{\d+\}").Select(m => m.Value).Distinct().OrderBy(v => v)
                .Should().Equal(System.Text.RegularExpressions.Regex.Matches(en, @"\{\d+\}").Select(m => m.Value).Distinct().OrderBy(v => v), property.Name);
        }
    }
}
