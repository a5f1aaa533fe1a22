using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Verwerkers.Agreements;

namespace Verwerkers.Extensions.DependencyInjection;

/// <summary>Logs every conversion of the converter it wraps: start, success, failure, cancellation.</summary>
internal sealed class LoggingPdfConverter : IPdfConverter
{
    private readonly IPdfConverter _inner;
    private readonly ILogger _logger;

    public LoggingPdfConverter(IPdfConverter inner, ILogger logger)
    {
        _inner = inner;
        _logger = logger;
    }

    public void Convert(IReadOnlyList<string> documents, string outputDirectory, CancellationToken cancellationToken)
    {
        var count = documents?.Count ?? 0;
        Log.PdfConversionStarting(_logger, count, null);
        try
        {
            _inner.Convert(documents!, outputDirectory, cancellationToken);
        }
        catch (Exception ex) when (Logged(ex, count))
        {
            throw;
        }

        Log.PdfConversionDone(_logger, count, null);
    }

    public async Task ConvertAsync(IReadOnlyList<string> documents, string outputDirectory, CancellationToken cancellationToken = default)
    {
        var count = documents?.Count ?? 0;
        Log.PdfConversionStarting(_logger, count, null);
        try
        {
            await _inner.ConvertAsync(documents!, outputDirectory, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (Logged(ex, count))
        {
            throw;
        }

        Log.PdfConversionDone(_logger, count, null);
    }

    /// <summary>Logs the failure and returns false, so the exception passes unchanged with its stack.</summary>
    private bool Logged(Exception exception, int count)
    {
        if (exception is OperationCanceledException)
        {
            Log.PdfConversionCancelled(_logger, count, null);
        }
        else
        {
            Log.PdfConversionFailed(_logger, count, exception);
        }

        return false;
    }
}
