using System.IO;
using FluentAssertions;
using Verwerkers.Storage;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Storage;

public class SampleRegisterFileTests
{
    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.InRepo("samples", "registers"), "*.json"))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_sample_register_loads_and_survives_a_save_and_load_unchanged(string fileName)
    {
        var register = RegisterJson.Load(RepoPaths.InRepo("samples", "registers", fileName));

        var json = RegisterJson.ToJson(register);
        var again = RegisterJson.Parse(json);

        register.Processors.Should().NotBeEmpty();
        again.Controller.Should().Be(register.Controller);
        again.Processors.Should().Equal(register.Processors);
        again.Agreements.Should().Equal(register.Agreements);
        again.Transfers.Should().Equal(register.Transfers);
        again.Notes.Should().Be(register.Notes);
        RegisterJson.ToJson(again).Should().Be(json);
    }
}
