using System;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentAssertions;
using NodaTime;
using Verwerkers.Register;
using Verwerkers.Storage.Xlsx;
using Xunit;
using static Verwerkers.Tests.Excel.RegisterWorkbookTests;

namespace Verwerkers.Tests.Excel;

/// <summary>The columns for the transfer facts of issue 11: list membership, locations, DPF coverage, Art. 49 and SCC facts.</summary>
public class RegisterWorkbookTransferFactsTests
{
    private static readonly string[] NewColumns =
    {
        "Notities register", "Locaties toegang op afstand", "Locaties eigen rechtspersoon", "Op Safe Harbor-lijst", "Op Privacy Shield-lijst",
        "DPF dekt", "Internationale organisatie importeur", "Bevat HR-gegevens", "Exporteur is overheidsinstantie",
        "Importeur valt onder AVG (art. 3 lid 2)", "Rol ondertekenaar als exporteur", "Art. 49-voorwaarden vastgelegd",
    };

    private static ProcessorRegister WithFacts()
    {
        var register = Sample();
        var mailchimp = register.Processors.Single(p => p.Id == "mailchimp");
        var processors = register.Processors.Select(p => p.Id != "mailchimp" ? p : mailchimp with
        {
            RemoteAccessLocations = new[] { CountryCode.Parse("IN") },
            OwnEntityLocations = new[] { CountryCode.UnitedStates },
            SafeHarborListed = true,
            PrivacyShieldListed = false,
            Dpf = new DpfListing(DpfStatus.Active, new LocalDate(2026, 11, 1)) { Covers = DpfDataCoverage.NonHr },
            SubProcessors = mailchimp.SubProcessors.Select(s => s with { PrivacyShieldListed = true }).ToArray(),
        });
        var transfer = register.Transfers.Single() with
        {
            ImporterOrganisation = "European Patent Organisation",
            IncludesHrData = true,
            ExporterPublicAuthority = true,
            ImporterSubjectToGdpr = true,
            Mechanism = new TransferMechanism(TransferMechanismKind.Scc2010) { ExporterParty = PartyRole.Controller },
            Fallbacks = new[] { new TransferMechanism(TransferMechanismKind.Art49Derogation) { Art49Ground = Art49Ground.ExplicitConsent, ConditionsRecorded = true } },
        };
        return ProcessorRegister.Create(register.Controller, processors, register.Agreements, new[] { transfer }).WithNotes("voorbeeld");
    }

    [Fact]
    public void The_transfer_facts_survive_the_workbook()
    {
        var register = WithFacts();

        var back = RegisterWorkbookRoundTripTests.RoundTrip(register);

        back.Notes.Should().Be("voorbeeld");
        back.Processors.Should().Equal(register.Processors);
        back.Transfers.Should().Equal(register.Transfers);
        back.Processors.Single(p => p.Id == "mailchimp").Dpf!.Covers.Should().Be(DpfDataCoverage.NonHr);
    }

    [Fact]
    public void A_workbook_written_before_the_new_columns_still_loads_with_the_facts_unrecorded()
    {
        var bytes = Edit(Workbook(WithFacts()), (workbook, sheetName, worksheet) => RemoveColumns(worksheet, NewColumns));

        var back = RegisterWorkbook.Read(new MemoryStream(bytes));

        var mailchimp = back.Processors.Single(p => p.Id == "mailchimp");
        mailchimp.RemoteAccessLocations.Should().BeEmpty();
        mailchimp.SafeHarborListed.Should().BeNull();
        mailchimp.Dpf!.Covers.Should().Be(DpfDataCoverage.Unknown);
        back.Transfers.Single().ImporterOrganisation.Should().BeNull();
        back.Transfers.Single().Mechanism.ExporterParty.Should().BeNull();
        back.Notes.Should().BeNull();
    }

    [Fact]
    public void Bad_values_in_the_new_columns_are_reported_with_their_cells()
    {
        var register = WithFacts();
        var bytes = Edit(Workbook(register), (workbook, sheetName, worksheet) =>
        {
            switch (sheetName)
            {
                case "Verwerkers":
                    SetText(worksheet, Cell(XlsxRegisterSheets.ProcessorHeaders, "DPF dekt", 2), "alles");
                    SetText(worksheet, Cell(XlsxRegisterSheets.ProcessorHeaders, "Op Safe Harbor-lijst", 2), "misschien");
                    SetText(worksheet, Cell(XlsxRegisterSheets.ProcessorHeaders, "Locaties toegang op afstand", 2), "IN; India");
                    break;
                case "Doorgiften":
                    SetText(worksheet, Cell(XlsxRegisterSheets.TransferHeaders, "Rol ondertekenaar als exporteur", 2), "klant");
                    SetText(worksheet, Cell(XlsxRegisterSheets.TransferHeaders, "Bevat HR-gegevens", 2), "ja graag");
                    break;
            }
        });

        var problems = ((Action)(() => RegisterWorkbook.Read(new MemoryStream(bytes)))).Should().Throw<XlsxImportException>().Which.Problems;

        problems.Select(p => $"{p.Sheet}!{p.Cell} {p.Path}").Should().BeEquivalentTo(
            $"Verwerkers!{Cell(XlsxRegisterSheets.ProcessorHeaders, "DPF dekt", 2)} DPF dekt",
            $"Verwerkers!{Cell(XlsxRegisterSheets.ProcessorHeaders, "Op Safe Harbor-lijst", 2)} Op Safe Harbor-lijst",
            $"Verwerkers!{Cell(XlsxRegisterSheets.ProcessorHeaders, "Locaties toegang op afstand", 2)} Locaties toegang op afstand",
            $"Doorgiften!{Cell(XlsxRegisterSheets.TransferHeaders, "Rol ondertekenaar als exporteur", 2)} Rol ondertekenaar als exporteur",
            $"Doorgiften!{Cell(XlsxRegisterSheets.TransferHeaders, "Bevat HR-gegevens", 2)} Bevat HR-gegevens");
        problems.Single(p => p.Path == "DPF dekt").Message.Should().Contain("'alles'").And.Contain("nonHr").And.Contain("hrAndNonHr");
        problems.Single(p => p.Path == "Op Safe Harbor-lijst").Message.Should().Contain("TRUE or FALSE");
        problems.Single(p => p.Path == "Locaties toegang op afstand").Message.Should().Contain("'India'");
        problems.Single(p => p.Path == "Rol ondertekenaar als exporteur").Message.Should().Contain("'klant'").And.Contain("controller");
    }

    private static string Cell(string[] headers, string header, int row) =>
        XlsxWorkbookWriter.ColumnName(Array.IndexOf(headers, header)) + row;

    private static void RemoveColumns(Worksheet worksheet, string[] headers)
    {
        var headerRow = worksheet.Descendants<Row>().First();
        var letters = headerRow.Elements<Cell>()
            .Where(c => headers.Contains(c.InnerText))
            .Select(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()))
            .ToHashSet();
        foreach (var cell in worksheet.Descendants<Cell>().Where(c => letters.Contains(new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()))).ToList())
        {
            cell.Remove();
        }
    }
}
