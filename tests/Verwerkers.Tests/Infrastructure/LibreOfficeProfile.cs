using System;
using System.IO;

namespace Verwerkers.Tests.Infrastructure;

/// <summary>
/// The one LibreOffice profile of a test run, and the lock every soffice call of the test project takes: two soffice
/// processes on one profile do not run side by side (the second exits with 1), so all helpers share both.
/// </summary>
public static class LibreOfficeProfile
{
    /// <summary>The lock held for the whole of an soffice call.</summary>
    public static object Gate { get; } = new();

    /// <summary>The profile folder, as a path.</summary>
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "verwerkers-lo-profile-" + Environment.ProcessId);

    /// <summary>The soffice argument that selects the profile.</summary>
    public static string Argument => "-env:UserInstallation=" + new Uri(Folder).AbsoluteUri;
}
