using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Verwerkers.Register;
using Verwerkers.Storage;

namespace Verwerkers.Extensions.DependencyInjection;

/// <summary>Logs every register the store it wraps loads (an import into the host), rejects or saves.</summary>
internal sealed class LoggingRegisterStore : IRegisterStore
{
    private readonly IRegisterStore _inner;
    private readonly ILogger _logger;

    public LoggingRegisterStore(IRegisterStore inner, ILogger logger)
    {
        _inner = inner;
        _logger = logger;
    }

    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default) => _inner.ListAsync(cancellationToken);

    public async Task<ProcessorRegister> LoadAsync(string name, CancellationToken cancellationToken = default)
    {
        ProcessorRegister register;
        try
        {
            register = await _inner.LoadAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (RegisterValidationException ex)
        {
            Log.RegisterRejected(_logger, name, ex.Problems.Count, ex);
            throw;
        }

        Log.RegisterLoaded(_logger, name, register.Processors.Count, null);
        return register;
    }

    public async Task SaveAsync(string name, ProcessorRegister register, CancellationToken cancellationToken = default)
    {
        await _inner.SaveAsync(name, register, cancellationToken).ConfigureAwait(false);
        Log.RegisterSaved(_logger, name, register.Processors.Count, null);
    }
}
