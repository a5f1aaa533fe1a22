using System.IO;
using System.Text;
using Verwerkers.Register;
using Verwerkers.Storage.Csv;

namespace Verwerkers.Tests.Storage.Csv;

internal static class CsvTestData
{
    public static readonly Organisation Controller = new("KleinePorties B.V.", CountryCode.Netherlands) { KvkNumber = "12345678" };

    public static CsvColumnMapping DutchMapping { get; } = CsvColumnMapping.Empty
        .With(SupplierField.Id, "Leveranciersnummer")
        .With(SupplierField.Name, "Naam")
        .With(SupplierField.KvkNumber, "KvK-nummer")
        .With(SupplierField.Country, "Land")
        .With(SupplierField.City, "Plaats")
        .With(SupplierField.Category, "Categorie")
        .With(SupplierField.ContactName, "Contactpersoon")
        .With(SupplierField.ContactEmail, "E-mail")
        .With(SupplierField.ContactPhone, "Telefoon")
        .With(SupplierField.Services, "Diensten");

    public const string Header = "Leveranciersnummer;Naam;KvK-nummer;Land;Plaats;Categorie;Contactpersoon;E-mail;Telefoon;Diensten";

    public static ProcessorRegister EmptyRegister => ProcessorRegister.Empty(Controller);

    public static Stream Utf8(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bom)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }

        return new MemoryStream(bytes);
    }

    public static CsvImportPlan Plan(string csv, ProcessorRegister? register = null, CsvColumnMapping? mapping = null, CsvImportOptions? options = null) =>
        new CsvSupplierImporter(mapping ?? DutchMapping, options).Plan(register ?? EmptyRegister, Utf8(csv));
}
