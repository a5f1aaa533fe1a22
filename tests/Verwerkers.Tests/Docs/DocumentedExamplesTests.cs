using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using Verwerkers.Register;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Docs;

/// <summary>
/// Every C# example in the README, the package README and the docs compiles against the library as built: a
/// throw-away console project outside the repository references the built Verwerkers.dll and holds each example as
/// its own file.
/// </summary>
public sealed class DocumentedExamplesTests
{
    private static readonly string[] Documents =
    {
        "README.md",
        Path.Combine("nuget", "README.md"),
        Path.Combine("docs", "csv-import.md"),
        Path.Combine("docs", "register-format.md"),
    };

    [Fact]
    public void Every_csharp_example_in_the_documentation_compiles_against_the_library()
    {
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "verwerkers-doc-examples-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var count = 0;
            foreach (var document in Documents)
            {
                var examples = DocumentedExamples.Extract(File.ReadAllText(RepoPaths.InRepo(document)));
                for (var i = 0; i < examples.Count; i++)
                {
                    var origin = $"{document.Replace('\\', '/')}, example {i + 1}";
                    File.WriteAllText(Path.Combine(work, $"Example{count}.cs"), DocumentedExamples.ToSourceFile(examples[i], $"Example{count}", origin));
                    count++;
                }
            }

            count.Should().BeGreaterThan(5, "the README alone has several examples");
            File.WriteAllText(Path.Combine(work, "Program.cs"), "internal static class Program { private static void Main() { } }\n");
            File.WriteAllText(Path.Combine(work, "Examples.csproj"), Project());

            var (exitCode, output) = Run(work, "build", "--nologo", "-v", "q", "-clp:NoSummary;ErrorsOnly");

            exitCode.Should().Be(0, "every documented example must compile; the errors name the file (see its first line for the document):\n{0}\n{1}",
                output, string.Join("\n", Directory.GetFiles(work, "Example*.cs").Select(f => Path.GetFileName(f) + ": " + File.ReadLines(f).First())));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void An_example_is_compiled_with_its_own_using_directives_and_its_statements_in_a_method()
    {
        var source = DocumentedExamples.ToSourceFile("using Verwerkers.Storage;\n\nusing var stream = File.OpenRead(\"x\");\nvar r = RegisterJson.Load(stream);\n", "Example0", "test");

        source.Should().StartWith("// From test\nusing Verwerkers.Storage;\ninternal static class Example0");
        source.Should().Contain("        using var stream = File.OpenRead(\"x\");");
    }

    private static string Project()
    {
        var library = typeof(ProcessorRegister).Assembly.Location;
        var dependencyInjection = typeof(Microsoft.Extensions.DependencyInjection.VerwerkersServiceCollectionExtensions).Assembly.Location;
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <NoWarn>CS1998;CS0162;CS8321</NoWarn>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <!-- The assertion is the exit code: the .NET (CA) analyzers only warn and warnings do not fail this build, so
                     they are not loaded (0.3-0.4 s of csc's CPU, docs/benchmarks.md). Source generators still run. -->
                <EnableNETAnalyzers>false</EnableNETAnalyzers>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="Verwerkers"><HintPath>{library}</HintPath></Reference>
                <Reference Include="Verwerkers.Extensions.DependencyInjection"><HintPath>{dependencyInjection}</HintPath></Reference>
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.5" />
                <PackageReference Include="Microsoft.Extensions.Options" Version="10.0.5" />
                <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="10.0.5" />
                <PackageReference Include="NodaTime" Version="3.3.7" />
                <PackageReference Include="Newtonsoft.Json" Version="13.0.4" />
                <PackageReference Include="DocumentFormat.OpenXml" Version="2.20.0" />
                <PackageReference Include="CsvHelper" Version="34.0.0" />
              </ItemGroup>
            </Project>
            """;
    }

    internal static (int ExitCode, string Output) Run(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // MSBuild and csc are short-lived .NET processes too: see TieredPGO in Verwerkers.Tests.csproj.
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)TimeSpan.FromMinutes(5).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet build of the documented examples did not finish within 5 minutes.");
        }

        Task.WaitAll(stdout, stderr);
        return (process.ExitCode, output.Append(stdout.Result).Append(stderr.Result).ToString());
    }
}
