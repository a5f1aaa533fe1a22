using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Verwerkers.Register;
using Verwerkers.Storage;

namespace Verwerkers.Workspace;

/// <summary>
/// A workspace of organisations' registers, each kept as numbered versions: every save is a new version with who,
/// when and a summary of what changed, and a save based on an old version is refused.
/// </summary>
/// <remarks>
/// <para>Names follow the rule of <see cref="FolderRegisterStore.IsValidName"/> (safe in a URL and as a file name).
/// Versions are numbered from 1 per register; version numbers never change and versions are never deleted, so the
/// history is the audit trail Art. 5(2) GDPR asks for.</para>
/// <para>Optimistic concurrency: <see cref="SaveAsync"/> names the version the edit started from; when another save
/// came first, the save is refused with <see cref="RegisterConflictException"/> and nothing is written, so no update
/// is lost.</para>
/// <para>Implementations are thread-safe and may be shared by every request of a web host.</para>
/// </remarks>
public interface IWorkspaceStore
{
    /// <summary>Lists every register of the workspace with its current version and stored check summary.</summary>
    /// <param name="cancellationToken">Stops the listing.</param>
    /// <returns>The entries, in ordinal order of name; empty when the workspace is empty.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<IReadOnlyList<WorkspaceEntry>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Loads the current version of a register.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <returns>The register with its version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid name.</exception>
    /// <exception cref="RegisterNotFoundException">No register has that name.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<VersionedRegister> LoadAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Loads one version of a register.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="version">The version number, from 1.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    /// <returns>The register as it was saved in that version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid name.</exception>
    /// <exception cref="RegisterNotFoundException">No register has that name, or it has no such version.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<VersionedRegister> LoadVersionAsync(string name, int version, CancellationToken cancellationToken = default);

    /// <summary>Saves a register as a new version, if the register is still at the version the edit started from.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="register">The register to save.</param>
    /// <param name="basedOnVersion">The version the edit started from; 0 to create a register that does not exist yet.</param>
    /// <param name="author">Who saves (an account's user name, or the name a single user gives).</param>
    /// <param name="summary">What changed, in words; null to let the store describe the changes it finds.</param>
    /// <param name="checkSummary">The register's check as of a date, shown in overviews; null when not checked.</param>
    /// <param name="cancellationToken">Stops the save; nothing is then written.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="register"/> or <paramref name="author"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid name, or <paramref name="author"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basedOnVersion"/> is negative.</exception>
    /// <exception cref="RegisterConflictException">The register is no longer at <paramref name="basedOnVersion"/> (or already exists when it is 0).</exception>
    /// <exception cref="RegisterNotFoundException"><paramref name="basedOnVersion"/> is 1 or more, but no register has that name.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<RegisterVersion> SaveAsync(
        string name,
        ProcessorRegister register,
        int basedOnVersion,
        string author,
        string? summary = null,
        CheckSummary? checkSummary = null,
        CancellationToken cancellationToken = default);

    /// <summary>Replaces the stored check summary of a register's current version (a new day changes verdicts).</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="version">The version the summary was computed for; ignored (returns false) when no longer current.</param>
    /// <param name="checkSummary">The check summary.</param>
    /// <param name="cancellationToken">Stops the update.</param>
    /// <returns>True when stored; false when the register has moved on to a newer version.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RegisterNotFoundException">No register has that name.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<bool> UpdateCheckSummaryAsync(string name, int version, CheckSummary checkSummary, CancellationToken cancellationToken = default);

    /// <summary>Lists the versions of a register, newest first.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="cancellationToken">Stops the listing.</param>
    /// <returns>The versions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="RegisterNotFoundException">No register has that name.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<IReadOnlyList<RegisterVersion>> HistoryAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Compares two versions of a register field by field (<see cref="RegisterDiff"/>).</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="fromVersion">The older version.</param>
    /// <param name="toVersion">The newer version.</param>
    /// <param name="cancellationToken">Stops the comparison.</param>
    /// <returns>The changes from <paramref name="fromVersion"/> to <paramref name="toVersion"/>; empty when equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="RegisterNotFoundException">No register has that name, or it lacks one of the versions.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<IReadOnlyList<RegisterChange>> CompareAsync(string name, int fromVersion, int toVersion, CancellationToken cancellationToken = default);
}
