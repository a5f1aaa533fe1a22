using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Verwerkers.Agreements;
using Verwerkers.Compliance;
using Verwerkers.Templating;

namespace Verwerkers.Cli.Commands;

/// <summary>What <c>generate</c> and <c>demo</c> share: the agreement language, the error translation and the output.</summary>
internal static class AgreementRuns
{
    private const int FilesShown = 10;

    /// <summary>
    /// The language of the agreements: the one given with <c>--lang</c>, else Dutch. (The tool's messages may follow the
    /// system's language; a Dutch consultant on an English system still gets Dutch agreements unless asking otherwise.)
    /// </summary>
    public static Language AgreementLanguageOf(CommandEnvironment env, ParseResult parseResult) =>
        LanguageDetector.TryParse(parseResult.GetValue(env.LangOption), out var chosen) && chosen == Language.English
            ? Language.English
            : Language.Dutch;

    /// <summary>
    /// Runs a generation; files that would be replaced without <c>--force</c> and register data that does not fit the
    /// template become one-line user errors, not crashes.
    /// </summary>
    public static T Generate<T>(CommandEnvironment env, Func<T> generate)
    {
        try
        {
            return generate();
        }
        catch (AgreementFilesExistException e)
        {
            var names = string.Join(", ", e.ExistingFiles.Take(FilesShown).Select(p => "'" + Path.GetFileName(p) + "'"))
                + (e.ExistingFiles.Count > FilesShown ? ", ..." : string.Empty);
            throw new UserErrorException(env.Format(env.Texts.ErrorFilesExist, e.ExistingFiles.Count, e.Folder, names), e);
        }
        catch (ArgumentException e) when (e.InnerException is TemplateRenderException)
        {
            throw new UserErrorException(env.Format(env.Texts.ErrorRegisterData, ErrorDescriber.OneLine(e.Message)), e);
        }
    }

    /// <summary>
    /// Runs a whole batch with a progress display and the tool's cancellation (Ctrl-C): when cancelled, the exception
    /// names the agreements that were already complete.
    /// </summary>
    public static AgreementBatchResult GenerateAll(
        CommandEnvironment env, AgreementGenerator generator, Verwerkers.Register.ProcessorRegister register, string folder, LocalDate date, bool pdf)
    {
        var names = generator.FileNames(register, date);
        var written = new List<string>();
        using var display = BatchProgress.For(env, pdf);
        var progress = new Recorder(display, p =>
        {
            if (!p.Skipped && names.TryGetValue(p.ProcessorId, out var name))
            {
                written.Add(Path.Combine(folder, name));
            }
        });
        try
        {
            return Generate(env, () => generator.GenerateAll(register, folder, date, progress, env.Context.Cancellation));
        }
        catch (OperationCanceledException e) when (e is not CancelledRunException)
        {
            display.Dispose();
            throw new CancelledRunException(written, e);
        }
    }

    /// <summary>One line per written file (full path), the PDF after its <c>.docx</c>.</summary>
    public static void WriteFiles(CommandEnvironment env, IEnumerable<GeneratedAgreement> generated)
    {
        foreach (var agreement in generated)
        {
            env.Out.WriteLine(env.Format(env.Texts.GenerateWritten, agreement.Path));
            if (agreement.PdfPath is not null)
            {
                env.Out.WriteLine(env.Format(env.Texts.GenerateWritten, agreement.PdfPath));
            }
        }
    }

    /// <summary>One line per skipped processor, with the reason in the tool's language.</summary>
    public static void WriteSkipped(CommandEnvironment env, IEnumerable<SkippedProcessor> skipped)
    {
        foreach (var processor in skipped)
        {
            env.Out.WriteLine(env.Format(env.Texts.GenerateSkipped, processor.Explanation.In(env.Language)));
        }
    }

    /// <summary>
    /// Per agreement the number of findings that are invalid or need attention, and, when there are any, how to see
    /// them in full.
    /// </summary>
    /// <summary>Prints every refused agreement with each recipient, country and finding, and what to do; true when any was refused.</summary>
    public static bool WriteRefused(CommandEnvironment env, IEnumerable<UnresolvedTransfer> refused)
    {
        var any = false;
        foreach (var unresolved in refused)
        {
            env.Out.WriteLine(env.Format(env.Texts.GenerateRefused, unresolved.Message.In(env.Language)));
            any = true;
        }

        if (any)
        {
            env.Out.WriteLine(env.Texts.GenerateRefusedHint);
        }

        return any;
    }

    /// <summary>Prints every placeholder written with --allow-unresolved; true when there was any.</summary>
    public static bool WriteUnresolved(CommandEnvironment env, IEnumerable<GeneratedAgreement> generated)
    {
        var any = false;
        foreach (var agreement in generated)
        {
            foreach (var unresolved in agreement.UnresolvedTransfers)
            {
                env.Out.WriteLine(env.Format(env.Texts.GenerateUnresolved, Path.GetFileName(agreement.Path ?? string.Empty), unresolved.Message.In(env.Language)));
                any = true;
            }
        }

        return any;
    }

    public static void WriteFindings(CommandEnvironment env, IReadOnlyList<GeneratedAgreement> generated, LocalDate date, string registerPath)
    {
        if (generated.Count == 0)
        {
            return;
        }

        var texts = env.Texts;
        env.Out.WriteLine(env.Format(texts.GenerateFindingsTitle, env.LongDate(date)));
        var any = false;
        foreach (var agreement in generated)
        {
            var invalid = agreement.Findings.Count(f => f.Severity == Severity.Invalid);
            var attention = agreement.Findings.Count(f => f.Severity == Severity.NeedsAttention);
            any |= invalid + attention > 0;
            env.Out.WriteLine(invalid + attention == 0
                ? env.Format(texts.GenerateFindingsNone, agreement.ProcessorName, agreement.ProcessorId)
                : env.Format(texts.GenerateFindingsLine, agreement.ProcessorName, agreement.ProcessorId, invalid, attention));
        }

        if (any)
        {
            env.Out.WriteLine(env.Format(texts.GenerateFindingsHint, Quote(registerPath), LocalDatePattern.Iso.Format(date)));
        }
    }

    /// <summary>Passes each report on to the display and records it; the generator reports on the calling thread.</summary>
    private sealed class Recorder : IProgress<AgreementProgress>
    {
        private readonly IProgress<AgreementProgress> _display;
        private readonly Action<AgreementProgress> _record;

        public Recorder(IProgress<AgreementProgress> display, Action<AgreementProgress> record)
        {
            _display = display;
            _record = record;
        }

        public void Report(AgreementProgress value)
        {
            _record(value);
            _display.Report(value);
        }
    }

    private static string Quote(string path) =>
        path.IndexOfAny(new[] { ' ', '\t', '"', '\'', '&', '(', ')', ';', '$' }) >= 0 ? "\"" + path + "\"" : path;
}
