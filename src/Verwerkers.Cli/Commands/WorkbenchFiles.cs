using System.IO;

namespace Verwerkers.Cli.Commands;

/// <summary>The output files of the workbench commands: refused when they exist (unless --force) or their folder does not.</summary>
internal static class WorkbenchFiles
{
    public static string Target(CommandEnvironment env, string path, bool force)
    {
        if (File.Exists(path) && !force)
        {
            throw new UserErrorException(env.Format(env.Texts.ErrorRefuseOverwrite, path));
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new UserErrorException(env.Format(env.Texts.ErrorDirectoryNotFound, path));
        }

        return path;
    }
}
