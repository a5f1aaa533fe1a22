using System.IO;
using System.Linq;
using FluentAssertions;
using Verwerkers.Storage;
using Xunit;

namespace Verwerkers.Tests.Storage;

/// <summary>
/// The malformed-file corpus (Storage/Malformed, one problem per file unless the name says otherwise): each file must
/// be refused with a <see cref="RegisterFormatException"/> that names the file, the JSON path, the line and position,
/// and says what is wrong.
/// </summary>
public class MalformedRegisterFileTests
{
    private static string PathOf(string fileName) => Path.Combine(System.AppContext.BaseDirectory, "Storage", "Malformed", fileName);

    [Theory]
    [InlineData("auto-renew-without-term.json", "agreements[0].renewalTerm", 12, 5, "An agreement with tacit renewal (autoRenew) needs a positive")]
    [InlineData("boolean-as-string.json", "agreements[0].processingActive", 15, 31, "Expected true or false but found the string \"yes\".")]
    [InlineData("category-in-pascal-case.json", "processors[0].category", 9, 27, "'Mailing' is not a valid value; expected one of: other, crm,")]
    [InlineData("comment.json", "controller", 4, 22, "Comments are not allowed in a register file (saving would lo")]
    [InlineData("content-after-the-register.json", "$", 12, 0, "The file is not valid JSON: Additional text encountered afte")]
    [InlineData("controller-is-an-array.json", "controller", 3, 17, "Expected an object but found an array.")]
    [InlineData("dangling-agreement-processor.json", "agreements[0].processorId", 14, 28, "No processor has id 'ghost': the reference does not resolve.")]
    [InlineData("dangling-sub-processor.json", "transfers[0].subProcessorId", 17, 29, "Processor 'p1' has no sub-processor with id 'aws'.")]
    [InlineData("date-in-dutch-order.json", "agreements[0].startDate", 15, 31, "'01-03-2021' is not a date in the form yyyy-MM-dd, such as 2")]
    [InlineData("dpf-without-checked-on.json", "processors[0].dpf.checkedOn", 9, 14, "The required property 'checkedOn' is missing.")]
    [InlineData("duplicate-processor-id.json", "processors[1].id", 11, 16, "Duplicate processor id 'p1': every processor needs its own i")]
    [InlineData("dutch-kvk-with-seven-digits.json", "processors[0].kvkNumber", 9, 28, "'1234567' is not a KvK number: a Dutch KvK number has exactl")]
    [InlineData("empty-id.json", "processors[0].id", 6, 14, "The id is missing or empty.")]
    [InlineData("empty.json", "$", 0, 0, "The file is empty: a register file holds one JSON object tha")]
    [InlineData("end-before-start.json", "agreements[0].endDate", 16, 29, "The end date 2021-12-31 lies before the start date 2022-01-0")]
    [InlineData("impossible-date.json", "agreements[0].signedOn", 15, 30, "'2021-02-30' is not a date: February 2021 has 28 days.")]
    [InlineData("invalid-utf8.json", "$", 3, 38, "The file is not valid UTF-8 text; save it as UTF-8.")]
    [InlineData("lower-case-country.json", "processors[0].country", 8, 21, "Country codes are written in upper case: use \"NL\" instead of")]
    [InlineData("mechanism-without-kind.json", "transfers[0].mechanism.kind", 16, 20, "The required property 'kind' is missing.")]
    [InlineData("missing-controller.json", "controller", 1, 1, "The register has no controller: add the organisation whose r")]
    [InlineData("name-is-a-number.json", "processors[0].name", 7, 16, "Expected a string but found the number 42; write it in quotes: \"42\".")]
    [InlineData("nested-too-deep.json", "notes[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]", 4, 75, "The JSON nests deeper than 64 levels, the limit (RegisterJso")]
    [InlineData("null-processor.json", "processors[0]", 5, 8, "Expected an object but found null.")]
    [InlineData("period-in-words.json", "agreements[0].renewalTerm", 16, 29, "'1 jaar' is not an ISO 8601 period such as P1Y, P3M, P2W or ")]
    [InlineData("property-twice.json", "processors[0].name", 9, 13, "The property 'name' appears more than once in this object.")]
    [InlineData("root-is-an-array.json", "$", 1, 1, "A register file holds one JSON object ({ … }), but the file ")]
    [InlineData("scc-module-on-privacy-shield.json", "transfers[0].mechanism.sccModule", 16, 68, "An SCC module (Module2) only belongs to the 2021/914 clauses")]
    [InlineData("schema-version-2.json", "schemaVersion", 2, 20, "The file has schemaVersion 2, which is newer than this versi")]
    [InlineData("schema-version-as-string.json", "schemaVersion", 2, 22, "Expected the integer 1 but found the string \"1\".")]
    [InlineData("schema-version-missing.json", "schemaVersion", 1, 1, "The required property 'schemaVersion' is missing: a register")]
    [InlineData("truncated-before-the-last-brace.json", "processors", 16, 0, "The file is not valid JSON: Unexpected end of the file; it m")]
    [InlineData("truncated.json", "processors[0].name", 8, 14, "The file is not valid JSON: Unterminated string. Expected de")]
    [InlineData("unknown-category.json", "processors[0].category", 9, 25, "'email' is not a valid value; expected one of: other, crm, m")]
    [InlineData("unknown-checklist-id.json", "agreements[0].covers[1]", 15, 49, "'A28_3_Z_UNKNOWN' is not a valid value; expected one of: A28")]
    [InlineData("unknown-country.json", "processors[0].country", 8, 21, "'XX' is not an ISO 3166-1 alpha-2 country code (two letters,")]
    [InlineData("unknown-processor-property.json", "processors[0].nmae", 9, 13, "Unknown property 'nmae'; expected one of: id, name, legalEnt")]
    [InlineData("unknown-root-property.json", "processers", 4, 15, "Unknown property 'processers'; expected one of: schemaVersio")]
    [InlineData("unterminated-string.json", "processors[0].name", 7, 21, "The file is not valid JSON: A line break stands inside a stri")]
    public void A_malformed_register_file_is_refused_with_path_line_and_position(string fileName, string path, int line, int position, string message)
    {
        var act = () => RegisterJson.Load(PathOf(fileName));

        var error = act.Should().Throw<RegisterFormatException>().Which;
        error.FileName.Should().Be(PathOf(fileName));
        error.Message.Should().Contain(fileName);
        var problem = error.Problems.Should().ContainSingle(p => p.Path == path).Which;
        problem.Line.Should().Be(line);
        problem.Position.Should().Be(position);
        problem.Message.Should().Contain(message);
        error.Message.Should().Contain(problem.ToString());
    }

