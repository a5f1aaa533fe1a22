using NodaTime;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Agreements;

/// <summary>The four sample registers of samples/registers, and the fixed date the tests generate on.</summary>
internal static class SampleRegisters
{
    public static readonly LocalDate Date = new(2026, 11, 22);

    public static readonly string[] Names = { "jtb-meettechniek", "kleineporties", "milgro", "mkb-westland" };

    public static TheoryData<string> All => new(Names);

    public static ProcessorRegister Load(string name) => RegisterJson.Load(RepoPaths.InRepo("samples", "registers", name + ".json"));
}
