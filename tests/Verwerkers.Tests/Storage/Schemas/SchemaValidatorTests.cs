using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Storage.Schemas;

/// <summary>The schema check must be able to fail: it rejects crafted bad documents, each with the right path.</summary>
public class SchemaValidatorTests
{
    private static JObject KleinePorties() =>
        (JObject)SchemaValidator.ParseDocument(File.ReadAllText(RepoPaths.InRepo("samples", "registers", "kleineporties.json")));

    [Fact]
    public void The_unchanged_sample_is_valid_so_each_crafted_error_below_is_the_only_one()
    {
        SchemaFiles.Register.Validate(KleinePorties()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("wrong type", "$.processors[0].country", "enum: Value should match one of the values specified by the enum")]
    [InlineData("missing required", "$.processors[0]", "required: Required properties [\"name\"] are not present")]
    [InlineData("unknown property", "$.processors[0].colour", "All values fail against the false schema")]
    [InlineData("bad enum", "$.processors[0].category", "enum: Value should match one of the values")]
    [InlineData("bad date pattern", "$.agreements[0].startDate", "pattern: The string value is not a match")]
    [InlineData("bad period pattern", "$.agreements[0].noticePeriod", "pattern: The string value is not a match")]
    [InlineData("wrong schema version", "$.schemaVersion", "const: Expected \"1\"")]
    [InlineData("Dutch KvK of seven digits", "$.controller.kvkNumber", "pattern: The string value is not a match")]
    [InlineData("SCC module on another mechanism", "$.transfers[0].mechanism.sccModule", "type: Value is \"string\" but should be \"null\"")]
    [InlineData("duplicate checklist item", "$.agreements[0].covers", "uniqueItems")]
    public void A_crafted_bad_register_is_rejected_with_the_path_of_the_bad_value(string mistake, string path, string message)
    {
        var register = KleinePorties();
        var processor = (JObject)register["processors"]![0]!;
        var agreement = (JObject)register["agreements"]![0]!;
        switch (mistake)
        {
            case "wrong type": processor["country"] = 31; break;
            case "missing required": processor.Remove("name"); break;
            case "unknown property": processor["colour"] = "blauw"; break;
            case "bad enum": processor["category"] = "Mailing"; break;
            case "bad date pattern": agreement["startDate"] = "01-03-2021"; break;
            case "bad period pattern": agreement["noticePeriod"] = "3 maanden"; break;
            case "wrong schema version": register["schemaVersion"] = 2; break;
            case "Dutch KvK of seven digits": register["controller"]!["kvkNumber"] = "1234567"; break;
            case "SCC module on another mechanism": register["transfers"]![0]!["mechanism"] = new JObject { ["kind"] = "privacyShield", ["sccModule"] = "module2" }; break;
            case "duplicate checklist item": agreement["covers"] = new JArray("A28_WRITTEN", "A28_WRITTEN"); break;
            default: throw new ArgumentOutOfRangeException(nameof(mistake));
        }

        var errors = SchemaFiles.Register.Validate(register);

        errors.Should().ContainSingle(because: mistake);
        errors[0].Path.Should().Be(path);
        errors[0].Message.Should().Contain(message);
    }

    [Fact]
    public void Every_problem_of_a_document_is_reported_at_once()
    {
        var register = KleinePorties();
        register["notes"] = 7;
        register["processors"]![1]!["role"] = "owner";
        register["transfers"]![0]!["importerCountry"] = "us";

        SchemaFiles.Register.Validate(register).Select(e => e.Path).Should()
            .Equal("$.notes", "$.processors[1].role", "$.transfers[0].importerCountry");
    }

    [Theory]
    [InlineData("maxLenght", "{ \"type\": \"string\", \"maxLenght\": 3 }")]
    [InlineData("requried", "{ \"type\": \"object\", \"requried\": [ \"id\" ] }")]
    public void A_keyword_JsonSchema_Net_does_not_know_throws_when_the_schema_is_loaded(string keyword, string subschema)
    {
        var schema = "{ \"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$defs\": { \"unused\": " + subschema + " } }";

        var load = () => new SchemaValidator(schema);

        load.Should().Throw<NotSupportedException>().WithMessage($"*'{keyword}' is not supported*");
    }

    [Fact]
    public void Dependent_required_and_formats_are_checked()
    {
        var schema = new SchemaValidator("""
            { "$schema": "https://json-schema.org/draft/2020-12/schema",
              "properties": { "on": { "type": "string", "format": "date" } },
              "dependentRequired": { "endDate": [ "startDate" ] } }
            """);

        var errors = schema.Validate("""{ "endDate": "2026-01-01", "on": "2026-02-30" }""");

        errors.Should().HaveCount(2);
        errors.Should().Contain(e => e.Path == "$" && e.Message.StartsWith("dependentRequired:", StringComparison.Ordinal) && e.Message.Contains("startDate", StringComparison.Ordinal));
        errors.Should().Contain(e => e.Path == "$.on" && e.Message.StartsWith("format:", StringComparison.Ordinal));
        schema.Validate("""{ "endDate": "2026-01-01", "startDate": "2025-01-01", "on": "2026-02-28" }""").Should().BeEmpty();
    }

    [Fact]
    public void A_reference_outside_the_schema_or_another_draft_throws()
    {
        var remote = () => new SchemaValidator("{ \"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$ref\": \"https://example.org/s.json\" }").Validate("{}");
        var draft7 = () => new SchemaValidator("{ \"$schema\": \"http://json-schema.org/draft-07/schema#\" }");

        remote.Should().Throw<Exception>().WithMessage("*example.org/s.json*");
        draft7.Should().Throw<NotSupportedException>();
    }
}
