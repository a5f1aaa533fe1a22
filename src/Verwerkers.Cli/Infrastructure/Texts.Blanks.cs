using Verwerkers.Templating.Blanks;

namespace Verwerkers.Cli;

/// <summary>The texts of blank agreements (inspect --placeholders, generate --map), Dutch and English side by side.</summary>
internal sealed partial class Texts
{
    public string InspectPlaceholdersDescription => Nl(
        "Toon de open plekken van een blanco document ([naam verwerker], <e-mail adres>, ……, gemarkeerde tekst, formuliervelden, inhoudsbesturingselementen) in plaats van de sjabloontags; elk met onderdeel, alinea en positie voor een koppelbestand (zie docs/templating.md).",
        "List the blanks of a blank document ([naam verwerker], <e-mail adres>, ……, highlighted text, form fields, content controls) instead of the template tags; each with part, paragraph and position for a mapping file (see docs/templating.md).");

    public string MapOptionDescription => Nl(
        "Een koppelbestand (JSON) dat de open plekken van het --template-document aan velden koppelt, zodat u het eigen blanco model van een kantoor vult; zie docs/templating.md.",
        "A mapping file (JSON) that maps the blanks of the --template document to fields, so that a law firm's own blank agreement is filled; see docs/templating.md.");

    public string ErrorMapWithoutTemplate => Nl(
        "--map hoort bij --template: geef ook het blanco document dat het koppelbestand beschrijft.",
        "--map goes with --template: give the blank document the mapping file describes as well.");

    public string ErrorMappingSummary => Nl(
        "'{0}' is geen bruikbaar koppelbestand ({1} probleem/problemen); er is niets geschreven.",
        "'{0}' is not a usable mapping file ({1} problem(s)); nothing was written.");

    public string ErrorBlanksIncomplete => Nl(
        "'{0}' met '{1}': {2} probleem/problemen; er is niets geschreven en niets geraden. Koppel elke open plek aan een veld of markeer hem met \"keep\": true (verwerkers inspect --placeholders toont ze).",
        "'{0}' with '{1}': {2} problem(s); nothing was written and nothing guessed. Map every blank to a field or mark it \"keep\": true (verwerkers inspect --placeholders lists them).");

    public string PlaceholdersSummary => Nl("{0} open plek(ken) in '{1}'.", "{0} blank(s) in '{1}'.");

    public string PlaceholderLine => Nl("{0}  {1}  \"{2}\"{3}", "{0}  {1}  \"{2}\"{3}");

    public string PlaceholderName => Nl(" (naam: {0})", " (name: {0})");

    public string KindName(PlaceholderKind kind) => kind switch
    {
        PlaceholderKind.Bracketed => Nl("tussen haken", "bracketed"),
        PlaceholderKind.AngleBracketed => Nl("tussen punthaken", "angle-bracketed"),
        PlaceholderKind.Dots => Nl("puntjes", "dots"),
        PlaceholderKind.Highlighted => Nl("gemarkeerd", "highlighted"),
        PlaceholderKind.FormField => Nl("formulierveld", "form field"),
        _ => Nl("inhoudsbesturingselement", "content control"),
    };

    private string Nl(string dutch, string english) => Language == Language.Dutch ? dutch : english;
}
