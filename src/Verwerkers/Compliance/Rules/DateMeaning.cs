namespace Verwerkers.Compliance;

/// <summary>What the date of a finding or event means.</summary>
public enum DateMeaning
{
    /// <summary>The state holds since this day (for example "invalid since 2020-07-16").</summary>
    Since = 0,

    /// <summary>The state holds until this day, inclusive (for example "valid until 2031-12-27", "ends 2027-01-31").</summary>
    Until,

    /// <summary>The state starts on this day (for example "possible from 2023-07-10").</summary>
    From,

    /// <summary>The last day to act (for example the last day to give notice or to object).</summary>
    Deadline,

    /// <summary>The day something happened (for example an agreement ended, a DPF check was made).</summary>
    On,
}
