using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Newtonsoft.Json.Linq;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Storage.Json;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Storage.Schemas;

/// <summary>docs/schemas/register.schema.json against the samples, the writer and the strict reader.</summary>
public class RegisterSchemaTests
{
    public static TheoryData<string> Samples() => new(SchemaFiles.SampleRegisters.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_register_validates_against_the_register_schema(string fileName)
    {
        var errors = SchemaFiles.Register.Validate(File.ReadAllText(RepoPaths.InRepo("samples", "registers", fileName)));

        errors.Should().BeEmpty();
    }

    [Fact]
    public void Two_hundred_generated_registers_as_the_library_saves_them_validate_so_the_schema_matches_the_writer()
    {
        var property = Prop.ForAll(JsonRegisterGenerators.Register.ToArbitrary(), register =>
        {
            var errors = SchemaFiles.Register.Validate(RegisterJson.ToJson(register));
            errors.Should().BeEmpty();
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), property);
    }

    [Fact]
    public void The_generated_registers_use_every_property_the_schema_defines()
    {
        // Proves the test above exercises the whole schema: every property of every object in the schema occurs in
        // at least one of the generated files.
        var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        var registers = Gen.Sample(JsonRegisterGenerators.Register, 200);
        foreach (var register in registers)
        {
            Collect(SchemaValidator.ParseDocument(RegisterJson.ToJson(register)), "root", seen);
        }

        var schema = JObject.Parse(File.ReadAllText(SchemaFiles.RegisterPath));
        var defined = new[] { ("root", (JObject)schema["properties"]!) }
            .Concat(((JObject)schema["$defs"]!).Properties()
                .Where(d => d.Value["properties"] is JObject)
                .Select(d => (d.Name, (JObject)d.Value["properties"]!)))
            .SelectMany(d => d.Item2.Properties().Select(p => p.Name))
            .Distinct()
            .ToList();

        defined.Where(name => !seen.Contains(name)).Should().BeEmpty("every property the schema allows should appear in some generated register");
    }

    public static TheoryData<string> StructurallyBadFiles() => new()
    {
        "boolean-as-string.json", "category-in-pascal-case.json", "controller-is-an-array.json", "date-in-dutch-order.json",
        "dpf-without-checked-on.json", "dutch-kvk-with-seven-digits.json", "empty-id.json", "lower-case-country.json",
        "mechanism-without-kind.json", "missing-controller.json", "name-is-a-number.json", "null-processor.json",
        "period-in-words.json", "scc-module-on-privacy-shield.json", "schema-version-2.json", "schema-version-as-string.json",
        "schema-version-missing.json", "unknown-category.json", "unknown-checklist-id.json", "unknown-country.json",
        "unknown-processor-property.json", "unknown-root-property.json",
    };

    [Theory]
    [MemberData(nameof(StructurallyBadFiles))]
    public void A_file_the_reader_refuses_for_its_structure_or_values_fails_the_schema_too(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Storage", "Malformed", fileName));
        var load = () => RegisterJson.Parse(text);
        load.Should().Throw<Exception>("the reader refuses the file");

        SchemaFiles.Register.Validate(text).Should().NotBeEmpty();
    }

    [Fact]
    public void The_schema_enums_list_exactly_the_names_the_reader_accepts()
    {
        var defs = (JObject)JObject.Parse(File.ReadAllText(SchemaFiles.RegisterPath))["$defs"]!;

        Names(defs["processor"]!["properties"]!["category"]!).Should().BeEquivalentTo(Expected<ProcessorCategory>());
        Names(defs["processor"]!["properties"]!["role"]!).Should().BeEquivalentTo(Expected<ProcessorRole>());
        Names(defs["processor"]!["properties"]!["dataCategories"]!["items"]!["properties"]!["kind"]!).Should().BeEquivalentTo(Expected<DataCategoryKind>());
        Names(defs["processor"]!["properties"]!["certifications"]!["items"]!).Should().BeEquivalentTo(Expected<Certification>());
        Names(defs["dpf"]!["properties"]!["status"]!).Should().BeEquivalentTo(Expected<DpfStatus>());
        Names(defs["subProcessor"]!["properties"]!["authorisation"]!).Should().BeEquivalentTo(Expected<SubProcessorAuthorisation>());
        Names(defs["transfer"]!["properties"]!["exporterRole"]!).Should().BeEquivalentTo(Expected<PartyRole>());
        Names(defs["transfer"]!["properties"]!["importerRole"]!).Should().BeEquivalentTo(Expected<PartyRole>());
        Names(defs["transfer"]!["properties"]!["importerScope"]!).Should().BeEquivalentTo(Expected<AdequacyScope>());
        Names(defs["transfer"]!["properties"]!["frequency"]!).Should().BeEquivalentTo(Expected<TransferFrequency>());
        Names(defs["mechanism"]!["properties"]!["kind"]!).Should().BeEquivalentTo(Expected<TransferMechanismKind>());
        Names(defs["mechanism"]!["properties"]!["sccModule"]!).Should().BeEquivalentTo(Expected<SccModule>());
        Names(defs["mechanism"]!["properties"]!["art49Ground"]!).Should().BeEquivalentTo(Expected<Art49Ground>());
        Names(defs["agreement"]!["properties"]!["covers"]!["else"]!["items"]!).Should().BeEquivalentTo(Art28Checklist.All.Select(Art28Checklist.IdOf));
        Names(defs["country"]!).Should().BeEquivalentTo(CountryCode.All.Select(c => c.Value));
        Names(defs["optionalCountry"]!).Should().BeEquivalentTo(CountryCode.All.Select(c => c.Value));
    }

    [Fact]
    public void A_file_of_an_older_schema_version_fails_the_schema_until_the_library_has_upgraded_and_saved_it()
    {
        var version0 = "{ \"schemaVersion\": 0, \"organisation\": { \"name\": \"Oud B.V.\", \"country\": \"NL\" } }";
        var options = new RegisterJsonOptions
        {
            SchemaUpgrades = new System.Collections.Generic.Dictionary<int, Func<JObject, JObject>>
            {
                [0] = old => new JObject { ["schemaVersion"] = 1, ["controller"] = old["organisation"] },
            },
        };

        var upgraded = RegisterJson.ToJson(RegisterJson.Parse(version0, options));

        SchemaFiles.Register.Validate(version0).Select(e => e.Path).Should().BeEquivalentTo("$", "$.schemaVersion", "$.organisation");
        SchemaFiles.Register.Validate(upgraded).Should().BeEmpty();
    }

    [Fact]
    public void The_schema_requires_the_current_schema_version()
    {
        var schema = JObject.Parse(File.ReadAllText(SchemaFiles.RegisterPath));

        ((int)schema["properties"]!["schemaVersion"]!["const"]!).Should().Be(RegisterJson.SchemaVersion);
    }

    private static string[] Names(JToken enumSchema) =>
        ((JArray)enumSchema["enum"]!).Where(v => v.Type != JTokenType.Null).Select(v => (string)v!).ToArray();

    private static string[] Expected<TEnum>()
        where TEnum : struct, Enum => Verwerkers.Input.EnumRule<TEnum>.Expected.Split(", ");

    private static void Collect(JToken token, string at, System.Collections.Generic.HashSet<string> seen)
    {
        switch (token)
        {
            case JObject o:
                foreach (var p in o.Properties())
                {
                    seen.Add(p.Name);
                    Collect(p.Value, p.Name, seen);
                }

                break;
            case JArray a:
                foreach (var item in a)
                {
                    Collect(item, at, seen);
                }

                break;
        }
    }
}
