namespace Verwerkers.Register;

/// <summary>What a <see cref="RegisterChange"/> does to a register entry or field.</summary>
public enum RegisterChangeKind
{
    /// <summary>A field's value changed (including from or to no value).</summary>
    Changed = 0,

    /// <summary>An entry (a processor, agreement, transfer, sub-processor, data category …) was added.</summary>
    Added,

    /// <summary>An entry was removed.</summary>
    Removed,
}
