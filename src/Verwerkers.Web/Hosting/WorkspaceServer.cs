using System;
using System.Linq;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.WebEncoders;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Workspace;
using Verwerkers.Workspace.Accounts;

namespace Verwerkers.Web;

/// <summary>Builds the web workspace: server-rendered pages over an <see cref="IWorkspaceStore"/>, for one consultant
/// on their own machine or for a team behind a reverse proxy.</summary>
/// <remarks>
/// <para><b>Single-user mode.</b> On a loopback address (127.0.0.1, ::1) with no accounts in the workspace, nobody
/// signs in: every request is the one user <see cref="WorkspaceServerOptions.SingleUserName"/>, an admin. Only
/// programs on the same machine can reach the server.</para>
/// <para><b>Accounts.</b> As soon as the workspace has accounts, every page but the sign-in page needs a signed-in user
/// (cookie authentication; sign-in attempts limited per client address). Readers see the registers granted to them
/// and cannot post any form (403); editors edit the registers granted to them; admins see and edit all. A register
/// a user may not see answers 404.</para>
/// <para><b>Any other address</b> (0.0.0.0, a LAN address) needs accounts: without them <see cref="BuildAsync"/>
/// refuses with <see cref="WorkspaceServerException"/>. There the cookies are sent over HTTPS only and HSTS is on: put
/// a TLS-terminating reverse proxy in front and list it in <see cref="WorkspaceServerOptions.KnownProxies"/>, whose
/// X-Forwarded-For and X-Forwarded-Proto headers are then believed (nobody else's).</para>
/// <para>Every form carries an antiforgery token and every post without a valid one is refused (400). Every response
/// has a content security policy without inline script, X-Content-Type-Options, X-Frame-Options and
/// frame-ancestors, Referrer-Policy; pages are never cached.</para>
/// </remarks>
public static class WorkspaceServer
{
    /// <summary>Builds the server; start it with <c>RunAsync</c> or <c>StartAsync</c> (with port 0, the address it
    /// listens on is in <c>Urls</c> once started).</summary>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Stops the start-up checks.</param>
    /// <returns>The application, not yet started.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; lists every problem.</exception>
    /// <exception cref="WorkspaceServerException">The address is not a loopback address and the workspace has no
    /// accounts.</exception>
    public static Task<WebApplication> BuildAsync(WorkspaceServerOptions options, CancellationToken cancellationToken = default) =>
        BuildCoreAsync(options, null, cancellationToken);

