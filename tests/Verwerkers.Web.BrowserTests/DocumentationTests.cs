using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Verwerkers.Web.BrowserTests.Infrastructure;
using Xunit;

namespace Verwerkers.Web.BrowserTests;

/// <summary>docs/workspace.md shows the committed screenshots, and only those.</summary>
public sealed class DocumentationTests
{
    [Fact]
    public void Every_screenshot_docs_workspace_md_shows_is_a_committed_png_and_every_committed_one_is_shown()
    {
        var document = File.ReadAllText(RepoPaths.InRepo("docs", "workspace.md"));
        var shown = Regex.Matches(document, @"\]\(images/workspace/([a-z0-9-]+\.png)\)").Select(m => m.Groups[1].Value).ToList();
        var committed = Directory.GetFiles(Screenshots.CommittedFolder, "*.png").Select(Path.GetFileName).ToList();

        shown.Should().HaveCountGreaterThanOrEqualTo(6, "the overview, a client, the findings, a form with errors, the history and sign-in are shown");
        shown.Should().BeEquivalentTo(committed, "every image the page shows is committed, and no committed image is left unshown");
        foreach (var name in committed)
        {
            var head = File.ReadAllBytes(Path.Combine(Screenshots.CommittedFolder, name!)).Take(8).ToArray();
            head.Should().Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, "{0} is a PNG", name);
        }
    }
}
