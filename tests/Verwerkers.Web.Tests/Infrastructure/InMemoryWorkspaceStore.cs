using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Workspace;

namespace Verwerkers.Web.Tests.Infrastructure;

/// <summary>A small IWorkspaceStore in memory for the web tests (the real ones are tested in the workspace tests).</summary>
public sealed class InMemoryWorkspaceStore : IWorkspaceStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, List<VersionedRegister>> _registers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CheckSummary?> _checks = new(StringComparer.Ordinal);
    private readonly IClock _clock;

    public InMemoryWorkspaceStore(IClock clock) => _clock = clock;

    public int UpdateCount { get; private set; }

    public Task<IReadOnlyList<WorkspaceEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<WorkspaceEntry> list = _registers.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new WorkspaceEntry(p.Key, p.Value[^1].Register.Controller.Name, p.Value[^1].Version, _checks[p.Key]))
                .ToList();
            return Task.FromResult(list);
        }
    }

    public Task<VersionedRegister> LoadAsync(string name, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(Versions(name)[^1]);
        }
    }

    public Task<VersionedRegister> LoadVersionAsync(string name, int version, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var versions = Versions(name);
            return version >= 1 && version <= versions.Count ? Task.FromResult(versions[version - 1]) : throw new RegisterNotFoundException(name);
        }
    }

    public Task<RegisterVersion> SaveAsync(string name, ProcessorRegister register, int basedOnVersion, string author, string? summary = null, CheckSummary? checkSummary = null, CancellationToken cancellationToken = default)
    {
        if (!FolderRegisterStore.IsValidName(name))
        {
            throw new ArgumentException("invalid name", nameof(name));
        }

        lock (_gate)
        {
            _registers.TryGetValue(name, out var versions);
            var current = versions?.Count ?? 0;
            if (versions is null && basedOnVersion != 0)
            {
                throw new RegisterNotFoundException(name);
            }

            if (versions is not null && current != basedOnVersion)
            {
                throw new RegisterConflictException(name, basedOnVersion, versions[^1].Version);
            }

            var changes = versions is null ? 1 : RegisterDiff.Compare(versions[^1].Register, register).Count;
            var version = new RegisterVersion(name, current + 1, _clock.GetCurrentInstant(), author, summary ?? changes + " changes", changes);
            if (versions is null)
            {
                versions = new List<VersionedRegister>();
                _registers[name] = versions;
            }

            versions.Add(new VersionedRegister(register, version));
            _checks[name] = checkSummary;
            return Task.FromResult(version);
        }
    }

    public Task<bool> UpdateCheckSummaryAsync(string name, int version, CheckSummary checkSummary, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var versions = Versions(name);
            if (versions.Count != version)
            {
                return Task.FromResult(false);
            }

            _checks[name] = checkSummary;
            UpdateCount++;
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<RegisterVersion>> HistoryAsync(string name, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<RegisterVersion> history = Versions(name).Select(v => v.Version).Reverse().ToList();
            return Task.FromResult(history);
        }
    }

    public async Task<IReadOnlyList<RegisterChange>> CompareAsync(string name, int fromVersion, int toVersion, CancellationToken cancellationToken = default)
    {
        var from = await LoadVersionAsync(name, fromVersion, cancellationToken);
        var to = await LoadVersionAsync(name, toVersion, cancellationToken);
        return RegisterDiff.Compare(from.Register, to.Register);
    }

    public CheckSummary? CheckOf(string name)
    {
        lock (_gate)
        {
            return _checks[name];
        }
    }

    private List<VersionedRegister> Versions(string name) =>
        _registers.TryGetValue(name, out var versions) ? versions : throw new RegisterNotFoundException(name);
}
