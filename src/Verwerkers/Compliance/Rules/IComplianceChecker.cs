using System;
using System.Threading;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>
/// Checks a register on a date with options fixed in advance: the extension point a host depends on (and replaces in
/// its tests). <see cref="ConfiguredComplianceChecker"/> is the implementation over <see cref="ComplianceChecker"/>;
/// <c>AddVerwerkers</c> of the package Verwerkers.Extensions.DependencyInjection registers it.
/// </summary>
/// <remarks>Implementations are thread-safe: a host shares one between requests.</remarks>
public interface IComplianceChecker
{
    /// <summary>Checks a register as of a date.</summary>
    /// <param name="register">The register.</param>
    /// <param name="asOf">The date to judge.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ComplianceReport Check(ProcessorRegister register, LocalDate asOf, CancellationToken cancellationToken = default);
}
