using System.Collections.Generic;

namespace Verwerkers.Workspace.Accounts;

/// <summary>A user of a workspace: a name, a role and the registers granted to them (an admin sees every register).</summary>
/// <remarks>Never carries the password or its hash. Immutable and thread-safe.</remarks>
/// <param name="UserName">The user name (case-insensitive for sign-in, stored as given).</param>
/// <param name="Role">The role.</param>
/// <param name="Grants">The names of the registers the user may see; ignored for <see cref="AccountRole.Admin"/>.</param>
public sealed record Account(string UserName, AccountRole Role, IReadOnlyList<string> Grants)
{
    /// <summary>Tells whether the account may see a register.</summary>
    /// <param name="registerName">The register's name.</param>
    /// <returns>True for an admin and for a granted register.</returns>
    public bool MaySee(string registerName) => Role == AccountRole.Admin || Contains(Grants, registerName);

    /// <summary>Tells whether the account may change a register (editor with a grant, or admin).</summary>
    /// <param name="registerName">The register's name.</param>
    /// <returns>True when the account may save, import into or generate agreements for the register.</returns>
    public bool MayEdit(string registerName) => Role != AccountRole.Reader && MaySee(registerName);

    private static bool Contains(IReadOnlyList<string> grants, string name)
    {
        foreach (var grant in grants)
        {
            if (string.Equals(grant, name, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
