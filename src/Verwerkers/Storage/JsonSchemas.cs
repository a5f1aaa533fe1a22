using System;
using System.IO;
using System.Text;

namespace Verwerkers.Storage;

/// <summary>
/// The JSON Schema documents (draft 2020-12) of the library's JSON formats, for integrators who validate or generate
/// files with their own tools: the register file (<see cref="Register"/>) and the compliance report
/// (<see cref="ComplianceReport"/>). The same files are in the repository under <c>docs/schemas/</c> and in the
/// package under <c>schemas/</c>.
/// </summary>
/// <remarks>
/// A schema checks structure and values only. <see cref="RegisterJson"/> also checks what a schema cannot express,
/// such as unique ids, references that resolve and dates that exist in the calendar; a file that passes the schema
/// can therefore still be refused on load. The texts are read once from the assembly's resources. All members are
/// thread-safe.
/// </remarks>
public static class JsonSchemas
{
    private static readonly Lazy<string> RegisterText = new(() => Read("register.schema.json"));
    private static readonly Lazy<string> ComplianceReportText = new(() => Read("compliance-report.schema.json"));

    /// <summary>
    /// Gets the JSON Schema of the register file format, schema version <see cref="RegisterJson.SchemaVersion"/>
    /// (<c>docs/schemas/register.schema.json</c>).
    /// </summary>
    public static string Register => RegisterText.Value;

    /// <summary>
    /// Gets the JSON Schema of the compliance report written by
    /// <see cref="Compliance.ComplianceReport.ToJson"/> (<c>docs/schemas/compliance-report.schema.json</c>).
    /// </summary>
    public static string ComplianceReport => ComplianceReportText.Value;

    private static string Read(string fileName)
    {
        var name = "Verwerkers.Storage.Schemas." + fileName;
        using var stream = typeof(JsonSchemas).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from the Verwerkers assembly.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        return reader.ReadToEnd();
    }
}
