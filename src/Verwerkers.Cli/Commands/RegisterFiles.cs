using System.IO;
using Verwerkers.Register;
using Verwerkers.Storage;

namespace Verwerkers.Cli.Commands;

/// <summary>Loading a user's register file, with the tool's one-line errors.</summary>
internal static class RegisterFiles
{
    /// <summary>Loads a register; a missing file or a bad one throws an exception the error describer explains.</summary>
    public static ProcessorRegister Load(CommandEnvironment env, string path)
    {
        var full = env.InputPath(path);
        if (!File.Exists(full))
        {
            throw new UserErrorException(env.Format(env.Texts.ErrorFileNotFound, path, env.Context.WorkingDirectory));
        }

        return RegisterJson.Load(full);
    }
}
