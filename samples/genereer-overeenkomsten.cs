// Maak de verwerkersovereenkomsten van een register: een .docx per verwerker, met de bevindingen per overeenkomst.
//
// Gebruik, vanuit de hoofdmap van de repository:
//   dotnet run samples/genereer-overeenkomsten.cs
//   dotnet run samples/genereer-overeenkomsten.cs -- samples/registers/milgro.json uitvoer/milgro 2026-11-22
//
// Argumenten (alle optioneel): het registerbestand, de map voor de overeenkomsten (standaard uitvoer/, die git
// negeert) en de datum van de overeenkomsten en de controle (JJJJ-MM-DD, standaard vandaag).
// Het script is herhaalbaar: een volgende run vervangt de bestanden met dezelfde naam (Overwrite = true).
#:project ../src/Verwerkers/Verwerkers.csproj
#:property PublishAot=false

using System;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Verwerkers;
using Verwerkers.Agreements;
using Verwerkers.Compliance;
using Verwerkers.Storage;

var bestand = args.Length > 0 ? args[0] : "samples/registers/kleineporties.json";
var map = args.Length > 1 ? args[1] : "uitvoer";
var datum = args.Length > 2 ? LocalDatePattern.Iso.Parse(args[2]).GetValueOrThrow() : Vandaag();

var register = RegisterJson.Load(bestand);

// Het ingebouwde Nederlandse sjabloon (Language = Language.English voor het Engelse; een eigen sjabloon
// met AgreementGenerator.FromTemplateFile). Zonder Overwrite weigert de generator bestaande bestanden te vervangen
// en schrijft dan niets; voor een voorbeeld dat vaak draait vervangen we ze wel.
var generator = new AgreementGenerator(new AgreementGeneratorOptions { Overwrite = true });

// Alle verwerkers in één keer. Zelfstandig verwerkingsverantwoordelijken slaat de generator over: artikel 28 AVG
// vereist met hen geen verwerkersovereenkomst; gezamenlijk verwerkingsverantwoordelijken krijgen een regeling volgens
// artikel 26 AVG. Een overeenkomst waarvoor een doorgifte buiten de EER geen geldige grondslag heeft (Google
// Analytics op Safe Harbor), weigert hij: die staat in resultaat.Refused. Elke voortgangsmelding wordt één regel.
var resultaat = generator.GenerateAll(register, map, datum, new Voortgang());

// Per overeenkomst: wat moet er nog gebeuren voordat u hem verstuurt? De bevindingen komen uit dezelfde controle
// als 'verwerkers check', op dezelfde datum.
Console.WriteLine();
foreach (var overeenkomst in resultaat.Generated)
{
    var teDoen = overeenkomst.Findings.Where(b => b.Severity >= Severity.NeedsAttention).ToList();
    Console.WriteLine($"{overeenkomst.ProcessorName}: {(teDoen.Count == 0 ? "in orde" : teDoen.Count + " bevinding(en)")}");
    foreach (var bevinding in teDoen)
    {
        Console.WriteLine($"  [{bevinding.CodeName}] {bevinding.Message.Nl}");
    }
}

foreach (var overgeslagen in resultaat.Skipped)
{
    Console.WriteLine($"Overgeslagen: {overgeslagen.Explanation.Nl}");
}

foreach (var geweigerd in resultaat.Refused.SelectMany(r => r.Unresolved))
{
    Console.WriteLine($"Geweigerd: {geweigerd.Message.Nl}");
}

Console.WriteLine();
Console.WriteLine($"{resultaat.Generated.Count} overeenkomst(en) in {resultaat.Folder}:");
foreach (var overeenkomst in resultaat.Generated)
{
    Console.WriteLine($"  {Path.GetFileName(overeenkomst.Path)}");
}

// Vandaag in Nederland: alleen dit script (de samenstellende laag) kijkt op de klok.
static LocalDate Vandaag() =>
    SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).Date;

// De generator meldt de voortgang na elke verwerker, op dezelfde thread; dat maakt hier één regel per document.
sealed class Voortgang : IProgress<AgreementProgress>
{
    public void Report(AgreementProgress melding) =>
        Console.WriteLine($"[{melding.Done}/{melding.Total}] {melding.ProcessorName}: {(melding.Refused ? "geweigerd" : melding.Skipped ? "overgeslagen" : "overeenkomst gemaakt")}");
}
