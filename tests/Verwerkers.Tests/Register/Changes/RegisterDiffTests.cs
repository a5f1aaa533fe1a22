using System.Linq;
using FluentAssertions;
using NodaTime;
using Verwerkers.Register;
using Verwerkers.Storage;
using Xunit;

namespace Verwerkers.Tests.Register;

public class RegisterDiffTests
{
    private static ProcessorRegister Sample(string name) =>
        RegisterJson.Load(System.IO.Path.Combine(Infrastructure.RepoPaths.Root, "samples", "registers", name + ".json"));

    [Theory]
    [InlineData("kleineporties")]
    [InlineData("mkb-westland")]
    [InlineData("milgro")]
    [InlineData("jtb-meettechniek")]
    public void A_register_compared_with_itself_has_no_changes(string sample)
    {
        var register = Sample(sample);

        RegisterDiff.Compare(register, RegisterJson.Parse(RegisterJson.ToJson(register))).Should().BeEmpty();
    }

    [Fact]
    public void A_changed_name_city_and_end_date_are_reported_field_by_field_with_old_and_new_values()
    {
        var before = Sample("kleineporties");
        var p = before.Processors[0];
        var a = before.Agreements.First(x => x.ProcessorId == p.Id);
        var after = before
            .WithProcessor(p with { Name = p.Name + " B.V.", Address = (p.Address ?? new PostalAddress()) with { City = "Delft" } })
            .WithAgreement(a with { EndDate = new LocalDate(2031, 12, 31) });

        var changes = RegisterDiff.Compare(before, after);

        changes.Should().Contain(new RegisterChange(RegisterChangeKind.Changed, $"processors[{p.Id}].name", p.Name, p.Name + " B.V."));
        changes.Should().Contain(new RegisterChange(RegisterChangeKind.Changed, $"processors[{p.Id}].address.city", p.Address?.City, "Delft"));
        changes.Should().Contain(c => c.Path == $"agreements[{a.Id}].endDate" && c.NewValue == "2031-12-31");
        changes.Should().HaveCount(3, string.Join("\n", changes));
    }

    [Fact]
    public void Added_and_removed_entries_are_named_by_id_with_their_name()
    {
        var register = Sample("kleineporties");
        var larger = register.WithProcessor(new Processor("nieuw", "Nieuwe Leverancier", CountryCode.Netherlands));

        RegisterDiff.Compare(register, larger).Should().Equal(new RegisterChange(RegisterChangeKind.Added, "processors[nieuw]", null, "Nieuwe Leverancier"));
        RegisterDiff.Compare(larger, register).Should().Equal(new RegisterChange(RegisterChangeKind.Removed, "processors[nieuw]", "Nieuwe Leverancier", null));
    }

    [Fact]
    public void Lists_of_values_are_compared_as_a_whole_and_nested_entries_by_id()
    {
        var before = Sample("kleineporties");
        var p = before.Processors.First(x => x.SubProcessors.Count > 0);
        var sub = p.SubProcessors[0];
        var after = before.WithProcessor(p with
        {
            Services = p.Services.Concat(new[] { "Extra dienst" }).ToArray(),
            SubProcessors = p.SubProcessors.Select(s => s.Id == sub.Id ? s with { Service = "Opslag" } : s).ToArray(),
        });

        var changes = RegisterDiff.Compare(before, after);

        changes.Should().Contain(c => c.Path == $"processors[{p.Id}].services" && c.NewValue!.EndsWith("; Extra dienst"));
        changes.Should().Contain(c => c.Path == $"processors[{p.Id}].subProcessors[{sub.Id}].service" && c.NewValue == "Opslag");
        changes.Should().HaveCount(2, string.Join("\n", changes));
    }

    [Fact]
    public void Changes_print_as_one_line_each()
    {
        new RegisterChange(RegisterChangeKind.Changed, "processors[a].name", "A", "B").ToString().Should().Be("~ processors[a].name: 'A' -> 'B'");
        new RegisterChange(RegisterChangeKind.Added, "processors[b]", null, "B").ToString().Should().Be("+ processors[b]: 'B'");
        new RegisterChange(RegisterChangeKind.Removed, "processors[c]", "C", null).ToString().Should().Be("- processors[c]: 'C'");
    }
}
