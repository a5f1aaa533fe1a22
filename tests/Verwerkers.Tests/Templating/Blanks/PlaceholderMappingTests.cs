using System.Linq;
using FluentAssertions;
using Verwerkers.Templating.Blanks;
using Xunit;

namespace Verwerkers.Tests.Templating.Blanks;

public sealed class PlaceholderMappingTests
{
    [Fact]
    public void A_valid_mapping_file_reads_every_entry_in_order()
    {
        var mapping = PlaceholderMapping.Parse(BlankDocuments.Mapping);

        mapping.Entries.Should().HaveCount(8);
        mapping.Entries[0].Text.Should().Be("[naam verwerker]");
        mapping.Entries[0].Field.Should().Be("processor.name");
        mapping.Entries[4].Position.Should().Be("word/document.xml:4:1");
        mapping.Entries[7].Keep.Should().BeTrue();
        mapping.Entries[0].Line.Should().Be(4);
    }

    [Fact]
    public void Every_problem_of_a_mapping_file_is_reported_at_once_with_its_line()
    {
        const string json = """
            {
              "placeholders": [
                { "text": "[naam]", "field": "processor name" },
                { "text": "[a]", "position": "word/document.xml:1:1", "field": "x" },
                { "position": "document:1", "field": "x" },
                { "text": "[b]" },
                { "text": "[c]", "field": "x", "colour": "geel" },
                { "text": "[d]", "keep": false },
                { "text": "[naam]", "field": "processor.name" }
              ],
              "extra": 1
            }
            """;

        var act = () => PlaceholderMapping.Parse(json, "koppeling.json");

        var problems = act.Should().Throw<PlaceholderMappingException>().Which.Problems;
        problems.Select(p => p.Line).Should().Equal(11, 3, 4, 5, 6, 7, 8);
        problems.Should().OnlyContain(p => p.Source == "koppeling.json" && p.DutchMessage != null);
        problems[1].Message.Should().Contain("\"processor name\" is not a data path");
        problems[5].Message.Should().Contain("Unknown property 'colour'");
    }

    [Fact]
    public void A_mapping_entry_that_is_repeated_is_a_problem()
    {
        var act = () => PlaceholderMapping.Parse("""{ "placeholders": [ { "text": "[a]", "field": "x" }, { "text": "[a]", "field": "y" } ] }""");

        act.Should().Throw<PlaceholderMappingException>().Which.Problems.Should().ContainSingle()
            .Which.Message.Should().Contain("text \"[a]\" is mapped twice");
    }

    [Theory]
    [InlineData("[]", "must be an object")]
    [InlineData("{ \"placeholders\": 1 }", "must be a list")]
    [InlineData("{ \"placeholders\": [ ] } x", "not valid JSON")]
    [InlineData("{ \"placeholders\": [ { \"text\": \"[a]\", \"text\": \"[b]\", \"field\": \"x\" } ] }", "not valid JSON")]
    public void A_file_that_is_not_a_mapping_says_why(string json, string message)
    {
        var act = () => PlaceholderMapping.Parse(json);

        act.Should().Throw<PlaceholderMappingException>().Which.Problems[0].Message.Should().Contain(message);
    }
}
