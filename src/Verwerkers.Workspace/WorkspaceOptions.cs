using System;
using System.Collections.Generic;
using NodaTime;
using Verwerkers.Storage;

namespace Verwerkers.Workspace;

/// <summary>The clock, limits and time-outs of an opened workspace (<see cref="WorkspaceDatabase.OpenAsync"/>).</summary>
/// <remarks>
/// <para>The clock is required: every saved version records when it was saved, and the library never reads the
/// system clock itself (a host passes <c>SystemClock.Instance</c>, a test a fake clock).</para>
/// <para>Options are checked when a workspace is opened; invalid options throw one <see cref="ArgumentException"/>
/// that names every invalid property (<see cref="Validate"/>). Immutable and thread-safe: share one instance. Set
/// options with object initializers or, from VB.NET, with the <c>With…</c> methods, which return a changed copy.</para>
/// </remarks>
public sealed class WorkspaceOptions
{
    /// <summary>The default time-out of one database command: 30 seconds.</summary>
    public static readonly TimeSpan DefaultCommandTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The shortest <see cref="CommandTimeout"/> allowed: 1 second.</summary>
    public static readonly TimeSpan MinCommandTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The longest <see cref="CommandTimeout"/> allowed: 1 hour.</summary>
    public static readonly TimeSpan MaxCommandTimeout = TimeSpan.FromHours(1);

    /// <summary>Creates options with a clock and the defaults for everything else.</summary>
    /// <param name="clock">The clock that dates every saved version.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public WorkspaceOptions(IClock clock)
    {
        Clock = Guard.NotNull(clock, nameof(clock));
    }

    /// <summary>Gets the clock that dates every saved version.</summary>
    /// <value>Required; never null when the options are valid.</value>
    public IClock Clock { get; init; }

    /// <summary>Gets the limits for reading the stored registers back (each version is register JSON, read with the
    /// same hardened reader as a file) and for the registers a save accepts.</summary>
    /// <value>Default <see cref="RegisterJsonOptions.Default"/>; a register larger than its
    /// <see cref="RegisterJsonOptions.MaxFileSize"/> is refused when saved, so that every stored version can be read.</value>
    public RegisterJsonOptions RegisterJson { get; init; } = RegisterJsonOptions.Default;

    /// <summary>Gets how long one database command may take, including the wait for another writer of a SQLite file.</summary>
    /// <value>Default <see cref="DefaultCommandTimeout"/> (30 seconds); from <see cref="MinCommandTimeout"/> to
    /// <see cref="MaxCommandTimeout"/>, in whole seconds.</value>
    public TimeSpan CommandTimeout { get; init; } = DefaultCommandTimeout;

    /// <summary>Returns a copy with another <see cref="Clock"/>; for callers without <c>init</c> setters (VB.NET).</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>New options; this instance is unchanged. The value is checked when the options are used or by <see cref="Validate"/>.</returns>
    public WorkspaceOptions WithClock(IClock clock) => new(clock) { RegisterJson = RegisterJson, CommandTimeout = CommandTimeout };

    /// <summary>Returns a copy with other <see cref="RegisterJson"/> options; for callers without <c>init</c> setters (VB.NET).</summary>
    /// <param name="registerJson">The register JSON limits.</param>
    /// <returns>New options; this instance is unchanged. The value is checked when the options are used or by <see cref="Validate"/>.</returns>
    public WorkspaceOptions WithRegisterJson(RegisterJsonOptions registerJson) => new(Clock) { RegisterJson = registerJson, CommandTimeout = CommandTimeout };

    /// <summary>Returns a copy with another <see cref="CommandTimeout"/>; for callers without <c>init</c> setters (VB.NET).</summary>
    /// <param name="commandTimeout">How long one database command may take.</param>
    /// <returns>New options; this instance is unchanged. The value is checked when the options are used or by <see cref="Validate"/>.</returns>
    public WorkspaceOptions WithCommandTimeout(TimeSpan commandTimeout) => new(Clock) { RegisterJson = RegisterJson, CommandTimeout = commandTimeout };

    /// <summary>Checks every property and returns all problems at once; opening a workspace with options that have
    /// problems throws one <see cref="ArgumentException"/> listing them.</summary>
    /// <returns>One problem per invalid property (<see cref="Problem.Path"/> names it); empty when the options are valid.</returns>
    public IReadOnlyList<Problem> Validate()
    {
        var problems = new OptionProblems(nameof(WorkspaceOptions));
        if (Clock is null)
        {
            problems.Add(nameof(Clock), $"{nameof(Clock)} is required.");
        }

        if (RegisterJson is null)
        {
            problems.Add(nameof(RegisterJson), $"{nameof(RegisterJson)} is required.");
        }
        else
        {
            problems.AddNested(nameof(RegisterJson), RegisterJson.Validate());
        }

        if (CommandTimeout < MinCommandTimeout || CommandTimeout > MaxCommandTimeout || CommandTimeout.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            problems.Add(
                nameof(CommandTimeout),
                $"{nameof(CommandTimeout)} must be whole seconds from {MinCommandTimeout.TotalSeconds:0} to {MaxCommandTimeout.TotalSeconds:0} seconds, but is {CommandTimeout}.");
        }

        return problems.ToList();
    }

    internal void ThrowIfInvalid() => OptionProblems.ThrowIfAny("workspace options", Validate());
}
