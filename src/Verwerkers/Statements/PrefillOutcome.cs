namespace Verwerkers.Statements;

/// <summary>What became of a catalogue fact when a processor was prefilled.</summary>
public enum PrefillOutcome
{
    /// <summary>The fact filled a value the user did not give.</summary>
    Applied = 0,

    /// <summary>The user gave the value explicitly; the fact was not used (the user's value stays).</summary>
    UserValueKept,

    /// <summary>The fact has no field in the register (for example <c>role</c>, which may depend on the service): shown to the user, not filled in.</summary>
    ForInformation,
}
