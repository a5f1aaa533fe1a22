using Verwerkers.Workspace.Accounts;

namespace Verwerkers.Web.BrowserTests.Infrastructure;

/// <summary>An account of the team workspace (all share <see cref="TeamWorkspaceFixture.Password"/>).</summary>
public sealed record TeamMember(string UserName, AccountRole Role);
