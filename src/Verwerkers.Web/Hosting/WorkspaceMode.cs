namespace Verwerkers.Web;

/// <summary>How the server runs: single-user (loopback without accounts; <see cref="SingleUserName"/> set) or with
/// accounts; and whether it listens on loopback only.</summary>
internal sealed record WorkspaceMode(string? SingleUserName, bool IsLoopback)
{
    public bool HasAccounts => SingleUserName is null;
}
