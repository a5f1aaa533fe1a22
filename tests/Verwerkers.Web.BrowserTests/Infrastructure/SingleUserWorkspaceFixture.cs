using System.Net;
using System.Threading.Tasks;
using Xunit;

namespace Verwerkers.Web.BrowserTests.Infrastructure;

/// <summary>One consultant on their own machine: the server on 127.0.0.1, a workspace without accounts (nobody signs in).</summary>
public sealed class SingleUserWorkspaceFixture : IAsyncLifetime
{
    private RunningWorkspace? server;

    public RunningWorkspace Server => server!;

    public async Task InitializeAsync() => server = await RunningWorkspace.StartAsync(IPAddress.Loopback).ConfigureAwait(false);

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
