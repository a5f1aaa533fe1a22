using NodaTime;

namespace Verwerkers.Tests.Compliance;

/// <summary>A clock that always says the same instant (NodaTime.Testing is not available).</summary>
internal sealed class FixedClock : IClock
{
    private readonly Instant _now;

    public FixedClock(Instant now) => _now = now;

    public int Calls { get; private set; }

    public Instant GetCurrentInstant()
    {
        Calls++;
        return _now;
    }
}
