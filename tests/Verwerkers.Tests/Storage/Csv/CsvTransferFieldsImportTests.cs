using System.Linq;
using FluentAssertions;
using NodaTime;
using Verwerkers.Register;
using Verwerkers.Storage.Csv;
using Xunit;
using static Verwerkers.Tests.Storage.Csv.CsvTestData;

namespace Verwerkers.Tests.Storage.Csv;

/// <summary>The supplier-list columns for the transfer facts of issue 11: locations, remote access and DPF coverage.</summary>
public class CsvTransferFieldsImportTests
{
    private static readonly CsvColumnMapping Mapping = CsvColumnMapping.FromJson(
        """
        {
          "columns": {
            "id": "Code", "name": "Naam", "country": "Land", "processingLocations": "Verwerkingslocaties",
            "remoteAccessLocations": "Toegang op afstand", "dpfStatus": "DPF", "dpfCheckedOn": "DPF gecontroleerd", "dpfCovers": "DPF dekt"
          },
          "dateFormats": ["dd-MM-yyyy"]
        }
        """);

    private const string Header = "Code;Naam;Land;Verwerkingslocaties;Toegang op afstand;DPF;DPF gecontroleerd;DPF dekt";

    [Fact]
    public void Locations_remote_access_and_the_DPF_listing_with_its_coverage_are_imported()
    {
        var plan = Plan(Header + "\nHS;HubSpot;VS;Verenigde Staten, Duitsland;India, US;actief;01-11-2026;niet-HR\n", mapping: Mapping);

        plan.HasErrors.Should().BeFalse(string.Join("; ", plan.Errors));
        var p = plan.Entries.Single().Processor!;
        p.ProcessingLocations.Should().Equal(CountryCode.UnitedStates, CountryCode.Parse("DE"));
        p.RemoteAccessLocations.Should().Equal(CountryCode.Parse("IN"), CountryCode.UnitedStates);
        p.Dpf.Should().Be(new DpfListing(DpfStatus.Active, new LocalDate(2026, 11, 1)) { Covers = DpfDataCoverage.NonHr });
    }

    [Fact]
    public void A_coverage_alone_updates_the_existing_listing_and_the_plan_shows_the_change()
    {
        var existing = new Processor("HS", "HubSpot", CountryCode.UnitedStates)
        {
            Dpf = new DpfListing(DpfStatus.Active, new LocalDate(2026, 6, 1)) { ListedOrganisation = "HubSpot, Inc." },
        };
        var register = EmptyRegister.WithProcessor(existing);

        var plan = Plan(Header + "\nHS;;;;;;;HR en niet-HR\n", register, Mapping);

        plan.HasErrors.Should().BeFalse(string.Join("; ", plan.Errors));
        var entry = plan.Entries.Single();
        entry.Processor!.Dpf.Should().Be(existing.Dpf! with { Covers = DpfDataCoverage.HrAndNonHr });
        entry.Changes.Should().ContainSingle().Which.Should().Be(new CsvFieldChange(SupplierField.DpfCovers, null, "hrAndNonHr"));
    }

    [Fact]
    public void A_new_listing_without_its_check_date_and_unknown_values_are_refused_with_their_columns()
    {
        var plan = Plan(Header + "\nA;Acme;US;US;US, Mars;actief;;alles\nB;Beta;US;;;wellicht;01-11-2026;\nC;Gamma;US;;;;;hr\n", mapping: Mapping);

        plan.Errors.Select(e => $"{e.Line} {e.Column}").Should().BeEquivalentTo(
            "2 Toegang op afstand", "2 DPF dekt", "2 DPF gecontroleerd", "3 DPF", "4 DPF", "4 DPF gecontroleerd");
        plan.Errors.First(e => e.Column == "Toegang op afstand").Message.Should().Contain("'Mars'");
        plan.Errors.First(e => e.Column == "DPF dekt").Message.Should().Contain("'alles'").And.Contain("hrAndNonHr");
        plan.Errors.First(e => e.Line == 3).Message.Should().Contain("'wellicht'").And.Contain("active");
        plan.Errors.First(e => e.Line == 4 && e.Column == "DPF gecontroleerd").Message.Should().Contain("checked");
    }

    [Fact]
    public void With_empty_cells_clearing_values_an_empty_row_of_DPF_cells_removes_the_listing()
    {
        var existing = new Processor("HS", "HubSpot", CountryCode.UnitedStates)
        {
            ProcessingLocations = new[] { CountryCode.UnitedStates },
            Dpf = new DpfListing(DpfStatus.Active, new LocalDate(2026, 6, 1)),
        };
        var register = EmptyRegister.WithProcessor(existing);

        var plan = Plan(Header + "\nHS;HubSpot;US;;;;;\n", register, Mapping, new CsvImportOptions { EmptyCells = CsvEmptyCellHandling.ClearValue });

        plan.HasErrors.Should().BeFalse(string.Join("; ", plan.Errors));
        var p = plan.Entries.Single().Processor!;
        p.Dpf.Should().BeNull();
        p.ProcessingLocations.Should().BeEmpty();
    }
}
