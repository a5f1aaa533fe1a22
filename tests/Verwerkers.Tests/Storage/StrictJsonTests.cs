using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Verwerkers.Compliance;
using Verwerkers.Storage;
using Xunit;

namespace Verwerkers.Tests.Storage;

/// <summary>
/// Register files and reference data are read as RFC 8259 JSON, the same way: what Newtonsoft.Json would quietly
/// accept (trailing commas, single quotes, comments, NaN, octal and hexadecimal numbers, raw control characters,
/// invalid UTF-8) is an error with its line and position, and nesting beyond the depth limit is a clear error.
/// </summary>
public class StrictJsonTests
{
    private const string Override = """{ "format": 1, "version": "x", "asOf": "2026-12-01", "removeIds": [] }""";

    public static TheoryData<string, string, string> Deviations() => new()
    {
        // name, how to break the valid text, expected message fragment
        { "trailing comma in an object", "\"removeIds\": [] }|\"removeIds\": [], }", "trailing comma" },
        { "trailing comma in an array", "[]|[\"A\",]", "trailing comma" },
        { "single-quoted string", "\"x\"|'x'", "single quotes" },
        { "single-quoted property name", "\"version\"|'version'", "single quotes" },
        { "unquoted property name", "\"version\"|version", "without quotes" },
        { "NaN", "\"format\": 1|\"format\": NaN", "'NaN' is not a JSON value" },
        { "Infinity", "\"format\": 1|\"format\": -Infinity", "'-Infinity' is not a JSON value" },
        { "undefined", "\"version\": \"x\"|\"version\": undefined", "'undefined' is not a JSON value" },
        { "leading zero", "\"format\": 1|\"format\": 01", "'01' is not a JSON number" },
        { "plus sign", "\"format\": 1|\"format\": +1", "'+1' is not a JSON number" },
        { "hexadecimal", "\"format\": 1|\"format\": 0x1", "'0x1' is not a JSON number" },
        { "raw tab in a string", "\"x\"|\"x\ty\"", "U+0009 stands unescaped" },
        { "bad escape", "\"x\"|\"x\\qy\"", "'\\q' is not a JSON escape" },
    };

    [Theory]
    [MemberData(nameof(Deviations))]
    public void Reference_data_refuses_what_RFC_8259_does_not_allow(string name, string change, string message)
    {
        var parts = change.Split('|');
        var json = Override.Replace(parts[0], parts[1], System.StringComparison.Ordinal);
        json.Should().NotBe(Override, name);

        var problems = Assert.Throws<ReferenceDataFormatException>(() => ReferenceData.Default.WithOverride(Stream(json), "over.json")).Problems;

        problems.Should().ContainSingle(name).Which.Message.Should().Contain(message);
        problems[0].Line.Should().Be(1);
        problems[0].Position.Should().BeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(Deviations))]
    public void Register_files_refuse_the_same(string name, string change, string message)
    {
        var (before, after) = RegisterChange(change);
        var json = RegisterJson.ToJson(ExampleRegister.Create());
        var broken = json.Replace(before, after, System.StringComparison.Ordinal);
        broken.Should().NotBe(json, name);

        var act = () => RegisterJson.Parse(broken);

        var problem = act.Should().Throw<RegisterFormatException>().Which.Problems.Should().ContainSingle(name).Subject;
        problem.Message.Should().StartWith("The file is not valid JSON: ").And.Contain(message);
        problem.Line.Should().BeGreaterThan(1);
    }

    [Fact]
    public void Valid_JSON_with_every_kind_of_value_still_passes_both_readers()
    {
        ReferenceData.Default.WithOverride(Stream("""{ "format": 1, "version": "x \"q\" \\ \/ \u00e9 \b\f\n\r\t", "asOf": "2026-12-01", "removeIds": [ ] }"""), "over.json")
            .Version.Should().StartWith("x \"q\"");
        RegisterJson.Parse(RegisterJson.ToJson(ExampleRegister.Create())).Controller.Name.Should().Be(ExampleRegister.Create().Controller.Name);
    }

    [Fact]
    public void Reference_data_refuses_comments()
    {
        var problems = Assert.Throws<ReferenceDataFormatException>(() => ReferenceData.Default.WithOverride(Stream("{ // eigen correcties\n" + Override.Substring(1)), "over.json")).Problems;

        problems.Should().ContainSingle().Which.Message.Should().Contain("Comments are not allowed");
    }

    [Fact]
    public void Reference_data_refuses_invalid_UTF_8_with_its_line_and_position_instead_of_reading_U_FFFD()
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"format\": 1,\n \"version\": \"caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\", \"asOf\": \"2026-12-01\", \"removeIds\": [] }")).ToArray();

        var problems = Assert.Throws<ReferenceDataFormatException>(() => ReferenceData.Default.WithOverride(new MemoryStream(bytes), "over.json")).Problems;

        var problem = problems.Should().ContainSingle().Subject;
        problem.Message.Should().Contain("not valid UTF-8");
        (problem.Line, problem.Position).Should().Be((2, 17));
    }

    [Fact]
    public void Deep_nesting_is_a_clear_depth_error_in_both_readers_without_a_stack_overflow()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);

        var reference = Assert.Throws<ReferenceDataFormatException>(() => ReferenceData.Default.WithOverride(Stream("{ \"format\": " + deep + " }"), "over.json")).Problems;
        var register = () => RegisterJson.Parse("{ \"schemaVersion\": 1, \"notes\": " + deep + " }");

        reference.Should().ContainSingle().Which.Message.Should().Contain($"nests deeper than {Verwerkers.Input.JsonTreeReader.MaxDepth} levels");
        register.Should().Throw<RegisterFormatException>().Which.Problems.Should().Contain(p => p.Message.Contains("nests deeper than 64 levels") && p.Message.Contains("RegisterJsonOptions.MaxDepth"));
    }

    private static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));

    /// <summary>The same deviation, applied to a place in a saved register.</summary>
    private static (string Before, string After) RegisterChange(string change) => change.Split('|')[0] switch
    {
        "\"removeIds\": [] }" => ("\n  ]\n}", "\n  ],\n}"),
        "[]" => ("\"nieuwsbrieven versturen\"", "\"nieuwsbrieven versturen\","),
        "\"version\"" => ("\"schemaVersion\"", change.Split('|')[1].Replace("version", "schemaVersion", System.StringComparison.Ordinal)),
        "\"format\": 1" => ("\"schemaVersion\": 1", change.Split('|')[1].Replace("\"format\"", "\"schemaVersion\"", System.StringComparison.Ordinal)),
        "\"version\": \"x\"" => ("\"schemaVersion\": 1", "\"schemaVersion\": undefined"),
        "\"x\"" => ("\"NL\"", change.Split('|')[1].Replace("x", "NL", System.StringComparison.Ordinal)),
        _ => throw new System.ArgumentException(change),
    };
}
