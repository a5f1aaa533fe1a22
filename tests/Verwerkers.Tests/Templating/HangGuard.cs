using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Verwerkers.Tests.Templating;

/// <summary>
/// Runs a hostile-input test body on its own thread with a deliberately small stack (1 MiB, below the default of
/// every .NET host), so that recursion on input depth would overflow here first; a body that does not finish within
/// a generous time fails instead of hanging the run. Reports the bytes the body allocated.
/// </summary>
public static class HangGuard
{
    public const int StackSize = 1024 * 1024;

    /// <summary>Runs <paramref name="body"/>; rethrows what it threw; returns the bytes it allocated on its thread.</summary>
    public static long Run(Action body, int seconds = 300)
    {
        Exception? failure = null;
        long allocated = 0;
        var thread = new Thread(
            () =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    body();
                }
                catch (Exception ex)
                {
                    failure = ex;
                }

                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            },
            StackSize);
        thread.IsBackground = true;
        thread.Start();
        if (!thread.Join(TimeSpan.FromSeconds(seconds)))
        {
            throw new TimeoutException($"The body did not finish within {seconds} s (hang guard): the work is not bounded by the input.");
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return allocated;
    }
}
