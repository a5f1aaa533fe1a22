using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using FluentAssertions;
using Verwerkers.Agreements;
using Xunit;

namespace Verwerkers.Tests.Agreements;

public sealed class LibreOfficePdfConverterTests
{
    [Fact]
    public void A_soffice_path_that_does_not_exist_is_a_clear_error_saying_how_to_install_it()
    {
        var act = () => new LibreOfficePdfConverter("/opt/nowhere/soffice");

        act.Should().Throw<PdfConversionException>()
            .WithMessage("LibreOffice was not found at '/opt/nowhere/soffice'*Install LibreOffice*apt-get install libreoffice-writer*path of soffice*");
    }

    [Fact]
    public void Without_a_path_LibreOffice_is_found_on_the_path()
    {
        var converter = new LibreOfficePdfConverter();

        File.Exists(converter.SofficePath).Should().BeTrue();
        converter.SofficePath.Should().Be(LibreOfficePdfConverter.Find());
        converter.TimeoutPerDocument.Should().Be(LibreOfficePdfConverter.DefaultTimeoutPerDocument);
    }

    [Fact]
    public void A_conversion_that_takes_too_long_is_stopped_with_a_clear_error()
    {
        using var folder = new TempFolder();
        var converter = new LibreOfficePdfConverter(Script(folder, "sleep 60"), TimeSpan.FromMilliseconds(500));
        var watch = Stopwatch.StartNew();

        var act = () => converter.Convert(new[] { Document(folder) }, folder.Path, CancellationToken.None);

        act.Should().Throw<PdfConversionException>().WithMessage("LibreOffice did not finish converting 1 document(s) within*stopped*");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_cancelled_conversion_stops_LibreOffice()
    {
        using var folder = new TempFolder();
        var converter = new LibreOfficePdfConverter(Script(folder, "sleep 60"));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        var act = () => converter.Convert(new[] { Document(folder) }, folder.Path, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_converter_that_exits_without_writing_the_pdf_is_an_error_naming_the_document()
    {
        using var folder = new TempFolder();
        var converter = new LibreOfficePdfConverter(Script(folder, "exit 0"));

        var act = () => converter.Convert(new[] { Document(folder) }, folder.Path, CancellationToken.None);

        act.Should().Throw<PdfConversionException>().WithMessage("LibreOffice wrote no PDF for 1 of 1 document(s): agreement.docx.");
    }

    [Fact]
    public void A_failing_converter_reports_its_exit_code_and_output()
    {
        using var folder = new TempFolder();
        var converter = new LibreOfficePdfConverter(Script(folder, "echo 'Error: source file could not be loaded' >&2; exit 3"));

        var act = () => converter.Convert(new[] { Document(folder) }, folder.Path, CancellationToken.None);

        act.Should().Throw<PdfConversionException>().WithMessage("LibreOffice failed with exit code 3: Error: source file could not be loaded");
    }

    [Fact]
    public void LibreOffice_is_started_with_a_private_profile_and_the_documents_to_convert()
    {
        using var folder = new TempFolder();
        var log = folder.In("arguments.txt");
        var converter = new LibreOfficePdfConverter(Script(folder, $"for a in \"$@\"; do echo \"$a\" >> '{log}'; done; touch '{folder.In("agreement.pdf")}'"));

        converter.Convert(new[] { Document(folder) }, folder.Path, CancellationToken.None);

        var arguments = File.ReadAllLines(log);
        arguments[0].Should().StartWith("-env:UserInstallation=file:///").And.Contain("verwerkers-lo-profile-");
        arguments.Should().ContainInOrder("--headless", "--convert-to", "pdf", "--outdir", folder.Path, folder.In("agreement.docx"));
        Directory.Exists(new Uri(arguments[0].Substring("-env:UserInstallation=".Length)).LocalPath).Should().BeFalse("the profile is removed afterwards");
    }

    private static string Document(TempFolder folder)
    {
        var path = folder.In("agreement.docx");
        File.WriteAllBytes(path, new byte[] { 1 });
        return path;
    }

    /// <summary>A stand-in for soffice: a shell script (these tests run on Linux, like CI).</summary>
    private static string Script(TempFolder folder, string body)
    {
        var path = folder.In("fake soffice.sh");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The stand-in soffice is a shell script; run these tests on Linux or macOS.");
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
