using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

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
                return new[] { user.Message };
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

    public static string OneLine(string message) => Regex.Replace(message, @"\s+", " ").Trim();
}
