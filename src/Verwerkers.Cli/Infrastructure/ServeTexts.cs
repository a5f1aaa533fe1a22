namespace Verwerkers.Cli;

/// <summary>
/// The texts of <c>verwerkers serve</c>, in Dutch and English. Kept apart from <see cref="Texts"/> so that the web host
/// can change without touching the shared text file; a test compares the two instances.
/// </summary>
internal sealed class ServeTexts
{
    public static readonly ServeTexts Dutch = new()
    {
        ServeDescription = "Start de webwerkruimte: het overzicht van alle klanten, per klant het register met formulieren, de bevindingen, de agenda en de geschiedenis. Zonder accounts luistert de server alleen op 127.0.0.1 (één gebruiker, deze computer); op een ander adres weigert hij te starten zolang de werkruimte geen accounts heeft, en verwacht hij HTTPS via een reverse proxy (zie docs/workspace.md). Stop met Ctrl-C. Afsluitcode 0: gestopt; 2: foute invoer of geweigerd.",
        WorkspaceOptionDescription = "Het SQLite-bestand van de werkruimte (standaard verwerkers.db in de huidige map; wordt aangemaakt als het niet bestaat).",
        PostgresOptionDescription = "Een PostgreSQL-verbinding (Host=…;Database=…;Username=…) in plaats van een SQLite-bestand, voor een team. Geef het wachtwoord liever met PGPASSWORD dan in de tekst: een argument is zichtbaar voor andere gebruikers van de computer.",
        AddressOptionDescription = "Het IP-adres waarop de server luistert. Alleen 127.0.0.1 of ::1 werkt zonder accounts.",
        PortOptionDescription = "De TCP-poort (1 tot 65535, of 0 voor een vrije poort).",
        UserOptionDescription = "De naam die zonder accounts als auteur van elke versie wordt bewaard (standaard de gebruikersnaam van het besturingssysteem).",
        ProxyOptionDescription = "Het IP-adres van een reverse proxy waarvan de X-Forwarded-For- en X-Forwarded-Proto-headers worden geloofd; herhaal de optie voor meer proxy's.",
        ConnectionHelpName = "verbinding",
        AddressHelpName = "adres",
        PortHelpName = "poort",
        NameHelpName = "naam",
        ErrorBothLocations = "Geef --workspace of --postgres, niet allebei.",
        ErrorBadAddress = "'{0}' is geen IP-adres voor {1} (bijvoorbeeld 127.0.0.1, 0.0.0.0 of ::1).",
        ErrorPortRange = "De poort moet 0 tot 65535 zijn; {0} is dat niet.",
        ErrorWorkspace = "De werkruimte {0} kan niet worden geopend: {1}",
        Listening = "De werkruimte {0} is te bereiken op {1}",
        SingleUser = "Eén gebruiker ({0}), zonder accounts: alleen bereikbaar vanaf deze computer.",
        WithAccounts = "Met accounts: aanmelden is nodig.",
        StopHint = "Stop met Ctrl-C.",
        Stopped = "De server is gestopt.",
    };

    public static readonly ServeTexts English = new()
    {
        ServeDescription = "Start the web workspace: the overview of all clients, per client the register with forms, the findings, the agenda and the history. Without accounts the server listens on 127.0.0.1 only (one user, this computer); on any other address it refuses to start while the workspace has no accounts, and expects HTTPS through a reverse proxy (see docs/workspace.md). Stop with Ctrl-C. Exit code 0: stopped; 2: bad input or refused.",
        WorkspaceOptionDescription = "The workspace's SQLite file (default verwerkers.db in the current folder; created when it does not exist).",
        PostgresOptionDescription = "A PostgreSQL connection (Host=…;Database=…;Username=…) instead of a SQLite file, for a team. Prefer PGPASSWORD for the password over putting it in the string: an argument is visible to other users of the machine.",
        AddressOptionDescription = "The IP address the server listens on. Only 127.0.0.1 or ::1 works without accounts.",
        PortOptionDescription = "The TCP port (1 to 65535, or 0 for a free port).",
        UserOptionDescription = "The name saved as the author of every version without accounts (default the operating-system user name).",
        ProxyOptionDescription = "The IP address of a reverse proxy whose X-Forwarded-For and X-Forwarded-Proto headers are believed; repeat the option for more proxies.",
        ConnectionHelpName = "connection",
        AddressHelpName = "address",
        PortHelpName = "port",
        NameHelpName = "name",
        ErrorBothLocations = "Give --workspace or --postgres, not both.",
        ErrorBadAddress = "'{0}' is not an IP address for {1} (for example 127.0.0.1, 0.0.0.0 or ::1).",
        ErrorPortRange = "The port must be 0 to 65535; {0} is not.",
        ErrorWorkspace = "The workspace {0} cannot be opened: {1}",
        Listening = "The workspace {0} is served at {1}",
        SingleUser = "One user ({0}), without accounts: reachable from this computer only.",
        WithAccounts = "With accounts: signing in is required.",
        StopHint = "Stop with Ctrl-C.",
        Stopped = "The server has stopped.",
    };

    public static ServeTexts For(Language language) => language == Language.Dutch ? Dutch : English;

    public required string ServeDescription { get; init; }
    public required string WorkspaceOptionDescription { get; init; }
    public required string PostgresOptionDescription { get; init; }
    public required string AddressOptionDescription { get; init; }
    public required string PortOptionDescription { get; init; }
    public required string UserOptionDescription { get; init; }
    public required string ProxyOptionDescription { get; init; }
    public required string ConnectionHelpName { get; init; }
    public required string AddressHelpName { get; init; }
    public required string PortHelpName { get; init; }
    public required string NameHelpName { get; init; }
    public required string ErrorBothLocations { get; init; }
    public required string ErrorBadAddress { get; init; }
    public required string ErrorPortRange { get; init; }
    public required string ErrorWorkspace { get; init; }
    public required string Listening { get; init; }
    public required string SingleUser { get; init; }
    public required string WithAccounts { get; init; }
    public required string StopHint { get; init; }
    public required string Stopped { get; init; }
}
