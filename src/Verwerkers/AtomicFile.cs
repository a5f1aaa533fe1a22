using System;
using System.IO;
using System.Threading.Tasks;

namespace Verwerkers;

/// <summary>
/// Replaces a file only once its new content is completely written: the content goes to a hidden temporary file in the
/// target's directory (so the final move is a rename on one volume), then replaces the target. On any failure or
/// cancellation the temporary file is deleted and the target is untouched. Used for every file the library writes.
/// </summary>
/// <remarks>
/// The save respects the file it replaces: a symbolic link is followed and the file it points to is replaced (the link
/// stays a link); the new file gets the old one's permissions, and its owner and group where the process may set them;
/// a device node, pipe, socket or directory is refused before anything is written; a file with more than one hard link
/// is refused, or written in place with <see cref="HardLinkHandling.WriteInPlace"/>.
/// </remarks>
internal static class AtomicFile
{
    /// <summary>Writes a file through a temporary file, flushed to disk before it replaces <paramref name="path"/>.</summary>
    public static async Task Write(string path, bool useAsync, Func<Stream, Task> write, HardLinkHandling hardLinks = HardLinkHandling.Refuse)
    {
        var target = Prepare(path, overwrite: true, hardLinks);
        var temp = TemporaryPathFor(target);
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync ? FileOptions.Asynchronous : FileOptions.None))
            {
                await write(file).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }

            Replace(temp, target, overwrite: true, hardLinks);
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
    public static void Write(string path, Action<Stream> write, bool overwrite, int bufferSize = 64 * 1024, HardLinkHandling hardLinks = HardLinkHandling.Refuse)
    {
        var target = Prepare(path, overwrite, hardLinks);
        var temp = TemporaryPathFor(target);
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize))
            {
                write(file);
            }

            Replace(temp, target, overwrite, hardLinks);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Moves a complete file to <paramref name="target"/>, replacing it when <paramref name="overwrite"/> is true;
    /// otherwise an existing target is an <see cref="IOException"/>. The target is treated as by a write.
    /// </summary>
    public static void MoveIntoPlace(string source, string target, bool overwrite, HardLinkHandling hardLinks = HardLinkHandling.Refuse)
    {
        var resolved = Prepare(target, overwrite, hardLinks);
        var from = source;
        if (!string.Equals(Path.GetDirectoryName(Path.GetFullPath(source)), Path.GetDirectoryName(resolved), StringComparison.Ordinal))
        {
            // The link points elsewhere, possibly to another volume: a rename needs the file beside its target.
            from = TemporaryPathFor(resolved);
            File.Copy(source, from);
        }

        try
        {
            Replace(from, resolved, overwrite, hardLinks);
        }
        catch
        {
            if (!ReferenceEquals(from, source))
            {
                TryDelete(from);
            }

            throw;
        }

        if (!ReferenceEquals(from, source))
        {
            TryDelete(source);
        }
    }

    /// <summary>
    /// The file a save really replaces: the full path, with symbolic links followed to the final target. Refuses what
    /// must not be replaced, before anything is written.
    /// </summary>
    /// <exception cref="IOException">The target is not a regular file, exists while <paramref name="overwrite"/> is false, or has hard links that may not be split.</exception>
    internal static string Prepare(string path, bool overwrite, HardLinkHandling hardLinks)
    {
        var full = Path.GetFullPath(path);
        var target = FollowLinks(full);
        if (Directory.Exists(target))
        {
            throw new IOException($"'{full}' is a directory, not a file; nothing was written.");
        }

        var status = UnixFileStatus.Of(target);
        if (status is not null && !status.IsRegularFile)
        {
            throw new IOException($"'{full}' is {status.TypeName}, not a regular file: it is never replaced; nothing was written. Choose a file path.");
        }

        if (!File.Exists(target))
        {
            return target;
        }

        if (!overwrite)
        {
            throw new IOException($"The file '{full}' already exists and is not replaced; nothing was written.");
        }

        if (status is not null && status.Links > 1 && hardLinks != HardLinkHandling.WriteInPlace)
        {
            throw new IOException(
                $"'{full}' has {status.Links} hard links; replacing it would leave the other names with the old content, so nothing was written. "
                + $"Set {nameof(HardLinkHandling)}.{nameof(HardLinkHandling.WriteInPlace)} to write into the existing file.");
        }

        return target;
    }

    private static string FollowLinks(string full)
    {
#if NET8_0_OR_GREATER
        var info = new FileInfo(full);
        if (info.LinkTarget is null)
        {
            return full;
        }

        // A cycle or a chain deeper than the system allows is an IOException from the resolver.
        var final = info.ResolveLinkTarget(returnFinalTarget: true);
        return final is null ? full : Path.GetFullPath(final.FullName);
#else
        return full;
#endif
    }

    private static void Replace(string temp, string target, bool overwrite, HardLinkHandling hardLinks)
    {
        if (!overwrite || !File.Exists(target))
        {
            File.Move(temp, target);
            return;
        }

        var status = UnixFileStatus.Of(target);
        if (status is not null && status.Links > 1 && hardLinks == HardLinkHandling.WriteInPlace)
        {
            // Every name of the file sees the new content; the complete content is copied over the old.
            using (var source = new FileStream(temp, FileMode.Open, FileAccess.Read, FileShare.Read))
            using (var destination = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.None))
            {
                source.CopyTo(destination);
                destination.SetLength(source.Length);
                destination.Flush(flushToDisk: true);
            }

            TryDelete(temp);
            return;
        }

        KeepPermissions(target, temp, status);
        File.Replace(temp, target, destinationBackupFileName: null, ignoreMetadataErrors: true);
    }

    /// <summary>Gives the new file the permissions of the one it replaces, and its owner and group where allowed.</summary>
    private static void KeepPermissions(string existing, string replacement, UnixFileStatus? status)
    {
#if NET8_0_OR_GREATER
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(replacement, File.GetUnixFileMode(existing));
            if (status is not null)
            {
                UnixFileStatus.TryChangeOwner(replacement, status.Owner, status.Group);
            }
        }
#endif
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
