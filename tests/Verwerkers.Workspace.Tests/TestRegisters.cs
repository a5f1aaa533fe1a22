using Verwerkers.Register;

namespace Verwerkers.Workspace.Tests;

/// <summary>Small registers to save: a controller with a processor, and edits of it.</summary>
internal static class TestRegisters
{
    public static ProcessorRegister Small(string controller = "Bakkerij De Korenaar B.V.") =>
        ProcessorRegister.Empty(new Organisation(controller, CountryCode.Netherlands))
            .WithProcessor(new Processor("milgro", "Milgro B.V.", CountryCode.Netherlands));

    public static ProcessorRegister WithMailTool(this ProcessorRegister register) =>
        register.WithProcessor(new Processor("mailchimp", "The Rocket Science Group LLC (Mailchimp)", CountryCode.UnitedStates));

    public static ProcessorRegister Renamed(this ProcessorRegister register, string controller) =>
        register.WithController(new Organisation(controller, CountryCode.Netherlands));
}