    /// <summary>Builds the server, letting a test change the builder (for example to use a test server).</summary>
    internal static async Task<WebApplication> BuildCoreAsync(WorkspaceServerOptions options, Action<WebApplicationBuilder>? configure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        OptionProblems.ThrowIfAny("workspace server options", options.Validate());
        var store = options.Store!;
        var accounts = options.Accounts!;
        var loopback = IPAddress.IsLoopback(options.Address);
        var hasAccounts = await accounts.AnyAsync(cancellationToken).ConfigureAwait(false);
        if (!loopback && !hasAccounts)
        {
            throw new WorkspaceServerException(
                $"The workspace has no accounts, so the server only listens on 127.0.0.1 (this machine). To listen on {options.Address}, first create an admin account: verwerkers workspace users add <name> --role admin (with the same --workspace or --postgres).",
                $"De werkruimte heeft geen accounts, dus de server luistert alleen op 127.0.0.1 (deze computer). Maak eerst een beheerdersaccount aan om op {options.Address} te luisteren: verwerkers workspace users add <naam> --role admin (met dezelfde --workspace of --postgres).");
        }

        var mode = new WorkspaceMode(hasAccounts ? null : options.SingleUserName, loopback);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WorkspaceServer).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
            Args = Array.Empty<string>(),
        });
        // Warnings and errors only, on standard error: standard output is the host's (the CLI prints where it listens).
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Listen(options.Address, options.Port);
        });
        ConfigureServices(builder.Services, options, mode, store, accounts);
        configure?.Invoke(builder);
        var app = builder.Build();
        ConfigurePipeline(app, options, mode);
        return app;
    }

    private static void ConfigureServices(IServiceCollection services, WorkspaceServerOptions options, WorkspaceMode mode, IWorkspaceStore store, IAccountStore accounts)
    {
        var compliance = new ComplianceOptions { ReferenceData = options.ReferenceData };
        services.AddSingleton(mode);
        services.AddSingleton(options);
        services.AddSingleton(store);
        services.AddSingleton(accounts);
        services.AddSingleton(options.Clock!);
        services.AddSingleton(options.TimeZone);
        services.AddSingleton(options.ReferenceData);
        services.AddSingleton(compliance);
        services.AddSingleton(new WorkspaceChecks(options.Clock!, options.TimeZone, compliance));
        services.AddSingleton<CheckSummaryRefresher>();
        services.AddSingleton(new Pages.Clients.ClientDocuments(
            Agreements.LibreOfficePdfConverter.Find() is { } soffice ? new Agreements.LibreOfficePdfConverter(soffice) : null, compliance));
        services.AddHostedService(sp => sp.GetRequiredService<CheckSummaryRefresher>());
        // Dutch text (ë, é, ›) as characters, not numeric references; HTML-special characters stay encoded.
        services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = options.MaxRequestBodyBytes;
            form.ValueCountLimit = 4096;
        });

        var secure = ServesNetwork(mode, options) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "verwerkers-antiforgery";
            // SameAsRequest, not Always (which throws on any plain-HTTP request): off loopback, TransportGuard refuses
            // plain HTTP from other machines, so this cookie crosses a network over HTTPS only.
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.FormFieldName = "__RequestVerificationToken";
        });
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "verwerkers-auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = secure;
            cookie.ExpireTimeSpan = options.SignInLifetime;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = SignInPath.Path;
            cookie.LogoutPath = SignInPath.SignOutPath;
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization(authorization =>
        {
            if (mode.HasAccounts)
            {
                authorization.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            }
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(SignInPath.Path, StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        if (ServesNetwork(mode, options))
        {
            services.AddHsts(hsts =>
            {
                hsts.MaxAge = TimeSpan.FromDays(365);
                hsts.IncludeSubDomains = false;
            });
        }

        if (options.KnownProxies.Count > 0)
        {
            services.Configure<ForwardedHeadersOptions>(forwarded =>
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                forwarded.KnownNetworks.Clear();
                forwarded.KnownProxies.Clear();
                foreach (var proxy in options.KnownProxies)
                {
                    forwarded.KnownProxies.Add(proxy);
                }

                forwarded.ForwardLimit = 1;
            });
        }

        services.AddRazorPages(pages =>
        {
            pages.Conventions.ConfigureFilter(new RegisterAccessFilter());
            pages.Conventions.AllowAnonymousToPage("/Account/SignIn");
            pages.Conventions.AllowAnonymousToPage("/Status");
        }).AddApplicationPart(typeof(WorkspaceServer).Assembly);
    }

    /// <summary>Off loopback, or behind a reverse proxy (which may be on this machine), the server serves a network:
    /// the sign-in cookie is Secure and HSTS is sent on HTTPS responses.</summary>
    private static bool ServesNetwork(WorkspaceMode mode, WorkspaceServerOptions options) => !mode.IsLoopback || options.KnownProxies.Count > 0;

    private static void ConfigurePipeline(WebApplication app, WorkspaceServerOptions options, WorkspaceMode mode)
    {
        if (options.KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.Use(SecurityHeaders.Apply);
        if (ServesNetwork(mode, options))
        {
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseMiddleware<TransportGuard>();
        app.Use((context, next) =>
        {
            WebLanguage.Set(context, WebLanguage.Resolve(context));
            return next(context);
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<WorkspaceUserMiddleware>();
        app.UseAuthorization();
        app.MapGet(StaticAssets.StyleSheetPath, StaticAssets.WriteStyleSheet).AllowAnonymous();
        app.MapRazorPages();
    }
}
