using System.IO;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Verwerkers.Register;
using Verwerkers.Storage.Xlsx;
using Xunit;

namespace Verwerkers.Tests.Excel;

public class RegisterWorkbookRoundTripTests
{
    [Fact]
    public void Register_to_workbook_to_register_loses_nothing_for_generated_registers()
    {
        var property = Prop.ForAll(RegisterGenerators.Register.ToArbitrary(), register =>
        {
            var back = RoundTrip(register);
            back.Notes.Should().Be(register.Notes);
            back.Controller.Should().Be(register.Controller);
            back.Processors.Should().Equal(register.Processors);
            back.Agreements.Should().Equal(register.Agreements);
            back.Transfers.Should().Equal(register.Transfers);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), property);
    }

    [Fact]
    public void The_generated_registers_include_the_awkward_cases_the_encoding_must_survive()
    {
        var samples = RegisterGenerators.Register.Sample(60, 10);

        samples.SelectMany(r => r.Processors).SelectMany(p => p.Services).Should().Contain(s => s.Contains(';'))
            .And.Contain(s => s.Length == 0).And.Contain(s => s.Contains('\\'));
        samples.SelectMany(r => r.Transfers).Should().Contain(t => t.Fallbacks.Count > 1);
        samples.SelectMany(r => r.Processors).SelectMany(p => p.SubProcessors).Should().NotBeEmpty();
        samples.SelectMany(r => r.Agreements).Should().Contain(a => a.StartDate != null && a.StartDate.Value.Year < 1900);
    }

    internal static ProcessorRegister RoundTrip(ProcessorRegister register)
    {
        using var stream = new MemoryStream();
        RegisterWorkbook.Write(register, stream);
        stream.Position = 0;
        return RegisterWorkbook.Read(stream);
    }
}
