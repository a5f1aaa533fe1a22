using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.IO.Compression;
using System.Text;
using Verwerkers.Templating.Compilation;
using Verwerkers.Templating.Packaging;
using Verwerkers.Templating.Rendering;

namespace Verwerkers.Templating;

/// <summary>
/// A compiled DOCX template: compile it once from a <c>.docx</c> or <c>.dotx</c>, then fill it as often as needed, from
/// as many threads as needed.
/// </summary>
/// <remarks>
/// <para>Syntax (with the default delimiters): <c>{{name}}</c>, dotted paths <c>{{processor.address.city}}</c>, sections
/// <c>{{#list}}…{{/list}}</c> (once per item of a list; once for a truthy value, with it as scope; not at all for a
/// missing, null, false, zero or empty value), inverted sections <c>{{^list}}…{{/list}}</c>, <c>{{.}}</c> for the current
/// item, <c>{{/}}</c> to close the innermost section, and formats <c>{{endDate:d MMMM yyyy}}</c>. Names not found in the
/// current item are looked up in the enclosing ones. Content controls whose tag (or alias) is a data path and Word
/// mail-merge fields (<c>MERGEFIELD</c>) receive values too.</para>
/// <para>Compiling reads the package as hostile input (limits from <see cref="TemplateOptions"/>, no DTDs), finds every
/// tag even when Word split it over several runs, checks the section structure, and turns each part into a plan of
/// ready-made UTF-8 XML segments and value slots. Filling streams those segments and the escaped values into a new
/// ZIP, copying untouched parts as their already-compressed bytes.</para>
/// <para>Instances are immutable and thread-safe: any number of threads may call the fill methods at once.</para>
/// </remarks>
public sealed class DocxTemplate
{
    private readonly TemplateOptions _options;
    private readonly Entry[] _entries;

    [ThreadStatic]
    private static ByteBuffer? _buffer;

    /// <summary>Per-thread scratch for deflating a rendered part; only the compressed bytes are copied out.</summary>
    [ThreadStatic]
    private static MemoryStream? _deflated;

    private DocxTemplate(TemplateOptions options, Entry[] entries, IReadOnlyList<TemplatePart> parts, string mainPart, bool fromTemplate)
    {
        _options = options;
        _entries = entries;
        Parts = parts;
        MainPart = mainPart;
        WasWordTemplate = fromTemplate;
    }

    /// <summary>The parts that hold tags, in package order, each with its tags and sections in document order.</summary>
    public IReadOnlyList<TemplatePart> Parts { get; }

    /// <summary>The name of the main document part, e.g. <c>word/document.xml</c>.</summary>
    public string MainPart { get; }

    /// <summary>True if the source was a Word template (<c>.dotx</c>); fills always produce a document (<c>.docx</c>).</summary>
    public bool WasWordTemplate { get; }

    /// <summary>A copy of the options the template was compiled with.</summary>
    public TemplateOptions Options => _options.Clone();

    /// <summary>Compiles a template from a stream holding a <c>.docx</c> or <c>.dotx</c> package.</summary>
    /// <param name="template">The package; read to the end, not closed.</param>
    /// <param name="options">Options, or null for the defaults (<c>{{ }}</c>, nl-NL, missing values are errors).</param>
    /// <returns>The compiled template.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has invalid fields (all are listed).</exception>
    /// <exception cref="TemplateCompileException">
    /// The package is broken, hostile or macro-enabled, or the template has syntax errors; every problem is listed.
    /// </exception>
    public static DocxTemplate Compile(Stream template, TemplateOptions? options = null)
    {
        Guard.NotNull(template, nameof(template));
        var opts = (options ?? new TemplateOptions()).Clone();
        opts.ThrowIfInvalid();
        Stream seekable = template;
        if (!template.CanSeek)
        {
            // A package cannot be much larger than its parts uncompressed: stop copying an endless or oversized stream there.
            var limit = opts.MaxTotalUncompressedSize + (1L << 20);
            var copy = new MemoryStream();
            var buffer = new byte[81920];
            int n;
            while ((n = template.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (copy.Length + n > limit)
                {
                    throw new TemplateCompileException(new[]
                    {
                        new TemplateError(
                            TemplateErrorCode.TotalSizeExceeded,
                            string.Format(System.Globalization.CultureInfo.InvariantCulture, "The package is larger than {0:N0} bytes (MaxTotalUncompressedSize plus 1 MiB for the ZIP structure).", limit)),
                    });
                }

                copy.Write(buffer, 0, n);
            }

            copy.Position = 0;
            seekable = copy;
        }

        return Build(seekable, opts);
    }

    /// <summary>Compiles a template from a <c>.docx</c> or <c>.dotx</c> file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <returns>The compiled template.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or <paramref name="options"/> has invalid fields.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="TemplateCompileException">The package is broken, hostile or macro-enabled, or the template has syntax errors.</exception>
    public static DocxTemplate Compile(string path, TemplateOptions? options = null)
    {
        Guard.NotNullOrWhiteSpace(path, nameof(path));
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Compile(stream, options);
    }

    /// <summary>Fills the template and writes the <c>.docx</c> to a stream.</summary>
    /// <param name="data">
    /// The data: an object with public properties, an <c>IDictionary&lt;string, object?&gt;</c>, or a Newtonsoft
    /// <c>JToken</c>; lists are any <c>IEnumerable</c>.
    /// </param>
    /// <param name="output">A writable stream; the package is written from its current position. Not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="TemplateRenderException">The data does not fit (every problem is listed); nothing was written.</exception>
    public void Fill(object data, Stream output)
    {
        Guard.NotNull(data, nameof(data));
        Guard.NotNull(output, nameof(output));
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream is not writable.", nameof(output));
        }

        var entries = Render(data);
        Write(entries, output);
    }

