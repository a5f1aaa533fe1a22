using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json.Nodes;
using FluentAssertions;
using Verwerkers.Cli.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Cli.Tests;

/// <summary>
/// Ctrl-C, as a terminal sends it: SIGINT to the running tool. The command stops through its CancellationToken, leaves
/// no temporary file, folder or LibreOffice process behind, says which files were already complete, and exits with 130.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class CancellationTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public void Ctrl_C_during_a_batch_stops_it_keeps_the_complete_agreements_lists_them_and_exits_with_130()
    {
        using var work = new TempDirectory();
        var register = LargeRegister(work.File("groot.json"), 3000);
        var folder = work.File("uit");

        using var cli = CliProcess.Start(work.Path, "generate", register, "--out", folder, "--as-of", "2026-11-22", "--lang", "en");
        cli.WaitUntil(() => cli.Error.Split('\n').Count(l => l.Contains("agreement written", StringComparison.Ordinal)) >= 3, StartTimeout)
            .Should().BeTrue(cli.ToString());
        cli.Signal(CliProcess.SigInt);
        var exit = cli.WaitForExit(StopTimeout);

        exit.Should().Be(130, cli.ToString());
        cli.Error.Should().Contain("cancelled (Ctrl-C)");
        var listed = cli.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("Written: ", StringComparison.Ordinal))
            .Select(l => l.Substring("Written: ".Length)).ToArray();
        listed.Should().NotBeEmpty().And.HaveCountLessThan(3000, "the batch was stopped");
        Directory.GetFiles(folder).Should().BeEquivalentTo(listed, "exactly the files listed are there: no temporary or partial file");
        Directory.GetDirectories(folder).Should().BeEmpty();
        foreach (var file in listed)
        {
            using var zip = ZipFile.OpenRead(file);
            zip.GetEntry("word/document.xml").Should().NotBeNull(file);
        }

        cli.Error.Should().Contain($"the {listed.Length} file(s) above were already complete");
    }

    [Fact]
    public void Ctrl_C_while_the_PDFs_are_made_stops_the_whole_converter_process_tree_and_removes_its_staging_folder()
    {
        using var work = new TempDirectory();
        var soffice = work.File("soffice");
        // A converter that never finishes and has a child of its own, as soffice starts soffice.bin.
        File.WriteAllText(soffice, "#!/bin/sh\nsleep 600 &\nsleep 600\n");
        File.SetUnixFileMode(soffice, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var folder = work.File("uit");

        using var cli = CliProcess.Start(work.Path, "generate", Samples.KleinePorties, "--out", folder, "--pdf", "--soffice", soffice, "--as-of", "2026-11-22", "--lang", "nl");
        int[] converter = Array.Empty<int>();
        cli.WaitUntil(() => (converter = cli.Descendants().ToArray()).Length >= 3, StartTimeout).Should().BeTrue(cli.ToString());
        Directory.GetDirectories(folder, ".verwerkers-pdf-*").Should().ContainSingle("the PDFs are made in a staging folder");
        cli.Signal(CliProcess.SigInt);
        var exit = cli.WaitForExit(StopTimeout);

        exit.Should().Be(130, cli.ToString());
        converter.Where(CliProcess.IsAlive).Should().BeEmpty("the converter and its children are stopped");
        Directory.GetDirectories(folder).Should().BeEmpty("the staging folder is removed");
        Directory.GetFiles(folder, "*.pdf").Should().BeEmpty();
        Directory.GetFiles(folder).Where(f => Path.GetFileName(f).StartsWith('.')).Should().BeEmpty();
        var docx = Directory.GetFiles(folder, "*.docx");
        docx.Should().NotBeEmpty("the agreements were complete before the PDFs were started");
        cli.Output.Should().Contain("Geschreven: ");
        cli.Error.Should().Contain("afgebroken (Ctrl-C)").And.Contain($"de {docx.Length} bestand(en) hierboven");
    }

    [Fact]
    public void Ctrl_C_during_a_real_LibreOffice_conversion_leaves_no_LibreOffice_and_no_profile_behind()
    {
        using var work = new TempDirectory();
        var folder = work.File("uit");

        using var cli = CliProcess.Start(work.Path, "generate", Samples.KleinePorties, "--out", folder, "--pdf", "--as-of", "2026-11-22", "--lang", "en");
        string? profile = null;
        int[] office = Array.Empty<int>();
        cli.WaitUntil(
            () =>
            {
                office = cli.Descendants().ToArray();
                profile = office.Select(CommandLine).Select(ProfileOf).FirstOrDefault(p => p is not null);
                return profile is not null;
            },
            StartTimeout).Should().BeTrue("LibreOffice must be installed (libreoffice-writer-nogui) and start; " + cli);
        cli.Signal(CliProcess.SigInt);
        var exit = cli.WaitForExit(StopTimeout);

        if (exit == 0)
        {
            // LibreOffice finished just before the signal arrived: nothing to stop, and nothing may be left either.
            Directory.GetFiles(folder, "*.pdf").Should().NotBeEmpty(cli.ToString());
        }
        else
        {
            exit.Should().Be(130, cli.ToString());
            Directory.GetFiles(folder, "*.pdf").Should().BeEmpty();
        }

        office.Where(CliProcess.IsAlive).Should().BeEmpty("every LibreOffice process of the tool is stopped");
        CliProcess.ProcessesWithCommandLine(profile!).Should().BeEmpty();
        Directory.Exists(profile).Should().BeFalse("the private LibreOffice profile is removed");
        Directory.GetDirectories(folder).Should().BeEmpty("the staging folder is removed");
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    private static string? ProfileOf(string commandLine)
    {
        const string Marker = "-env:UserInstallation=file://";
        var start = commandLine.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = commandLine.IndexOf(' ', start);
        return Uri.UnescapeDataString(commandLine.Substring(start + Marker.Length, (end < 0 ? commandLine.Length : end) - start - Marker.Length));
    }

    /// <summary>The KleinePorties register with its first processor repeated under new ids, for a batch that takes a while.</summary>
    private static string LargeRegister(string path, int processors)
    {
        var register = JsonNode.Parse(File.ReadAllText(Samples.KleinePorties))!.AsObject();
        var template = register["processors"]!.AsArray().First(p => p!["role"]!.GetValue<string>() == "processor")!;
        var list = new JsonArray();
        for (var i = 0; i < processors; i++)
        {
            var copy = template.DeepClone().AsObject();
            copy["id"] = "verwerker-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            copy["name"] = "Verwerker " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            copy.Remove("kvkNumber");
            list.Add(copy);
        }

        register["processors"] = list;
        register["agreements"] = new JsonArray();
        register["transfers"] = new JsonArray();
        File.WriteAllText(path, register.ToJsonString());
        return path;
    }
}
