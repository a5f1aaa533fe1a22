using System;
using System.Globalization;
using System.IO;
using Verwerkers.Agreements;

namespace Verwerkers.Cli;

/// <summary>
/// Shows how far a batch of agreements is, on standard error: a bar redrawn in place (<c>\r</c>) on an interactive
/// terminal, one plain line per processor otherwise (a log file or CI output).
/// </summary>
/// <remarks>
/// The generator reports on the calling thread, so this class needs no locking; dispose it when the batch ends (also
/// on failure) to clear the bar from the terminal.
/// </remarks>
internal sealed class BatchProgress : IProgress<AgreementProgress>, IDisposable
{
    private const int BarWidth = 24;
    private readonly Texts _texts;
    private readonly TextWriter _error;
    private readonly bool _interactive;
    private readonly bool _pdf;
    private readonly int _lineWidth;
    private int _drawn;

    /// <param name="texts">The language of the plain lines.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="interactive">True to draw a bar in place; false for one line per processor.</param>
    /// <param name="pdf">True when the PDFs are made after the last processor (shown as a last step).</param>
    /// <param name="lineWidth">The terminal's width; a frame is cut to fit it, so that <c>\r</c> redraws one line.</param>
    public BatchProgress(Texts texts, TextWriter error, bool interactive, bool pdf, int lineWidth)
    {
        _texts = texts;
        _error = error;
        _interactive = interactive;
        _pdf = pdf;
        _lineWidth = Math.Max(lineWidth, 20);
    }

    /// <summary>Creates the progress display for the console the command runs in.</summary>
    public static BatchProgress For(CommandEnvironment env, bool pdf)
    {
        var interactive = env.Context.InteractiveError;
        return new BatchProgress(env.Texts, env.Context.Error, interactive, pdf, interactive ? TerminalWidth() : 80);
    }

    public void Report(AgreementProgress value)
    {
        if (_interactive)
        {
            Draw(Frame(value));
        }
        else
        {
            _error.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                value.Refused ? _texts.ProgressRefused : value.Skipped ? _texts.ProgressSkipped : _texts.ProgressWritten,
                value.Done,
                value.Total,
                value.ProcessorName));
        }

        if (_pdf && value.Done == value.Total)
        {
            if (_interactive)
            {
                Draw(_texts.ProgressPdf);
            }
            else
            {
                _error.WriteLine(_texts.ProgressPdf);
            }
        }
    }

    /// <summary>Clears the bar, so that what follows starts on a clean line.</summary>
    public void Dispose()
    {
        if (_interactive && _drawn > 0)
        {
            _error.Write("\r" + new string(' ', _drawn) + "\r");
            _error.Flush();
            _drawn = 0;
        }
    }

    private static string Frame(AgreementProgress value)
    {
        var filled = value.Total == 0 ? BarWidth : (int)((long)BarWidth * value.Done / value.Total);
        return "[" + new string('#', filled) + new string('-', BarWidth - filled) + "] "
            + value.Done.ToString(CultureInfo.InvariantCulture) + "/" + value.Total.ToString(CultureInfo.InvariantCulture)
            + " " + value.ProcessorName;
    }

    private void Draw(string frame)
    {
        var text = frame.Replace('\r', ' ').Replace('\n', ' ');
        if (text.Length > _lineWidth - 1)
        {
            text = text.Substring(0, _lineWidth - 1);
        }

        var padding = Math.Max(0, _drawn - text.Length);
        _error.Write("\r" + text + new string(' ', padding));
        _error.Flush();
        _drawn = text.Length;
    }

    private static int TerminalWidth()
    {
        try
        {
            var width = Console.WindowWidth;
            return width > 0 ? width : 80;
        }
        catch (IOException)
        {
            return 80;
        }
        catch (PlatformNotSupportedException)
        {
            return 80;
        }
    }
}
