namespace Verwerkers.Compliance;

/// <summary>What a finding is about.</summary>
public enum SubjectKind
{
    /// <summary>A processor (or independent controller) as a whole.</summary>
    Processor = 0,

    /// <summary>A processor agreement.</summary>
    Agreement,

    /// <summary>A sub-processor of a processor.</summary>
    SubProcessor,

    /// <summary>A third-country transfer.</summary>
    Transfer,
}
