using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;

namespace Verwerkers.Register;

/// <summary>The processor-agreement checklist: its items, their ids, and which are mandatory.</summary>
public static class Art28Checklist
{
    private static readonly Dictionary<Art28Requirement, string> Ids = typeof(Art28Requirement)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToDictionary(f => (Art28Requirement)f.GetValue(null)!, f => f.GetCustomAttribute<EnumMemberAttribute>()!.Value!);

    private static readonly Dictionary<string, Art28Requirement> ById = Ids.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Gets every checklist item, in checklist order.</summary>
    public static IReadOnlyList<Art28Requirement> All { get; } =
        Enum.GetValues(typeof(Art28Requirement)).Cast<Art28Requirement>().ToArray();

    /// <summary>
    /// Gets the items every processor agreement must cover: all of GDPR Art. 28(3). The transfer item applies only
    /// when the processor transfers data outside the EEA, and the Data Pro Statement is Dutch good practice, so
    /// neither is in this list.
    /// </summary>
    public static IReadOnlyList<Art28Requirement> Mandatory { get; } = All
        .Where(r => r != Art28Requirement.TransferMechanism && r != Art28Requirement.DataProStatement)
        .ToArray();

    /// <summary>Gets the checklist id of an item, for example <c>A28_3_A_INSTRUCTIONS</c>.</summary>
    /// <param name="requirement">The item.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requirement"/> is not a defined item.</exception>
    public static string IdOf(Art28Requirement requirement) => Ids.TryGetValue(requirement, out var id)
        ? id
        : throw new ArgumentOutOfRangeException(nameof(requirement), requirement, "Not a checklist item.");

    /// <summary>Finds an item by its checklist id.</summary>
    /// <param name="id">The id, for example <c>A28_3_H_AUDIT</c> (case-sensitive).</param>
    /// <param name="requirement">The item, when found.</param>
    /// <returns>Whether the id is known.</returns>
    public static bool TryFromId(string? id, out Art28Requirement requirement)
    {
        requirement = default;
        return id is not null && ById.TryGetValue(id, out requirement);
    }
}