    [Fact]
    public void Every_file_of_the_corpus_is_covered_by_a_test_case()
    {
        var files = Directory.GetFiles(Path.Combine(System.AppContext.BaseDirectory, "Storage", "Malformed"), "*.json").Select(Path.GetFileName);

        files.Should().HaveCountGreaterThanOrEqualTo(25);
        var tested = typeof(MalformedRegisterFileTests).GetMethod(nameof(A_malformed_register_file_is_refused_with_path_line_and_position))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).First()[0])
            .Append("several-problems.json");
        files.Should().BeEquivalentTo(tested);
    }

    [Fact]
    public void A_file_with_several_problems_reports_all_of_them_in_file_order()
    {
        var act = () => RegisterJson.Load(PathOf("several-problems.json"));

        var problems = act.Should().Throw<RegisterFormatException>().Which.Problems;
        problems.Select(p => (p.Path, p.Line, p.Position)).Should().Equal(
            ("processors[0].category", 9, 25),
            ("processors[1].id", 12, 16),
            ("agreements[0].processorId", 20, 28),
            ("agreements[0].signedOn", 21, 30),
            ("transfers[0].subProcessorId", 30, 29),
            ("transfers[0].frequency", 31, 26));
        problems[0].Message.Should().Contain("'email'");
        problems[1].Message.Should().Contain("Duplicate processor id 'p1'");
        problems[2].Message.Should().Contain("'ghost'");
        problems[3].Message.Should().Contain("February 2021 has 28 days");
        problems[4].Message.Should().Contain("no sub-processor with id 'aws'");
        problems[5].Message.Should().Contain("'daily'");
    }

    [Fact]
    public void A_stream_or_string_source_gives_the_same_problems_without_a_file_name()
    {
        var text = File.ReadAllText(PathOf("several-problems.json"));
        using var stream = File.OpenRead(PathOf("several-problems.json"));

        var fromString = ((System.Action)(() => RegisterJson.Parse(text))).Should().Throw<RegisterFormatException>().Which;
        var fromStream = ((System.Action)(() => RegisterJson.Load(stream))).Should().Throw<RegisterFormatException>().Which;
        var fromFile = ((System.Action)(() => RegisterJson.Load(PathOf("several-problems.json")))).Should().Throw<RegisterFormatException>().Which;

        fromString.FileName.Should().BeNull();
        fromStream.FileName.Should().BeNull();
        fromString.Problems.Should().Equal(fromFile.Problems);
        fromStream.Problems.Should().Equal(fromFile.Problems);
    }
}
