// Not part of any build: .ci/run compiles it into the library with -p:VerwerkersClockProbe=true and expects the
// banned-API analyzer (src/BannedSymbols.txt) to fail the build with RS0030 on each line below.
namespace Verwerkers.ClockProbe;

internal static class ReadsTheClock
{
    public static System.DateTime Now() => System.DateTime.UtcNow;

    public static NodaTime.Instant Instant() => NodaTime.SystemClock.Instance.GetCurrentInstant();
}
