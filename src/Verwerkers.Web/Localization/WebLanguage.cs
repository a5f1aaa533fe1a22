using System;
using Microsoft.AspNetCore.Http;

namespace Verwerkers.Web;

/// <summary>The page language: Dutch unless the user chose English with <c>?lang=en</c> (kept in a cookie).</summary>
internal static class WebLanguage
{
    public const string CookieName = "verwerkers-lang";

    public const string QueryName = "lang";

    private static readonly object Key = new();

    /// <summary>Reads the language from the query (and remembers it in a cookie) or from the cookie.</summary>
    public static Language Resolve(HttpContext context)
    {
        var query = context.Request.Query[QueryName].ToString();
        if (Parse(query) is { } chosen)
        {
            context.Response.Cookies.Append(CookieName, Code(chosen), new CookieOptions
            {
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
            });
            return chosen;
        }

        return Parse(context.Request.Cookies[CookieName]) ?? Language.Dutch;
    }

    public static void Set(HttpContext context, Language language) => context.Items[Key] = language;

    public static Language Get(HttpContext context) => context.Items.TryGetValue(Key, out var value) && value is Language l ? l : Language.Dutch;

    public static string Code(Language language) => language == Language.English ? "en" : "nl";

    private static Language? Parse(string? code) => code switch
    {
        "nl" => Language.Dutch,
        "en" => Language.English,
        _ => null,
    };
}
