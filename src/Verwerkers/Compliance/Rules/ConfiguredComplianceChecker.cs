using System;
using System.Threading;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>An <see cref="IComplianceChecker"/> that runs <see cref="ComplianceChecker"/> with options given once.</summary>
/// <remarks>
/// The options are validated when the checker is created (every invalid field at once), so a host learns of a
/// misconfiguration at start-up rather than at the first request. Immutable and thread-safe.
/// </remarks>
public sealed class ConfiguredComplianceChecker : IComplianceChecker
{
    private readonly ComplianceOptions? _options;

    /// <summary>Creates a checker.</summary>
    /// <param name="options">The options; null for <see cref="ComplianceOptions.Default"/>. Changing them afterwards changes the checks.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> is invalid; the message lists every invalid field.</exception>
    public ConfiguredComplianceChecker(ComplianceOptions? options = null)
    {
        options?.ThrowIfInvalid();
        _options = options;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The options were changed after creation and are now invalid.</exception>
    public ComplianceReport Check(ProcessorRegister register, LocalDate asOf, CancellationToken cancellationToken = default) =>
        ComplianceChecker.Check(register, asOf, _options, cancellationToken);
}
