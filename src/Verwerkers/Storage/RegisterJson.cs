using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Verwerkers.Input;
using Verwerkers.Register;
using Verwerkers.Storage.Json;

namespace Verwerkers.Storage;

/// <summary>
/// Loads and saves a <see cref="ProcessorRegister"/> as a register file: JSON, schema version 1, as documented in
/// <c>docs/register-format.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// Loading is strict: unknown properties, wrong types, impossible dates, unknown enum values, missing required
/// values, duplicate ids and references that do not resolve are all reported at once in one
/// <see cref="RegisterFormatException"/>, each with its JSON path, line and position. The file is read token by token
/// straight into the model (no reflection, no type names from the data, no intermediate JSON tree), with a size limit
/// and a nesting limit (<see cref="RegisterJsonOptions"/>).
/// </para>
/// <para>
/// Saving writes properties in the documented order, <c>"schemaVersion": 1</c> first, indented by two spaces, with LF
/// line endings and a final newline, in UTF-8 without byte order mark, so that a register kept in git diffs cleanly.
/// Saving to a path is atomic: the file is written to a temporary file beside it, flushed to disk and then moved over
/// the target, so a failure or cancellation half-way leaves the previous file as it was.
/// </para>
/// <para>All members are thread-safe. The library never reads or changes <c>JsonConvert.DefaultSettings</c>.</para>
/// </remarks>
public static class RegisterJson
{
    /// <summary>The schema version this library reads and writes.</summary>
    public const int SchemaVersion = 1;

    private const int BufferSize = 64 * 1024;
    private const int AsyncChunkSize = 64 * 1024;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads a register file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits and choices; null for <see cref="RegisterJsonOptions.Default"/>.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    /// <exception cref="RegisterFormatException">The file is not a valid register; lists every problem with its file
    /// name, JSON path, line and position.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    public static ProcessorRegister Load(string path, RegisterJsonOptions? options = null)
    {
        Guard.NotNullOrWhiteSpace(path, nameof(path));
        options = Resolve(options);
        CheckFileSize(path, options);
        return LoadCore(() => Limit(OpenRead(path, useAsync: false), options, leaveOpen: false), path, options, CancellationToken.None);
    }

    /// <summary>Loads a register from a stream, reading from its current position to its end.</summary>
    /// <param name="stream">The stream; left open. A stream that cannot seek is read into memory first.</param>
    /// <param name="options">Limits and choices; null for <see cref="RegisterJsonOptions.Default"/>.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read, or <paramref name="options"/> are invalid.</exception>
    /// <exception cref="RegisterFormatException">The content is not a valid register; lists every problem.</exception>
    public static ProcessorRegister Load(Stream stream, RegisterJsonOptions? options = null)
    {
        Guard.NotNull(stream, nameof(stream));
        options = Resolve(options);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }

        if (stream.CanSeek)
        {
            var start = stream.Position;
            if (stream.Length - start > options.MaxFileSize)
            {
                throw TooLarge(null, stream.Length - start, options);
            }

            return LoadCore(
                () =>
                {
                    stream.Position = start;
                    return Limit(stream, options, leaveOpen: true);
                },
                null,
                options,
                CancellationToken.None);
        }

