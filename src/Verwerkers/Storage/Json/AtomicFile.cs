using System;
using System.IO;
using System.Threading.Tasks;

namespace Verwerkers.Storage.Json;

/// <summary>
/// Replaces a file only once its new content is completely written: the content goes to a temporary file in the same
/// directory (so the final move is a rename on one volume), is flushed to disk, and then replaces the target. On any
/// failure or cancellation the temporary file is deleted and the target is untouched.
/// </summary>
internal static class AtomicFile
{
    public static async Task Write(string path, bool useAsync, Func<Stream, Task> write)
    {
        var target = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(target) ?? throw new ArgumentException($"'{path}' is not a file path.", nameof(path));
        var temp = Path.Combine(directory, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync ? FileOptions.Asynchronous : FileOptions.None))
            {
                await write(file).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }

            if (File.Exists(target))
            {
                File.Replace(temp, target, destinationBackupFileName: null, ignoreMetadataErrors: true);
            }
            else
            {
                File.Move(temp, target);
            }
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
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
