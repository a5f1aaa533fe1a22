using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Verwerkers.Tests.Docs;

/// <summary>
/// The C# examples of a Markdown document, turned into a compilable project: each <c>```csharp</c> block becomes one
/// source file with its own <c>using</c> directives and its statements in a method, so every example must stand on
/// its own, as a reader copies it into a new console app (implicit usings on).
/// </summary>
internal static class DocumentedExamples
{
    private static readonly Regex Block = new("^```csharp\\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline);

    public static IReadOnlyList<string> Extract(string markdown) =>
        Block.Matches(markdown.Replace("\r\n", "\n", StringComparison.Ordinal)).Select(m => m.Groups[1].Value).ToList();

    /// <summary>One source file: the block's using directives, then its statements in an async method.</summary>
    public static string ToSourceFile(string example, string className, string origin)
    {
        var lines = example.Split('\n');
        var usings = lines.Where(IsUsingDirective).ToList();
        var body = lines.Where(l => !IsUsingDirective(l));
        var text = new StringBuilder();
        text.Append("// From ").Append(origin).Append('\n');
        foreach (var line in usings)
        {
            text.Append(line).Append('\n');
        }

        text.Append("internal static class ").Append(className).Append("\n{\n");
        text.Append("    internal static async System.Threading.Tasks.Task Run()\n    {\n");
        text.Append("        await System.Threading.Tasks.Task.CompletedTask;\n");
        foreach (var line in body)
        {
            text.Append("        ").Append(line).Append('\n');
        }

        text.Append("    }\n}\n");
        return text.ToString();
    }

    private static bool IsUsingDirective(string line)
    {
        var trimmed = line.Trim();
        return trimmed.StartsWith("using ", StringComparison.Ordinal) && !trimmed.StartsWith("using var ", StringComparison.Ordinal)
            && !trimmed.Contains('(', StringComparison.Ordinal) && trimmed.EndsWith(';');
    }
}
