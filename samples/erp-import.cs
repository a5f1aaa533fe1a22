// Leveranciers uit het ERP-pakket (Exact, AFAS, ...) inlezen in het verwerkersregister, het register controleren en
// alles als Excel-werkmap opslaan: tabbladen verwerkers, subverwerkers, doorgiften, overeenkomsten en bevindingen.
//
// Gebruik, vanuit de hoofdmap van de repository:
//   dotnet run samples/erp-import.cs
//   dotnet run samples/erp-import.cs -- 2026-11-22
//
// Argument (optioneel): de peildatum van de controle (JJJJ-MM-DD, standaard vandaag).
// Invoer:  samples/erp/leveranciers.csv (export met puntkomma's, UTF-8 met BOM, zoals Nederlandse Excel hem opslaat)
//          samples/erp/koppeling.json   (welke kolom welk veld vult)
// Uitvoer: uitvoer/kleineporties-erp.json en uitvoer/kleineporties-erp.xlsx (de map uitvoer/ staat in .gitignore).
#:project ../src/Verwerkers/Verwerkers.csproj
#:project ../src/Verwerkers.Excel/Verwerkers.Excel.csproj
#:property PublishAot=false

using System;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Verwerkers.Compliance;
using Verwerkers.Storage;
using Verwerkers.Storage.Csv;
using Verwerkers.Storage.Xlsx;

var register = RegisterJson.Load("samples/registers/kleineporties.json");

// De koppeling kan ook in code: CsvColumnMapping.Empty.With(SupplierField.KvkNumber, "KvK-nummer")...
var koppeling = CsvColumnMapping.Load("samples/erp/koppeling.json");
var importeur = new CsvSupplierImporter(koppeling);

// Eerst een proefimport: wat zou erbij komen, wat verandert er, wat blijft gelijk? Het register zelf blijft ongemoeid.
// Bestaande verwerkers worden herkend aan hun id (kolom Zoekcode) of aan hun KvK-nummer.
var plan = importeur.Plan(register, "samples/erp/leveranciers.csv");
Console.WriteLine($"Proefimport ({plan.EncodingName}, scheidingsteken '{plan.Delimiter}'): {plan.Added.Count} nieuw, "
    + $"{plan.Changed.Count} gewijzigd, {plan.Unchanged.Count} ongewijzigd, {plan.Rejected.Count} afgekeurd.");
foreach (var regel in plan.Entries)
{
    var actie = regel.Action switch
    {
        CsvImportAction.Add => "nieuw",
        CsvImportAction.Change => "wijzigen",
        CsvImportAction.Unchanged => "gelijk",
        _ => "afgekeurd",
    };
    var herkend = regel.MatchedBy switch
    {
        CsvMatch.Id => " (herkend aan de zoekcode)",
        CsvMatch.KvkNumber => " (herkend aan het KvK-nummer)",
        _ => string.Empty,
    };
    Console.WriteLine($"  regel {regel.Line,2}: {actie,-9} {regel.ProcessorId}{herkend}");
    foreach (var wijziging in regel.Changes)
    {
        Console.WriteLine($"             {wijziging.Field}: '{wijziging.OldValue}' -> '{wijziging.NewValue}'");
    }
}

// Elke foute regel staat er met regelnummer en reden bij. Zolang er één fout is, voeren we niets door
// (CsvImportOptions.SkipBadRows = true neemt alleen de goede regels over).
foreach (var fout in plan.Errors)
{
    Console.WriteLine($"  FOUT {fout}");
}

if (plan.HasErrors)
{
    Console.WriteLine("Niets ingelezen: verbeter de export en probeer opnieuw.");
    return 1;
}

var bijgewerkt = plan.Apply();

// De controle: de bibliotheek leest nooit zelf de klok; dit script geeft de klok (of een vaste peildatum) mee.
var rapport = args.Length > 0
    ? ComplianceChecker.Check(bijgewerkt, LocalDatePattern.Iso.Parse(args[0]).GetValueOrThrow())
    : ComplianceChecker.Check(bijgewerkt, SystemClock.Instance, DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);
var ongeldig = rapport.Findings.Count(b => b.Severity == Severity.Invalid);
Console.WriteLine($"Controle per {LocalDatePattern.Iso.Format(rapport.AsOf)}: {rapport.Findings.Count} bevindingen, waarvan {ongeldig} ongeldig.");

// Opslaan: het bijgewerkte register (JSON) en de werkmap met een tabblad Bevindingen, gekleurd naar ernst.
// Beide worden eerst naar een tijdelijk bestand geschreven en dan verplaatst: een half bestand bestaat nooit.
Directory.CreateDirectory("uitvoer");
RegisterJson.Save(bijgewerkt, "uitvoer/kleineporties-erp.json");
RegisterWorkbook.Save(bijgewerkt, "uitvoer/kleineporties-erp.xlsx", rapport);
Console.WriteLine($"Opgeslagen: {Path.GetFullPath("uitvoer/kleineporties-erp.json")}");
Console.WriteLine($"            {Path.GetFullPath("uitvoer/kleineporties-erp.xlsx")}");
return 0;
