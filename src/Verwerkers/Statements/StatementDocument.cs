using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Xml;

namespace Verwerkers.Statements;

/// <summary>The plain text of a privacy statement, read from text, HTML, DOCX or PDF (through <c>pdftotext</c>).</summary>
/// <remarks>
/// Immutable and thread-safe. Every reader is linear in its input and stops at <see cref="DefaultMaxCharacters"/>
/// (or the limit given) with an error rather than reading on: a statement is a few pages, a larger input is hostile or wrong.
/// Positions reported by the scan are positions in <see cref="Text"/>.
/// </remarks>
public sealed class StatementDocument
{
    /// <summary>The default limit on the statement's text: 2,000,000 characters (a statement is typically 5,000–50,000).</summary>
    public const int DefaultMaxCharacters = 2_000_000;

    /// <summary>The default time <c>pdftotext</c> may take for one PDF: one minute (a statement of a few pages takes well under a second).</summary>
    public static readonly TimeSpan DefaultPdfTimeout = TimeSpan.FromMinutes(1);

    private StatementDocument(string text, string name)
    {
        Text = text;
        Name = name;
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The name used in messages (the file name, or what the caller gave).</summary>
    public string Name { get; }

    /// <summary>Wraps plain text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="name">The name used in messages.</param>
    /// <param name="maxCharacters">The limit on the text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="StatementFormatException">The text is longer than <paramref name="maxCharacters"/>.</exception>
    public static StatementDocument FromText(string text, string name = "statement", int maxCharacters = DefaultMaxCharacters)
    {
        Guard.NotNull(text, nameof(text));
        CheckLimit(text.Length, name, maxCharacters);
        return new StatementDocument(text.Replace("\r\n", "\n").Replace('\r', '\n'), name);
    }

    /// <summary>Reads HTML: drops tags, scripts and styles, ends blocks with a blank line, decodes entities. Never loads a DTD.</summary>
    /// <param name="html">The HTML.</param>
    /// <param name="name">The name used in messages.</param>
    /// <param name="maxCharacters">The limit on the input.</param>
    /// <returns>The document.</returns>
    /// <exception cref="StatementFormatException">The input is longer than <paramref name="maxCharacters"/>.</exception>
    public static StatementDocument FromHtml(string html, string name = "statement.html", int maxCharacters = DefaultMaxCharacters)
    {
        Guard.NotNull(html, nameof(html));
        CheckLimit(html.Length, name, maxCharacters);
        var sb = new StringBuilder(html.Length);
        var text = new StringBuilder();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                text.Append(c);
                i++;
                continue;
            }

            var close = html.IndexOf('>', i + 1);
            if (close < 0)
            {
                break;
            }

            var tag = TagName(html, i + 1, close);
            FlushText(sb, text);
            if (tag is "script" or "style")
            {
                var end = html.IndexOf("</" + tag, close, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : html.IndexOf('>', end) is var e && e < 0 ? html.Length : e + 1;
                continue;
            }

            if (tag.StartsWith("!--", StringComparison.Ordinal))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            if (tag is "p" or "div" or "li" or "ul" or "ol" or "br" or "tr" or "table" or "section" or "article"
                or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "/p" or "/div" or "/li" or "/h1" or "/h2" or "/h3" or "/h4" or "/h5" or "/h6" or "/ul" or "/ol" or "/tr")
            {
                sb.Append(tag == "li" ? "\n\n• " : "\n\n");
            }

            i = close + 1;
        }

        FlushText(sb, text);
        return new StatementDocument(sb.ToString(), name);
    }

