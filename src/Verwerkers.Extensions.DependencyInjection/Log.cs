using System;
using Microsoft.Extensions.Logging;

namespace Verwerkers.Extensions.DependencyInjection;

/// <summary>The events the services log, each with a stable id and structured values.</summary>
internal static class Log
{
    public static readonly Action<ILogger, int, Exception?> PdfConversionStarting =
        LoggerMessage.Define<int>(LogLevel.Debug, new EventId(1001, "PdfConversionStarting"), "Converting {DocumentCount} document(s) to PDF");

    public static readonly Action<ILogger, int, Exception?> PdfConversionDone =
        LoggerMessage.Define<int>(LogLevel.Information, new EventId(1002, "PdfConversionDone"), "Converted {DocumentCount} document(s) to PDF");

    public static readonly Action<ILogger, int, Exception?> PdfConversionFailed =
        LoggerMessage.Define<int>(LogLevel.Error, new EventId(1003, "PdfConversionFailed"), "The PDF conversion of {DocumentCount} document(s) failed");

    public static readonly Action<ILogger, int, Exception?> PdfConversionCancelled =
        LoggerMessage.Define<int>(LogLevel.Information, new EventId(1004, "PdfConversionCancelled"), "The PDF conversion of {DocumentCount} document(s) was cancelled and stopped");

    public static readonly Action<ILogger, string, string, bool, Exception?> AgreementGenerated =
        LoggerMessage.Define<string, string, bool>(LogLevel.Information, new EventId(2001, "AgreementGenerated"), "Generated the agreement with {ProcessorId} ({ProcessorName}); joint-controller arrangement: {Arrangement}");

    public static readonly Action<ILogger, string, string, string, Exception?> AgreementRefused =
        LoggerMessage.Define<string, string, string>(LogLevel.Warning, new EventId(2002, "AgreementRefused"), "Refused the agreement with {ProcessorId} ({ProcessorName}): {Reason}");

    public static readonly Action<ILogger, string, int, int, int, Exception?> BatchGenerated =
        LoggerMessage.Define<string, int, int, int>(LogLevel.Information, new EventId(2003, "BatchGenerated"), "Generated agreements into {Folder}: {Generated} written, {Skipped} skipped, {Refused} refused");

    public static readonly Action<ILogger, string, int, Exception?> RegisterLoaded =
        LoggerMessage.Define<string, int>(LogLevel.Information, new EventId(3001, "RegisterLoaded"), "Loaded register {RegisterName} with {ProcessorCount} processor(s)");

    public static readonly Action<ILogger, string, int, Exception?> RegisterRejected =
        LoggerMessage.Define<string, int>(LogLevel.Warning, new EventId(3002, "RegisterRejected"), "Register {RegisterName} cannot be read: {ProblemCount} problem(s)");

    public static readonly Action<ILogger, string, int, Exception?> RegisterSaved =
        LoggerMessage.Define<string, int>(LogLevel.Information, new EventId(3003, "RegisterSaved"), "Saved register {RegisterName} with {ProcessorCount} processor(s)");
}
