using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Architecture;

/// <summary>One public type per file, named after it, in every project under src/ (the files use file-scoped namespaces, so a top-level type starts in column 0).</summary>
public class OnePublicTypePerFileTests
{
    private static readonly Regex PublicType = new(
        @"^public (?:(?:sealed|static|abstract|readonly|partial|record|ref)\s+)*(?:class|record|struct|enum|interface|delegate\s+\S+)\s+(\w+)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    [Fact]
    public void Every_source_file_holds_at_most_one_public_type_and_is_named_after_it()
    {
        var source = RepoPaths.InRepo("src");
        var offenders = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(source, f), Types: PublicType.Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value).ToArray()))
            .Where(f => f.Types.Length > 1 || (f.Types.Length == 1 && ExpectedType(f.File) != f.Types[0]))
            .Select(f => $"{f.File}: {string.Join(", ", f.Types)}")
            .ToList();

        offenders.Should().BeEmpty("each public type has a file of its own:" + Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }

    /// <summary>The type a file is named after: <c>Processor.With.cs</c> holds Processor; a Razor page's code-behind
    /// (<c>Index.cshtml.cs</c>) holds its page model, IndexModel, as ASP.NET Core names it.</summary>
    private static string ExpectedType(string file)
    {
        var name = Path.GetFileName(file);
        var stem = name.Split('.')[0];
        return name.EndsWith(".cshtml.cs", StringComparison.Ordinal) ? stem + "Model" : stem;
    }
}
