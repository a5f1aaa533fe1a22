namespace Verwerkers.Cli.Tests.Infrastructure;

/// <summary>The sample registers in samples/registers/.</summary>
public static class Samples
{
    public static string KleinePorties => RepoPaths.InRepo("samples", "registers", "kleineporties.json");

    public static string MkbWestland => RepoPaths.InRepo("samples", "registers", "mkb-westland.json");

    public static string Milgro => RepoPaths.InRepo("samples", "registers", "milgro.json");

    public static string JtbMeettechniek => RepoPaths.InRepo("samples", "registers", "jtb-meettechniek.json");

    public static string[] All => new[] { KleinePorties, MkbWestland, Milgro, JtbMeettechniek };
}
