using System.Globalization;
using FluentAssertions;
using Xunit;

namespace Verwerkers.Cli.Tests;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData(new[] { "check", "--lang", "nl" }, null, "en-US", "nl")]
    [InlineData(new[] { "check", "--lang=en" }, "nl", "nl-NL", "en")]
    [InlineData(new[] { "check", "--lang:nl" }, null, "en-US", "nl")]
    [InlineData(new[] { "check" }, "nl", "en-US", "nl")]
    [InlineData(new[] { "check" }, null, "nl-NL", "nl")]
    [InlineData(new[] { "check" }, null, "nl-BE", "nl")]
    [InlineData(new[] { "check" }, null, "de-DE", "en")]
    [InlineData(new[] { "check", "--", "--lang", "nl" }, null, "en-US", "en")]
    public void The_language_comes_from_the_option_then_the_environment_then_the_culture(string[] args, string? environment, string culture, string expected)
    {
        LanguageDetector.Detect(args, environment, new CultureInfo(culture)).Code().Should().Be(expected);
    }
}
