using System;
using System.IO;
using System.Threading.Tasks;

namespace Verwerkers;

/// <summary>
/// Replaces a file only once its new content is completely written: the content goes to a hidden temporary file in the
/// same directory (so the final move is a rename on one volume), then replaces the target. On any failure or
/// cancellation the temporary file is deleted and the target is untouched. Used for every file the library writes.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes a file through a temporary file, flushed to disk before it replaces <paramref name="path"/>.</summary>
    public static async Task Write(string path, bool useAsync, Func<Stream, Task> write)
    {
        var target = Path.GetFullPath(path);
        var temp = TemporaryPathFor(target);
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync ? FileOptions.Asynchronous : FileOptions.None))
            {
                await write(file).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }

            MoveIntoPlace(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Writes a file through a temporary file; with <paramref name="overwrite"/> false an existing
    /// <paramref name="path"/> is an <see cref="IOException"/> and stays as it was.
    /// </summary>
    public static void Write(string path, Action<Stream> write, bool overwrite, int bufferSize = 64 * 1024)
    {
        var target = Path.GetFullPath(path);
        var temp = TemporaryPathFor(target);
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize))
            {
                write(file);
            }

            MoveIntoPlace(temp, target, overwrite);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Moves a complete file to <paramref name="target"/>, replacing it when <paramref name="overwrite"/> is true;
    /// otherwise an existing target is an <see cref="IOException"/>.
    /// </summary>
    public static void MoveIntoPlace(string source, string target, bool overwrite)
    {
        if (overwrite && File.Exists(target))
        {
            File.Replace(source, target, destinationBackupFileName: null, ignoreMetadataErrors: true);
        }
        else
        {
            File.Move(source, target);
        }
    }

    private static string TemporaryPathFor(string target)
    {
        var directory = Path.GetDirectoryName(target) ?? throw new ArgumentException($"'{target}' is not a file path.", nameof(target));
        return Path.Combine(directory, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the target is intact either way; a stray hidden .tmp file is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
