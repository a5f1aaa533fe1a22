using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Verwerkers;

/// <summary>
/// What <c>stat(2)</c> says about a file on Unix (following symbolic links): its type, owner and number of hard
/// links. .NET has no API for the type of a device node or the link count, so this reads the C library's
/// <c>struct stat</c> for the layouts it knows (Linux x64 and Arm64, macOS x64 and Arm64); elsewhere (and on
/// Windows) <see cref="Of"/> returns null and callers rely on what .NET itself can tell.
/// </summary>
internal sealed class UnixFileStatus
{
    private const uint TypeMask = 0xF000;
    private const uint RegularType = 0x8000;
    private const uint DirectoryType = 0x4000;

    private UnixFileStatus(uint mode, uint owner, uint group, long links)
    {
        Mode = mode;
        Owner = owner;
        Group = group;
        Links = links;
    }

    /// <summary>The file's type and permission bits (<c>st_mode</c>).</summary>
    public uint Mode { get; }

    /// <summary>The owner's user id.</summary>
    public uint Owner { get; }

    /// <summary>The owner's group id.</summary>
    public uint Group { get; }

    /// <summary>The number of hard links (names) of the file.</summary>
    public long Links { get; }

    public bool IsRegularFile => (Mode & TypeMask) == RegularType;

    public bool IsDirectory => (Mode & TypeMask) == DirectoryType;

    /// <summary>A description of the type for messages: "a character device", "a directory", ...</summary>
    public string TypeName => (Mode & TypeMask) switch
    {
        0x1000 => "a named pipe (FIFO)",
        0x2000 => "a character device",
        0x4000 => "a directory",
        0x6000 => "a block device",
        0x8000 => "a regular file",
        0xC000 => "a socket",
        _ => "not a regular file",
    };

    /// <summary>Reads the status of an existing file; null when it does not exist or the platform is not one this knows.</summary>
    public static UnixFileStatus? Of(string path)
    {
        var layout = CurrentLayout();
        if (layout == Layout.Unknown)
        {
            return null;
        }

        var buffer = new byte[256];
        int result;
        try
        {
            result = layout == Layout.MacX64 ? StatInode64(CPath(path), buffer) : Stat(CPath(path), buffer);
        }
        catch (EntryPointNotFoundException) when (layout == Layout.LinuxX64)
        {
            result = XStat(1, CPath(path), buffer); // glibc before 2.33 exports only __xstat.
        }
        catch (DllNotFoundException)
        {
            return null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }

        if (result != 0)
        {
            return null;
        }

        return layout switch
        {
            // struct stat: st_dev 8, st_ino 8, st_nlink 8, st_mode 4, st_uid 4, st_gid 4
            Layout.LinuxX64 => new UnixFileStatus(BitConverter.ToUInt32(buffer, 24), BitConverter.ToUInt32(buffer, 28), BitConverter.ToUInt32(buffer, 32), BitConverter.ToInt64(buffer, 16)),

            // asm-generic struct stat: st_dev 8, st_ino 8, st_mode 4, st_nlink 4, st_uid 4, st_gid 4
            Layout.LinuxArm64 => new UnixFileStatus(BitConverter.ToUInt32(buffer, 16), BitConverter.ToUInt32(buffer, 24), BitConverter.ToUInt32(buffer, 28), BitConverter.ToUInt32(buffer, 20)),

            // struct stat (64-bit inodes): st_dev 4, st_mode 2, st_nlink 2, st_ino 8, st_uid 4, st_gid 4
            _ => new UnixFileStatus(BitConverter.ToUInt16(buffer, 4), BitConverter.ToUInt32(buffer, 16), BitConverter.ToUInt32(buffer, 20), BitConverter.ToUInt16(buffer, 6)),
        };
    }

    /// <summary>Gives a file an owner and group, as far as the process may (only root may give a file away); false when refused.</summary>
    public static bool TryChangeOwner(string path, uint owner, uint group)
    {
        if (CurrentLayout() == Layout.Unknown)
        {
            return false;
        }

        try
        {
            return Chown(CPath(path), owner, group) == 0 || Chown(CPath(path), uint.MaxValue, group) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>A path as the C library takes it: UTF-8, ending with NUL.</summary>
    private static byte[] CPath(string path) => System.Text.Encoding.UTF8.GetBytes(path + "\0");

    private static Layout CurrentLayout()
    {
        var arch = RuntimeInformation.ProcessArchitecture;
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            return arch == Architecture.X64 ? Layout.LinuxX64 : arch == Architecture.Arm64 ? Layout.LinuxArm64 : Layout.Unknown;
        }

        if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
        {
            return arch == Architecture.X64 ? Layout.MacX64 : arch == Architecture.Arm64 ? Layout.MacArm64 : Layout.Unknown;
        }

        return Layout.Unknown;
    }

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat(byte[] path, byte[] buffer);

    [DllImport("libc", EntryPoint = "stat$INODE64", SetLastError = true)]
    private static extern int StatInode64(byte[] path, byte[] buffer);

    [DllImport("libc", EntryPoint = "__xstat", SetLastError = true)]
    private static extern int XStat(int version, byte[] path, byte[] buffer);

    [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
    private static extern int Chown(byte[] path, uint owner, uint group);

    private enum Layout
    {
        Unknown,
        LinuxX64,
        LinuxArm64,
        MacX64,
        MacArm64,
    }
}
