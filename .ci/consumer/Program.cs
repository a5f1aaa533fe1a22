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
