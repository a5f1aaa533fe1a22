using FluentAssertions;
using Verwerkers.Storage.Xlsx;
using Xunit;
using static Verwerkers.Storage.Xlsx.XlsxLayout;

namespace Verwerkers.Tests.Excel;

/// <summary>A register problem found after a workbook was read names the column that holds its path, from the sheets' column tables.</summary>
public class ProblemColumnTests
{
    [Theory]
    [InlineData(ProcessorsSheet, "services", Services)]
    [InlineData(ProcessorsSheet, "purposes", Purposes)]
    [InlineData(ProcessorsSheet, "contact.email", ContactEmail)]
    [InlineData(ProcessorsSheet, "signatory.title", SignatoryTitle)]
    [InlineData(ControllerSheet, "signatory.title", SignatoryTitle)]
    [InlineData(SubProcessorsSheet, "contact.email", ContactEmail)]
    [InlineData(AgreementsSheet, "version", VersionColumn)]
    [InlineData(AgreementsSheet, "document", Document)]
    [InlineData(ProcessorsSheet, "id", Id)]
    [InlineData(TransfersSheet, "processorId", ProcessorId)]
    [InlineData(ProcessorsSheet, "contractTerms.deletionDays", DeletionDays)]
    public void A_path_on_a_sheet_names_the_column_it_is_read_from(string sheet, string path, string column)
    {
        XlsxPathSegments.ColumnOf(sheet, XlsxPathSegments.Parse(path)).Should().Be(column);
    }

    [Fact]
    public void A_path_no_column_of_the_sheet_holds_names_no_column()
    {
        XlsxPathSegments.ColumnOf(ProcessorsSheet, XlsxPathSegments.Parse("noSuchField")).Should().BeNull();
    }
}