    /// <summary>Reads the body text of a DOCX (<c>word/document.xml</c>) with <see cref="XmlReader"/>, DTDs prohibited.</summary>
    /// <param name="docx">The DOCX package.</param>
    /// <param name="name">The name used in messages.</param>
    /// <param name="maxCharacters">The limit on the text (and, times 20, on the part's uncompressed size).</param>
    /// <returns>The document.</returns>
    /// <exception cref="StatementFormatException">The package is not a DOCX, has no body, or is too large.</exception>
    public static StatementDocument FromDocx(Stream docx, string name = "statement.docx", int maxCharacters = DefaultMaxCharacters)
    {
        Guard.NotNull(docx, nameof(docx));
        try
        {
            using var zip = new ZipArchive(docx, ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.GetEntry("word/document.xml") ?? throw new StatementFormatException($"{name}: not a Word document: the part word/document.xml is missing.");
            if (entry.Length > (long)maxCharacters * 20)
            {
                throw new StatementFormatException($"{name}: word/document.xml is {entry.Length} bytes uncompressed, more than the limit of {(long)maxCharacters * 20}.");
            }

            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, settings);
            const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            var sb = new StringBuilder();
            var advanced = false;
            while (advanced || reader.Read())
            {
                advanced = false;
                if (reader.NamespaceURI != W)
                {
                    continue;
                }

                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t" && !reader.IsEmptyElement)
                {
                    sb.Append(reader.ReadElementContentAsString());
                    CheckLimit(sb.Length, name, maxCharacters);
                    advanced = true;
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "tab")
                {
                    sb.Append('\t');
                }
                else if (reader.NodeType == XmlNodeType.Element && (reader.LocalName == "br" || reader.LocalName == "cr"))
                {
                    sb.Append('\n');
                }
                else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "p")
                {
                    sb.Append("\n\n");
                }
            }

            return new StatementDocument(sb.ToString(), name);
        }
        catch (InvalidDataException e)
        {
            throw new StatementFormatException($"{name}: not a valid DOCX (ZIP) package: {e.Message}", e);
        }
        catch (XmlException e)
        {
            throw new StatementFormatException($"{name}: word/document.xml, line {e.LineNumber}, position {e.LinePosition}: {e.Message}", e);
        }
    }

    /// <summary>Reads a file by its extension: .txt/.md (UTF-8), .htm/.html, .docx, or .pdf (through <c>pdftotext</c>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxCharacters">The limit on the text.</param>
    /// <param name="pdftotext">The pdftotext executable; null for <c>pdftotext</c> on the PATH.</param>
    /// <param name="pdfTimeout">How long pdftotext may take before it is stopped; null for <see cref="DefaultPdfTimeout"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="StatementFormatException">The file cannot be read as a statement (unknown extension, bad content, pdftotext missing, failing or taking longer than the time limit).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pdfTimeout"/> is zero or negative.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static StatementDocument Load(string path, int maxCharacters = DefaultMaxCharacters, string? pdftotext = null, TimeSpan? pdfTimeout = null)
    {
        if (pdfTimeout is { } t && t <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(pdfTimeout), t, "The time limit for pdftotext must be positive.");
        }

        Guard.NotNull(path, nameof(path));
        var name = Path.GetFileName(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        switch (ext)
        {
            case ".docx":
                using (var s = File.OpenRead(path))
                {
                    return FromDocx(s, name, maxCharacters);
                }

            case ".htm" or ".html":
                return FromHtml(ReadLimited(path, name, maxCharacters), name, maxCharacters);
            case ".pdf":
                return FromText(RunPdfToText(path, name, maxCharacters, pdftotext ?? "pdftotext", pdfTimeout ?? DefaultPdfTimeout), name, maxCharacters);
            case ".txt" or ".md" or ".text" or "":
                return FromText(ReadLimited(path, name, maxCharacters), name, maxCharacters);
            default:
                throw new StatementFormatException($"{name}: unknown statement format \"{ext}\"; use .txt, .md, .html, .docx or .pdf.");
        }
    }

    private static string ReadLimited(string path, string name, int maxCharacters)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var buffer = new char[Math.Min(maxCharacters + 1, 1 << 16)];
        var sb = new StringBuilder();
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            sb.Append(buffer, 0, n);
            CheckLimit(sb.Length, name, maxCharacters);
        }

        return sb.ToString();
    }

    private static string RunPdfToText(string path, string name, int maxCharacters, string exe, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.Arguments = "-enc UTF-8 \"" + path.Replace("\"", "\\\"") + "\" -";
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new StatementFormatException($"{name}: pdftotext could not be started.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new StatementFormatException($"{name}: reading a PDF needs pdftotext (poppler-utils), which is not installed or not on the PATH ({exe}). Install it, or save the statement as text, HTML or DOCX.", e);
        }

        var timedOut = 0;
        var milliseconds = (int)Math.Min(int.MaxValue, Math.Ceiling(timeout.TotalMilliseconds));

        // A timer, not a stopwatch: the library reads no clock. Killing the process ends the read loop below.
        using (process)
        using (new System.Threading.Timer(_ => StopOnTimeout(process, ref timedOut), null, milliseconds, System.Threading.Timeout.Infinite))
        {
            var errors = process.StandardError.ReadToEndAsync();
            var buffer = new char[1 << 16];
            var sb = new StringBuilder();
            int n;
            while ((n = process.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
            {
                sb.Append(buffer, 0, n);
                if (sb.Length > maxCharacters)
                {
                    process.Kill();
                    CheckLimit(sb.Length, name, maxCharacters);
                }
            }

            process.WaitForExit();
            if (System.Threading.Volatile.Read(ref timedOut) == 1)
            {
                throw new StatementFormatException($"{name}: pdftotext did not finish within {timeout.TotalSeconds:0.#} s and was stopped; the PDF may be damaged or hostile. Save the statement as text, HTML or DOCX, or allow more time.");
            }

            if (process.ExitCode != 0)
            {
                throw new StatementFormatException($"{name}: pdftotext failed (exit code {process.ExitCode}): {errors.Result.Trim()}");
            }

            return sb.ToString().Replace('\f', '\n');
        }
    }

    private static void StopOnTimeout(Process process, ref int timedOut)
    {
        System.Threading.Interlocked.Exchange(ref timedOut, 1);
        try
        {
            process.Kill();
        }
        catch (InvalidOperationException)
        {
            // It ended just now.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // It is ending already.
        }
    }

    private static void CheckLimit(int length, string name, int maxCharacters)
    {
        if (maxCharacters <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxCharacters), maxCharacters, "The limit must be positive.");
        }

        if (length > maxCharacters)
        {
            throw new StatementFormatException($"{name}: the statement is longer than the limit of {maxCharacters} characters (StatementDocument.DefaultMaxCharacters or the option given).");
        }
    }

    private static string TagName(string html, int start, int end)
    {
        var i = start;
        if (i < end && html[i] == '/')
        {
            i++;
        }

        var j = i;
        while (j < end && (char.IsLetterOrDigit(html[j]) || html[j] == '!' || html[j] == '-'))
        {
            j++;
        }

        return (html[start] == '/' ? "/" : string.Empty) + html.Substring(i, j - i).ToLowerInvariant();
    }

    private static void FlushText(StringBuilder sb, StringBuilder text)
    {
        if (text.Length > 0)
        {
            sb.Append(WebUtility.HtmlDecode(text.ToString()));
            text.Clear();
        }
    }
}
