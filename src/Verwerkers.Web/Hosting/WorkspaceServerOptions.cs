using System;
using System.Collections.Generic;
using System.Net;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Workspace;
using Verwerkers.Workspace.Accounts;

namespace Verwerkers.Web;

/// <summary>What <see cref="WorkspaceServer.BuildAsync"/> needs: the stores, the clock, where to listen, and the
/// limits that keep the server safe.</summary>
/// <remarks>
/// <para>Every default is safe for one consultant on their own machine: the server listens on 127.0.0.1 only. On any
/// other address the server refuses to start unless the workspace has accounts (see <see cref="WorkspaceServer"/>).</para>
/// <para><see cref="Validate"/> reports every invalid property at once; <see cref="WorkspaceServer.BuildAsync"/> calls
/// it and throws one <see cref="ArgumentException"/> listing them all. Not thread-safe while being set up; do not
/// change it once the server is built.</para>
/// </remarks>
public sealed class WorkspaceServerOptions
{
    /// <summary>The default port, 5080.</summary>
    public const int DefaultPort = 5080;

    /// <summary>Gets or sets the workspace's registers. Required.</summary>
    public IWorkspaceStore? Store { get; set; }

    /// <summary>Gets or sets the workspace's accounts. Required (an empty account store means single-user mode on
    /// loopback).</summary>
    public IAccountStore? Accounts { get; set; }

    /// <summary>Gets or sets the clock that says what "today" is. Required (the CLI passes the system clock, tests a
    /// fake one).</summary>
    public IClock? Clock { get; set; }

    /// <summary>Gets or sets the time zone whose date is "today" for verdicts. Default: Europe/Amsterdam.</summary>
    public DateTimeZone TimeZone { get; set; } = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>Gets or sets the reference data the checks use. Default: <see cref="Compliance.ReferenceData.Default"/>.</summary>
    public ReferenceData ReferenceData { get; set; } = ReferenceData.Default;

    /// <summary>Gets or sets the address to listen on. Default: 127.0.0.1 (this machine only).</summary>
    public IPAddress Address { get; set; } = IPAddress.Loopback;

    /// <summary>Gets or sets the TCP port: 1 to 65535, or 0 for a free port chosen by the system. Default: 5080.</summary>
    public int Port { get; set; } = DefaultPort;

    /// <summary>Gets or sets the name saved as the author of every version in single-user mode (loopback, no
    /// accounts). Default: the operating-system user name.</summary>
    public string SingleUserName { get; set; } = Environment.UserName;

    /// <summary>Gets the addresses of the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers are
    /// believed. Default: none (forwarded headers are ignored).</summary>
    public IList<IPAddress> KnownProxies { get; } = new List<IPAddress>();

    /// <summary>Gets or sets the largest request body the server accepts, in bytes (uploads of templates, workbooks,
    /// registers): 1 KiB to 1 GiB. Default: 16 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Gets or sets how many sign-in attempts one client address may make per minute: 1 to 1000. Default: 10.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Gets or sets how long a sign-in lasts without use: 1 minute to 30 days. Default: 8 hours.</summary>
    public TimeSpan SignInLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Checks every property.</summary>
    /// <returns>Every problem found (source "workspace server options", path the property); empty when valid.</returns>
    public IReadOnlyList<Problem> Validate()
    {
        var problems = new OptionProblems("workspace server options");
        if (Store is null)
        {
            problems.Add(nameof(Store), "Store is required: the workspace's registers (IWorkspaceStore).");
        }

        if (Accounts is null)
        {
            problems.Add(nameof(Accounts), "Accounts is required: the workspace's accounts (IAccountStore).");
        }

        if (Clock is null)
        {
            problems.Add(nameof(Clock), "Clock is required: an IClock that says what today is.");
        }

        if (TimeZone is null)
        {
            problems.Add(nameof(TimeZone), "TimeZone is required.");
        }

        if (ReferenceData is null)
        {
            problems.Add(nameof(ReferenceData), "ReferenceData is required.");
        }

        if (Address is null)
        {
            problems.Add(nameof(Address), "Address is required.");
        }

        if (Port is < 0 or > 65535)
        {
            problems.Add(nameof(Port), $"Port must be 0 (a free port) or 1 to 65535; it is {Port}.");
        }

        if (string.IsNullOrWhiteSpace(SingleUserName))
        {
            problems.Add(nameof(SingleUserName), "SingleUserName must not be blank: it is saved as the author of every version in single-user mode.");
        }

        foreach (var proxy in KnownProxies)
        {
            if (proxy is null)
            {
                problems.Add(nameof(KnownProxies), "KnownProxies must not contain null.");
                break;
            }
        }

        if (MaxRequestBodyBytes is < 1024 or > 1024L * 1024 * 1024)
        {
            problems.Add(nameof(MaxRequestBodyBytes), $"MaxRequestBodyBytes must be 1024 (1 KiB) to 1073741824 (1 GiB); it is {MaxRequestBodyBytes}.");
        }

        if (SignInAttemptsPerMinute is < 1 or > 1000)
        {
            problems.Add(nameof(SignInAttemptsPerMinute), $"SignInAttemptsPerMinute must be 1 to 1000; it is {SignInAttemptsPerMinute}.");
        }

        if (SignInLifetime < TimeSpan.FromMinutes(1) || SignInLifetime > TimeSpan.FromDays(30))
        {
            problems.Add(nameof(SignInLifetime), $"SignInLifetime must be 1 minute to 30 days; it is {SignInLifetime}.");
        }

        return problems.ToList();
    }
}
