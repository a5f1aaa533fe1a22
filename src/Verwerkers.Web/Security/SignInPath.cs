using System;
using Microsoft.AspNetCore.Http;

namespace Verwerkers.Web;

/// <summary>The paths of the sign-in and sign-out pages.</summary>
internal static class SignInPath
{
    public const string Path = "/signin";

    public const string SignOutPath = "/signout";

    public static bool IsAccountPage(PathString path) =>
        path.Equals(Path, StringComparison.OrdinalIgnoreCase) || path.Equals(SignOutPath, StringComparison.OrdinalIgnoreCase);
}
