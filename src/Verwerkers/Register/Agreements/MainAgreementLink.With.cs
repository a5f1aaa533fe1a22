using System;
using NodaTime;

namespace Verwerkers.Register;

// The With… methods of MainAgreementLink: each returns a changed copy, so that every C# version (7.3 has no init or with) and VB.NET
// can build and change one. Argument checks are those of the constructor.
public sealed partial record MainAgreementLink
{
    /// <summary>Returns a copy of this link with another <see cref="Reference"/>; this link is left unchanged (thread-safe).</summary>
    /// <param name="reference">The main agreement's reference.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is empty or white space.</exception>
    public MainAgreementLink WithReference(string reference) => this with { Reference = Guard.NotNullOrWhiteSpace(reference, nameof(reference)) };

    /// <summary>Returns a copy of this link with another <see cref="EndDate"/>; this link is left unchanged (thread-safe).</summary>
    /// <param name="endDate">The main agreement's end date, when it has one.</param>
    /// <returns>The changed copy.</returns>
    public MainAgreementLink WithEndDate(LocalDate? endDate) => this with { EndDate = endDate };
}
