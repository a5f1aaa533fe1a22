using System;
using System.CommandLine;
using System.Linq;
using System.Text;
using Verwerkers.Workspace.Accounts;

namespace Verwerkers.Cli.Commands;

/// <summary><c>verwerkers workspace users add|grant|revoke|list|password</c>: the accounts of a workspace. A password is
/// asked for at the terminal (not echoed, twice) or read as one line from standard input; never an argument.</summary>
internal static class WorkspaceUsersCommand
{
    /// <summary>The account store's rule, checked here first so that the message is in the user's language.</summary>
    private const int MinPasswordLength = 12;

    public static Command Create(CommandEnvironment env, WorkspaceTexts ws, WorkspaceLocationOptions location)
    {
        var users = new Command("users", ws.UsersDescription);
        users.Subcommands.Add(Add(env, ws, location));
        users.Subcommands.Add(Grant(env, ws, location, "grant", ws.GrantDescription, revoke: false));
        users.Subcommands.Add(Grant(env, ws, location, "revoke", ws.RevokeDescription, revoke: true));
        users.Subcommands.Add(List(env, ws, location));
        users.Subcommands.Add(Password(env, ws, location));
        return users;
    }

    private static Argument<string> UserArgument(CommandEnvironment env, WorkspaceTexts ws)
    {
        var user = new Argument<string>("name") { Description = ws.UserArgumentDescription };
        env.RequireValue(user);
        return user;
    }

    private static Command Add(CommandEnvironment env, WorkspaceTexts ws, WorkspaceLocationOptions location)
    {
        var user = UserArgument(env, ws);
        var role = new Option<string>("--role") { Description = ws.RoleOptionDescription, HelpName = "reader|editor|admin", Required = true };
        role.AcceptOnlyFromAmong("reader", "editor", "admin");
        var command = new Command("add", ws.AddDescription) { user, role };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var name = parseResult.GetRequiredValue(user);
            var chosen = parseResult.GetRequiredValue(role) switch
            {
                "admin" => AccountRole.Admin,
                "editor" => AccountRole.Editor,
                _ => AccountRole.Reader,
            };
            return WorkspaceCommand.Run(env, ws, location, parseResult, async (database, cancellation) =>
            {
                var password = ReadPassword(env, ws, name);
                var account = await database.Accounts.CreateAsync(name, password, chosen, cancellation);
                env.Out.WriteLine(env.Format(ws.UserAdded, account.UserName, RoleName(account.Role)));
                return ExitCodes.Ok;
            });
        }));
        return command;
    }

    private static Command Grant(CommandEnvironment env, WorkspaceTexts ws, WorkspaceLocationOptions location, string verb, string description, bool revoke)
    {
        var user = UserArgument(env, ws);
        var register = new Argument<string>("register") { Description = ws.RegisterNameArgumentDescription };
        env.RequireValue(register);
        var command = new Command(verb, description) { user, register };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var name = parseResult.GetRequiredValue(user);
            var registerName = parseResult.GetRequiredValue(register);
            return WorkspaceCommand.Run(env, ws, location, parseResult, async (database, cancellation) =>
            {
                if (revoke)
                {
                    await database.Accounts.RevokeAsync(name, registerName, cancellation);
                    env.Out.WriteLine(env.Format(ws.UserRevoked, name, registerName));
                    return ExitCodes.Ok;
                }

                await database.Accounts.GrantAsync(name, registerName, cancellation);
                env.Out.WriteLine(env.Format(ws.UserGranted, name, registerName));
                var known = await database.Registers.ListAsync(cancellation);
                if (!known.Any(e => e.Name == registerName))
                {
                    env.Context.Error.WriteLine(env.Format(ws.GrantUnknownRegister, registerName));
                }

                return ExitCodes.Ok;
            });
        }));
        return command;
    }

    private static Command List(CommandEnvironment env, WorkspaceTexts ws, WorkspaceLocationOptions location)
    {
        var command = new Command("list", ws.ListDescription);
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
            WorkspaceCommand.Run(env, ws, location, parseResult, async (database, cancellation) =>
            {
                var accounts = await database.Accounts.ListAsync(cancellation);
                if (accounts.Count == 0)
                {
                    env.Out.WriteLine(ws.ListNone);
                }

                foreach (var account in accounts)
                {
                    var registers = account.Role == AccountRole.Admin ? ws.ListAllRegisters
                        : account.Grants.Count == 0 ? ws.ListNoRegisters
                        : string.Join(", ", account.Grants);
                    env.Out.WriteLine(env.Format(ws.ListLine, account.UserName, RoleName(account.Role), registers));
                }

                return ExitCodes.Ok;
            })));
        return command;
    }

    private static Command Password(CommandEnvironment env, WorkspaceTexts ws, WorkspaceLocationOptions location)
    {
        var user = UserArgument(env, ws);
        var command = new Command("password", ws.PasswordDescription) { user };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var name = parseResult.GetRequiredValue(user);
            return WorkspaceCommand.Run(env, ws, location, parseResult, async (database, cancellation) =>
            {
                if (await database.Accounts.FindAsync(name, cancellation) is null)
                {
                    throw new UserErrorException(env.Format(ws.ErrorNoAccount, name));
                }

                await database.Accounts.SetPasswordAsync(name, ReadPassword(env, ws, name), cancellation);
                env.Out.WriteLine(env.Format(ws.PasswordChanged, name));
                return ExitCodes.Ok;
            });
        }));
        return command;
    }

    private static string RoleName(AccountRole role) => role switch
    {
        AccountRole.Admin => "admin",
        AccountRole.Editor => "editor",
        _ => "reader",
    };

    /// <summary>At a terminal: asks twice without echo. Otherwise: one line of standard input.</summary>
    private static string ReadPassword(CommandEnvironment env, WorkspaceTexts ws, string userName)
    {
        if (ReferenceEquals(env.Context.Input, Console.In) && !Console.IsInputRedirected)
        {
            var first = Prompt(env, env.Format(ws.PasswordPrompt, userName));
            var second = Prompt(env, ws.PasswordRepeatPrompt);
            if (!string.Equals(first, second, StringComparison.Ordinal))
            {
                throw new UserErrorException(ws.ErrorPasswordsDiffer);
            }

            return Checked(env, ws, first);
        }

        return Checked(env, ws, env.Context.Input.ReadLine());
    }

    private static string Checked(CommandEnvironment env, WorkspaceTexts ws, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            throw new UserErrorException(ws.ErrorNoPassword);
        }

        return password.Length < MinPasswordLength
            ? throw new UserErrorException(env.Format(ws.ErrorPasswordTooShort, MinPasswordLength, password.Length))
            : password;
    }

    private static string Prompt(CommandEnvironment env, string prompt)
    {
        env.Context.Error.Write(prompt);
        env.Context.Error.Flush();
        var password = new StringBuilder();
        while (true)
        {
            env.ThrowIfCancelled();
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                env.Context.Error.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
