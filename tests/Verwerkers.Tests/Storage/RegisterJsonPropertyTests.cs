using System.IO;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Verwerkers.Storage;
using Xunit;

namespace Verwerkers.Tests.Storage;

public class RegisterJsonPropertyTests
{
    [Fact]
    public void A_thousand_generated_registers_survive_save_and_load_with_nothing_lost()
    {
        var property = Prop.ForAll(JsonRegisterGenerators.Register.ToArbitrary(), original =>
        {
            var json = RegisterJson.ToJson(original);
            var loaded = RegisterJson.Parse(json);

            loaded.Controller.Should().Be(original.Controller);
            loaded.Processors.Should().Equal(original.Processors);
            loaded.Agreements.Should().Equal(original.Agreements);
            loaded.Transfers.Should().Equal(original.Transfers);
            loaded.Notes.Should().Be(original.Notes);
            RegisterJson.ToJson(loaded).Should().Be(json, "save(load(save(x))) must equal save(x) byte for byte");
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), property);
    }

    [Fact]
    public void Generated_registers_survive_the_stream_apis_too()
    {
        var property = Prop.ForAll(JsonRegisterGenerators.Register.ToArbitrary(), original =>
        {
            using var stream = new MemoryStream();
            RegisterJson.Save(original, stream);
            stream.Position = 0;
            var loaded = RegisterJson.Load(stream);

            loaded.Processors.Should().Equal(original.Processors);
            loaded.Transfers.Should().Equal(original.Transfers);
            stream.ToArray().Should().Equal(System.Text.Encoding.UTF8.GetBytes(RegisterJson.ToJson(original)));
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), property);
    }
}
