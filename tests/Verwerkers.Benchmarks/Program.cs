using System.Linq;
using BenchmarkDotNet.Running;
using Verwerkers.Benchmarks.Templating;

namespace Verwerkers.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project tests/Verwerkers.Benchmarks -- --filter *</c> for the
/// BenchmarkDotNet classes, or <c>-- templating-side-by-side [--n N] [--rounds R] [--peer DIR]</c> for the template
/// fill against docxtemplater and a ZIP round-trip in one run (see <see cref="SideBySide"/>).
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected on the command line.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == SideBySide.Command)
        {
            return SideBySide.Run(args.Skip(1).ToList());
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