    /// <summary>Fills the template and returns the <c>.docx</c> as bytes.</summary>
    /// <param name="data">The data (see <see cref="Fill(object, Stream)"/>).</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="TemplateRenderException">The data does not fit (every problem is listed).</exception>
    public byte[] FillToBytes(object data)
    {
        Guard.NotNull(data, nameof(data));
        var entries = Render(data);
        using var ms = new MemoryStream();
        Write(entries, ms);
        return ms.ToArray();
    }

    /// <summary>
    /// Fills the template and writes the <c>.docx</c> to a file: written under a temporary name in the same folder and
    /// moved into place only when complete, so a failed fill never leaves a partial file or destroys an existing one.
    /// </summary>
    /// <param name="data">The data (see <see cref="Fill(object, Stream)"/>).</param>
    /// <param name="path">The file to create.</param>
    /// <param name="overwrite">Whether an existing file may be replaced. Default false.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or writing failed.</exception>
    /// <exception cref="TemplateRenderException">The data does not fit (every problem is listed); no file was touched.</exception>
    public void FillToFile(object data, string path, bool overwrite = false)
    {
        Guard.NotNull(data, nameof(data));
        Guard.NotNullOrWhiteSpace(path, nameof(path));
        var full = Path.GetFullPath(path);
        if (!overwrite && File.Exists(full))
        {
            throw new IOException($"The file '{full}' already exists; pass overwrite: true to replace it.");
        }

        var entries = Render(data);

        // The entries are already compressed in memory: a small buffer for the headers is enough.
        AtomicFile.Write(full, stream => Write(entries, stream), overwrite, bufferSize: 4096);
    }

    private static DocxTemplate Build(Stream input, TemplateOptions options)
    {
        var errors = new List<TemplateError>();
        var raw = PackageReader.Read(input, options, errors);
        if (errors.Count > 0)
        {
            throw new TemplateCompileException(errors);
        }

        RawEntry? contentTypesEntry = null;
        foreach (var entry in raw)
        {
            if (string.Equals(entry.Name, OpcPackage.ContentTypesName, StringComparison.OrdinalIgnoreCase))
            {
                contentTypesEntry = entry;
            }
        }

        if (contentTypesEntry is null)
        {
            throw new TemplateCompileException(new[] { new TemplateError(TemplateErrorCode.InvalidPackage, "The package has no [Content_Types].xml: it is not a Word document.") });
        }

        var contentTypesDoc = SecureXml.Load(contentTypesEntry.Name, contentTypesEntry.Data, options.MaxPartSize, options.MaxXmlDepth, errors);
        if (contentTypesDoc is null)
        {
            throw new TemplateCompileException(errors);
        }

        var package = new OpcPackage(contentTypesDoc);
        var main = PackageChecks.Run(raw, package, options, errors);
        if (errors.Count > 0)
        {
            throw new TemplateCompileException(errors);
        }

        var isTemplate = string.Equals(package.ContentTypeOf(main!), OpcPackage.TemplateMain, StringComparison.OrdinalIgnoreCase);
        var entries = new List<Entry>(raw.Count);
        var parts = new List<TemplatePart>();
        foreach (var entry in raw)
        {
            var type = package.ContentTypeOf(entry.Name);
            var data = entry.Data;
            var kind = OpcPackage.IsWordPart(type) ? PartKind.Word : OpcPackage.IsPropertiesPart(type) ? PartKind.Properties : (PartKind?)null;
            CompiledPart? compiled = null;
            if (kind is not null)
            {
                var doc = SecureXml.Load(entry.Name, data, options.MaxPartSize, options.MaxXmlDepth, errors);
                if (doc is not null && PackageChecks.IsStrict(entry.Name, doc, errors))
                {
                    doc = null;
                }

                if (doc is not null)
                {
                    compiled = PartCompiler.Compile(entry.Name, kind.Value, doc, options, errors);
                }
            }
            else if (IsXml(entry.Name))
            {
                SecureXml.Check(entry.Name, data, options.MaxPartSize, options.MaxXmlDepth, errors);
            }

            if (ReferenceEquals(entry, contentTypesEntry) && isTemplate)
            {
                // A filled template is a document: switch the main part's content type.
                var text = Encoding.UTF8.GetString(data);
                data = Encoding.UTF8.GetBytes(text.Replace(OpcPackage.TemplateMain, OpcPackage.DocumentMain));
            }

            if (errors.Count > 0)
            {
                continue;
            }

            var prepared = ZipEntryData.Prepare(entry.Name, entry.LastWrite, data, data.Length, compiled is null ? CompressionLevel.Optimal : CompressionLevel.Fastest);
            entries.Add(new Entry(prepared, compiled));
            if (compiled is not null)
            {
                parts.Add(new TemplatePart(compiled.Name, compiled.Tags));
            }
        }

        if (errors.Count == 0 && parts.Count == 0)
        {
            DelimiterProbe.Run(raw, options, errors);
        }

        if (errors.Count > 0)
        {
            throw new TemplateCompileException(MainPartFirst(errors, main!));
        }

        return new DocxTemplate(options, entries.ToArray(), new ReadOnlyCollection<TemplatePart>(parts), main!, isTemplate);
    }

