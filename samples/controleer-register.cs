// Controleer een verwerkersregister per datum en toon de bevindingen, met wettelijke grondslag.
//
// Gebruik, vanuit de hoofdmap van de repository:
//   dotnet run samples/controleer-register.cs
//   dotnet run samples/controleer-register.cs -- samples/registers/milgro.json 2026-11-22
//
// Argumenten (beide optioneel): het registerbestand en de peildatum (JJJJ-MM-DD, standaard vandaag).
#:project ../src/Verwerkers/Verwerkers.csproj
#:property PublishAot=false

using System;
using System.Linq;
using NodaTime;
using Verwerkers;
using NodaTime.Text;
using Verwerkers.Compliance;
using Verwerkers.Storage;

var bestand = args.Length > 0 ? args[0] : "samples/registers/kleineporties.json";
var peildatum = args.Length > 1 ? LocalDatePattern.Iso.Parse(args[1]).GetValueOrThrow() : Vandaag();

// Het register inlezen. Fouten in het bestand komen allemaal tegelijk terug, met regel en positie.
var register = RegisterJson.Load(bestand);

// De controle: de bibliotheek leest nooit zelf de klok, dus de peildatum geven we mee.
var rapport = ComplianceChecker.Check(register, peildatum);

// Het volledige rapport in het Nederlands (Language.English voor Engels; rapport.ToJson() voor koppelingen).
Console.WriteLine(rapport.ToText(Language.Dutch));

// Wat moet de klant als eerste oppakken? Alles wat ongeldig is, met de datum waarop het ongeldig werd.
var ongeldig = rapport.Findings.Where(b => b.Severity == Severity.Invalid).ToList();
Console.WriteLine($"Eerst oppakken ({ongeldig.Count}):");
foreach (var bevinding in ongeldig)
{
    var datum = bevinding.Date is { } d ? LocalDatePattern.Iso.Format(d) : "-";
    Console.WriteLine($"  {bevinding.Subject.Name,-20} {bevinding.CodeName,-28} {datum}");
}

// Vandaag in Nederland: alleen dit script (de samenstellende laag) kijkt op de klok.
static LocalDate Vandaag() =>
    SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).Date;
