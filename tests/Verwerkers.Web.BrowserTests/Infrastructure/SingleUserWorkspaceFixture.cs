using System.Net;
using System.Threading.Tasks;
using Verwerkers.Storage;
using Verwerkers.Workspace;
using Xunit;

namespace Verwerkers.Web.BrowserTests.Infrastructure;

/// <summary>
/// One consultant on their own machine: the server on 127.0.0.1, a workspace without accounts (nobody signs in), with
/// the four sample registers of samples/registers/ as existing clients.
/// </summary>
public sealed class SingleUserWorkspaceFixture : IAsyncLifetime
{
    public const string UserName = RunningWorkspace.SingleUserName;

    public static readonly string[] SampleRegisters = { "jtb-meettechniek", "kleineporties", "milgro", "mkb-westland" };

    private RunningWorkspace? server;

    public RunningWorkspace Server => server!;

    public async Task InitializeAsync() => server = await RunningWorkspace.StartAsync(IPAddress.Loopback, PrepareAsync).ConfigureAwait(false);

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task PrepareAsync(WorkspaceDatabase database)
    {
        foreach (var name in SampleRegisters)
        {
            var register = await RegisterJson.LoadAsync(RepoPaths.InRepo("samples", "registers", name + ".json")).ConfigureAwait(false);
            await database.Registers.SaveAsync(name, register, 0, UserName, "Voorbeeldregister ingelezen").ConfigureAwait(false);
        }
    }
}
