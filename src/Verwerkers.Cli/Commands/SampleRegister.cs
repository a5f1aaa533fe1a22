using System;
using Verwerkers.Register;
using Verwerkers.Storage;

namespace Verwerkers.Cli.Commands;

/// <summary>
/// The sample register of KleinePorties B.V., embedded in the tool (linked from samples/registers/kleineporties.json,
/// not copied), so that <c>verwerkers demo</c> works from any folder without the repository.
/// </summary>
internal static class SampleRegister
{
    public const string ResourceName = "Verwerkers.Cli.Samples.kleineporties.json";

    public static ProcessorRegister KleinePorties()
    {
        using var stream = typeof(SampleRegister).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded sample register {ResourceName} is missing from the tool.");
        return RegisterJson.Load(stream);
    }
}
