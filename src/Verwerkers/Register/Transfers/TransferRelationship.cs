namespace Verwerkers.Register;

/// <summary>The exporter and importer roles of a transfer, which decide the 2021/914 SCC module.</summary>
public enum TransferRelationship
{
    /// <summary>Controller to controller (SCC module 1).</summary>
    ControllerToController = 1,

    /// <summary>Controller to processor (SCC module 2).</summary>
    ControllerToProcessor = 2,

    /// <summary>Processor to processor (SCC module 3).</summary>
    ProcessorToProcessor = 3,

    /// <summary>Processor to controller (SCC module 4).</summary>
    ProcessorToController = 4,
}
