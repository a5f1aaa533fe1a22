using System;
using FluentAssertions;
using Verwerkers.Storage.Xlsx;
using Verwerkers.Tests.PublicApi;
using Xunit;

namespace Verwerkers.Tests.Excel;

/// <summary>The public surface of the Verwerkers.Excel package is approved text, like the core's.</summary>
public sealed class ExcelPublicApiApprovalTests
{
    [Fact]
    public void The_public_api_of_the_excel_package_matches_the_approved_listing() =>
        ApprovedListing.ShouldMatch(typeof(RegisterWorkbook).Assembly);

    [Fact]
    public void The_core_package_has_no_workbook_types_and_no_openxml_dependency()
    {
        var core = typeof(Verwerkers.Register.ProcessorRegister).Assembly;

        core.GetReferencedAssemblies().Should().NotContain(a => a.Name!.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal));
        core.GetExportedTypes().Should().NotContain(t => t.Namespace == "Verwerkers.Storage.Xlsx");
    }
}
