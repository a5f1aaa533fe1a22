using FluentAssertions;
using NodaTime;
using Xunit;

namespace Verwerkers.Tests.Kernel;

public class LongDateTests
{
    [Theory]
    [InlineData(2026, 11, 22, "22 november 2026", "22 November 2026")]
    [InlineData(2020, 7, 16, "16 juli 2020", "16 July 2020")]
    [InlineData(2015, 10, 6, "6 oktober 2015", "6 October 2015")]
    [InlineData(2024, 3, 1, "1 maart 2024", "1 March 2024")]
    public void A_date_is_written_in_words_in_Dutch_and_English(int year, int month, int day, string dutch, string english)
    {
        var date = new LocalDate(year, month, day);

        LongDate.Format(date, Language.Dutch).Should().Be(dutch);
        LongDate.Format(date, Language.English).Should().Be(english);
        LongDate.Format(date).Should().Be(new LocalizedText(dutch, english));
    }

    [Fact]
    public void Shorten_cuts_a_quoted_value_to_forty_characters_from_the_start_or_the_end()
    {
        var text = new string('a', 30) + new string('b', 30);

        TextHelper.Shorten(text).Should().Be(new string('a', 30) + new string('b', 10) + "…");
        TextHelper.Shorten(text, 10, fromEnd: true).Should().Be("…" + new string('b', 10));
        TextHelper.Shorten("kort").Should().Be("kort");
        TextHelper.CamelCase("PrivacyShield").Should().Be("privacyShield");
        TextHelper.CamelCase(string.Empty).Should().BeEmpty();
    }
}
