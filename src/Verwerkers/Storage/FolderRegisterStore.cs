using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Verwerkers.Register;

namespace Verwerkers.Storage;

/// <summary>
/// An <see cref="IRegisterStore"/> over a folder: each register is the register JSON file <c>&lt;name&gt;.json</c>,
/// read through <see cref="RegisterJson"/> with its limits and written atomically (a temporary file moved into place).
/// </summary>
/// <remarks>
/// The folder is created at the first save. Files in it that are not named as a register (other extensions, names
/// starting with '.', the temporary files of a save) are not listed. Immutable and thread-safe; two saves of the
/// same name at once leave one of the two registers, complete.
/// </remarks>
public sealed class FolderRegisterStore : IRegisterStore
{
    /// <summary>The longest name: 100 characters.</summary>
    public const int MaxNameLength = 100;

    private const string Extension = ".json";

    private readonly RegisterJsonOptions? _options;

    /// <summary>Creates a store over a folder.</summary>
    /// <param name="folder">The folder; made absolute. It need not exist yet.</param>
    /// <param name="options">The limits and choices for reading and writing; null for <see cref="RegisterJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty, or <paramref name="options"/> are invalid.</exception>
    public FolderRegisterStore(string folder, RegisterJsonOptions? options = null)
    {
        Guard.NotNullOrWhiteSpace(folder, nameof(folder));
        options?.Validate();
        Folder = Path.GetFullPath(folder);
        _options = options;
    }

    /// <summary>Gets the full path of the folder.</summary>
    public string Folder { get; }

    /// <summary>
    /// Tells whether a name can name a register: 1 to <see cref="MaxNameLength"/> ASCII letters, digits, '-', '_' and
    /// '.', not starting with '.', and not a device name Windows reserves (CON, NUL, COM1, …).
    /// </summary>
    /// <param name="name">The name; null is not valid.</param>
    /// <returns>True when the name is valid.</returns>
    public static bool IsValidName(string? name)
    {
        if (name is null || name.Length == 0 || name.Length > MaxNameLength || name[0] == '.')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.'))
            {
                return false;
            }
        }

        var stem = name.Split('.')[0].ToUpperInvariant();
        return !(stem is "CON" or "PRN" or "AUX" or "NUL"
            || (stem.Length == 4 && (stem.StartsWith("COM", StringComparison.Ordinal) || stem.StartsWith("LPT", StringComparison.Ordinal)) && stem[3] is >= '0' and <= '9'));
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!Directory.Exists(Folder))
        {
            return Task.FromResult<IReadOnlyList<string>>(Array.Empty<string>());
        }

        var names = Directory.EnumerateFiles(Folder, "*" + Extension, SearchOption.TopDirectoryOnly)
            .Select(Path.GetFileName)
            .Where(f => f!.EndsWith(Extension, StringComparison.Ordinal))
            .Select(f => f!.Substring(0, f.Length - Extension.Length))
            .Where(IsValidName)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
        return Task.FromResult<IReadOnlyList<string>>(names);
    }

    /// <inheritdoc/>
    public async Task<ProcessorRegister> LoadAsync(string name, CancellationToken cancellationToken = default)
    {
        var path = PathOf(name);
        if (!File.Exists(path))
        {
            throw new RegisterNotFoundException(name);
        }

        try
        {
            return await RegisterJson.LoadAsync(path, _options, cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            // Deleted between the check and the read.
            throw new RegisterNotFoundException(name);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="IOException">The file cannot be written; the stored register is left as it was.</exception>
    public Task SaveAsync(string name, ProcessorRegister register, CancellationToken cancellationToken = default)
    {
        var path = PathOf(name);
        Guard.NotNull(register, nameof(register));
        cancellationToken.ThrowIfCancellationRequested();
        Directory.CreateDirectory(Folder);
        return RegisterJson.SaveAsync(register, path, _options, cancellationToken);
    }

    private string PathOf(string name)
    {
        Guard.NotNull(name, nameof(name));
        if (!IsValidName(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a register name: use 1 to {MaxNameLength} letters, digits, '-', '_' and '.', not starting with '.' and not a device name such as CON or NUL.", nameof(name));
        }

        return Path.Combine(Folder, name + Extension);
    }
}
