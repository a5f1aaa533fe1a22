namespace Verwerkers.Cli;

internal sealed partial class Texts
{
    public static readonly Texts Dutch = new()
    {
        Language = Language.Dutch,
        HelpDescription = "Beschrijving:",
        HelpUsage = "Gebruik:",
        HelpUsageCommand = "[opdracht]",
        HelpUsageOptions = "[opties]",
        HelpArguments = "Argumenten:",
        HelpOptions = "Opties:",
        HelpCommands = "Opdrachten:",
        HelpRequired = "(verplicht)",
        HelpDefault = "standaard",
        HelpFooter = "Begin met 'verwerkers demo'. Help bij een opdracht: 'verwerkers <opdracht> --help'. In het Engels: --lang en.",

        RootDescription = "Verwerkers: het register van verwerkers (AVG art. 30/28) controleren per datum, de agenda van termijnen tonen en verwerkersovereenkomsten maken.",
        HelpOptionDescription = "Toon deze hulp.",
        VersionOptionDescription = "Toon de versie.",
        LangOptionDescription = "Taal van hulp, meldingen en rapport: nl of en (standaard: de taal van het systeem).",
        VerboseOptionDescription = "Toon bij een fout alle technische details.",
        RegisterArgumentDescription = "Het registerbestand (JSON, zie docs/register-format.md).",
        AsOfOptionDescription = "De peildatum (JJJJ-MM-DD); standaard vandaag.",
        ForceOptionDescription = "Overschrijf bestaande bestanden.",
        DateHelpName = "datum",
        FileHelpName = "bestand",
        ReferenceDataOptionDescription = "Een JSON-bestand met correcties op de ingebouwde juridische referentiedata (bijvoorbeeld een nieuw adequaatheidsbesluit).",
        FormatOptionDescription = "Uitvoer als leesbare tekst of als JSON (voor koppelingen).",
        MonthNames = "januari februari maart april mei juni juli augustus september oktober november december",

        CheckDescription = "Controleer een register per datum: doorgiftegronden, subverwerkers en verwerkersovereenkomsten, met wettelijke grondslag. Afsluitcode 0: niets ongeldig; 1: iets ongeldig; 2: foute invoer.",

        UpcomingDescription = "Toon de agenda: alle termijnen die actie vragen (einde overeenkomst, opzegtermijn, DPF-hercertificering, bezwaartermijn, einde adequaatheidsbesluit).",
        DaysOptionDescription = "Hoeveel dagen vooruit.",
        DaysHelpName = "dagen",
        UpcomingTitle = "Agenda van {0}, van {1} tot en met {2}:",
        UpcomingNone = "Geen termijnen in deze periode.",
        UpcomingLine = "  {0}  {1}  {2} ({3}), over {4} dagen",
        UpcomingLineToday = "  {0}  {1}  {2} ({3}), vandaag",

        ValidateDescription = "Controleer een registerbestand op opmaak- en samenhangfouten, met regel en positie.",
        ValidateOk = "{0}: geldig register van {1} met {2} verwerker(s), {3} overeenkomst(en) en {4} doorgifte(n).",

        NewDescription = "Maak een nieuw, leeg en geldig register om mee te beginnen.",
        NewFileDescription = "Het nieuwe registerbestand (JSON).",
        NewNameDescription = "De naam van uw organisatie (de verwerkingsverantwoordelijke).",
        NewNameHelpName = "naam",
        NewDefaultName = "Mijn organisatie B.V.",
        NewKvkDescription = "Het KvK-nummer van uw organisatie (8 cijfers).",
        NewWritten = "{0} aangemaakt: een leeg register voor '{1}'. Voeg verwerkers toe (zie docs/register-format.md) en controleer het met 'verwerkers validate {0}'.",

        ErrorPrefix = "fout",
        ErrorSeeHelp = "Zie '{0} --help'.",
        ErrorInternal = "interne fout: {0} Meld dit, met de uitvoer van --verbose.",
        ErrorFileNotFound = "bestand '{0}' bestaat niet. Controleer de naam en de map (huidige map: {1}).",
        ErrorDirectoryNotFound = "map van '{0}' bestaat niet. Maak de map eerst aan of kies een ander pad.",
        ErrorIo = "kan '{0}' niet lezen of schrijven: {1}",
        ErrorAccessDenied = "geen toegang tot '{0}'. Controleer de rechten of kies een andere map.",
        ErrorBadDate = "'{0}' is geen geldige datum voor {1}. Gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-22.",
        ErrorRefuseOverwrite = "'{0}' bestaat al en wordt niet overschreven. Kies een andere naam of gebruik --force.",
        ErrorRegisterProblem = "{0}:{1}:{2}: {3}: {4}",
        ErrorRegisterProblemNoPosition = "{0}: {1}: {2}",
        ErrorRegisterSummary = "{0} bevat {1} fout(en). Herstel ze en controleer opnieuw met 'verwerkers validate {0}'; het formaat staat in docs/register-format.md.",
        ErrorDaysRange = "--days is {0}; geef een aantal dagen van 0 tot en met 3660.",
    };
}
