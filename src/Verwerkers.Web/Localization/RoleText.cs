using Verwerkers.Workspace.Accounts;

namespace Verwerkers.Web;

/// <summary>The names of the roles on the pages, in Dutch and English.</summary>
public static class RoleText
{
    /// <summary>Gets a role's name.</summary>
    /// <param name="role">The role.</param>
    /// <param name="language">The language.</param>
    /// <returns>"lezer"/"reader", "bewerker"/"editor" or "beheerder"/"admin".</returns>
    public static string Of(AccountRole role, Language language) => (role, language) switch
    {
        (AccountRole.Admin, Language.English) => "admin",
        (AccountRole.Admin, _) => "beheerder",
        (AccountRole.Editor, Language.English) => "editor",
        (AccountRole.Editor, _) => "bewerker",
        (_, Language.English) => "reader",
        _ => "lezer",
    };
}
