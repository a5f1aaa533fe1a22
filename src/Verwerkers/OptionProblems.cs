using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers;

/// <summary>
/// The one options convention: an options class's <c>Validate()</c> collects every invalid property here as a
/// <see cref="Problem"/> (<see cref="Problem.Source"/> the options class, <see cref="Problem.Path"/> the property) and
/// returns them all; the consumer calls <see cref="ThrowIfAny"/>, which throws one exception listing them all.
/// </summary>
internal sealed class OptionProblems
{
    private readonly List<Problem> _problems = new();
    private readonly string _options;

    public OptionProblems(string options) => _options = options;

    /// <summary>Adds a problem of one property.</summary>
    public void Add(string property, string message) => _problems.Add(new Problem(message) { Source = _options, Path = property });

    /// <summary>Adds "<paramref name="property"/> is 5; it must be at least 16." when <paramref name="value"/> is below
    /// <paramref name="minimum"/>, with <paramref name="why"/> in parentheses after the minimum when given.</summary>
    public void AtLeast(string property, long value, long minimum, string? why = null)
    {
        if (value < minimum)
        {
            Add(property, $"{property} is {value}; it must be at least {minimum}{(why is null ? string.Empty : " (" + why + ")")}.");
        }
    }

    /// <summary>Adds the problems of a nested options object, their paths below <paramref name="property"/>.</summary>
    public void AddNested(string property, IEnumerable<Problem> problems) =>
        _problems.AddRange(problems.Select(p => p with { Source = _options, Path = p.Path is null ? property : property + "." + p.Path }));

    /// <summary>Gets the problems found.</summary>
    public IReadOnlyList<Problem> ToList() => _problems.ToArray();

    /// <summary>Throws one <see cref="ArgumentException"/> listing every problem; does nothing when there are none.</summary>
    /// <param name="what">What the options are, for the message: "agreement generator options".</param>
    /// <param name="problems">The problems from <c>Validate()</c>.</param>
    public static void ThrowIfAny(string what, IReadOnlyList<Problem> problems)
    {
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Invalid {what}: " + string.Join(" ", problems.Select(p => p.Message)), "options");
        }
    }
}
