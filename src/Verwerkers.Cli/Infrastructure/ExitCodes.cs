namespace Verwerkers.Cli;

/// <summary>The process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Done; for <c>check</c>: nothing is invalid.</summary>
    public const int Ok = 0;

    /// <summary><c>check</c>: the register has invalid items; <c>inspect</c>: the template uses tags that are no agreement field.</summary>
    public const int Findings = 1;

    /// <summary>Bad input: unknown option, missing file, malformed register or template, refused overwrite.</summary>
    public const int BadInput = 2;

    /// <summary>An unexpected internal error (a bug): please report it with the <c>--verbose</c> output.</summary>
    public const int InternalError = 3;

    /// <summary>Cancelled by Ctrl-C (SIGINT) or SIGTERM: 128 + 2, as shells report a process ended by SIGINT.</summary>
    public const int Cancelled = 130;
}
