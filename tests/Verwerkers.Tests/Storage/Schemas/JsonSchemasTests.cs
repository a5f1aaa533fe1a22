using System.IO;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Verwerkers.Storage;
using Xunit;

namespace Verwerkers.Tests.Storage.Schemas;

public class JsonSchemasTests
{
    [Fact]
    public void The_embedded_schemas_are_the_files_in_docs_schemas()
    {
        JsonSchemas.Register.Should().Be(File.ReadAllText(SchemaFiles.RegisterPath));
        JsonSchemas.ComplianceReport.Should().Be(File.ReadAllText(SchemaFiles.ComplianceReportPath));
    }

    [Fact]
    public void The_embedded_schemas_are_draft_2020_12_documents_with_their_own_ids()
    {
        foreach (var text in new[] { JsonSchemas.Register, JsonSchemas.ComplianceReport })
        {
            var schema = JObject.Parse(text);
            ((string?)schema["$schema"]).Should().Be("https://json-schema.org/draft/2020-12/schema");
            ((string?)schema["$id"]).Should().EndWith(".schema.json");
            _ = new SchemaValidator(text);
        }
    }
}
