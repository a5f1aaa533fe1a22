using System;
using System.Linq;
using FluentAssertions;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Tests.Agreements;
using Xunit;

namespace Verwerkers.Tests.Register;

public class SubProcessorChainTests
{
    private static Processor With(params SubProcessor[] subs) => new("mailchimp", "MailChimp", CountryCode.UnitedStates) { SubProcessors = subs };

    private static SubProcessor Sub(string id, string? parent = null) => new(id, id.ToUpperInvariant(), CountryCode.Parse("DE")) { ParentSubProcessorId = parent };

    [Fact]
    public void A_chain_of_sub_processors_with_resolving_parents_is_valid()
    {
        var problems = ProcessorRegister.Validate(AgreementTestData.Controller, new[] { With(Sub("aws"), Sub("equinix", "aws"), Sub("koeling", "equinix")) });

        problems.Should().BeEmpty();
    }

    [Fact]
    public void A_parent_that_names_no_sub_processor_of_the_processor_is_a_problem_at_its_path_in_English_and_Dutch()
    {
        var problems = ProcessorRegister.Validate(AgreementTestData.Controller, new[] { With(Sub("aws"), Sub("equinix", "azure")) });

        var problem = problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("processors[0].subProcessors[1].parentSubProcessorId");
        problem.Message.Should().Contain("'azure'").And.Contain("'equinix'");
        problem.DutchMessage.Should().Contain("heeft geen subverwerker met id 'azure'");
    }

    [Fact]
    public void Parent_references_that_form_a_cycle_are_a_problem_for_every_member_and_for_no_one_outside_it()
    {
        var problems = ProcessorRegister.Validate(
            AgreementTestData.Controller,
            new[] { With(Sub("a", "c"), Sub("b", "a"), Sub("c", "b"), Sub("d", "a"), Sub("self", "self")) });

        problems.Select(p => p.Path).Should().BeEquivalentTo(
            "processors[0].subProcessors[0].parentSubProcessorId",
            "processors[0].subProcessors[1].parentSubProcessorId",
            "processors[0].subProcessors[2].parentSubProcessorId",
            "processors[0].subProcessors[4].parentSubProcessorId");
        problems.Should().OnlyContain(p => p.Message.Contains("cycle", StringComparison.Ordinal) && p.DutchMessage!.Contains("kringloop", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_chain_is_checked_without_recursion_in_time_linear_per_member()
    {
        var subs = Enumerable.Range(0, 2000).Select(i => Sub("s" + i, i == 0 ? null : "s" + (i - 1))).ToArray();

        ProcessorRegister.Validate(AgreementTestData.Controller, new[] { With(subs) }).Should().BeEmpty();
    }

    [Fact]
    public void A_register_file_with_a_cycle_fails_to_load_naming_the_JSON_path()
    {
        var register = AgreementTestData.Register;
        var json = RegisterJson.ToJson(register)
            .Replace("\"id\": \"aws\",", "\"id\": \"aws\", \"parentSubProcessorId\": \"aws\",", StringComparison.Ordinal);
        json.Should().Contain("parentSubProcessorId");

        var act = () => RegisterJson.Parse(json);

        act.Should().Throw<RegisterFormatException>().Which.Problems
            .Should().ContainSingle(p => p.Path!.EndsWith(".subProcessors[0].parentSubProcessorId", StringComparison.Ordinal));
    }

    [Fact]
    public void Legal_entity_address_contact_and_parent_survive_a_JSON_round_trip()
    {
        var chained = With(
            Sub("aws") with
            {
                LegalEntity = "Amazon Web Services EMEA SARL",
                Address = new PostalAddress { Street = "38 Avenue John F. Kennedy", PostalCode = "L-1855", City = "Luxembourg", Country = CountryCode.Parse("LU") },
                Contact = new ContactDetails { Name = "Privacy", Email = "privacy@example.com" },
            },
            Sub("equinix", "aws"));
        var register = ProcessorRegister.Create(AgreementTestData.Controller, new[] { chained });

        var back = RegisterJson.Parse(RegisterJson.ToJson(register));

        back.GetProcessor("mailchimp").Should().Be(chained);
    }
}
