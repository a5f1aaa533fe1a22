using System;
using FluentAssertions;
using NodaTime;
using Verwerkers.Templating;
using Xunit;
using static Verwerkers.Tests.Templating.MiniDocx;
using static Verwerkers.Tests.Templating.TemplateTestKit;

namespace Verwerkers.Tests.Templating;

/// <summary>Formats after the colon, in the template's culture (nl-NL by default).</summary>
public class FormatTests
{
    [Fact]
    public void Dates_and_numbers_are_formatted_in_Dutch_by_default()
    {
        var doc = new MiniDocx { Body = P("{{end:d MMMM yyyy}}|{{start:dd-MM-yyyy}}|{{bcl:d MMMM yyyy}}|{{amount:N2}}|{{count}}|{{ratio}}|{{iso:d MMMM yyyy}}") };
        var data = new { end = new LocalDate(2027, 7, 31), start = new LocalDate(2018, 8, 1), bcl = new DateTime(2026, 11, 22), amount = 1234.5m, count = 24, ratio = 2.5, iso = "2025-03-01" };

        BodyText(Fill(doc, data)).Should().Be("31 juli 2027|01-08-2018|22 november 2026|1.234,50|24|2,5|1 maart 2025");
    }

    [Fact]
    public void The_culture_is_an_option()
    {
        var doc = new MiniDocx { Body = P("{{end:d MMMM yyyy}} {{amount:N2}}") };
        var options = new TemplateOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo("en-GB") };

        BodyText(Fill(doc, new { end = new LocalDate(2027, 7, 31), amount = 1234.5m }, options)).Should().Be("31 July 2027 1,234.50");
    }

    [Fact]
    public void A_format_that_does_not_fit_the_value_is_a_fill_error()
    {
        var template = Compile(new MiniDocx { Body = P("{{name:d MMMM yyyy}}") });

        FluentActions.Invoking(() => template.FillToBytes(new { name = "geen datum" }))
            .Should().Throw<TemplateRenderException>().Which.Errors.Should().ContainSingle().Which.Code.Should().Be(TemplateErrorCode.FormatNotApplicable);
    }
}
