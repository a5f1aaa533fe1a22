using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace Verwerkers.Cli.Tests;

public class TextsTests
{
    private static readonly PropertyInfo[] TextProperties = typeof(Texts)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType == typeof(string))
        .ToArray();

    [Fact]
    public void Every_text_exists_in_Dutch_and_English()
    {
        foreach (var property in TextProperties)
        {
            ((string?)property.GetValue(Texts.Dutch)).Should().NotBeNullOrWhiteSpace(property.Name);
            ((string?)property.GetValue(Texts.English)).Should().NotBeNullOrWhiteSpace(property.Name);
        }
    }

    [Fact]
    public void Dutch_and_English_texts_have_the_same_placeholders()
    {
        foreach (var property in TextProperties)
        {
            var dutch = Placeholders((string)property.GetValue(Texts.Dutch)!);
            var english = Placeholders((string)property.GetValue(Texts.English)!);
            dutch.Should().BeEquivalentTo(english, property.Name);
        }
    }

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, @"\{\d+(:[^}]*)?\}").Select(m => m.Value).Distinct().OrderBy(v => v).ToArray();
}
