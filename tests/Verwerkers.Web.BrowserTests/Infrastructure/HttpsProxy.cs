using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Verwerkers.Web.BrowserTests.Infrastructure;

/// <summary>
/// The reverse proxy of docs/workspace.md, in miniature: terminates HTTPS on 127.0.0.1 (a self-signed certificate for
/// 127.0.0.1) and forwards every request over HTTP to the workspace server with the original Host and
/// <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto: https</c>, as the nginx example does.
/// </summary>
public sealed class HttpsProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Host",
        "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host",
    };

    private readonly WebApplication app;
    private readonly HttpClient upstream;

    private HttpsProxy(WebApplication app, HttpClient upstream, X509Certificate2 certificate, string baseUrl)
    {
        this.app = app;
        this.upstream = upstream;
        Certificate = certificate;
        BaseUrl = baseUrl;
    }

    /// <summary>The proxy's own certificate (self-signed): clients that should trust it compare against this one.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Where browsers reach the workspace, e.g. <c>https://127.0.0.1:41235</c>.</summary>
    public string BaseUrl { get; }

    public static async Task<HttpsProxy> StartAsync(Uri server)
    {
        var certificate = SelfSignedFor127001();
        var upstream = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = server,
        };
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
        });
        var app = builder.Build();
        app.Run(context => ForwardAsync(context, upstream));
        await app.StartAsync().ConfigureAwait(false);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new HttpsProxy(app, upstream, certificate, $"https://127.0.0.1:{address.Port}");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        upstream.Dispose();
        Certificate.Dispose();
    }

    private static async Task ForwardAsync(HttpContext context, HttpClient upstream)
    {
        var incoming = context.Request;
        using var request = new HttpRequestMessage(new HttpMethod(incoming.Method), incoming.Path.ToUriComponent() + incoming.QueryString.ToUriComponent());
        if (incoming.ContentLength > 0 || incoming.Headers.ContainsKey("Transfer-Encoding"))
        {
            request.Content = new StreamContent(incoming.Body);
        }

        foreach (var header in incoming.Headers)
        {
            if (HopByHop.Contains(header.Key))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray()))
            {
                request.Content?.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
            }
        }

        // nginx: proxy_set_header Host $host:$server_port; X-Forwarded-For $remote_addr; X-Forwarded-Proto $scheme.
        request.Headers.Host = incoming.Host.Value;
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", context.Connection.RemoteIpAddress?.ToString());
        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "https");

        using var response = await upstream.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var header in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopByHop.Contains(header.Key))
            {
                context.Response.Headers.Append(header.Key, header.Value.ToArray());
            }
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static X509Certificate2 SelfSignedFor127001()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new("1.3.6.1.5.5.7.3.1") }, critical: false));

        // Fixed validity, so that no clock is read; far wider than any test run.
        using var created = request.CreateSelfSigned(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2099, 12, 31, 0, 0, 0, TimeSpan.Zero));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), password: null);
    }
}
