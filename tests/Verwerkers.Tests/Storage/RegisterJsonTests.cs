using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Verwerkers.Register;
using Verwerkers.Storage;
using Xunit;

namespace Verwerkers.Tests.Storage;

public sealed class RegisterJsonTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "verwerkers-storage-" + Guid.NewGuid().ToString("N"));

    public RegisterJsonTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_register_file_using_every_part_of_the_format_loads_into_the_model()
    {
        var loaded = RegisterJson.Parse(ExampleRegister.Json);
        var expected = ExampleRegister.Create();

        loaded.Controller.Should().Be(expected.Controller);
        loaded.Processors.Should().Equal(expected.Processors);
        loaded.Agreements.Should().Equal(expected.Agreements);
        loaded.Transfers.Should().Equal(expected.Transfers);
    }

    [Fact]
    public void Saving_writes_schema_version_first_in_documented_order_with_lf_and_a_final_newline()
    {
        var json = RegisterJson.ToJson(ExampleRegister.Create());

        json.Should().StartWith("{\n  \"schemaVersion\": 1,\n  \"controller\": {\n    \"name\": \"KleinePorties B.V.\",\n");
        json.Should().EndWith("}\n").And.NotEndWith("}\n\n").And.NotContain("\r");
        json.IndexOf("\"processors\"", StringComparison.Ordinal).Should().BeLessThan(json.IndexOf("\"agreements\"", StringComparison.Ordinal));
        json.IndexOf("\"agreements\"", StringComparison.Ordinal).Should().BeLessThan(json.IndexOf("\"transfers\"", StringComparison.Ordinal));
        json.Should().Contain("\"processingActive\": true").And.Contain("\"objectionPeriod\": \"P30D\"").And.Contain("\"A28_3_A_INSTRUCTIONS\"");
        json.Should().NotContain("null").And.NotContain("\"role\": \"processor\"").And.NotContain("\"importerScope\": \"unknown\"");
    }

    [Fact]
    public void Saving_then_loading_gives_the_same_register_and_the_same_bytes()
    {
        var original = ExampleRegister.Create();
        var json = RegisterJson.ToJson(original);
        var loaded = RegisterJson.Parse(json);

        loaded.Processors.Should().Equal(original.Processors);
        loaded.Agreements.Should().Equal(original.Agreements);
        loaded.Transfers.Should().Equal(original.Transfers);
        loaded.Controller.Should().Be(original.Controller);
        RegisterJson.ToJson(loaded).Should().Be(json);
    }

    [Fact]
    public void A_file_saved_to_a_path_loads_back_and_matches_the_stream_and_string_forms()
    {
        var path = Path.Combine(_dir, "register.json");
        var register = ExampleRegister.Create();

        RegisterJson.Save(register, path);
        using var stream = new MemoryStream();
        RegisterJson.Save(register, stream);

        var bytes = File.ReadAllBytes(path);
        bytes.Should().Equal(stream.ToArray());
        bytes.Should().Equal(Encoding.UTF8.GetBytes(RegisterJson.ToJson(register)));
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "the file has no byte order mark");
        RegisterJson.Load(path).Processors.Should().Equal(register.Processors);
        stream.Position = 0;
        RegisterJson.Load(stream).Transfers.Should().Equal(register.Transfers);
        Directory.GetFiles(_dir).Should().ContainSingle("no temporary file is left behind");
    }

    [Fact]
    public async Task The_async_path_and_stream_apis_round_trip_a_register()
    {
        var path = Path.Combine(_dir, "register.json");
        var register = ExampleRegister.Create();

        await RegisterJson.SaveAsync(register, path, CancellationToken.None);
        var loaded = await RegisterJson.LoadAsync(path, CancellationToken.None);
        loaded.Agreements.Should().Equal(register.Agreements);

        using var stream = new MemoryStream();
        await RegisterJson.SaveAsync(register, stream, CancellationToken.None);
        stream.ToArray().Should().Equal(File.ReadAllBytes(path));
        stream.Position = 0;
        (await RegisterJson.LoadAsync(stream, CancellationToken.None)).Processors.Should().Equal(register.Processors);
    }

    [Fact]
    public void A_dangling_reference_is_reported_with_the_line_and_position_of_the_value()
    {
        var json = RegisterJson.ToJson(ExampleRegister.Create()).Replace("\"processorId\": \"mailchimp\",\n      \"version\"", "\"processorId\": \"ghost\",\n      \"version\"");
        var act = () => RegisterJson.Parse(json);

        var problem = act.Should().Throw<RegisterFormatException>().Which.Problems.Should().ContainSingle().Which;
        problem.Path.Should().Be("agreements[0].processorId");
        problem.Message.Should().Contain("'ghost'");
        var lines = json.Split('\n');
        problem.Line.Should().BeGreaterThan(0);
        lines[problem.Line - 1].Should().Contain("\"processorId\": \"ghost\"");
        problem.Position.Should().Be(lines[problem.Line - 1].IndexOf("\"ghost\"", StringComparison.Ordinal) + "\"ghost\"".Length);
    }
}
