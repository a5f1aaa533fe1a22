using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Verwerkers.Web;

/// <summary>The style sheet, embedded in the assembly and served at <c>/css/site.css</c> (the only asset: no
/// JavaScript).</summary>
internal static class StaticAssets
{
    public const string StyleSheetPath = "/css/site.css";

    public static readonly object CacheableKey = new();

    private static readonly byte[] StyleSheet = Load("Verwerkers.Web.Assets.site.css");

    public static Task WriteStyleSheet(HttpContext context)
    {
        context.Items[CacheableKey] = true;
        context.Response.ContentType = "text/css; charset=utf-8";
        context.Response.Headers.CacheControl = "public, max-age=3600";
        context.Response.ContentLength = StyleSheet.Length;
        return context.Response.Body.WriteAsync(StyleSheet, 0, StyleSheet.Length);
    }

    private static byte[] Load(string name)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException("The embedded resource is missing.", name);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
