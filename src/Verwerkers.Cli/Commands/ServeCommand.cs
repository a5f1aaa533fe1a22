using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Data.Common;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Verwerkers.Web;
using Verwerkers.Workspace;

namespace Verwerkers.Cli.Commands;

/// <summary>
/// <c>verwerkers serve [--workspace file.db | --postgres "…"] [--address 127.0.0.1] [--port 5080] [--user NAME]
/// [--proxy IP]…</c>: the web workspace until Ctrl-C. Exit code 0 when stopped, 2 on bad input or when the server
/// refuses to start (a non-loopback address without accounts).
/// </summary>
internal static class ServeCommand
{
    /// <summary>The workspace file in the current folder when neither --workspace nor --postgres is given.</summary>
    public const string DefaultWorkspaceFile = "verwerkers.db";

    public static Command Create(CommandEnvironment env)
    {
        var texts = ServeTexts.For(env.Language);
        var workspace = new Option<string>("--workspace") { Description = texts.WorkspaceOptionDescription, HelpName = env.Texts.FileHelpName };
        var postgres = new Option<string>("--postgres") { Description = texts.PostgresOptionDescription, HelpName = texts.ConnectionHelpName };
        var address = new Option<string>("--address") { Description = texts.AddressOptionDescription, HelpName = texts.AddressHelpName, DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = texts.PortOptionDescription, HelpName = texts.PortHelpName, DefaultValueFactory = _ => WorkspaceServerOptions.DefaultPort };
        var user = new Option<string>("--user") { Description = texts.UserOptionDescription, HelpName = texts.NameHelpName };
        var proxy = new Option<string[]>("--proxy") { Description = texts.ProxyOptionDescription, HelpName = texts.AddressHelpName };
        env.RequireValue(workspace);
        env.RequireValue(postgres);
        env.RequireValue(address);
        env.RequireValue(user);
        port.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 0 or > 65535)
            {
                result.AddError(env.Format(texts.ErrorPortRange, value));
            }
        });
        var command = new Command("serve", texts.ServeDescription) { workspace, postgres, address, port, user, proxy };
        command.SetAction(parseResult => env.Guarded(parseResult, () => Run(env, texts, new Request(
            parseResult.GetValue(workspace),
            parseResult.GetValue(postgres),
            parseResult.GetValue(address)!,
            parseResult.GetValue(port),
            parseResult.GetValue(user),
            parseResult.GetValue(proxy) ?? Array.Empty<string>()))));
        return command;
    }

    private static int Run(CommandEnvironment env, ServeTexts texts, Request request) =>
        RunAsync(env, texts, request, env.Context.Cancellation).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(CommandEnvironment env, ServeTexts texts, Request request, CancellationToken cancellationToken)
    {
        if (request.Workspace is not null && request.Postgres is not null)
        {
            throw new UserErrorException(texts.ErrorBothLocations);
        }

        var options = new WorkspaceServerOptions
        {
            Clock = env.Context.Clock,
            Address = ParseAddress(env, texts, request.Address, "--address"),
            Port = request.Port,
        };
        foreach (var proxy in request.Proxies)
        {
            options.KnownProxies.Add(ParseAddress(env, texts, proxy, "--proxy"));
        }

        if (request.User is not null)
        {
            options.SingleUserName = request.User.Trim();
        }

        var location = request.Postgres is not null
            ? WorkspaceLocation.FromPostgreSql(request.Postgres)
            : WorkspaceLocation.FromFile(env.InputPath(request.Workspace ?? DefaultWorkspaceFile));
        WorkspaceDatabase database;
        try
        {
            database = await WorkspaceDatabase.OpenAsync(location, new WorkspaceOptions(env.Context.Clock), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or DbException or DirectoryNotFoundException)
        {
            throw new UserErrorException(env.Format(texts.ErrorWorkspace, env.Shown(location.Description), e.Message), e);
        }

        await using (database.ConfigureAwait(false))
        {
            options.Store = database.Registers;
            options.Accounts = database.Accounts;
            WebApplication app;
            try
            {
                app = await WorkspaceServer.BuildAsync(options, cancellationToken).ConfigureAwait(false);
            }
            catch (WorkspaceServerException refused)
            {
                env.WriteError(refused.MessageIn(env.Language));
                return ExitCodes.BadInput;
            }

            await using (app.ConfigureAwait(false))
            {
                var hasAccounts = await database.Accounts.AnyAsync(cancellationToken).ConfigureAwait(false);
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                foreach (var url in app.Urls)
                {
                    env.Out.WriteLine(env.Format(texts.Listening, env.Shown(location.Description), url));
                }

                env.Out.WriteLine(hasAccounts ? texts.WithAccounts : env.Format(texts.SingleUser, options.SingleUserName));
                env.Out.WriteLine(texts.StopHint);
                env.Out.Flush();
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                env.Out.WriteLine(texts.Stopped);
            }
        }

        return ExitCodes.Ok;
    }

    private static IPAddress ParseAddress(CommandEnvironment env, ServeTexts texts, string text, string option)
    {
        var trimmed = text.Trim();
        if (string.Equals(trimmed, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        return IPAddress.TryParse(trimmed, out var address)
            ? address
            : throw new UserErrorException(env.Format(texts.ErrorBadAddress, text, option));
    }

    private sealed record Request(string? Workspace, string? Postgres, string Address, int Port, string? User, IReadOnlyList<string> Proxies);
}
