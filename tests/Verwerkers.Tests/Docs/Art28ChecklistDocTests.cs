using System.IO;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Verwerkers.Register;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Docs;

public class Art28ChecklistDocTests
{
    [Fact]
    public void Docs_art28_checklist_md_names_every_item_in_Dutch_and_English_as_the_messages_do()
    {
        var doc = File.ReadAllText(RepoPaths.InRepo("docs", "art28-checklist.md"));
        var items = (JObject)JObject.Parse(File.ReadAllText(RepoPaths.InRepo("src", "Verwerkers", "Compliance", "Resources", "messages.json")))["art28Items"]!;

        foreach (var requirement in Art28Checklist.All)
        {
            var id = Art28Checklist.IdOf(requirement);
            var words = items[id]!;
            doc.Should().Contain($"| `{id}` | {(string)words["nl"]!} | {(string)words["en"]!} |", id);
        }
    }
}
