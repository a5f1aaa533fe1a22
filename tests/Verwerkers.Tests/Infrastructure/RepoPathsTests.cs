using System.IO;
using FluentAssertions;
using Xunit;

namespace Verwerkers.Tests.Infrastructure;

public class RepoPathsTests
{
    [Fact]
    public void The_repository_root_holds_the_solution_and_the_shared_folder_lies_beside_it()
    {
        File.Exists(RepoPaths.InRepo("Verwerkers.sln")).Should().BeTrue();
        Directory.Exists(RepoPaths.InShared("reference")).Should().BeTrue("CI clones the repository with shared/ beside it");
    }
}
