using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Verwerkers.Agreements;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Storage;

namespace Verwerkers.Cli;

/// <summary>Turns the exceptions a user can cause into one clear line each; returns null for bugs.</summary>
internal static class ErrorDescriber
{
    public static IReadOnlyList<string>? Describe(CommandEnvironment env, Exception exception)
    {
        var texts = env.Texts;
        switch (exception)
        {
            case UserErrorException user:
                return user.Lines;
            case Verwerkers.Statements.StatementFormatException statement:
                return new[] { OneLine(statement.Message) };
            case PdfConversionException pdf:
                return new[] { env.Format(texts.ErrorPdf, OneLine(pdf.Message)) };
            case RegisterFormatException format:
                return RegisterProblems(env, format.FileName ?? "register", format.Problems, summary: true);
            case ReferenceDataFormatException referenceData:
                return RegisterProblems(env, referenceData.FileName, referenceData.Problems, summary: false);
            case RegisterValidationException invalid:
                return RegisterProblems(env, "register", invalid.Problems, summary: false);
            case FileNotFoundException notFound:
                return new[] { env.Format(texts.ErrorFileNotFound, notFound.FileName ?? notFound.Message, Directory.GetCurrentDirectory()) };
            case DirectoryNotFoundException directory:
                return new[] { OneLine(directory.Message) };
            case UnauthorizedAccessException denied:
                return new[] { OneLine(denied.Message) };
            case IOException io:
                return new[] { OneLine(io.Message) };
            default:
                return null;
        }
    }

    private static IReadOnlyList<string> RegisterProblems(CommandEnvironment env, string file, IReadOnlyList<Problem> problems, bool summary)
    {
        var lines = new List<string>(problems.Count + 1);
        foreach (var problem in problems)
        {
            var message = problem.MessageIn(env.Language);
            lines.Add(problem.Line > 0
                ? env.Format(env.Texts.ErrorRegisterProblem, file, problem.Line, problem.Position, problem.Path, OneLine(message))
                : env.Format(env.Texts.ErrorRegisterProblemNoPosition, file, problem.Path, OneLine(message)));
        }

        if (summary)
        {
            lines.Add(env.Format(env.Texts.ErrorRegisterSummary, file, problems.Count));
        }

        return lines;
    }

    public static string OneLine(string message) => Regex.Replace(message, @"\s+", " ").Trim();
}
