using System.IO;

namespace Verwerkers.Cli.Commands;

/// <summary>The output files of the workbench commands: refused when they exist (unless --force) or their folder does not.</summary>
internal static class WorkbenchFiles
{
    /// <summary>The full path of an output file given on the command line (relative to the working directory).</summary>
    public static string Target(CommandEnvironment env, string path, bool force)
    {
        var full = env.InputPath(path);
        if (File.Exists(full) && !force)
        {
            throw new UserErrorException(env.Format(env.Texts.ErrorRefuseOverwrite, path));
        }

        var directory = Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new UserErrorException(env.Format(env.Texts.ErrorDirectoryNotFound, path));
        }

        return full;
    }
}
