using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Verwerkers.Agreements;
using Verwerkers.Compliance;
using Verwerkers.Storage;
using Verwerkers.Storage.Csv;
using Verwerkers.Templating;
using Xunit;

namespace Verwerkers.Tests.Kernel;

/// <summary>The one options convention: Validate() returns every problem with the property as its path and never throws; defaults are valid.</summary>
public class OptionsConventionTests
{
    [Fact]
    public void The_defaults_of_every_options_class_are_valid()
    {
        new RegisterJsonOptions().Validate().Should().BeEmpty();
        new ComplianceOptions().Validate().Should().BeEmpty();
        new AgreementGeneratorOptions().Validate().Should().BeEmpty();
        new AgreementModelOptions().Validate().Should().BeEmpty();
        new TemplateOptions().Validate().Should().BeEmpty();
        new CsvImportOptions().Validate().Should().BeEmpty();
    }

    [Fact]
    public void A_nested_options_object_reports_its_problems_below_its_property_and_the_consumer_lists_them_all_in_one_exception()
    {
        var options = new AgreementGeneratorOptions
        {
            HardLinks = (HardLinkHandling)9,
            ModelOptions = new AgreementModelOptions { AuditNoticeDays = 91, BreachNotificationHours = 0 },
            ComplianceOptions = new ComplianceOptions { AgendaDays = -1 },
        };

        var problems = options.Validate();

        problems.Select(p => p.Path).Should().BeEquivalentTo(
            "HardLinks", "ModelOptions.AuditNoticeDays", "ModelOptions.BreachNotificationHours", "ComplianceOptions.AgendaDays");
        problems.Should().OnlyContain(p => p.Source == nameof(AgreementGeneratorOptions));
        var act = () => new AgreementGenerator(options);
        act.Should().Throw<ArgumentException>().Which.Message.Should()
            .Contain("HardLinks").And.Contain("AuditNoticeDays").And.Contain("BreachNotificationHours").And.Contain("AgendaDays");
    }

    [Fact]
    public void The_checker_throws_one_exception_naming_every_invalid_option()
    {
        var options = new ComplianceOptions { NoticeWarningDays = -1, TiaMaxAgeMonths = 0 };

        options.Validate().Select(p => p.Path).Should().Equal("NoticeWarningDays", "TiaMaxAgeMonths");
        var act = () => ComplianceChecker.Check(
            Verwerkers.Register.ProcessorRegister.Empty(new Verwerkers.Register.Organisation("Klant B.V.", Verwerkers.Register.CountryCode.Netherlands)),
            new LocalDate(2026, 11, 22),
            options);
        act.Should().Throw<ArgumentException>().WithMessage("Invalid compliance options: *NoticeWarningDays*TiaMaxAgeMonths*");
    }
}
