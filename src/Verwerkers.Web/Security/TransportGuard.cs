using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Verwerkers.Web;

/// <summary>Two checks before any page runs: a body larger than the limit is refused with 413 before anything reads
/// it; and off loopback, a request from another machine over plain HTTP is refused (HTTPS is expected, through a
/// reverse proxy listed in the known proxies), so that passwords and session cookies never cross a network in the
/// clear.</summary>
internal sealed class TransportGuard
{
    private readonly RequestDelegate _next;
    private readonly WorkspaceMode _mode;
    private readonly long _maxBody;

    public TransportGuard(RequestDelegate next, WorkspaceMode mode, WorkspaceServerOptions options)
    {
        _next = next;
        _mode = mode;
        _maxBody = options.MaxRequestBodyBytes;
    }

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return _next(context);
        }

        if (context.Request.ContentLength > _maxBody)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        if (!_mode.IsLoopback && !context.Request.IsHttps && !IsLocal(context.Connection.RemoteIpAddress))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync(
                "Deze server vereist HTTPS: gebruik een reverse proxy met TLS (zie docs/workspace.md).\n" +
                "This server requires HTTPS: use a reverse proxy with TLS (see docs/workspace.md).\n");
        }

        return _next(context);
    }

    private static bool IsLocal(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);
}
