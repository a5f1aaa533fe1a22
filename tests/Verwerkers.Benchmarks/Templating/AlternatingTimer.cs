using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Verwerkers.Benchmarks.Templating;

/// <summary>
/// Times two document writers in alternating blocks (a block of the first, then a block of the second), each document
/// to a new file, so that both see the same load on a shared machine. Totals accumulate over calls to <see cref="Run"/>.
/// </summary>
public sealed class AlternatingTimer
{
    private readonly string _folder;
    private readonly int _block1;
    private readonly int _block2;
    private int _next;

    /// <summary>Creates a timer writing into a new folder below <paramref name="work"/>.</summary>
    /// <param name="work">The scratch folder.</param>
    /// <param name="name">The sub-folder for this timer's files.</param>
    /// <param name="block1">Documents per block of the first writer.</param>
    /// <param name="block2">Documents per block of the second writer.</param>
    public AlternatingTimer(string work, string name, int block1, int block2)
    {
        _folder = Directory.CreateDirectory(Path.Combine(work, name)).FullName;
        _block1 = block1;
        _block2 = block2;
    }

    /// <summary>The first writer's total.</summary>
    public Rate First { get; private set; }

    /// <summary>The second writer's total.</summary>
    public Rate Second { get; private set; }

    /// <summary>Runs <paramref name="pairs"/> times a block of <paramref name="first"/> and then one of <paramref name="second"/>.</summary>
    /// <param name="pairs">The number of block pairs.</param>
    /// <param name="first">Writes one document to the given path.</param>
    /// <param name="second">Writes one document to the given path.</param>
    public void Run(int pairs, Action<string> first, Action<string> second)
    {
        for (var i = 0; i < pairs; i++)
        {
            First += Time(_block1, first);
            Second += Time(_block2, second);
        }

        foreach (var file in Directory.GetFiles(_folder))
        {
            File.Delete(file);
        }
    }

    /// <summary>CPU time used so far by this process (all threads).</summary>
    /// <returns>The time.</returns>
    public static TimeSpan ProcessCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private Rate Time(int size, Action<string> write)
    {
        var paths = new string[size];
        for (var i = 0; i < size; i++)
        {
            paths[i] = Path.Combine(_folder, "out-" + (_next++).ToString(CultureInfo.InvariantCulture) + ".docx");
        }

        var cpu = ProcessCpu();
        var watch = Stopwatch.StartNew();
        foreach (var path in paths)
        {
            write(path);
        }

        watch.Stop();
        return new Rate(size, watch.Elapsed, ProcessCpu() - cpu);
    }
}
