using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Verwerkers.Register;

namespace Verwerkers.Storage;

/// <summary>
/// Keeps registers by name: the extension point a host depends on. <see cref="FolderRegisterStore"/> keeps each as a
/// register JSON file in a folder; other stores (a database with versions) implement the same interface.
/// </summary>
/// <remarks>
/// <para>A name is 1 to <see cref="FolderRegisterStore.MaxNameLength"/> characters of letters, digits, '-', '_' and
/// '.', not starting with '.' (<see cref="FolderRegisterStore.IsValidName"/>), so that it is safe as a file name and
/// in a URL on every system.</para>
/// <para>Implementations are thread-safe; a save is atomic: a concurrent load sees the old or the new register, never
/// a part of one.</para>
/// </remarks>
public interface IRegisterStore
{
    /// <summary>Lists the names of the stored registers, in ordinal order.</summary>
    /// <param name="cancellationToken">Stops the listing.</param>
    /// <returns>The names; empty when nothing is stored.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Loads a register by name.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid name.</exception>
    /// <exception cref="RegisterNotFoundException">No register has that name.</exception>
    /// <exception cref="RegisterFormatException">The stored register cannot be read; lists every problem.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<ProcessorRegister> LoadAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Saves a register under a name, replacing the register stored under it, atomically.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="register">The register.</param>
    /// <param name="cancellationToken">Stops the save; the stored register is then left as it was.</param>
    /// <returns>A task that completes when the register is stored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid name, or the register holds a value the format cannot store.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task SaveAsync(string name, ProcessorRegister register, CancellationToken cancellationToken = default);
}