    /// <summary>Errors of the main document first (readers start there), then the other parts in package order.</summary>
    private static List<TemplateError> MainPartFirst(List<TemplateError> errors, string main)
    {
        var ordered = new List<TemplateError>(errors.Count);
        foreach (var e in errors)
        {
            if (e.Part == main)
            {
                ordered.Add(e);
            }
        }

        foreach (var e in errors)
        {
            if (e.Part != main)
            {
                ordered.Add(e);
            }
        }

        return ordered;
    }

    private static bool IsXml(string name)
        => name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private ZipEntryData[] Render(object data)
    {
        var buffer = _buffer ??= new ByteBuffer(1 << 16);
        var context = new RenderContext(buffer, _options.Culture, _options.MissingValueBehavior);
        var result = new ZipEntryData[_entries.Length];
        for (var i = 0; i < _entries.Length; i++)
        {
            var entry = _entries[i];
            if (entry.Part is null)
            {
                result[i] = entry.Static;
                continue;
            }

            buffer.Clear();
            context.Reset(data, entry.Part.SlotPaths, entry.Part.RootSlots);
            var nodes = entry.Part.Nodes;
            try
            {
                for (var n = 0; n < nodes.Length;)
                {
                    // Literals are the most common step: called directly (and inlined), so that the virtual call the
                    // JIT guesses a type for is left to the other steps, mostly values.
                    var node = nodes[n];
                    n = node is LiteralNode literal ? literal.Render(context, n) : node.Render(context, n);
                }
            }
            finally
            {
                context.ReleaseFrames();
            }

            if (context.Errors.Count == 0)
            {
                result[i] = Compress(entry.Static, buffer);
            }
        }

        if (context.Errors.Count > 0)
        {
            throw new TemplateRenderException(MainPartFirst(context.Errors, MainPart));
        }

        return result;
    }

    private static ZipEntryData Compress(ZipEntryData template, ByteBuffer buffer)
    {
        var crc = System.IO.Hashing.Crc32.HashToUInt32(new System.ReadOnlySpan<byte>(buffer.Data, 0, buffer.Length));
        var scratch = _deflated ??= new MemoryStream(1 << 16);
        scratch.SetLength(0);
        using (var deflate = new DeflateStream(scratch, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(buffer.Data, 0, buffer.Length);
        }

        // An exact-size copy: what a fill allocates follows the compressed output, and large renders do not land on
        // the large-object heap.
        var compressed = new byte[scratch.Length];
        Buffer.BlockCopy(scratch.GetBuffer(), 0, compressed, 0, compressed.Length);
        return ZipEntryData.FromBuffer(template, crc, compressed, compressed.Length, buffer.Length);
    }

    private static void Write(ZipEntryData[] entries, Stream output)
    {
        var writer = new ZipWriter(output);
        foreach (var entry in entries)
        {
            writer.Add(entry);
        }

        writer.Finish();
    }

    private sealed class Entry
    {
        public Entry(ZipEntryData entry, CompiledPart? part)
        {
            Static = entry;
            Part = part;
        }

        /// <summary>The entry as compiled: copied as is when <see cref="Part"/> is null, else its name and time.</summary>
        public ZipEntryData Static { get; }

        public CompiledPart? Part { get; }
    }
}
