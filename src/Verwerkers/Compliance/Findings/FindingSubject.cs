namespace Verwerkers.Compliance;

/// <summary>The register entry a finding is about.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FindingSubject
{
    /// <summary>Initializes a subject.</summary>
    /// <param name="kind">The kind of entry.</param>
    /// <param name="id">The entry's id (sub-processor ids are unique within their processor only).</param>
    /// <param name="processorId">The processor the entry belongs to (for a processor: its own id).</param>
    /// <param name="name">A display name.</param>
    public FindingSubject(SubjectKind kind, string id, string processorId, string name)
    {
        Kind = kind;
        Id = Guard.NotNull(id, nameof(id));
        ProcessorId = Guard.NotNull(processorId, nameof(processorId));
        Name = Guard.NotNull(name, nameof(name));
    }

    /// <summary>Gets the kind of entry.</summary>
    public SubjectKind Kind { get; }

    /// <summary>Gets the entry's id.</summary>
    public string Id { get; }

    /// <summary>Gets the id of the processor the entry belongs to.</summary>
    public string ProcessorId { get; }

    /// <summary>Gets a display name, for example "MailChimp" or "Amazon Web Services".</summary>
    public string Name { get; }
}
