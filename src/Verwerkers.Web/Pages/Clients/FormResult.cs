using System.Collections.Generic;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// What a form gives: the value it describes, or the problems that stop it, each at its form field
/// (<see cref="Problem.Path"/>, null for a problem of the form as a whole).
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value; null exactly when <see cref="Problems"/> is not empty.</param>
/// <param name="Problems">The problems; empty when the value is complete.</param>
public sealed record FormResult<T>(T? Value, IReadOnlyList<Problem> Problems)
    where T : class
{
    /// <summary>Gets a value indicating whether the form gave a value.</summary>
    public bool Succeeded => Problems.Count == 0 && Value is not null;

    /// <summary>A result with a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static FormResult<T> Of(T value) => new(value, System.Array.Empty<Problem>());

    /// <summary>A result with problems.</summary>
    /// <param name="problems">The problems.</param>
    /// <returns>The result.</returns>
    public static FormResult<T> Failed(IReadOnlyList<Problem> problems) => new(null, problems);
}
