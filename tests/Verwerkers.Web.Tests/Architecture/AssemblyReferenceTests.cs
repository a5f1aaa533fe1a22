using System.Linq;
using FluentAssertions;
using Verwerkers.Workspace;
using Xunit;

namespace Verwerkers.Web.Tests.Architecture;

/// <summary>The dependency rule between the packages (docs/architecture.md): the web host sits on top of the
/// workspace, the workbook package (the client pages' export and import) and the core; nothing below it knows
/// ASP.NET Core or the web host.</summary>
public sealed class AssemblyReferenceTests
{
    [Fact]
    public void The_web_host_references_of_the_project_only_the_core_the_workbook_package_and_the_workspace()
    {
        var ours = typeof(WorkspaceServer).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Verwerkers", System.StringComparison.Ordinal))
            .OrderBy(n => n, System.StringComparer.Ordinal);

        ours.Should().Equal("Verwerkers", "Verwerkers.Excel", "Verwerkers.Workspace");
    }

    [Fact]
    public void Neither_the_core_nor_the_workspace_references_ASP_NET_Core_or_the_web_host()
    {
        foreach (var assembly in new[] { typeof(Problem).Assembly, typeof(IWorkspaceStore).Assembly, typeof(Verwerkers.Storage.Xlsx.RegisterWorkbook).Assembly })
        {
            assembly.GetReferencedAssemblies().Select(a => a.Name!)
                .Should().NotContain(n => n.StartsWith("Microsoft.AspNetCore", System.StringComparison.Ordinal) || n == "Verwerkers.Web", assembly.GetName().Name);
        }
    }
}
