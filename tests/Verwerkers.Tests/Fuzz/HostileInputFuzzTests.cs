using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using FluentAssertions;
using Verwerkers.Agreements;
using Verwerkers.Compliance;
using Verwerkers.Storage;
using Verwerkers.Storage.Csv;
using Verwerkers.Storage.Xlsx;
using Verwerkers.Templating;
using Verwerkers.Tests.Agreements;
using Verwerkers.Tests.Storage;
using Verwerkers.Tests.Storage.Csv;
using Xunit;

namespace Verwerkers.Tests.Fuzz;

/// <summary>
/// Generated hostile inputs, from a fixed seed (a failure names its seed and case, so it can be replayed): real
/// documents mutated (bytes flipped, spans deleted or repeated, hostile fragments inserted, truncated). For every
/// input only the documented exception of the reader escapes, each input stays within a time and memory budget,
/// and a failed write leaves no partial or temporary file.
/// </summary>
public sealed class HostileInputFuzzTests : IDisposable
{
    private static readonly int[] Seeds = { 20261201, 7, 424242 };
    private static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(10);
    private const long MemoryBudget = 512L * 1024 * 1024;

    private static readonly string[] Fragments =
    {
        ",", ",]", ",}", "'", "\"", "\\", "\\u", "\\uD800", "\0", "\u0001", "\u202E", "\u2066", "\uFEFF", "NaN", "-Infinity", "01", "0x1F", "1e999999",
        "[[[[[[[[[[", "{{{{{{{{", "]]]]", "}}}}", "//", "/*", "null", "true", ":", "\r\n", "\t", "😀", "Ã©", "{{processor.name}}", "{{#a}}", "{{/a}}",
        "{{", "}}", ";", "\"\"", "\n\"", "=SUM(A1)", "<", "&", "]]>", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;",
    };

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "verwerkers-fuzz-" + Guid.NewGuid().ToString("N"));

    public HostileInputFuzzTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Mutated_register_files_load_or_fail_with_RegisterFormatException_and_a_failed_save_leaves_nothing()
    {
        var original = Encoding.UTF8.GetBytes(RegisterJson.ToJson(ExampleRegister.Create()));
        Run("register JSON", 400, original, bytes =>
        {
            var register = Expect<RegisterFormatException, Verwerkers.Register.ProcessorRegister>(() => RegisterJson.Load(new MemoryStream(bytes)));
            if (register is not null)
            {
                var path = Path.Combine(_dir, "register.json");
                RegisterJson.Save(register, path);
                RegisterJson.Load(path).Should().NotBeNull();
                Directory.GetFiles(_dir).Should().ContainSingle("a save leaves no temporary file");
                File.Delete(path);
            }
        });
    }

    [Fact]
    public void Mutated_reference_data_loads_or_fails_with_ReferenceDataFormatException()
    {
        var original = Encoding.UTF8.GetBytes("""
            { "format": 1, "version": "fuzz", "asOf": "2026-12-01",
              "keyDates": [ { "id": "X", "date": "2026-01-01", "source": "S1" } ],
              "removeIds": [] }
            """);
        Run("reference data", 400, original, bytes =>
            Expect<ReferenceDataFormatException, ReferenceData>(() => ReferenceData.Default.WithOverride(new MemoryStream(bytes), "over.json")));
    }

    [Fact]
    public void Mutated_supplier_lists_plan_or_fail_with_CsvImportException_and_a_plan_without_errors_applies()
    {
        var original = Encoding.UTF8.GetBytes(CsvTestData.Header + "\n1;Acme B.V.;12345678;NL;Den Haag;hosting;Jan;jan@acme.nl;+31 70;hosting, back-ups\n"
            + "2;\"Café; Zoë\";;BE;Gent;;;;;\"regel 1\nregel 2\"\n3;Mailchimp;;US;Atlanta;mailing;;;;nieuwsbrieven\n");
        Run("CSV", 400, original, bytes =>
        {
            var plan = Expect<CsvImportException, CsvImportPlan>(() => new CsvSupplierImporter(CsvTestData.DutchMapping).Plan(CsvTestData.EmptyRegister, new MemoryStream(bytes)));
            if (plan is not null && !plan.HasErrors)
            {
                plan.Apply().Processors.Should().OnlyContain(p => Verwerkers.Register.TextRules.ProblemInName(p.Name) == null);
            }
        });
    }

    [Fact]
    public void Mutated_workbooks_load_or_fail_with_XlsxImportException()
    {
        byte[] original;
        using (var stream = new MemoryStream())
        {
            RegisterWorkbook.Write(ExampleRegister.Create(), stream);
            original = stream.ToArray();
        }

        // Raw bytes of the package, and the XML of its parts mutated inside an intact package.
        Run("XLSX bytes", 150, original, bytes => Expect<XlsxImportException, Verwerkers.Register.ProcessorRegister>(() => RegisterWorkbook.Read(new MemoryStream(bytes))));
        RunParts("XLSX parts", 250, original, "xl/worksheets/", bytes => Expect<XlsxImportException, Verwerkers.Register.ProcessorRegister>(() => RegisterWorkbook.Read(new MemoryStream(bytes))));
    }

    [Fact]
    public void Mutated_real_templates_compile_or_fail_with_TemplateCompileException_and_a_failed_fill_writes_nothing()
    {
        byte[] original;
        using (var stream = AgreementTemplates.Open(Language.Dutch))
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            original = copy.ToArray();
        }

        var model = new AgreementGenerator().Generate(AgreementTestData.Register, "mailchimp", AgreementTestData.Date, Stream.Null).Model;
        RunParts("template", 120, original, "word/document.xml", bytes =>
        {
            var template = Expect<TemplateCompileException, DocxTemplate>(() => DocxTemplate.Compile(new MemoryStream(bytes)));
            if (template is not null)
            {
                var path = Path.Combine(_dir, "uit.docx");
                try
                {
                    template.FillToFile(model, path);
                    File.Delete(path);
                }
                catch (TemplateRenderException)
                {
                    // Documented: the data does not fit the mutated template.
                }

                Directory.GetFiles(_dir).Should().BeEmpty("a fill leaves no partial or temporary file");
            }
        });
    }

    /// <summary>Runs <paramref name="cases"/> mutations of a document, each within the time and memory budget.</summary>
    private static void Run(string what, int cases, byte[] original, Action<byte[]> check)
    {
        foreach (var seed in Seeds)
        {
            var random = new Random(seed);
            for (var i = 0; i < cases; i++)
            {
                var input = Mutate(original, random);
                Budgeted(what, seed, i, () => check(input));
            }
        }
    }

    /// <summary>Mutates the text of the parts under <paramref name="prefix"/> of a ZIP package and rebuilds it.</summary>
    private static void RunParts(string what, int cases, byte[] package, string prefix, Action<byte[]> check)
    {
        foreach (var seed in Seeds)
        {
            var random = new Random(seed);
            for (var i = 0; i < cases; i++)
            {
                RunPart(what, package, prefix, check, random, seed, i);
            }
        }
    }

    private static void RunPart(string what, byte[] package, string prefix, Action<byte[]> check, Random random, int seed, int index)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var data = new MemoryStream();
                using (var s = entry.Open())
                {
                    s.CopyTo(data);
                }

                var bytes = entry.FullName.StartsWith(prefix, StringComparison.Ordinal) ? Mutate(data.ToArray(), random) : data.ToArray();
                using var write = target.CreateEntry(entry.FullName).Open();
                write.Write(bytes);
            }
        }

        var input = output.ToArray();
        Budgeted(what, seed, index, () => check(input));
    }

    private static void Budgeted(string what, int seed, int index, Action check)
    {
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            check();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"{what}, seed {seed}, case {index}: {e.GetType().Name} escaped: {e.Message}", e);
        }

        clock.Elapsed.Should().BeLessThan(TimeBudget, $"{what}, seed {seed}, case {index} must stay within the time budget");
        (GC.GetAllocatedBytesForCurrentThread() - allocated).Should().BeLessThan(MemoryBudget, $"{what}, seed {seed}, case {index} must stay within the memory budget");
    }

    /// <summary>Returns the result, or null when the documented exception was thrown; any other exception escapes.</summary>
    private static TResult? Expect<TException, TResult>(Func<TResult> read)
        where TException : Exception
        where TResult : class
    {
        try
        {
            return read();
        }
        catch (TException)
        {
            return null;
        }
    }

    /// <summary>One to four edits: a byte flipped, a span deleted or repeated, a hostile fragment inserted, or a cut.</summary>
    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var edits = random.Next(1, 5);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 64)));
                    break;
                case 2:
                    var length = Math.Min(bytes.Count - at, random.Next(1, 256));
                    var span = bytes.GetRange(at, length);
                    for (var k = random.Next(1, 20); k > 0; k--)
                    {
                        bytes.InsertRange(at, span);
                    }

                    break;
                case 3:
                case 4:
                    var fragment = Fragments[random.Next(Fragments.Length)];
                    var repeat = random.Next(10) == 0 ? 5_000 : 1;
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(fragment, repeat))));
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return bytes.ToArray();
    }
}
