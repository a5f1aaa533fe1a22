using System;
using Microsoft.AspNetCore.Http;

namespace Verwerkers.Web;

/// <summary>The workspace's per-request values on <see cref="HttpContext"/>: the user and the page language.</summary>
public static class WorkspaceHttpContextExtensions
{
    private static readonly object UserKey = new();

    /// <summary>Gets the user of the request.</summary>
    /// <param name="context">The request's context.</param>
    /// <returns>The user.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The request has no workspace user: it is anonymous (only the
    /// sign-in page and the style sheet are served to anonymous requests).</exception>
    public static WorkspaceUser GetWorkspaceUser(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return FindWorkspaceUser(context)
            ?? throw new InvalidOperationException("The request has no workspace user: it is anonymous.");
    }

    /// <summary>Gets the user of the request, or null when it is anonymous.</summary>
    /// <param name="context">The request's context.</param>
    /// <returns>The user, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static WorkspaceUser? FindWorkspaceUser(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(UserKey, out var value) ? value as WorkspaceUser : null;
    }

    /// <summary>Gets the page language of the request (Dutch unless the user chose English).</summary>
    /// <param name="context">The request's context.</param>
    /// <returns>The language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static Language GetLanguage(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return WebLanguage.Get(context);
    }

    /// <summary>Picks the text in the request's language: every page text is given in Dutch and English.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="dutch">The text in Dutch.</param>
    /// <param name="english">The text in English.</param>
    /// <returns><paramref name="dutch"/> or <paramref name="english"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static string Text(this HttpContext context, string dutch, string english) =>
        GetLanguage(context) == Language.English ? english : dutch;

    internal static void SetWorkspaceUser(HttpContext context, WorkspaceUser user) => context.Items[UserKey] = user;
}
