using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Threading;
using FluentAssertions;
using Verwerkers.Agreements;
using Verwerkers.Storage;
using Verwerkers.Storage.Xlsx;
using Verwerkers.Tests.Agreements;
using Xunit;

namespace Verwerkers.Tests.Storage;

/// <summary>
/// Every save respects the file it replaces: symbolic links are followed, permissions kept, device nodes and other
/// non-regular files refused, hard links only written in place when asked. Register JSON, workbooks, agreements and
/// their PDFs all go through the same atomic save.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class SaveTargetTests : IDisposable
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "verwerkers-targets-" + Guid.NewGuid().ToString("N"));

    public SaveTargetTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Saving_through_a_symlink_replaces_the_file_it_points_to_and_keeps_the_link()
    {
        var shared = Directory.CreateDirectory(Path.Combine(_dir, "gedeeld")).FullName;
        var real = Path.Combine(shared, "register.json");
        File.WriteAllText(real, "{}");
        var link = Path.Combine(_dir, "register.json");
        File.CreateSymbolicLink(link, Path.Combine("gedeeld", "register.json"));

        RegisterJson.Save(ExampleRegister.Create(), link);

        new FileInfo(link).LinkTarget.Should().Be(Path.Combine("gedeeld", "register.json"), "the link stays a link");
        RegisterJson.Load(real).Controller.Name.Should().Be(ExampleRegister.Create().Controller.Name, "the shared register is updated");
        Directory.GetFiles(shared).Should().ContainSingle("no temporary file is left beside the real file");
        Directory.GetFiles(_dir).Should().ContainSingle();
    }

    [Fact]
    public void Saving_through_a_chain_of_symlinks_and_a_dangling_one_writes_the_final_target()
    {
        var real = Path.Combine(_dir, "echt.json");
        File.CreateSymbolicLink(Path.Combine(_dir, "b.json"), real);
        File.CreateSymbolicLink(Path.Combine(_dir, "a.json"), Path.Combine(_dir, "b.json"));

        RegisterJson.Save(ExampleRegister.Create(), Path.Combine(_dir, "a.json"));

        File.Exists(real).Should().BeTrue("the dangling chain ends at the file to create");
        new FileInfo(Path.Combine(_dir, "a.json")).LinkTarget.Should().NotBeNull();
        new FileInfo(Path.Combine(_dir, "b.json")).LinkTarget.Should().NotBeNull();
    }

    [Fact]
    public async System.Threading.Tasks.Task A_private_0600_register_stays_0600_after_a_save()
    {
        var path = Path.Combine(_dir, "register.json");
        RegisterJson.Save(ExampleRegister.Create(), path);
        File.SetUnixFileMode(path, Private);

        RegisterJson.Save(ExampleRegister.Create().WithNotes("bijgewerkt"), path);
        File.GetUnixFileMode(path).Should().Be(Private);

        await RegisterJson.SaveAsync(ExampleRegister.Create(), path);
        File.GetUnixFileMode(path).Should().Be(Private);
    }

    [Fact]
    public void A_private_workbook_stays_0600_after_a_save()
    {
        var path = Path.Combine(_dir, "register.xlsx");
        RegisterWorkbook.Save(ExampleRegister.Create(), path);
        File.SetUnixFileMode(path, Private);

        RegisterWorkbook.Save(ExampleRegister.Create(), path);

        File.GetUnixFileMode(path).Should().Be(Private);
    }

    [Fact]
    public void Agreements_and_PDFs_replaced_with_overwrite_keep_their_0600_mode()
    {
        var generator = new AgreementGenerator(new AgreementGeneratorOptions { Overwrite = true, PdfConverter = new CopyingConverter() });
        var result = generator.GenerateAll(AgreementTestData.Register, _dir, AgreementTestData.Date);
        var files = result.Generated.SelectMany(g => new[] { g.Path!, g.PdfPath! }).ToArray();
        foreach (var file in files)
        {
            File.SetUnixFileMode(file, Private);
        }

        generator.GenerateAll(AgreementTestData.Register, _dir, AgreementTestData.Date);

        files.Select(File.GetUnixFileMode).Should().OnlyContain(m => m == Private);
        Directory.GetFileSystemEntries(_dir).Should().HaveCount(files.Length, "no temporary file or staging folder is left");
    }

    [Fact]
    public void The_owner_and_group_are_kept_where_the_process_may_set_them()
    {
        var path = Path.Combine(_dir, "register.json");
        RegisterJson.Save(ExampleRegister.Create(), path);
        var before = UnixFileStatus.Of(path)!;
        if (Environment.UserName == "root")
        {
            Chown(path, "65534:65534");
            before = UnixFileStatus.Of(path)!;
            before.Owner.Should().Be(65534u);
        }

        RegisterJson.Save(ExampleRegister.Create(), path);

        var after = UnixFileStatus.Of(path)!;
        after.Owner.Should().Be(before.Owner);
        after.Group.Should().Be(before.Group);
    }

    [Theory]
    [InlineData("/dev/null")]
    [InlineData("/dev/full")]
    public void A_device_node_is_refused_with_a_clear_error_and_stays_a_device(string device)
    {
        // Safety first: the test would replace the machine's device when running as root if the check were broken.
        var status = UnixFileStatus.Of(device);
        status.Should().NotBeNull();
        status!.IsRegularFile.Should().BeFalse();
        var link = Path.Combine(_dir, "register.json");
        File.CreateSymbolicLink(link, device);

        var direct = () => RegisterJson.Save(ExampleRegister.Create(), device);
        var throughLink = () => RegisterJson.Save(ExampleRegister.Create(), link);
        var workbook = () => RegisterWorkbook.Save(ExampleRegister.Create(), device);

        direct.Should().Throw<IOException>().WithMessage($"'{device}' is a character device, not a regular file*nothing was written*");
        throughLink.Should().Throw<IOException>().WithMessage("*a character device*");
        workbook.Should().Throw<IOException>().WithMessage("*a character device*");
        UnixFileStatus.Of(device)!.TypeName.Should().Be("a character device");
        Directory.GetFiles("/dev", "." + Path.GetFileName(device) + ".*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void A_named_pipe_and_a_directory_are_refused_without_blocking()
    {
        var fifo = Path.Combine(_dir, "pijp.json");
        Run("mkfifo", fifo);
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "map.json")).FullName;

        var pipe = () => RegisterJson.Save(ExampleRegister.Create(), fifo);
        var directory = () => RegisterJson.Save(ExampleRegister.Create(), folder);

        pipe.Should().Throw<IOException>().WithMessage("*a named pipe (FIFO), not a regular file*");
        directory.Should().Throw<IOException>().WithMessage("*is a directory*");
        Directory.GetFiles(_dir).Should().Equal(new[] { fifo }, "no temporary file was made");
    }

    [Fact]
    public void A_hard_linked_register_is_refused_by_default_and_written_in_place_when_asked()
    {
        var path = Path.Combine(_dir, "register.json");
        var other = Path.Combine(_dir, "kopie.json");
        RegisterJson.Save(ExampleRegister.Create(), path);
        Run("ln", path, other);
        var before = File.ReadAllBytes(path);

        var refused = () => RegisterJson.Save(ExampleRegister.Create().WithNotes("nieuw"), path);

        refused.Should().Throw<IOException>().WithMessage("*has 2 hard links*WriteInPlace*");
        File.ReadAllBytes(path).Should().Equal(before);
        File.ReadAllBytes(other).Should().Equal(before);

        RegisterJson.Save(ExampleRegister.Create().WithNotes("nieuw"), path, new RegisterJsonOptions { HardLinks = HardLinkHandling.WriteInPlace });

        RegisterJson.Load(other).Notes.Should().Be("nieuw", "the other name sees the new content");
        UnixFileStatus.Of(path)!.Links.Should().Be(2, "the link is not split");
        Directory.GetFiles(_dir).Should().HaveCount(2);
    }

    [Fact]
    public void A_batch_with_one_hard_linked_agreement_writes_nothing_unless_asked()
    {
        var options = new AgreementGeneratorOptions { Overwrite = true };
        var names = new AgreementGenerator(options).FileNames(AgreementTestData.Register, AgreementTestData.Date);
        var last = Path.Combine(_dir, names.Values.Last());
        File.WriteAllText(last, "oud");
        Run("ln", last, Path.Combine(_dir, "elders.docx"));

        var refused = () => new AgreementGenerator(options).GenerateAll(AgreementTestData.Register, _dir, AgreementTestData.Date);

        refused.Should().Throw<IOException>().WithMessage("*hard links*");
        Directory.GetFiles(_dir).Select(Path.GetFileName).Should().BeEquivalentTo(Path.GetFileName(last), "elders.docx");

        options.HardLinks = HardLinkHandling.WriteInPlace;
        new AgreementGenerator(options).GenerateAll(AgreementTestData.Register, _dir, AgreementTestData.Date);

        File.ReadAllBytes(Path.Combine(_dir, "elders.docx")).Should().Equal(File.ReadAllBytes(last));
        File.ReadAllText(last).Should().NotBe("oud");
    }

    [Fact]
    public void A_device_node_among_the_agreements_refuses_the_whole_batch_before_anything_is_written()
    {
        var options = new AgreementGeneratorOptions { Overwrite = true };
        var names = new AgreementGenerator(options).FileNames(AgreementTestData.Register, AgreementTestData.Date);
        File.CreateSymbolicLink(Path.Combine(_dir, names.Values.Last()), "/dev/null");

        var act = () => new AgreementGenerator(options).GenerateAll(AgreementTestData.Register, _dir, AgreementTestData.Date);

        act.Should().Throw<IOException>().WithMessage("*a character device*");
        Directory.GetFiles(_dir).Should().ContainSingle("only the link itself is there");
        UnixFileStatus.Of("/dev/null")!.IsRegularFile.Should().BeFalse();
    }

    [Fact]
    public void Invalid_hard_link_options_are_reported()
    {
        var jsonOptions = new RegisterJsonOptions { HardLinks = (HardLinkHandling)7 };
        var agreementOptions = new AgreementGeneratorOptions { HardLinks = (HardLinkHandling)7 };
        var json = () => jsonOptions.ThrowIfInvalid();
        var agreements = () => new AgreementGenerator(agreementOptions);

        jsonOptions.Validate().Should().ContainSingle().Which.Path.Should().Be("HardLinks");
        agreementOptions.Validate().Should().ContainSingle().Which.Path.Should().Be("HardLinks");

        json.Should().Throw<ArgumentException>().WithMessage("*HardLinks*7*");
        agreements.Should().Throw<ArgumentException>().WithMessage("*HardLinks*7*");
    }

    private static void Chown(string path, string owner) => Run("chown", owner, path);

    private static void Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"{tool} {string.Join(" ", args)}: {error}");
    }

    /// <summary>A PDF converter that copies each document under the PDF name: the save logic, without LibreOffice.</summary>
    private sealed class CopyingConverter : IPdfConverter
    {
        public void Convert(IReadOnlyList<string> documents, string outputDirectory, CancellationToken cancellationToken)
        {
            foreach (var document in documents)
            {
                File.Copy(document, Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(document) + ".pdf"));
            }
        }

        public System.Threading.Tasks.Task ConvertAsync(IReadOnlyList<string> documents, string outputDirectory, CancellationToken cancellationToken = default)
        {
            Convert(documents, outputDirectory, cancellationToken);
            return System.Threading.Tasks.Task.CompletedTask;
        }
    }
}
