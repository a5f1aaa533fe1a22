using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Storage.Schemas;

/// <summary>The test validator must be able to fail: it rejects crafted bad documents, each with the right path.</summary>
public class StrictSchemaValidatorTests
{
    private static JObject KleinePorties() =>
        (JObject)StrictSchemaValidator.ParseDocument(File.ReadAllText(RepoPaths.InRepo("samples", "registers", "kleineporties.json")));

    [Fact]
    public void The_unchanged_sample_is_valid_so_each_crafted_error_below_is_the_only_one()
    {
        SchemaFiles.Register.Validate(KleinePorties()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("wrong type", "$.processors[0].country", "integer 31 is not one of the allowed values")]
    [InlineData("missing required", "$.processors[0]", "The required property 'name' is missing.")]
    [InlineData("unknown property", "$.processors[0].colour", "Unknown property 'colour'")]
    [InlineData("bad enum", "$.processors[0].category", "\"Mailing\" is not one of the allowed values")]
    [InlineData("bad date pattern", "$.agreements[0].startDate", "does not match the pattern")]
    [InlineData("bad period pattern", "$.agreements[0].noticePeriod", "does not match the pattern")]
    [InlineData("wrong schema version", "$.schemaVersion", "Expected 1 but found integer 2")]
    [InlineData("Dutch KvK of seven digits", "$.controller.kvkNumber", "does not match the pattern ^[0-9]{8}$")]
    [InlineData("SCC module on another mechanism", "$.transfers[0].mechanism.sccModule", "Expected null but found the string \"module2\"")]
    [InlineData("duplicate checklist item", "$.agreements[0].covers[1]", "Duplicate of item 0")]
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
    [InlineData("format", "{ \"type\": \"string\", \"format\": \"date\" }")]
    [InlineData("oneOf", "{ \"oneOf\": [ { \"type\": \"string\" } ] }")]
    [InlineData("patternProperties", "{ \"patternProperties\": { \"^x\": { \"type\": \"string\" } } }")]
    public void A_keyword_the_validator_does_not_support_throws_when_the_schema_is_loaded(string keyword, string subschema)
    {
        var schema = "{ \"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$defs\": { \"unused\": " + subschema + " } }";

        var load = () => new StrictSchemaValidator(schema);

        load.Should().Throw<NotSupportedException>().WithMessage($"*'{keyword}' is not supported*");
    }

    [Fact]
    public void A_reference_outside_the_schema_or_another_draft_throws()
    {
        var remote = () => new StrictSchemaValidator("{ \"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$ref\": \"https://example.org/s.json\" }");
        var draft7 = () => new StrictSchemaValidator("{ \"$schema\": \"http://json-schema.org/draft-07/schema#\" }");

        remote.Should().Throw<NotSupportedException>().WithMessage("*only references into this schema's $defs*");
        draft7.Should().Throw<NotSupportedException>();
    }
}
