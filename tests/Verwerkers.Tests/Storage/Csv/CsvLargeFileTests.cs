using System.Globalization;
using System.Linq;
using System.Text;
using FluentAssertions;
using Verwerkers.Storage.Csv;
using Xunit;
using static Verwerkers.Tests.Storage.Csv.CsvTestData;

namespace Verwerkers.Tests.Storage.Csv;

/// <summary>A 100,000-row export (speed and allocations: tests/Verwerkers.Benchmarks, CsvSupplierImportBenchmarks).</summary>
public class CsvLargeFileTests
{
    private const int Rows = 100_000;
    private const int BadRow = 99_990;

    private static readonly CsvColumnMapping Mapping = DutchMapping.With(SupplierField.AgreementEndDate, "Einddatum");

    private static string Export()
    {
        var text = new StringBuilder(Rows * 120);
        text.Append(Header).Append(";Einddatum\r\n");
        for (var i = 0; i < Rows; i++)
        {
            var kvk = (10_000_000 + i).ToString(CultureInfo.InvariantCulture);
            var end = i == BadRow ? "30-2-2027" : "31-12-2027";
            text.Append(CultureInfo.InvariantCulture, $"L{i:D6};Leverancier {i};{kvk};Nederland;Goes;Hosting;;info@l{i}.example;;\"hosting, back-ups\";{end}\r\n");
        }

        return text.ToString();
    }

    [Fact]
    public void A_100000_row_file_is_read_completely_and_its_one_bad_row_is_reported_by_line_and_blocks_the_import()
    {
        var plan = Plan(Export(), mapping: Mapping);

        plan.Entries.Should().HaveCount(Rows);
        plan.Added.Should().HaveCount(Rows - 1);
        var error = plan.Errors.Should().ContainSingle().Subject;
        error.Line.Should().Be(BadRow + 2, "line 1 is the header and data rows count from 0");
        error.Column.Should().Be("Einddatum");
        error.Message.Should().Contain("'30-2-2027' is not a valid date");
        plan.Invoking(p => p.Apply()).Should().Throw<CsvImportException>();

        var register = plan.Apply(skipBadRows: true);

        register.Processors.Should().HaveCount(Rows - 1);
        register.Agreements.Should().HaveCount(Rows - 1);
        register.FindProcessor("L099999")!.Services.Should().Equal("hosting", "back-ups");
        register.Processors.Select(p => p.KvkNumber).Should().OnlyHaveUniqueItems();
    }
}
