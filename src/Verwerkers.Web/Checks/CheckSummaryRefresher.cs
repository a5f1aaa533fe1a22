using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Verwerkers.Workspace;

namespace Verwerkers.Web;

/// <summary>Recomputes stale check summaries in the background, one register at a time, so that the overview never
/// waits for checks: the overview shows the stored summary with its own "as of" date and asks for a new one here.</summary>
/// <remarks>A register asked for twice while waiting is checked once. A summary computed for a version that was
/// superseded meanwhile is dropped by the store (<see cref="IWorkspaceStore.UpdateCheckSummaryAsync"/>). Thread-safe.</remarks>
public sealed class CheckSummaryRefresher : BackgroundService
{
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);
    private readonly IWorkspaceStore _store;
    private readonly WorkspaceChecks _checks;
    private readonly ILogger<CheckSummaryRefresher> _logger;

    /// <summary>Initializes the refresher.</summary>
    /// <param name="store">The workspace.</param>
    /// <param name="checks">The checks.</param>
    /// <param name="logger">Where failures are logged.</param>
    public CheckSummaryRefresher(IWorkspaceStore store, WorkspaceChecks checks, ILogger<CheckSummaryRefresher> logger)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _checks = checks ?? throw new ArgumentNullException(nameof(checks));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Gets how many registers wait for a new summary.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Asks for a register's summary to be recomputed as of today (does nothing when it is already asked for).</summary>
    /// <param name="name">The register's name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public void Request(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_pending.TryAdd(name, 0))
        {
            _queue.Writer.TryWrite(name);
        }
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var name in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var current = await _store.LoadAsync(name, stoppingToken).ConfigureAwait(false);
                var summary = _checks.Summarise(current.Register, _checks.Today(), stoppingToken);
                await _store.UpdateCheckSummaryAsync(name, current.Version.Number, summary, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // One register that cannot be checked must not stop the others; it is logged.
            catch (Exception e)
#pragma warning restore CA1031
            {
                _logger.LogWarning(e, "The check summary of register {Name} could not be recomputed.", name);
            }
            finally
            {
                _pending.TryRemove(name, out _);
            }
        }
    }
}
