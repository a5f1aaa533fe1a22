using System;
using System.Linq;
using FluentAssertions;
using Verwerkers.Agreements;
using Verwerkers.Register;
using Xunit;

namespace Verwerkers.Tests.Agreements;

public sealed class AgreementFileNameTests
{
    private static ProcessorRegister With(params Processor[] processors) =>
        ProcessorRegister.Create(AgreementTestData.Controller, processors, Array.Empty<ProcessorAgreement>(), Array.Empty<Transfer>());

    [Theory]
    [InlineData("A/B: \"C\" <D>|E?*", "A_B_ _C_ _D__E__")]
    [InlineData("Back\\slash", "Back_slash")]
    [InlineData("  Spaces \u00a0 and\u2028lines  ", "Spaces and lines")]
    [InlineData("Café & Co. B.V.", "Café & Co. B.V.")]
    public void Characters_that_Windows_or_Linux_file_names_cannot_hold_are_replaced(string name, string expected)
    {
        var names = new AgreementGenerator().FileNames(With(new Processor("p1", name, CountryCode.Netherlands)), AgreementTestData.Date);

        names["p1"].Should().Be($"Verwerkersovereenkomst - {expected} - 2026-11-22.docx");
    }

    [Theory]
    [InlineData("  Spaces \t and\nlines  ", "Spaces and lines")]
    [InlineData("Bell\u0007", "Bell_")]
    public void Control_characters_that_validation_refuses_are_still_replaced_by_the_sanitiser(string name, string expected) =>
        AgreementFileNames.Sanitise(name).Should().Be(expected);

    [Fact]
    public void A_very_long_name_is_shortened()
    {
        var names = new AgreementGenerator().FileNames(With(new Processor("p1", new string('x', 300), CountryCode.Netherlands)), AgreementTestData.Date);

        names["p1"].Length.Should().BeLessThan(130);
    }

    [Fact]
    public void Processors_with_the_same_name_apart_from_case_each_get_their_id_added()
    {
        var register = With(
            new Processor("acme-nl", "Acme", CountryCode.Netherlands),
            new Processor("other", "Other", CountryCode.Netherlands),
            new Processor("acme-de", "ACME", CountryCode.Parse("DE")));

        var names = new AgreementGenerator().FileNames(register, AgreementTestData.Date);

        names.Values.Should().Equal(
            "Verwerkersovereenkomst - Acme (acme-nl) - 2026-11-22.docx",
            "Verwerkersovereenkomst - Other - 2026-11-22.docx",
            "Verwerkersovereenkomst - ACME (acme-de) - 2026-11-22.docx");
        new AgreementGenerator().FileNames(With(register.Processors.Reverse().ToArray()), AgreementTestData.Date)["acme-nl"]
            .Should().Be(names["acme-nl"], "a name does not depend on the order of the register");
    }

    [Fact]
    public void Two_names_that_only_differ_in_replaced_characters_are_told_apart()
    {
        using var folder = new TempFolder();
        var register = With(new Processor("a", "A/B", CountryCode.Netherlands), new Processor("b", "A:B", CountryCode.Netherlands));

        new AgreementGenerator().GenerateAll(register, folder.Path, AgreementTestData.Date);

        folder.Files().Should().Equal(
            "Verwerkersovereenkomst - A_B (a) - 2026-11-22.docx",
            "Verwerkersovereenkomst - A_B (b) - 2026-11-22.docx");
    }

    [Fact]
    public void The_prefix_can_be_chosen()
    {
        var generator = new AgreementGenerator(new AgreementGeneratorOptions { FileNamePrefix = "VO" });

        generator.FileNames(AgreementTestData.Register, AgreementTestData.Date)["mailchimp"].Should().Be("VO - MailChimp - 2026-11-22.docx");
    }
}
