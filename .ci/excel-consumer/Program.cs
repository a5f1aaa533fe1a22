// A throw-away consumer of Verwerkers + Verwerkers.Excel on the host's own DocumentFormat.OpenXml 3.3.0 (run by
// .ci/run from a temp folder outside the repository). A host on OpenXml 3.x once crashed in the workbook export
// (InvalidProgramException): this fills and generates an agreement, exports the workbook with findings, reads it
// back, and opens both documents with the host's OpenXml itself.
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Verwerkers.Storage;
using Verwerkers.Storage.Xlsx;

var repo = args.Length > 0 ? args[0] : throw new ArgumentException("usage: ExcelConsumer <repository root>");
var openXml = typeof(SpreadsheetDocument).Assembly.GetName();
Console.WriteLine($"host's {openXml.Name} {openXml.Version}");
if (openXml.Version!.Major != 3)
{
    throw new InvalidOperationException($"the consumer must run on DocumentFormat.OpenXml 3.x, not {openXml.Version}");
}

var register = RegisterJson.Load(Path.Combine(repo, "samples", "registers", "kleineporties.json"));
var asOf = new NodaTime.LocalDate(2026, 11, 22);
var report = Verwerkers.Compliance.ComplianceChecker.Check(register, asOf);

using var agreement = new MemoryStream();
var generated = new Verwerkers.Agreements.AgreementGenerator().Generate(register, register.Processors[0].Id, asOf, agreement);
agreement.Position = 0;
using (var word = WordprocessingDocument.Open(agreement, false))
{
    var text = word.MainDocumentPart!.Document!.Body!.InnerText;
    Console.WriteLine($"agreement for {generated.ProcessorName}: {agreement.Length} bytes, {text.Length} characters of text");
    if (!text.Contains(register.Controller.Name, StringComparison.Ordinal))
    {
        throw new InvalidOperationException("the filled agreement does not name the controller");
    }
}

var path = Path.Combine(Path.GetTempPath(), $"verwerkers-excel-consumer-{Environment.ProcessId}.xlsx");
try
{
    RegisterWorkbook.Save(register, path, report);
    using (var workbook = SpreadsheetDocument.Open(path, false))
    {
        var sheets = workbook.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Console.WriteLine($"workbook: {new FileInfo(path).Length} bytes, sheets {string.Join(", ", sheets)}");
        if (!sheets.Contains("Verwerkers") || !sheets.Contains("Bevindingen"))
        {
            throw new InvalidOperationException("the workbook lacks the Verwerkers or Bevindingen sheet");
        }
    }

    var back = RegisterWorkbook.Load(path);
    if (RegisterJson.ToJson(back) != RegisterJson.ToJson(register))
    {
        throw new InvalidOperationException("the workbook did not read back as the same register");
    }

    Console.WriteLine($"read back: {back.Processors.Count} processors, identical to the register");
}
finally
{
    File.Delete(path);
}
