using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using NodaTime;
using NodaTime.Text;
using Verwerkers.Compliance;

namespace Verwerkers.Cli;

/// <summary>What every command shares: texts, the outside world, the common options and error reporting.</summary>
internal sealed class CommandEnvironment
{
    public CommandEnvironment(Texts texts, CliContext context)
    {
        Texts = texts;
        Context = context;
        LangOption = new Option<string>(LanguageDetector.OptionName)
        {
            Description = texts.LangOptionDescription,
            HelpName = "nl|en",
            Recursive = true,
        };
        LangOption.AcceptOnlyFromAmong("nl", "en");
        VerboseOption = new Option<bool>("--verbose")
        {
            Description = texts.VerboseOptionDescription,
            Recursive = true,
        };
    }

    public Texts Texts { get; }

    public CliContext Context { get; }

    public Language Language => Texts.Language;

    public ReportLanguage ReportLanguage => Language == Language.Dutch ? ReportLanguage.Dutch : ReportLanguage.English;

    public Option<string> LangOption { get; }

    public Option<bool> VerboseOption { get; }

    public TextWriter Out => Context.Output;

    /// <summary>Writes one error line: "fout: …" / "error: …".</summary>
    public void WriteError(string message) => Context.Error.WriteLine(Texts.ErrorPrefix + ": " + message);

    public string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    /// <summary>Runs a command body, turning every failure into one clear line and an exit code.</summary>
    public int Guarded(ParseResult parseResult, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e)
        {
            return Report(parseResult, e);
        }
    }

    public int Report(ParseResult parseResult, Exception exception)
    {
        var verbose = parseResult.GetValue(VerboseOption);
        var lines = ErrorDescriber.Describe(this, exception);
        if (lines is null)
        {
            WriteError(Format(Texts.ErrorInternal, exception.Message));
            if (verbose)
            {
                Context.Error.WriteLine(exception.ToString());
            }

            return ExitCodes.InternalError;
        }

        foreach (var line in lines)
        {
            WriteError(line);
        }

        if (verbose)
        {
            Context.Error.WriteLine(exception.ToString());
        }

        return ExitCodes.BadInput;
    }

    /// <summary>Parses an optional ISO date option; null means "not given".</summary>
    public LocalDate? ParseDate(string? text, string optionName)
    {
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text.Trim());
        if (!result.Success)
        {
            throw new UserErrorException(Format(Texts.ErrorBadDate, text, optionName));
        }

        return result.Value;
    }

    /// <summary>Formats a date in words: "22 november 2026" / "22 November 2026" (no dependency on ICU data).</summary>
    public string LongDate(LocalDate date) =>
        date.Day.ToString(CultureInfo.InvariantCulture) + " " + Texts.MonthNames.Split(' ')[date.Month - 1] + " " + date.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets a full path for a user-given path, relative to the working directory.</summary>
    public static string FullPath(string path) => Path.GetFullPath(path);
}
