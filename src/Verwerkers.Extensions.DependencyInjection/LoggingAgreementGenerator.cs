using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using NodaTime;
using Verwerkers.Agreements;
using Verwerkers.Register;

namespace Verwerkers.Extensions.DependencyInjection;

/// <summary>Logs what the generator it wraps wrote and, as warnings, every agreement it refused.</summary>
internal sealed class LoggingAgreementGenerator : IAgreementGenerator
{
    private readonly IAgreementGenerator _inner;
    private readonly ILogger _logger;

    public LoggingAgreementGenerator(IAgreementGenerator inner, ILogger logger)
    {
        _inner = inner;
        _logger = logger;
    }

    public IReadOnlyDictionary<string, string> FileNames(ProcessorRegister register, LocalDate date) => _inner.FileNames(register, date);

    public GeneratedAgreement Generate(ProcessorRegister register, string processorId, LocalDate date, Stream output, CancellationToken cancellationToken)
    {
        try
        {
            return Generated(_inner.Generate(register, processorId, date, output, cancellationToken));
        }
        catch (UnresolvedTransferException ex) when (Refused(ex, register))
        {
            throw;
        }
    }

    public async Task<GeneratedAgreement> GenerateAsync(ProcessorRegister register, string processorId, LocalDate date, Stream output, CancellationToken cancellationToken = default)
    {
        try
        {
            return Generated(await _inner.GenerateAsync(register, processorId, date, output, cancellationToken).ConfigureAwait(false));
        }
        catch (UnresolvedTransferException ex) when (Refused(ex, register))
        {
            throw;
        }
    }

    public async Task<GeneratedAgreement> GenerateToFileAsync(ProcessorRegister register, string processorId, LocalDate date, string path, CancellationToken cancellationToken = default)
    {
        try
        {
            return Generated(await _inner.GenerateToFileAsync(register, processorId, date, path, cancellationToken).ConfigureAwait(false));
        }
        catch (UnresolvedTransferException ex) when (Refused(ex, register))
        {
            throw;
        }
    }

    public async Task<AgreementBatchResult> GenerateAllAsync(ProcessorRegister register, string folder, LocalDate date, IProgress<AgreementProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var result = await _inner.GenerateAllAsync(register, folder, date, progress, cancellationToken).ConfigureAwait(false);
        foreach (var refused in result.Refused)
        {
            Log.AgreementRefused(_logger, refused.ProcessorId, refused.ProcessorName, string.Join(" ", refused.Unresolved.Select(u => u.Message.En)), null);
        }

        Log.BatchGenerated(_logger, result.Folder, result.Generated.Count, result.Skipped.Count, result.Refused.Count, null);
        return result;
    }

    private GeneratedAgreement Generated(GeneratedAgreement agreement)
    {
        Log.AgreementGenerated(_logger, agreement.ProcessorId, agreement.ProcessorName, agreement.IsJointControllerArrangement, null);
        return agreement;
    }

    /// <summary>Logs the refusal and returns false, so the exception passes unchanged.</summary>
    private bool Refused(UnresolvedTransferException exception, ProcessorRegister register)
    {
        var name = register?.FindProcessor(exception.ProcessorId)?.Name ?? exception.ProcessorId;
        Log.AgreementRefused(_logger, exception.ProcessorId, name, string.Join(" ", exception.Unresolved.Select(u => u.Message.En)), null);
        return false;
    }
}
