using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Verwerkers.Compliance;

namespace Verwerkers.Cli;

/// <summary>What every command shares: texts, the outside world, the common options and error reporting.</summary>
internal sealed class CommandEnvironment
{
    /// <summary>The earliest date a date option accepts: the checks compute deadlines years before and after it.</summary>
    public static readonly LocalDate EarliestDate = new(1900, 1, 1);

    /// <summary>The latest date a date option accepts.</summary>
    public static readonly LocalDate LatestDate = new(2999, 12, 31);

    private readonly Dictionary<string, string> _given = new(StringComparer.Ordinal);

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
        catch (OperationCanceledException e) when (Context.Cancellation.IsCancellationRequested)
        {
            return Cancelled(parseResult, e);
        }
        catch (Exception e)
        {
            return Report(parseResult, e);
        }
    }

    /// <summary>Stops the command with <see cref="OperationCanceledException"/> once Ctrl-C was pressed.</summary>
    public void ThrowIfCancelled() => Context.Cancellation.ThrowIfCancellationRequested();

    /// <summary>Says that the command was stopped and which files were already complete when it was; exit code 130.</summary>
    private int Cancelled(ParseResult parseResult, OperationCanceledException exception)
    {
        var written = exception is CancelledRunException run ? run.WrittenFiles : Array.Empty<string>();
        foreach (var path in written)
        {
            Out.WriteLine(Format(Texts.GenerateWritten, path));
        }

        WriteError(written.Count == 0 ? Texts.ErrorCancelled : Format(Texts.ErrorCancelledWritten, written.Count));
        if (parseResult.GetValue(VerboseOption))
        {
            Context.Error.WriteLine(exception.ToString());
        }

        return ExitCodes.Cancelled;
    }

    /// <summary>Makes an empty or blank value of a text option a parse error (exit code 2, one line).</summary>
    public void RequireValue(Option option) => option.Validators.Add(result => RequireValue(result, option.Name));

    /// <summary>Makes an empty or blank argument a parse error.</summary>
    public void RequireValue(Argument<string> argument) => argument.Validators.Add(result => RequireValue(result, argument.Name));

    private void RequireValue(SymbolResult result, string name)
    {
        if (result.Tokens.Any(t => t.Value.Trim().Length == 0))
        {
            result.AddError(Format(Texts.ErrorEmptyValue, name));
        }
    }

    /// <summary>
    /// An <c>--days</c> option: a whole number from 0 to 3660; anything else ("abc", "1e3", "", a number beyond
    /// <see cref="int.MaxValue"/>) is a parse error with one line, not an exception.
    /// </summary>
    public Option<int> DaysOption(int defaultValue)
    {
        var option = new Option<int>("--days")
        {
            Description = Texts.DaysOptionDescription,
            HelpName = Texts.DaysHelpName,
            DefaultValueFactory = _ => defaultValue,
        };
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return defaultValue;
            }

            var text = result.Tokens[result.Tokens.Count - 1].Value;
            if (!long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days))
            {
                result.AddError(Format(Texts.ErrorDaysNotNumber, text));
                return defaultValue;
            }

            if (days is < 0 or > 3660)
            {
                result.AddError(Format(Texts.ErrorDaysRange, days));
                return defaultValue;
            }

            return (int)days;
        };
        return option;
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
            WriteError(ShownInText(line));
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

        if (result.Value < EarliestDate || result.Value > LatestDate)
        {
            throw new UserErrorException(Format(Texts.ErrorDateRange, text.Trim(), optionName, LocalDatePattern.Iso.Format(EarliestDate), LocalDatePattern.Iso.Format(LatestDate)));
        }

        return result.Value;
    }

    /// <summary>Formats a date in words: "22 november 2026" / "22 November 2026", as the library does.</summary>
    public string LongDate(LocalDate date) => Verwerkers.LongDate.Format(date, Language);

    /// <summary>
    /// Gets the full path of an input or output file given on the command line (relative to the context's working
    /// directory) and remembers how the user wrote it, so that error messages show the path as given
    /// (<see cref="Shown(string?)"/>).
    /// </summary>
    public string InputPath(string path)
    {
        var full = Context.FullPath(path);
        _given[full] = path;
        return full;
    }

    /// <summary>Gets a path as the user wrote it when it came from <see cref="InputPath"/>; any other path unchanged.</summary>
    public string? Shown(string? path) => path is not null && _given.TryGetValue(path, out var given) ? given : path;

    /// <summary>Writes every full path that came from <see cref="InputPath"/> in a message as the user gave it.</summary>
    private string ShownInText(string message)
    {
        foreach (var pair in _given.OrderByDescending(p => p.Key.Length))
        {
            message = message.Replace(pair.Key, pair.Value, StringComparison.Ordinal);
        }

        return message;
    }
}
