using System;
using System.Collections.Generic;

namespace Verwerkers.Cli;

/// <summary>A cancelled batch, with the files that were already complete when it stopped (they stay).</summary>
internal sealed class CancelledRunException : OperationCanceledException
{
    public CancelledRunException(IReadOnlyList<string> writtenFiles, OperationCanceledException inner)
        : base(inner.Message, inner, inner.CancellationToken)
    {
        WrittenFiles = writtenFiles;
    }

    /// <summary>The full paths of the complete files, in the order they were written.</summary>
    public IReadOnlyList<string> WrittenFiles { get; }
}
