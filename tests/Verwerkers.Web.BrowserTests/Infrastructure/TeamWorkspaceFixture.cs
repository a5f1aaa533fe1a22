using System.Net;
using System.Threading.Tasks;
using Verwerkers.Storage;
using Verwerkers.Workspace;
using Verwerkers.Workspace.Accounts;
using Xunit;

namespace Verwerkers.Web.BrowserTests.Infrastructure;

/// <summary>
/// A team's server: bound to every address (0.0.0.0, so not loopback and accounts are required), behind a
/// TLS-terminating reverse proxy on this machine (<see cref="HttpsProxy"/>; 127.0.0.1 is the known proxy whose
/// forwarded headers are believed), with an admin, an editor and a reader. Two registers: <see cref="SharedRegister"/> granted to the editor and the reader, and
/// <see cref="HiddenRegister"/> granted to nobody (only the admin sees it).
/// </summary>
public sealed class TeamWorkspaceFixture : IAsyncLifetime
{
    public const string SharedRegister = "kleineporties";
    public const string HiddenRegister = "milgro";
    public const string Password = "Correct-Paard-Batterij-Nietje-2026";

    public static readonly TeamMember Admin = new("beheerder", AccountRole.Admin);
    public static readonly TeamMember Editor = new("eva", AccountRole.Editor);
    public static readonly TeamMember Reader = new("ruud", AccountRole.Reader);

    private RunningWorkspace? server;

    public RunningWorkspace Server => server!;

    public async Task InitializeAsync() => server = await RunningWorkspace.StartAsync(IPAddress.Any, PrepareAsync, behindHttpsProxy: true).ConfigureAwait(false);

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task PrepareAsync(WorkspaceDatabase database)
    {
        foreach (var name in new[] { SharedRegister, HiddenRegister })
        {
            var register = await RegisterJson.LoadAsync(RepoPaths.InRepo("samples", "registers", name + ".json")).ConfigureAwait(false);
            await database.Registers.SaveAsync(name, register, 0, Admin.UserName, "Voorbeeldregister ingelezen").ConfigureAwait(false);
        }

        foreach (var member in new[] { Admin, Editor, Reader })
        {
            await database.Accounts.CreateAsync(member.UserName, Password, member.Role).ConfigureAwait(false);
        }

        await database.Accounts.GrantAsync(Editor.UserName, SharedRegister).ConfigureAwait(false);
        await database.Accounts.GrantAsync(Reader.UserName, SharedRegister).ConfigureAwait(false);
    }
}
