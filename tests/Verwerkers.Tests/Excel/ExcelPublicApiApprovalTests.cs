using PublicApiGenerator;
using System;
using System.IO;
using FluentAssertions;
using Verwerkers.Storage.Xlsx;
using Verwerkers.Tests.Infrastructure;
using Verwerkers.Tests.PublicApi;
using Xunit;

namespace Verwerkers.Tests.Excel;

/// <summary>The public surface of the Verwerkers.Excel package is approved text, like the core's.</summary>
public sealed class ExcelPublicApiApprovalTests
{
    private const string ApproveVariable = "VERWERKERS_APPROVE_API";

    private static string ApprovedPath => RepoPaths.InRepo("tests", "Verwerkers.Tests", "PublicApi", "Verwerkers.Excel.approved.txt");

    [Fact]
    public void The_public_api_of_the_excel_package_matches_the_approved_listing()
    {
        var current = typeof(RegisterWorkbook).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).Replace("\r\n", "\n", StringComparison.Ordinal);

        if (Environment.GetEnvironmentVariable(ApproveVariable) == "1")
        {
            File.WriteAllText(ApprovedPath, current);
        }

        File.Exists(ApprovedPath).Should().BeTrue($"the approved listing {ApprovedPath} must exist; run the tests once with {ApproveVariable}=1 to create it");
        current.Should().Be(File.ReadAllText(ApprovedPath).Replace("\r\n", "\n", StringComparison.Ordinal),
            $"the public API changed; if that is intended, run the tests with {ApproveVariable}=1 and review the diff of {ApprovedPath}");
    }

    [Fact]
    public void The_core_package_has_no_workbook_types_and_no_openxml_dependency()
    {
        var core = typeof(Verwerkers.Register.ProcessorRegister).Assembly;

        core.GetReferencedAssemblies().Should().NotContain(a => a.Name!.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal));
        core.GetExportedTypes().Should().NotContain(t => t.Namespace == "Verwerkers.Storage.Xlsx");
    }
}
