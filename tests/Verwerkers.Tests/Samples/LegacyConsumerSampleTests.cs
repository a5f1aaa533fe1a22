using System;
using System.IO;
using System.Linq;
using System.Security;
using FluentAssertions;
using Verwerkers.Register;
using Verwerkers.Tests.Docs;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Samples;

/// <summary>
/// The C# 7.3 consumer sample (samples/consumers/net48-csharp73) compiled with <c>LangVersion</c> 7.3 against the
/// library as built, and run: the model must stay buildable without init accessors or with expressions. CI also builds
/// it for net48 from the package and runs it under Mono (.ci/run).
/// </summary>
public sealed class LegacyConsumerSampleTests
{
    [Fact]
    public void The_csharp_7_3_consumer_sample_compiles_as_csharp_7_3_and_checks_its_register_and_writes_an_agreement()
    {
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "verwerkers-csharp73-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            foreach (var source in Directory.GetFiles(RepoPaths.InRepo("samples", "consumers", "net48-csharp73"), "*.cs"))
            {
                File.Copy(source, Path.Combine(work, Path.GetFileName(source)));
            }

            File.WriteAllText(Path.Combine(work, "CSharp73Consumer.csproj"), Project());
            var output = Path.Combine(work, "agreements");

            var (buildExit, buildOutput) = DocumentedExamplesTests.Run(work, "build", "--nologo", "-v", "q", "-clp:NoSummary;ErrorsOnly");
            buildExit.Should().Be(0, "the C# 7.3 sample must compile with LangVersion 7.3:\n{0}", buildOutput);
            var (runExit, runOutput) = DocumentedExamplesTests.Run(work, "run", "--no-build", "--", output);

            runExit.Should().Be(0, runOutput);
            runOutput.Should().Contain("finding: MECHANISM_INVALIDATED t-mailchimp | ")
                .And.Contain("finding: DPA_EXPIRING_60D a-mailchimp | ")
                .And.Contain("guard: WithId refused 'id'")
                .And.Contain("guard: register refused: ");
            new FileInfo(Path.Combine(output, "Verwerkersovereenkomst - Mailchimp.docx")).Length.Should().BeGreaterThan(10_000);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>A C# 7.3 project referencing the built library and the assemblies it references (as built beside it).</summary>
    private static string Project()
    {
        var library = typeof(ProcessorRegister).Assembly;
        var folder = Path.GetDirectoryName(library.Location)!;
        var references = new[] { library.Location }
            .Concat(library.GetReferencedAssemblies().Select(a => Path.Combine(folder, a.Name + ".dll")).Where(File.Exists))
            .Select(path => $"    <Reference Include=\"{SecurityElement.Escape(Path.GetFileNameWithoutExtension(path))}\"><HintPath>{SecurityElement.Escape(path)}</HintPath></Reference>");
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <LangVersion>7.3</LangVersion>
                <Nullable>disable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
            {string.Join("\n", references)}
              </ItemGroup>
            </Project>
            """;
    }
}
