using System.IO;
using Verwerkers.Tests.Infrastructure;

namespace Verwerkers.Tests.Storage.Schemas;

/// <summary>The schemas as the repository holds them (docs/schemas) and validators built from them.</summary>
internal static class SchemaFiles
{
    public static string RegisterPath => RepoPaths.InRepo("docs", "schemas", "register.schema.json");

    public static string ComplianceReportPath => RepoPaths.InRepo("docs", "schemas", "compliance-report.schema.json");

    public static SchemaValidator Register { get; } = new(File.ReadAllText(RegisterPath));

    public static SchemaValidator ComplianceReport { get; } = new(File.ReadAllText(ComplianceReportPath));

    public static string[] SampleRegisters => Directory.GetFiles(RepoPaths.InRepo("samples", "registers"), "*.json");
}
