namespace Verwerkers.Cli;

internal sealed partial class WorkspaceTexts
{
    public static readonly WorkspaceTexts Dutch = new()
    {
        WorkspaceDescription = "Werk met een werkruimte: de registers van veel organisaties in één database (een SQLite-bestand, of PostgreSQL voor een team), elke opslag een nieuwe versie met wie, wanneer en wat er veranderde. 'verwerkers serve' opent dezelfde werkruimte in de browser.",
        WorkspaceOptionDescription = "Het SQLite-bestand van de werkruimte; het wordt gemaakt als het nog niet bestaat.",
        PostgresOptionDescription = "De PostgreSQL-database van de werkruimte, als verbindingsreeks (Host=…;Database=…;Username=…). Zet het wachtwoord liever in PGPASSWORD dan in de reeks: een argument is zichtbaar voor andere gebruikers van de machine.",
        ConnectionHelpName = "verbinding",
        ErrorNoWorkspace = "geef de werkruimte op: --workspace <bestand.db> of --postgres \"<verbinding>\".",
        ErrorBothWorkspaces = "geef --workspace of --postgres, niet allebei.",
        ErrorCannotOpen = "de werkruimte {0} kan niet worden geopend: {1}",

        ImportDescription = "Importeer een map met registerbestanden (*.json) als nieuwe registers, elk genoemd naar zijn bestand (milgro.json wordt 'milgro'). Elk bestand wordt eerst volledig gecontroleerd; heeft een bestand een fout, dan wordt niets geïmporteerd en ziet u elke fout van elk bestand (tenzij --skip-invalid). Afsluitcode 0: geïmporteerd; 2: foute invoer, niets geïmporteerd.",
        FolderArgumentDescription = "De map met registerbestanden.",
        SkipInvalidOptionDescription = "Sla bestanden met fouten over (ze worden genoemd) en importeer de andere.",
        AuthorOptionDescription = "Wie importeert, zoals het in de geschiedenis komt (standaard 'import').",
        ImportImported = "{0}: versie {1} ({2}).",
        ImportSkippedFile = "overgeslagen: {0}",
        ImportDone = "{0} register(s) geïmporteerd in {1}; {2} bestand(en) overgeslagen.",
        ErrorImportSummary = "{0} bestand(en) in {1} kunnen niet worden geïmporteerd; er is niets geïmporteerd. Herstel ze (controleer ze met 'verwerkers validate') of gebruik --skip-invalid.",

        UsersDescription = "Beheer de gebruikers van een werkruimte: wie mag inloggen op 'verwerkers serve', met welke rol, en welke registers ze zien.",
        UserArgumentDescription = "De gebruikersnaam (1 tot 64 letters, cijfers, '.', '-', '_' of '@'; hoofdletters tellen niet).",
        RegisterNameArgumentDescription = "De naam van het register in de werkruimte.",
        AddDescription = "Voeg een gebruiker toe. Het wachtwoord (minstens 12 tekens) wordt gevraagd, of gelezen van de standaardinvoer (één regel); nooit als argument. Afsluitcode 0: toegevoegd; 2: foute invoer.",
        RoleOptionDescription = "De rol: reader (leest de toegekende registers), editor (bewerkt ze ook) of admin (alles, alle registers, beheert gebruikers).",
        GrantDescription = "Geef een gebruiker toegang tot een register.",
        RevokeDescription = "Trek de toegang van een gebruiker tot een register in.",
        ListDescription = "Toon de gebruikers met hun rol en registers.",
        PasswordDescription = "Stel een nieuw wachtwoord in voor een gebruiker; gevraagd, of gelezen van de standaardinvoer (één regel).",
        PasswordPrompt = "Wachtwoord voor {0}: ",
        PasswordRepeatPrompt = "Nogmaals: ",
        ErrorPasswordsDiffer = "de twee wachtwoorden verschillen; er is niets veranderd.",
        ErrorNoPassword = "geen wachtwoord gekregen: typ het als erom gevraagd wordt, of geef het als één regel op de standaardinvoer.",
        ErrorNoAccount = "de werkruimte heeft geen gebruiker '{0}'.",
        ErrorPasswordTooShort = "een wachtwoord moet minstens {0} tekens hebben; dit heeft er {1}. Er is niets veranderd.",
        UserAdded = "Gebruiker {0} toegevoegd met de rol {1}.",
        UserGranted = "{0} heeft nu toegang tot {1}.",
        UserRevoked = "{0} heeft geen toegang meer tot {1}.",
        PasswordChanged = "Het wachtwoord van {0} is gewijzigd.",
        ListNone = "Deze werkruimte heeft nog geen gebruikers; voeg er een toe met 'verwerkers workspace users add <naam> --role admin'.",
        ListLine = "{0}  {1}  {2}",
        ListAllRegisters = "alle registers",
        ListNoRegisters = "geen registers",
        GrantUnknownRegister = "de werkruimte heeft geen register '{0}'; de toegang is toch vastgelegd en geldt zodra het bestaat.",
    };
}
