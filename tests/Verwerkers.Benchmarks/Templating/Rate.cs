using System;

namespace Verwerkers.Benchmarks.Templating;

/// <summary>
/// Documents written in a measured stretch, with the wall-clock time and the CPU time (all threads of the process,
/// so garbage collection counts) it took. On a shared machine the CPU rate is the steadier of the two.
/// </summary>
/// <param name="Documents">The number of documents.</param>
/// <param name="Wall">Elapsed wall-clock time.</param>
/// <param name="Cpu">CPU time used by the process.</param>
public readonly record struct Rate(int Documents, TimeSpan Wall, TimeSpan Cpu)
{
    /// <summary>Documents per wall-clock second.</summary>
    public double WallPerSecond => Documents / Wall.TotalSeconds;

    /// <summary>Documents per CPU second.</summary>
    public double CpuPerSecond => Documents / Cpu.TotalSeconds;

    /// <summary>The sum of two measurements.</summary>
    /// <param name="a">The first.</param>
    /// <param name="b">The second.</param>
    /// <returns>The sum.</returns>
    public static Rate operator +(Rate a, Rate b) => new(a.Documents + b.Documents, a.Wall + b.Wall, a.Cpu + b.Cpu);
}
