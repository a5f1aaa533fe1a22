using Verwerkers.Register;

namespace Verwerkers.Statements;

// The With… methods of ProcessorDraft, for C# 7.3 and VB.NET (no init accessors or with expressions there).
public sealed partial record ProcessorDraft
{
    /// <summary>Returns a copy with another <see cref="Id"/>; this draft is left unchanged (thread-safe).</summary>
    /// <param name="id">The id; null for the default.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorDraft WithId(string? id) => this with { Id = id };

    /// <summary>Returns a copy with another <see cref="LegalEntity"/>; this draft is left unchanged (thread-safe).</summary>
    /// <param name="legalEntity">The legal entity; null for "not given".</param>
    /// <returns>The changed copy.</returns>
    public ProcessorDraft WithLegalEntity(string? legalEntity) => this with { LegalEntity = legalEntity };

    /// <summary>Returns a copy with another <see cref="KvkNumber"/>; this draft is left unchanged (thread-safe).</summary>
    /// <param name="kvkNumber">The KvK number; null for "not given".</param>
    /// <returns>The changed copy.</returns>
    public ProcessorDraft WithKvkNumber(string? kvkNumber) => this with { KvkNumber = kvkNumber };

    /// <summary>Returns a copy with another <see cref="Country"/>; this draft is left unchanged (thread-safe).</summary>
    /// <param name="country">The country; null for "not given".</param>
    /// <returns>The changed copy.</returns>
    public ProcessorDraft WithCountry(CountryCode? country) => this with { Country = country };

    /// <summary>Returns a copy with another <see cref="Category"/>; this draft is left unchanged (thread-safe).</summary>
    /// <param name="category">The category; null for "not given".</param>
    /// <returns>The changed copy.</returns>
    public ProcessorDraft WithCategory(ProcessorCategory? category) => this with { Category = category };

    /// <summary>Returns a copy with another <see cref="DpfOrganisation"/>; this draft is left unchanged (thread-safe).</summary>
    /// <param name="dpfOrganisation">The DPF organisation; null for "not given".</param>
    /// <returns>The changed copy.</returns>
    public ProcessorDraft WithDpfOrganisation(string? dpfOrganisation) => this with { DpfOrganisation = dpfOrganisation };

    /// <summary>Returns a copy with another <see cref="DpaUrl"/>; this draft is left unchanged (thread-safe).</summary>
    /// <param name="dpaUrl">The URL; null for "not given".</param>
    /// <returns>The changed copy.</returns>
    public ProcessorDraft WithDpaUrl(string? dpaUrl) => this with { DpaUrl = dpaUrl };

    /// <summary>Returns a copy with another <see cref="SubProcessorsUrl"/>; this draft is left unchanged (thread-safe).</summary>
    /// <param name="subProcessorsUrl">The URL; null for "not given".</param>
    /// <returns>The changed copy.</returns>
    public ProcessorDraft WithSubProcessorsUrl(string? subProcessorsUrl) => this with { SubProcessorsUrl = subProcessorsUrl };
}
