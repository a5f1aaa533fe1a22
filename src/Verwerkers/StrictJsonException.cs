using System;
using System.Globalization;

namespace Verwerkers;

/// <summary>JSON text that Newtonsoft.Json would accept but RFC 8259 does not (see <see cref="StrictJsonText"/>).</summary>
internal sealed class StrictJsonException : Exception
{
    public StrictJsonException(int line, int position, string path, string message)
        : base(message)
    {
        Path = path;
        Line = line;
        Position = position;
    }

    /// <summary>The JSON path where the text went wrong; empty at the top.</summary>
    public string Path { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>The 1-based position in the line.</summary>
    public int Position { get; }

    public override string ToString() => "line " + Line.ToString(CultureInfo.InvariantCulture) + ", position " + Position.ToString(CultureInfo.InvariantCulture) + ": " + Message;
}
