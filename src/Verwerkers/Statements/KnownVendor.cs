using System;
using System.Collections.Generic;
using System.Linq;
using Verwerkers.Register;

namespace Verwerkers.Statements;

/// <summary>A vendor the scan recognises by name, with the facts known about it (each sourced).</summary>
/// <remarks>Immutable and thread-safe. A fact that is not in <see cref="Facts"/> is unknown: nothing is guessed.</remarks>
public sealed class KnownVendor
{
    internal KnownVendor(string id, string name, IReadOnlyList<string> aliases, IReadOnlyList<string> weakAliases, IReadOnlyList<VendorFact> facts)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
        WeakAliases = weakAliases;
        Facts = facts;
    }

    /// <summary>The catalogue id (also the processor id in a draft register).</summary>
    public string Id { get; }

    /// <summary>The usual name.</summary>
    public string Name { get; }

    /// <summary>Names that identify the vendor on their own (matched as whole words, ignoring case).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Names that identify the vendor only when the statement also names it by an alias (for example "Google").</summary>
    public IReadOnlyList<string> WeakAliases { get; }

    /// <summary>The sourced facts.</summary>
    public IReadOnlyList<VendorFact> Facts { get; }

    /// <summary>The fact for a field; null when unknown.</summary>
    /// <param name="field">The field name.</param>
    /// <returns>The fact or null.</returns>
    public VendorFact? Fact(string field) => Facts.FirstOrDefault(f => string.Equals(f.Field, field, StringComparison.Ordinal));

    /// <summary>The legal entity; null when unknown.</summary>
    public string? LegalEntity => Fact("legalEntity")?.Value;

    /// <summary>The country of the legal entity; null when unknown.</summary>
    public CountryCode? Country => Fact("country") is { } f && CountryCode.TryParse(f.Value, out var c) ? c : null;

    /// <summary>The category; null when unknown.</summary>
    public ProcessorCategory? Category => Fact("category")?.Value is { } v ? ParseCategory(v) : null;

    internal static ProcessorCategory? ParseCategory(string value) => value switch
    {
        "mailing" => ProcessorCategory.Mailing,
        "analytics" => ProcessorCategory.Analytics,
        "ictServices" => ProcessorCategory.IctServices,
        "hosting" => ProcessorCategory.Hosting,
        "crm" => ProcessorCategory.Crm,
        "payments" => ProcessorCategory.Payments,
        "administration" => ProcessorCategory.Administration,
        "payroll" => ProcessorCategory.Payroll,
        "socialMedia" => ProcessorCategory.SocialMedia,
        _ => null,
    };
}
