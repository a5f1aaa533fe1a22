using System;
using System.IO;
using System.Linq;

namespace Verwerkers.Tests.Agreements;

/// <summary>A fresh folder under the temp directory, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "verwerkers-agreements-" + Guid.NewGuid().ToString("N"))).FullName;
    }

    public string Path { get; }

    /// <summary>The names of every file in the folder and below it (hidden temporary files included), sorted.</summary>
    public string[] Files() =>
        Directory.GetFiles(Path, "*", SearchOption.AllDirectories).Select(f => System.IO.Path.GetRelativePath(Path, f)).OrderBy(f => f, StringComparer.Ordinal).ToArray();

    public string In(params string[] parts) => System.IO.Path.Combine(new[] { Path }.Concat(parts).ToArray());

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
