using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using FluentAssertions;
using Xunit;
using static Verwerkers.Tests.Templating.MiniDocx;
using static Verwerkers.Tests.Templating.TemplateTestKit;

namespace Verwerkers.Tests.Templating;

/// <summary>A compiled template is immutable: many threads fill it at once.</summary>
public class ConcurrencyTests
{
    [Fact]
    public void Eight_threads_filling_one_template_a_hundred_times_each_all_get_their_own_correct_document()
    {
        var doc = new MiniDocx
        {
            Body = P("Partij {{name}}") + Table(new[] { "{{#rows}}{{n}}", "{{v}}{{/rows}}" }) + P("{{#flag}}ja{{/flag}}{{^flag}}nee{{/flag}}"),
            Header = P("{{name}}"),
        };
        var template = Compile(doc);
        var failures = new ConcurrentBag<string>();
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                var id = $"T{t}-{i}";
                var rows = Enumerable.Range(0, (i % 5) + 1).Select(r => new { n = id + "/" + r, v = r * t }).ToArray();
                var output = template.FillToBytes(new { name = id, rows, flag = i % 2 == 0 });
                var expected = "Partij " + id + string.Concat(rows.Select(r => r.n + r.v)) + (i % 2 == 0 ? "ja" : "nee");
                var actual = BodyText(output);
                var header = DocxText.FullText(output, "word/header1.xml");
                if (actual != expected || header != id)
                {
                    failures.Add($"{id}: '{actual}' / '{header}'");
                }
            }
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        failures.Should().BeEmpty();
    }
}
