// A throw-away consumer of the Verwerkers package (run by .ci/run from a temp folder outside the repository).
// It uses only the public API, exactly as a developer who ran `dotnet add package Verwerkers` would.
using Verwerkers.Register;
using Verwerkers.Storage;

var repo = args.Length > 0 ? args[0] : throw new ArgumentException("usage: Consumer <repository root>");
Console.WriteLine($"Verwerkers {typeof(ProcessorRegister).Assembly.GetName().Version} from the package");

var controller = new Organisation("Consument B.V.", CountryCode.Netherlands) { KvkNumber = "12345678" };
var register = ProcessorRegister.Empty(controller);
Console.WriteLine($"register of {register.Controller.Name}: {register.Processors.Count} processors");
Console.WriteLine($"country table (embedded resource): {CountryCode.All.Count} countries");
if (CountryCode.All.Count < 200)
{
    throw new InvalidOperationException("the embedded country table did not load from the package");
}

// The JSON Schemas (embedded resources) are part of the public API too.
foreach (var (name, schema) in new[] { ("register", JsonSchemas.Register), ("compliance report", JsonSchemas.ComplianceReport) })
{
    Console.WriteLine($"JSON Schema of the {name} (embedded resource): {schema.Length} characters");
    if (!schema.Contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"", StringComparison.Ordinal))
    {
        throw new InvalidOperationException($"the {name} schema did not load from the package");
    }
}

// Load a real register, check it as of a fixed date, and fill the embedded agreement template: the package's
// embedded reference data, messages and templates must all load from the nupkg.
var sample = RegisterJson.Load(Path.Combine(repo, "samples", "registers", "kleineporties.json"));
var asOf = new NodaTime.LocalDate(2026, 11, 22);
var report = Verwerkers.Compliance.ComplianceChecker.Check(sample, asOf);
Console.WriteLine($"checked {sample.Controller.Name} as of {asOf:yyyy-MM-dd}: {report.Findings.Count} findings, verdict {report.Verdict}");
var invalidated = report.Findings.Where(f => f.Code == Verwerkers.Compliance.FindingCode.MechanismInvalidated).ToList();
Console.WriteLine(string.Join(Environment.NewLine, invalidated.Select(f => "  " + f.Message.Nl)));
if (invalidated.Count < 2 || !invalidated.Any(f => f.Message.Nl.Contains("Privacy Shield", StringComparison.Ordinal))
    || !invalidated.Any(f => f.Message.Nl.Contains("Safe Harbor", StringComparison.Ordinal)))
{
    throw new InvalidOperationException("the checks did not flag the Privacy Shield and Safe Harbor claims of the sample register");
}

var generator = new Verwerkers.Agreements.AgreementGenerator();
using var document = new MemoryStream();
var agreement = generator.Generate(sample, sample.Processors[0].Id, asOf, document);
Console.WriteLine($"agreement for {agreement.ProcessorName}: {document.Length} bytes, {agreement.Findings.Count} findings");
if (document.Length < 10_000)
{
    throw new InvalidOperationException("the embedded agreement template did not fill");
}
