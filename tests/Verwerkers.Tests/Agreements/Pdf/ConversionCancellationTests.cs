using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Verwerkers.Agreements;
using Xunit;

namespace Verwerkers.Tests.Agreements;

/// <summary>
/// <see cref="LibreOfficePdfConverter.ConvertAsync"/> awaits LibreOffice and, when cancelled, stops it with every
/// process it started: no <c>soffice.bin</c> keeps running (and holding its profile) after the call has returned.
/// </summary>
public sealed class ConversionCancellationTests
{
    [Fact]
    public async Task Cancelling_a_running_LibreOffice_conversion_leaves_no_soffice_process_behind()
    {
        using var folder = new TempFolder();
        var documents = Agreements(folder);
        var converter = new LibreOfficePdfConverter();
        using var cancellation = new CancellationTokenSource();

        var conversion = converter.ConvertAsync(documents, folder.Path, cancellation.Token);
        var started = await WaitForAsync(() => Ours(folder).Any(p => p.CommandLine.Contains("soffice.bin", StringComparison.Ordinal)) || conversion.IsCompleted);
        conversion.IsCompleted.Should().BeFalse("the conversion of {0} documents must still run when it is cancelled", documents.Length);
        started.Should().BeTrue("LibreOffice's soffice.bin should have started");
        var running = Ours(folder);
        cancellation.Cancel();

        var act = async () => await conversion;

        await act.Should().ThrowAsync<OperationCanceledException>();
        running.Should().Contain(p => p.CommandLine.Contains("soffice.bin", StringComparison.Ordinal));
        (await GoneAsync(running)).Should().BeEmpty("every LibreOffice process of the conversion is stopped when the call returns");
        Directory.GetFiles(folder.Path, "*.pdf").Length.Should().BeLessThan(documents.Length);
    }

    [Fact]
    public async Task Cancelling_stops_the_processes_the_converter_started_not_only_the_converter()
    {
        using var folder = new TempFolder();
        var script = folder.In("fake-soffice.sh");
        // The shell runs sleep as a child (it cannot exec it: a command follows), like oosplash starts soffice.bin.
        File.WriteAllText(script, "#!/bin/sh\nsleep 300\nexit 0\n");
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The stand-in soffice is a shell script and the processes are read from /proc: run these tests on Linux, like CI.");
        }

        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var document = folder.In("agreement.docx");
        File.WriteAllBytes(document, new byte[] { 1 });
        using var cancellation = new CancellationTokenSource();

        var conversion = new LibreOfficePdfConverter(script).ConvertAsync(new[] { document }, folder.Path, cancellation.Token);
        (await WaitForAsync(() => Below(script).Any(p => p.CommandLine.StartsWith("sleep", StringComparison.Ordinal)))).Should().BeTrue();
        var running = Below(script);
        cancellation.Cancel();

        var act = async () => await conversion;

        await act.Should().ThrowAsync<OperationCanceledException>();
        running.Should().HaveCountGreaterThanOrEqualTo(2, "the script and its sleep");
        (await GoneAsync(running)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_cancelled_token_stops_before_LibreOffice_is_started()
    {
        using var folder = new TempFolder();
        var documents = Agreements(folder).Take(1).ToArray();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var act = async () => await new LibreOfficePdfConverter().ConvertAsync(documents, folder.Path, cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        Ours(folder).Should().BeEmpty();
    }

    /// <summary>Twelve real agreements: enough for a conversion of many seconds.</summary>
    private static string[] Agreements(TempFolder folder)
    {
        var register = SampleRegisters.Load("mkb-westland");
        var generator = new AgreementGenerator();
        var paths = Enumerable.Range(0, 12).Select(i => folder.In($"agreement-{i}.docx")).ToArray();
        var id = register.Processors.First(p => p.RequiresAgreement).Id;
        foreach (var path in paths)
        {
            generator.GenerateToFile(register, id, SampleRegisters.Date, path);
        }

        return paths;
    }

    /// <summary>The processes below this test process that belong to the conversion in <paramref name="folder"/>: its root names the folder, the rest run below that root.</summary>
    private static ProcessProbe.Running[] Ours(TempFolder folder) => Below(folder.Path);

    private static ProcessProbe.Running[] Below(string marker)
    {
        var mine = ProcessProbe.Descendants(Environment.ProcessId);
        var roots = mine.Where(p => p.CommandLine.Contains(marker, StringComparison.Ordinal)).ToArray();
        return roots.Concat(roots.SelectMany(r => ProcessProbe.Descendants(r.Id))).Distinct().ToArray();
    }

    /// <summary>
    /// The processes still running a moment after the call returned: a killed process is gone once the kernel has
    /// delivered the signal, which takes milliseconds; five seconds allow for a loaded machine.
    /// </summary>
    private static async Task<ProcessProbe.Running[]> GoneAsync(ProcessProbe.Running[] processes)
    {
        for (var i = 0; i < 100 && processes.Any(ProcessProbe.IsRunning); i++)
        {
            await Task.Delay(50);
        }

        return processes.Where(ProcessProbe.IsRunning).ToArray();
    }

    /// <summary>Polls every 50 ms for up to two minutes (a loaded machine starts LibreOffice slowly).</summary>
    private static async Task<bool> WaitForAsync(Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return condition();
    }
}
