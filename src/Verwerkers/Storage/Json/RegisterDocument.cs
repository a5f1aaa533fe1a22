using System.Collections.Generic;
using Verwerkers.Register;

namespace Verwerkers.Storage.Json;

/// <summary>What the streaming reader found in a register file: the parts read so far and the problems met.</summary>
internal sealed class RegisterDocument
{
    public string? Notes { get; set; }

    public Organisation? Controller { get; set; }

    public List<Processor> Processors { get; } = new();

    public List<ProcessorAgreement> Agreements { get; } = new();

    public List<Transfer> Transfers { get; } = new();

    public List<Problem> Problems { get; } = new();

    /// <summary>Gets the paths of objects that lack a required property: the register's checks of their other values would only mislead.</summary>
    public List<string> IncompleteObjects { get; } = new();

    /// <summary>Gets or sets a value indicating whether the whole file was read; false after a syntax error.</summary>
    public bool Complete { get; set; }
}
