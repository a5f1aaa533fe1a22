using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Verwerkers.Register;

namespace Verwerkers.Storage.Json;

/// <summary>
/// Turns what the reader found into a register, or into one <see cref="RegisterFormatException"/> that holds the
/// reader's problems and the register's own consistency problems, each placed at its line and position in the file.
/// </summary>
internal static class RegisterAssembler
{
    public static ProcessorRegister Build(RegisterDocument document, Func<TextReader> reopen, string? fileName, RegisterJsonOptions options)
    {
        if (!document.Complete)
        {
            throw new RegisterFormatException(fileName, Ordered(document.Problems));
        }

        IReadOnlyList<Problem> consistency;
        if (document.Problems.Count == 0)
        {
            try
            {
                var register = ProcessorRegister.Create(document.Controller!, document.Processors, document.Agreements, document.Transfers);
                return document.Notes is null ? register : register.WithNotes(document.Notes);
            }
            catch (RegisterValidationException e)
            {
                consistency = e.Problems;
            }
        }
        else
        {
            consistency = ProcessorRegister.Validate(document.Controller, document.Processors, document.Agreements, document.Transfers);
        }

        // A value the reader already reported (and replaced by a placeholder) is not reported again by the register.
        var reported = new HashSet<string>(document.Problems.Select(p => p.Path!).Concat(document.IncompleteObjects), StringComparer.Ordinal);
        var extra = consistency.Where(p => !Ancestors(p.Path!).Any(reported.Contains)).ToList();
        var all = new List<Problem>(document.Problems);
        all.AddRange(Locate(extra, reopen, options));
        throw new RegisterFormatException(fileName, Ordered(all));
    }

    private static IReadOnlyList<Problem> Ordered(IEnumerable<Problem> problems) =>
        problems.OrderBy(p => p.Line).ThenBy(p => p.Position).ToArray();

    /// <summary>Finds each problem's path in the file, or the nearest enclosing value that exists there.</summary>
    private static IEnumerable<Problem> Locate(List<Problem> problems, Func<TextReader> reopen, RegisterJsonOptions options)
    {
        if (problems.Count == 0)
        {
            return problems;
        }

        JToken root;
        using (var text = reopen())
        using (var json = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None, MaxDepth = options.MaxDepth })
        {
            root = JToken.ReadFrom(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, CommentHandling = CommentHandling.Ignore });
        }

        return problems.Select(problem =>
        {
            foreach (var path in Ancestors(problem.Path!))
            {
                var token = path.Length == 0 ? root : root.SelectToken(path, errorWhenNoMatch: false);
                if (token is IJsonLineInfo info && info.HasLineInfo())
                {
                    return problem with { Line = info.LineNumber, Position = info.LinePosition };
                }
            }

            return problem;
        }).ToList();
    }

    /// <summary>The path itself, then each enclosing path, ending with the empty root path.</summary>
    private static IEnumerable<string> Ancestors(string path)
    {
        var current = path;
        while (current.Length > 0)
        {
            yield return current;
            var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            current = cut <= 0 ? string.Empty : current.Substring(0, cut);
        }

        yield return string.Empty;
    }
}
