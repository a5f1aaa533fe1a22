using System.Linq;
using FluentAssertions;
using Verwerkers.Register;
using Verwerkers.Storage.Csv;
using Xunit;
using static Verwerkers.Tests.Storage.Csv.CsvTestData;

namespace Verwerkers.Tests.Storage.Csv;

/// <summary>Issue 17: an ERP import that respects the consultant's curated data, maps the newer fields and reports
/// every problem of a row at once.</summary>
public class CsvCuratedImportTests
{
    private static readonly ProcessorRegister Curated = EmptyRegister.WithProcessor(
        new Processor("L001", "Hosting B.V.", CountryCode.Netherlands)
        {
            KvkNumber = "12345670",
            Services = new[] { "Webhosting met back-ups (door de consultant beschreven)" },
            Contact = new ContactDetails { Email = "privacy@hosting.example" },
        });

    private const string Row = "Leveranciersnummer;Naam;KvK-nummer;Land;Plaats;Categorie;Contactpersoon;E-mail;Telefoon;Diensten\n"
        + "L001;Hosting B.V.;87654321;NL;Delft;hosting;;erp@hosting.example;;Hosting\n";

    [Fact]
    public void Without_owners_the_supplier_list_overwrites_every_mapped_field()
    {
        var p = Plan(Row, Curated).Apply().GetProcessor("L001");

        p.KvkNumber.Should().Be("87654321");
        p.Services.Should().Equal("Hosting");
        p.Contact!.Email.Should().Be("erp@hosting.example");
    }

    [Fact]
    public void Fields_the_register_owns_keep_the_consultants_values_and_the_ERP_keeps_its_own()
    {
        var mapping = DutchMapping.WithOwner(SupplierField.Services, CsvFieldOwner.Register).WithOwner(SupplierField.ContactEmail, CsvFieldOwner.Register);

        var plan = Plan(Row, Curated, mapping);
        var p = plan.Apply().GetProcessor("L001");

        p.Services.Should().Equal("Webhosting met back-ups (door de consultant beschreven)");
        p.Contact!.Email.Should().Be("privacy@hosting.example");
        p.KvkNumber.Should().Be("87654321", "the ERP owns the KvK number");
        p.Address!.City.Should().Be("Delft", "an empty field the register owns is still filled");
        plan.Entries.Single().Changes.Select(c => c.Field).Should().BeEquivalentTo(new[] { SupplierField.KvkNumber, SupplierField.City, SupplierField.Category });
    }

    [Fact]
    public void Fill_only_fills_empty_fields_except_those_the_mapping_gives_to_the_supplier_list()
    {
        var mapping = CsvColumnMapping.FromJson("""
            {
              "columns": { "id": "Leveranciersnummer", "name": "Naam", "kvkNumber": "KvK-nummer", "country": "Land", "city": "Plaats",
                           "contactEmail": "E-mail", "services": "Diensten" },
              "mode": "fillOnly",
              "owners": { "kvkNumber": "erp", "city": "erp" }
            }
            """);

        mapping.FillOnly.Should().BeTrue();
        mapping.OwnerOf(SupplierField.Services).Should().Be(CsvFieldOwner.Register);
        var p = Plan(Row, Curated, mapping).Apply().GetProcessor("L001");

        p.Services.Should().Equal("Webhosting met back-ups (door de consultant beschreven)");
        p.Contact!.Email.Should().Be("privacy@hosting.example");
        p.KvkNumber.Should().Be("87654321");
        p.Address!.City.Should().Be("Delft");
    }

    [Fact]
    public void Role_purposes_data_categories_subjects_nature_and_EU_representative_are_mapped()
    {
        var mapping = CsvColumnMapping.FromJson("""
            {
              "columns": { "id": "Code", "name": "Naam", "country": "Land", "role": "Rol", "purposes": "Doelen",
                           "dataCategories": "Gegevens", "dataSubjectCategories": "Betrokkenen", "nature": "Aard", "euRepresentative": "EU-vertegenwoordiger" },
              "listSeparator": "|"
            }
            """);
        var csv = "Code;Naam;Land;Rol;Doelen;Gegevens;Betrokkenen;Aard;EU-vertegenwoordiger\n"
            + "X1;Analytics Inc.;US;verwerker;Statistiek|Marketing;Naam|Gezondheid (bijzonder)|BSN (BSN);Klanten|Bezoekers;Opslag en analyse;Rep B.V., Amsterdam\n";

        var plan = Plan(csv, mapping: mapping);

        plan.HasErrors.Should().BeFalse(string.Join("; ", plan.Errors));
        var p = plan.Entries.Single().Processor!;
        p.Role.Should().Be(ProcessorRole.Processor);
        p.Purposes.Should().Equal("Statistiek", "Marketing");
        p.DataCategories.Should().Equal(
            new PersonalDataCategory("Naam"),
            new PersonalDataCategory("Gezondheid", DataCategoryKind.Special),
            new PersonalDataCategory("BSN", DataCategoryKind.NationalIdentificationNumber));
        p.DataSubjectCategories.Should().Equal("Klanten", "Bezoekers");
        p.Nature.Should().Be("Opslag en analyse");
        p.EuRepresentative.Should().Be("Rep B.V., Amsterdam");
    }

    [Fact]
    public void Every_problem_of_a_row_is_reported_at_once()
    {
        var csv = CsvTestData.Header + "\n;;1234;Atlantis;;nonsense;;not-an-email;;\n";

        var plan = Plan(csv);

        var errors = plan.Errors.Where(e => e.Line == 2).ToArray();
        errors.Select(e => e.Column).Should().Contain(new[] { "Land", "Categorie", "E-mail", "Naam" }, string.Join("\n", errors.Select(x => x.ToString())));
        errors.Should().HaveCountGreaterOrEqualTo(4);
    }

    [Fact]
    public void The_import_exceptions_carry_the_kernel_problems_with_line_and_column()
    {
        var plan = Plan(CsvTestData.Header + "\nL9;Naam;;Atlantis;;;;;;\n");

        var act = () => plan.Apply();

        var e = act.Should().Throw<CsvImportException>().Which;
        e.Should().BeAssignableTo<VerwerkersException>();
        e.Problems.Should().ContainSingle().Which.Should().Match<Problem>(p => p.Line == 2 && p.Path == "Land" && p.Message.Contains("Atlantis") && p.DutchMessage!.StartsWith("Onbekend land 'Atlantis'"));

        var mapping = () => CsvColumnMapping.FromJson("""{ "columns": { "name": "Naam" }, "mode": "sometimes" }""");
        mapping.Should().Throw<CsvMappingException>().Which.Should().BeAssignableTo<VerwerkersException>()
            .Which.Problems.Should().ContainSingle(p => p.Line == 1 && p.Message.Contains("fillOnly"));
    }

    [Fact]
    public void A_mapping_from_headers_that_are_field_names_maps_those_and_ignores_others()
    {
        var mapping = CsvColumnMapping.FromFieldNameHeaders(new[] { "Name", "kvkNumber", "country", "Opmerking" });

        mapping.Columns.Keys.Should().BeEquivalentTo(new[] { SupplierField.Name, SupplierField.KvkNumber, SupplierField.Country });
        mapping.Columns[SupplierField.Name].Should().Be("Name");
    }
}
