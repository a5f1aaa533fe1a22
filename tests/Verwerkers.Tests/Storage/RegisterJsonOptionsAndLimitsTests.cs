using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Storage.Json;
using Xunit;

namespace Verwerkers.Tests.Storage;

public class RegisterJsonOptionsAndLimitsTests
{
    private static readonly string Minimal = "{\n  \"schemaVersion\": 1,\n  \"controller\": { \"name\": \"X\", \"country\": \"NL\" }\n}\n";

    [Fact]
    public void Invalid_options_are_reported_all_at_once()
    {
        var act = () => RegisterJson.Parse(Minimal, new RegisterJsonOptions { MaxFileSize = 0, MaxDepth = 2 });

        act.Should().Throw<ArgumentException>().WithMessage("*MaxFileSize must be positive*MaxDepth must be at least 8*");
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_before_it_is_parsed()
    {
        var options = new RegisterJsonOptions { MaxFileSize = 20 };
        using var seekable = new MemoryStream(Encoding.UTF8.GetBytes(Minimal));
        using var unseekable = new ForwardOnlyStream(Encoding.UTF8.GetBytes(Minimal));

        foreach (var act in new Action[] { () => RegisterJson.Parse(Minimal, options), () => RegisterJson.Load(seekable, options), () => RegisterJson.Load(unseekable, options) })
        {
            act.Should().Throw<RegisterFormatException>().Which.Problems.Should().ContainSingle()
                .Which.Message.Should().Contain("limit of 20 bytes").And.Contain("MaxFileSize");
        }
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_loaded_too()
    {
        using var stream = new ForwardOnlyStream(Encoding.UTF8.GetBytes(RegisterJson.ToJson(ExampleRegister.Create())));

        RegisterJson.Load(stream).Transfers.Should().Equal(ExampleRegister.Create().Transfers);
    }

    [Fact]
    public void Unknown_properties_can_be_ignored_on_request_but_other_problems_still_count()
    {
        var json = Minimal.Replace("\"country\": \"NL\" }", "\"country\": \"NL\", \"website\": { \"url\": \"x\" } }");

        RegisterJson.Parse(json, new RegisterJsonOptions { IgnoreUnknownProperties = true }).Controller.Name.Should().Be("X");
        ((Action)(() => RegisterJson.Parse(json))).Should().Throw<RegisterFormatException>().Which.Problems.Should().ContainSingle()
            .Which.Path.Should().Be("controller.website");
        ((Action)(() => RegisterJson.Parse(json.Replace("\"NL\"", "\"XX\""), new RegisterJsonOptions { IgnoreUnknownProperties = true })))
            .Should().Throw<RegisterFormatException>().Which.Problems.Should().ContainSingle().Which.Path.Should().Be("controller.country");
    }

    [Fact]
    public void An_older_schema_version_is_read_through_its_upgrade_step()
    {
        var version0 = "{ \"schemaVersion\": 0, \"organisation\": { \"name\": \"Oud B.V.\", \"country\": \"NL\" } }";
        var upgrades = new Dictionary<int, Func<JObject, JObject>>
        {
            [0] = old => new JObject { ["schemaVersion"] = 1, ["controller"] = old["organisation"] },
        };

        var register = RegisterJson.Parse(version0, new RegisterJsonOptions { SchemaUpgrades = upgrades });

        register.Controller.Name.Should().Be("Oud B.V.");
        ((Action)(() => RegisterJson.Parse(version0))).Should().Throw<RegisterFormatException>()
            .Which.Problems.Should().ContainSingle().Which.Message.Should().Contain("schemaVersion 0").And.Contain("cannot read");
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 0, \"organisation\": { \"name\": \"Oud B.V.\", \"country\": \"NL\", } }", "trailing comma", "organisation")]
    [InlineData("{ \"schemaVersion\": 0, \"organisation\": { \"name\": \"Oud B.V.\", \"name\": \"Nieuw B.V.\", \"country\": \"NL\" } }", "already exists", "organisation.name")]
    public void A_file_of_an_older_schema_version_is_read_as_strictly_as_a_current_one(string version0, string problem, string path)
    {
        var upgrades = new Dictionary<int, Func<JObject, JObject>>
        {
            [0] = old => new JObject { ["schemaVersion"] = 1, ["controller"] = old["organisation"] },
        };

        var act = () => RegisterJson.Parse(version0, new RegisterJsonOptions { SchemaUpgrades = upgrades });

        var found = act.Should().Throw<RegisterFormatException>().Which.Problems.Should().ContainSingle().Subject;
        found.Message.Should().StartWith("The file is not valid JSON: ").And.Contain(problem);
        (found.Line, found.Path).Should().Be((1, path));
    }

    [Fact]
    public async Task Loading_observes_cancellation()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Minimal));

        var act = () => RegisterJson.LoadAsync(stream, cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void A_missing_file_gives_the_usual_io_exception()
    {
        var act = () => RegisterJson.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "nope.json"));

        act.Should().Throw<IOException>();
    }

    [Fact]
    public void Register_notes_survive_saving_and_every_change_to_the_register()
    {
        var register = ExampleRegister.Create().WithNotes("Voorbeelddata");

        var loaded = RegisterJson.Parse(RegisterJson.ToJson(register));
        var changed = loaded.WithoutTransfer("t-aws").WithProcessor(loaded.Processors[1] with { Name = "Ander kantoor" });

        loaded.Notes.Should().Be("Voorbeelddata");
        changed.Notes.Should().Be("Voorbeelddata");
        RegisterJson.ToJson(register).Should().StartWith("{\n  \"schemaVersion\": 1,\n  \"notes\": \"Voorbeelddata\",\n");
    }

    [Fact]
    public void The_converters_forward_to_NodaTime_and_name_the_path_of_a_bad_value()
    {
        var settings = new JsonSerializerSettings { Converters = { new LocalDateJsonConverter(), new PeriodJsonConverter(), new CountryCodeJsonConverter() } };
        var value = new Sample { On = new LocalDate(2024, 2, 29), Term = Period.FromWeeks(2), Country = CountryCode.Netherlands, Maybe = null };

        var json = JsonConvert.SerializeObject(value, settings);

        json.Should().Be("{\"On\":\"2024-02-29\",\"Term\":\"P2W\",\"Country\":\"NL\",\"Maybe\":null}");
        JsonConvert.DeserializeObject<Sample>(json, settings).Should().BeEquivalentTo(value);
        var bad = () => JsonConvert.DeserializeObject<Sample>("{\"On\":\"2021-02-30\"}", settings);
        bad.Should().Throw<JsonSerializationException>().WithMessage("*day 30 is out of range in month 2 of year 2021*Path 'On', line 1, position 18*");
        var lower = () => JsonConvert.DeserializeObject<Sample>("{\"Country\":\"nl\"}", settings);
        lower.Should().Throw<JsonSerializationException>().WithMessage("*use \"NL\"*");
    }

    [Theory]
    [InlineData("\"schemaVersion\": 123456789012345678901234567890", "schemaVersion 123456789012345678901234567890, which is newer")]
    [InlineData("\"schemaVersion\": -1", "schemaVersion -1, which this version of Verwerkers cannot read")]
    public void An_unknown_schema_version_is_the_only_problem_reported(string version, string message)
    {
        var json = Minimal.Replace("\"schemaVersion\": 1", version).Replace("\"NL\"", "\"XX\"");

        var act = () => RegisterJson.Parse(json);

        act.Should().Throw<RegisterFormatException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Contain(message);
    }

    [Fact]
    public void A_number_where_text_belongs_gets_a_hint_to_quote_it()
    {
        var json = Minimal.Replace("\"name\": \"X\"", "\"name\": \"X\", \"kvkNumber\": 12345678");

        var act = () => RegisterJson.Parse(json);

        act.Should().Throw<RegisterFormatException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Be("Expected a string but found the number 12345678; write it in quotes: \"12345678\".");
    }

    private sealed class Sample
    {
        public LocalDate On { get; set; }

        public Period? Term { get; set; }

        public CountryCode Country { get; set; }

        public LocalDate? Maybe { get; set; }
    }

    private sealed class ForwardOnlyStream : MemoryStream
    {
        public ForwardOnlyStream(byte[] bytes)
            : base(bytes)
        {
        }

        public override bool CanSeek => false;
    }
}