        var buffer = new MemoryStream();
        CopyBounded(stream, buffer, options, null);
        var bytes = buffer.ToArray();
        return LoadCore(() => Limit(new MemoryStream(bytes, writable: false), options, leaveOpen: false), null, options, CancellationToken.None);
    }

    /// <summary>Loads a register from JSON text.</summary>
    /// <param name="json">The JSON text of a register file.</param>
    /// <param name="options">Limits and choices; null for <see cref="RegisterJsonOptions.Default"/>.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="RegisterFormatException">The text is not a valid register; lists every problem.</exception>
    public static ProcessorRegister Parse(string json, RegisterJsonOptions? options = null)
    {
        Guard.NotNull(json, nameof(json));
        options = Resolve(options);
        if ((long)json.Length > options.MaxFileSize)
        {
            throw TooLarge(null, json.Length, options);
        }

        return LoadCore(null, () => new StringReader(json), null, options, CancellationToken.None);
    }

    /// <summary>Loads a register file asynchronously.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="RegisterFormatException">The file is not a valid register; lists every problem.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The load was cancelled.</exception>
    public static Task<ProcessorRegister> LoadAsync(string path, CancellationToken cancellationToken = default)
        => LoadAsync(path, null, cancellationToken);

    /// <summary>Loads a register file asynchronously.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits and choices; null for <see cref="RegisterJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The register.</returns>
    /// <remarks>The file is read asynchronously into memory, then parsed; cancellation is observed throughout.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    /// <exception cref="RegisterFormatException">The file is not a valid register; lists every problem.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The load was cancelled.</exception>
    public static async Task<ProcessorRegister> LoadAsync(string path, RegisterJsonOptions? options, CancellationToken cancellationToken = default)
    {
        Guard.NotNullOrWhiteSpace(path, nameof(path));
        options = Resolve(options);
        CheckFileSize(path, options);
        byte[] bytes;
        using (var file = OpenRead(path, useAsync: true))
        {
            var buffer = new MemoryStream(checked((int)Math.Min(file.Length, int.MaxValue)));
            await CopyBoundedAsync(file, buffer, options, path, cancellationToken).ConfigureAwait(false);
            bytes = buffer.GetBuffer();
            Array.Resize(ref bytes, (int)buffer.Length);
        }

        return LoadCore(() => Limit(new MemoryStream(bytes, writable: false), options, leaveOpen: false), path, options, cancellationToken);
    }

    /// <summary>Loads a register from a stream asynchronously, reading from its current position to its end.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="RegisterFormatException">The content is not a valid register; lists every problem.</exception>
    /// <exception cref="OperationCanceledException">The load was cancelled.</exception>
    public static Task<ProcessorRegister> LoadAsync(Stream stream, CancellationToken cancellationToken = default)
        => LoadAsync(stream, null, cancellationToken);

    /// <summary>Loads a register from a stream asynchronously, reading from its current position to its end.</summary>
    /// <param name="stream">The stream; left open. Its content is read asynchronously into memory, then parsed.</param>
    /// <param name="options">Limits and choices; null for <see cref="RegisterJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read, or <paramref name="options"/> are invalid.</exception>
    /// <exception cref="RegisterFormatException">The content is not a valid register; lists every problem.</exception>
    /// <exception cref="OperationCanceledException">The load was cancelled.</exception>
    public static async Task<ProcessorRegister> LoadAsync(Stream stream, RegisterJsonOptions? options, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(stream, nameof(stream));
        options = Resolve(options);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }

        var buffer = new MemoryStream();
        await CopyBoundedAsync(stream, buffer, options, null, cancellationToken).ConfigureAwait(false);
        var bytes = buffer.ToArray();
        return LoadCore(() => Limit(new MemoryStream(bytes, writable: false), options, leaveOpen: false), null, options, cancellationToken);
    }

    /// <summary>Saves a register file atomically: the previous file stays intact unless the whole new one is written.</summary>
    /// <param name="register">The register.</param>
    /// <param name="path">The file's path; its directory must exist.</param>
    /// <param name="options">Choices; null for <see cref="RegisterJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">The register holds a value the format cannot store (for example a year
    /// before 1); the previous file is left as it was.</exception>
    /// <exception cref="IOException">The file cannot be written; the previous file is left as it was.</exception>
    public static void Save(ProcessorRegister register, string path, RegisterJsonOptions? options = null)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNullOrWhiteSpace(path, nameof(path));
        options = Resolve(options);
        AtomicFile.Write(
            path,
            useAsync: false,
            file =>
            {
                WriteTo(Wrap(file, options), register);
                return Task.CompletedTask;
            },
            options.HardLinks).GetAwaiter().GetResult();
    }

    /// <summary>Saves a register to a stream, at its current position.</summary>
    /// <param name="register">The register.</param>
    /// <param name="stream">The stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written, or the register holds a value
    /// the format cannot store.</exception>
    public static void Save(ProcessorRegister register, Stream stream)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNull(stream, nameof(stream));
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(stream));
        }

        WriteTo(stream, register);
    }

    /// <summary>Saves a register file atomically and asynchronously.</summary>
    /// <param name="register">The register.</param>
    /// <param name="path">The file's path; its directory must exist.</param>
    /// <param name="cancellationToken">Cancels the save; the previous file is then left as it was.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">The register holds a value the format cannot store.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The save was cancelled.</exception>
    public static Task SaveAsync(ProcessorRegister register, string path, CancellationToken cancellationToken = default)
        => SaveAsync(register, path, null, cancellationToken);

    /// <summary>Saves a register file atomically and asynchronously.</summary>
    /// <param name="register">The register.</param>
    /// <param name="path">The file's path; its directory must exist.</param>
    /// <param name="options">Choices; null for <see cref="RegisterJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the save; the previous file is then left as it was.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">The register holds a value the format cannot store.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The save was cancelled.</exception>
    public static Task SaveAsync(ProcessorRegister register, string path, RegisterJsonOptions? options, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNullOrWhiteSpace(path, nameof(path));
        options = Resolve(options);
        return AtomicFile.Write(path, useAsync: true, file => WriteToAsync(Wrap(file, options), register, cancellationToken), options.HardLinks);
    }

    /// <summary>Saves a register to a stream asynchronously, at its current position.</summary>
    /// <param name="register">The register.</param>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="cancellationToken">Cancels the save; what was written so far stays in the stream.</param>
    /// <returns>A task that completes when the register is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written, or the register holds a value
    /// the format cannot store.</exception>
    /// <exception cref="OperationCanceledException">The save was cancelled.</exception>
    public static Task SaveAsync(ProcessorRegister register, Stream stream, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNull(stream, nameof(stream));
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(stream));
        }

        return WriteToAsync(stream, register, cancellationToken);
    }

    /// <summary>Returns the register file text of a register, exactly as <see cref="Save(ProcessorRegister, Stream)"/> writes it.</summary>
    /// <param name="register">The register.</param>
    /// <returns>The JSON text, with LF line endings and a final newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    /// <exception cref="ArgumentException">The register holds a value the format cannot store.</exception>
    public static string ToJson(ProcessorRegister register)
    {
        Guard.NotNull(register, nameof(register));
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var json = CreateWriter(text))
        {
            foreach (var unused in RegisterJsonWriter.Write(json, register))
            {
            }

            json.Flush();
        }

        text.Write('\n');
        return text.ToString();
    }

    private static RegisterJsonOptions Resolve(RegisterJsonOptions? options)
    {
        options ??= RegisterJsonOptions.Default;
        options.ThrowIfInvalid();
        return options;
    }

    private static ProcessorRegister LoadCore(Func<Stream> openBytes, string? fileName, RegisterJsonOptions options, CancellationToken cancellationToken)
        => LoadCore(openBytes, () => new StreamReader(openBytes(), Utf8, detectEncodingFromByteOrderMarks: true, BufferSize), fileName, options, cancellationToken);

    private static ProcessorRegister LoadCore(Func<Stream>? openBytes, Func<TextReader> open, string? fileName, RegisterJsonOptions options, CancellationToken cancellationToken)
    {
        RegisterDocument document;
        try
        {
            // Strict RFC 8259 on the way in: what Newtonsoft would accept (trailing commas, single quotes, NaN, ...) is an error.
            using var text = open();
            using var json = new StrictJsonTokenizer(text, allowComments: true);
            document = RegisterJsonReader.Read(json, options, cancellationToken);
        }
        catch (FileTooLargeException e)
        {
            throw TooLarge(fileName, e.Size, options);
        }
        catch (StrictJsonException e)
        {
            throw new RegisterFormatException(fileName, new[] { e.Problem with { Message = "The file is not valid JSON: " + e.Problem.Message } });
        }
        catch (SchemaVersionException e) when (e.CanUpgrade)
        {
            document = SchemaUpgrade.Read(open, (int)e.Version, options, cancellationToken);
        }
        catch (SchemaVersionException e)
        {
            throw new RegisterFormatException(fileName, new[] { e.Problem });
        }
        catch (DecoderFallbackException)
        {
            var (line, position) = (0, 0);
            if (openBytes is not null)
            {
                using var bytes = openBytes();
                (line, position) = Utf8Check.FindFirstInvalid(bytes);
            }

            throw new RegisterFormatException(fileName, new[]
            {
                new Problem("The file is not valid UTF-8 text; save it as UTF-8.", "Het bestand is geen geldige UTF-8-tekst; sla het op als UTF-8.")
                {
                    Path = "$", Line = line, Position = position,
                },
            });
        }

        return RegisterAssembler.Build(document, open, fileName, options);
    }

    private static void CheckFileSize(string path, RegisterJsonOptions options)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.Length > options.MaxFileSize)
        {
            throw TooLarge(path, info.Length, options);
        }
    }

    private static RegisterFormatException TooLarge(string? fileName, long size, RegisterJsonOptions options) => new(
        fileName,
        new[]
        {
            new Problem(
                $"The register is larger ({size:N0} bytes or more) than the limit of {options.MaxFileSize:N0} bytes; raise RegisterJsonOptions.MaxFileSize to load it.",
                $"Het register is groter ({size:N0} bytes of meer) dan de grens van {options.MaxFileSize:N0} bytes; verhoog RegisterJsonOptions.MaxFileSize om het te laden.")
            {
                Path = "$",
            },
        });

    private static FileStream OpenRead(string path, bool useAsync) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync ? FileOptions.Asynchronous | FileOptions.SequentialScan : FileOptions.SequentialScan);

    private static Stream Limit(Stream stream, RegisterJsonOptions options, bool leaveOpen) => new LimitedReadStream(stream, options.MaxFileSize, leaveOpen);

    private static void CopyBounded(Stream source, MemoryStream target, RegisterJsonOptions options, string? fileName)
    {
        var chunk = new byte[BufferSize];
        int read;
        while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            target.Write(chunk, 0, read);
            if (target.Length > options.MaxFileSize)
            {
                throw TooLarge(fileName, target.Length, options);
            }
        }
    }

    private static async Task CopyBoundedAsync(Stream source, MemoryStream target, RegisterJsonOptions options, string? fileName, CancellationToken cancellationToken)
    {
        var chunk = new byte[BufferSize];
        int read;
        while ((read = await source.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            target.Write(chunk, 0, read);
            if (target.Length > options.MaxFileSize)
            {
                throw TooLarge(fileName, target.Length, options);
            }
        }
    }

    private static Stream Wrap(Stream file, RegisterJsonOptions options) => options.OutputWrapper?.Invoke(file) ?? file;

    private static JsonTextWriter CreateWriter(TextWriter text) => new(text)
    {
        Formatting = Formatting.Indented,
        Indentation = 2,
        IndentChar = ' ',
        CloseOutput = false,
        StringEscapeHandling = StringEscapeHandling.Default,
    };

    private static void WriteTo(Stream stream, ProcessorRegister register)
    {
        using var text = new StreamWriter(stream, Utf8, BufferSize, leaveOpen: true) { NewLine = "\n" };
        using (var json = CreateWriter(text))
        {
            foreach (var unused in RegisterJsonWriter.Write(json, register))
            {
            }

            json.Flush();
        }

        text.Write('\n');
        text.Flush();
    }

    /// <summary>
    /// Writes synchronously into a memory chunk and hands each full chunk to the stream asynchronously, so that a
    /// large register never sits in memory twice and cancellation is observed between entries.
    /// </summary>
    private static async Task WriteToAsync(Stream stream, ProcessorRegister register, CancellationToken cancellationToken)
    {
        var chunk = new MemoryStream(AsyncChunkSize * 2);
        using var text = new StreamWriter(chunk, Utf8, BufferSize, leaveOpen: true) { NewLine = "\n" };
        using (var json = CreateWriter(text))
        {
            var entries = 0;
            foreach (var unused in RegisterJsonWriter.Write(json, register))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (++entries % 64 != 0)
                {
                    continue;
                }

                json.Flush();
                if (chunk.Length >= AsyncChunkSize)
                {
                    await stream.WriteAsync(chunk.GetBuffer(), 0, (int)chunk.Length, cancellationToken).ConfigureAwait(false);
                    chunk.SetLength(0);
                }
            }

            json.Flush();
        }

        text.Write('\n');
        text.Flush();
        await stream.WriteAsync(chunk.GetBuffer(), 0, (int)chunk.Length, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
