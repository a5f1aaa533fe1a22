using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Verwerkers.Register;
using Verwerkers.Storage.Csv;

namespace Verwerkers.Benchmarks.Storage;

/// <summary>
/// Builds a large supplier export as a Dutch ERP writes it (semicolon-separated, UTF-8 with BOM, CRLF, Dutch headers
/// and dates) plus a register that already holds half of those suppliers: a quarter matched by id, a quarter by KvK
/// number, some of them with changed values. The same seed always gives the same bytes.
/// </summary>
public static class SupplierCsvGenerator
{
    private static readonly string[] Countries = { "Nederland", "NL", "België", "Duitsland", "Ierland", "Verenigde Staten", "US", "Frankrijk" };
    private static readonly string[] Cities = { "Goes", "Middelburg", "Amsterdam", "Vlissingen", "Kloetinge", "Utrecht", "Rotterdam" };
    private static readonly string[] Categories = { "Hosting", "Boekhouding", "Salarisadministratie", "E-mailmarketing", "Webanalyse", "Betalingen", "ICT-diensten", "Overig" };

    /// <summary>The mapping of the generated columns.</summary>
    public static CsvColumnMapping Mapping { get; } = CsvColumnMapping.Empty
        .With(SupplierField.Id, "Zoekcode")
        .With(SupplierField.Name, "Naam")
        .With(SupplierField.KvkNumber, "KvK-nummer")
        .With(SupplierField.Street, "Adres")
        .With(SupplierField.PostalCode, "Postcode")
        .With(SupplierField.City, "Plaats")
        .With(SupplierField.Country, "Land")
        .With(SupplierField.ContactEmail, "E-mail")
        .With(SupplierField.ContactPhone, "Telefoon")
        .With(SupplierField.Category, "Inkoopcategorie")
        .With(SupplierField.Services, "Omschrijving")
        .With(SupplierField.AgreementStartDate, "Ingangsdatum")
        .With(SupplierField.AgreementEndDate, "Einddatum")
        .WithDateFormats("d-M-yyyy");

    /// <summary>Creates the export and the register it is imported into.</summary>
    /// <param name="rows">The number of supplier rows.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The file's bytes and the register.</returns>
    public static (byte[] Csv, ProcessorRegister Register) Create(int rows, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(rows * 200);
        text.Append("Crediteurnummer;Zoekcode;Naam;KvK-nummer;Adres;Postcode;Plaats;Land;E-mail;Telefoon;Inkoopcategorie;Omschrijving;Ingangsdatum;Einddatum\r\n");
        var existing = new List<Processor>(rows / 2);
        for (var i = 0; i < rows; i++)
        {
            var id = "lev-" + i.ToString("D6", CultureInfo.InvariantCulture);
            var name = $"Leverancier {i} B.V.";
            var country = Countries[random.Next(Countries.Length)];
            var dutch = country is "Nederland" or "NL";
            var kvk = dutch ? (10_000_000 + i).ToString(CultureInfo.InvariantCulture) : string.Empty;
            var city = Cities[random.Next(Cities.Length)];
            var start = new DateTime(2018, 5, 25).AddDays(random.Next(2000));
            var end = start.AddYears(1 + random.Next(5));

            // Every second supplier is already in the register: matched by KvK when it has one, by id otherwise.
            var known = i % 2 == 0;
            var byKvk = known && dutch && i % 4 == 0;
            text.Append(40000 + i).Append(';')
                .Append(byKvk ? string.Empty : id).Append(';')
                .Append(name).Append(';')
                .Append(kvk).Append(';')
                .Append("Dorpsstraat ").Append(1 + random.Next(200)).Append(';')
                .Append(4000 + random.Next(5999)).Append(" AB;")
                .Append(city).Append(';')
                .Append(country).Append(';')
                .Append("privacy@leverancier").Append(i).Append(".example;")
                .Append("0113 ").Append(random.Next(100_000, 999_999)).Append(';')
                .Append(Categories[random.Next(Categories.Length)]).Append(';')
                .Append(i % 10 == 0 ? "\"hosting, back-ups; beheer\"" : "hosting").Append(';')
                .Append(start.ToString("d-M-yyyy", CultureInfo.InvariantCulture)).Append(';')
                .Append(end.ToString("d-M-yyyy", CultureInfo.InvariantCulture)).Append("\r\n");
            if (known)
            {
                var code = CountryCode.TryParse(country, out var c) ? c : CountryCode.Parse(country switch
                {
                    "Nederland" => "NL", "België" => "BE", "Duitsland" => "DE", "Ierland" => "IE", "Verenigde Staten" => "US", _ => "FR",
                });

                // A third of the known suppliers moved to another city since the last import.
                existing.Add(new Processor(id, name, code)
                {
                    KvkNumber = dutch ? kvk : null,
                    Address = new PostalAddress { City = i % 3 == 0 ? "Oud-" + city : city },
                });
            }
        }

        var controller = new Organisation("KleinePorties B.V.", CountryCode.Netherlands) { KvkNumber = "72266570" };
        var register = ProcessorRegister.Create(controller, existing, Array.Empty<ProcessorAgreement>(), Array.Empty<Transfer>());
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble();
        return ([.. bytes, .. Encoding.UTF8.GetBytes(text.ToString())], register);
    }
}
