// De agenda van een consultant: alle termijnen in een register die de komende dagen actie vragen
// (einde overeenkomst, laatste dag om op te zeggen, DPF-hercertificering, bezwaartermijn subverwerker, ...).
//
// Gebruik, vanuit de hoofdmap van de repository:
//   dotnet run samples/agenda.cs
//   dotnet run samples/agenda.cs -- samples/registers/mkb-westland.json 365
//
// Argumenten (beide optioneel): het registerbestand en het aantal dagen vooruit (standaard 90).
#:project ../src/Verwerkers/Verwerkers.csproj
#:property PublishAot=false

using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Verwerkers.Compliance;
using Verwerkers.Storage;

var bestand = args.Length > 0 ? args[0] : "samples/registers/kleineporties.json";
var dagen = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 90;

var register = RegisterJson.Load(bestand);
var vandaag = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).Date;
var tot = vandaag.PlusDays(dagen);

// Alle gebeurtenissen in het venster, al gesorteerd op datum.
var agenda = ComplianceChecker.UpcomingEvents(register, vandaag, tot);

Console.WriteLine($"Agenda van {register.Controller.Name}, {LocalDatePattern.Iso.Format(vandaag)} t/m {LocalDatePattern.Iso.Format(tot)}");
if (agenda.Count == 0)
{
    Console.WriteLine("  Geen termijnen in deze periode.");
}

// Per maand gegroepeerd, zodat de consultant ziet wat er per maand op de planning staat.
var maandnaam = new CultureInfo("nl-NL").DateTimeFormat;
foreach (var maand in agenda.GroupBy(e => (e.Date.Year, e.Date.Month)))
{
    Console.WriteLine();
    Console.WriteLine($"{maandnaam.GetMonthName(maand.Key.Month)} {maand.Key.Year}");
    foreach (var e in maand)
    {
        var overDagen = Period.Between(vandaag, e.Date, PeriodUnits.Days).Days;
        Console.WriteLine($"  {LocalDatePattern.Iso.Format(e.Date)}  {e.Description.Nl,-34} {e.Subject.Name} (over {overDagen} dagen)");
    }
}
