using System;
using System.Collections.Generic;
using Verwerkers.Storage;

namespace Verwerkers.Workspace;

/// <summary>Choices and limits for importing a folder of register files (<see cref="WorkspaceDatabase.ImportFolderAsync"/>).</summary>
/// <remarks>Immutable and thread-safe: share one instance. Invalid options throw one <see cref="ArgumentException"/>
/// that names every invalid property (<see cref="Validate"/>).</remarks>
public sealed class FolderImportOptions
{
    /// <summary>The default largest number of register files one import reads: 10,000.</summary>
    public const int DefaultMaxFiles = 10_000;

    /// <summary>Gets the default options: all or nothing, the default register JSON limits.</summary>
    public static FolderImportOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether files with problems are left out (and listed in
    /// <see cref="FolderImportResult.Skipped"/>) while the others are imported.</summary>
    /// <value>Default false: when any file has a problem, nothing is imported and
    /// <see cref="FolderImportException"/> lists every problem of every file.</value>
    public bool SkipInvalidFiles { get; init; }

    /// <summary>Gets the limits for reading each file (the same hardened reader as <see cref="Storage.RegisterJson"/>).</summary>
    /// <value>Default <see cref="RegisterJsonOptions.Default"/>.</value>
    public RegisterJsonOptions RegisterJson { get; init; } = RegisterJsonOptions.Default;

    /// <summary>Gets the largest number of <c>*.json</c> files the folder may hold; a folder with more is refused
    /// before any file is read.</summary>
    /// <value>Default <see cref="DefaultMaxFiles"/>; must be positive.</value>
    public int MaxFiles { get; init; } = DefaultMaxFiles;

    /// <summary>Returns a copy with another <see cref="SkipInvalidFiles"/>; for callers without <c>init</c> setters (VB.NET).</summary>
    /// <param name="skipInvalidFiles">Whether files with problems are left out.</param>
    /// <returns>New options; this instance is unchanged.</returns>
    public FolderImportOptions WithSkipInvalidFiles(bool skipInvalidFiles) => new() { SkipInvalidFiles = skipInvalidFiles, RegisterJson = RegisterJson, MaxFiles = MaxFiles };

    /// <summary>Returns a copy with other <see cref="RegisterJson"/> options; for callers without <c>init</c> setters (VB.NET).</summary>
    /// <param name="registerJson">The register JSON limits.</param>
    /// <returns>New options; this instance is unchanged. The value is checked when the options are used or by <see cref="Validate"/>.</returns>
    public FolderImportOptions WithRegisterJson(RegisterJsonOptions registerJson) => new() { SkipInvalidFiles = SkipInvalidFiles, RegisterJson = registerJson, MaxFiles = MaxFiles };

    /// <summary>Returns a copy with another <see cref="MaxFiles"/>; for callers without <c>init</c> setters (VB.NET).</summary>
    /// <param name="maxFiles">The largest number of files; must be positive.</param>
    /// <returns>New options; this instance is unchanged. The value is checked when the options are used or by <see cref="Validate"/>.</returns>
    public FolderImportOptions WithMaxFiles(int maxFiles) => new() { SkipInvalidFiles = SkipInvalidFiles, RegisterJson = RegisterJson, MaxFiles = maxFiles };

    /// <summary>Checks every property and returns all problems at once.</summary>
    /// <returns>One problem per invalid property (<see cref="Problem.Path"/> names it); empty when the options are valid.</returns>
    public IReadOnlyList<Problem> Validate()
    {
        var problems = new OptionProblems(nameof(FolderImportOptions));
        if (RegisterJson is null)
        {
            problems.Add(nameof(RegisterJson), $"{nameof(RegisterJson)} is required.");
        }
        else
        {
            problems.AddNested(nameof(RegisterJson), RegisterJson.Validate());
        }

        if (MaxFiles <= 0)
        {
            problems.Add(nameof(MaxFiles), $"{nameof(MaxFiles)} must be positive, but is {MaxFiles}.");
        }

        return problems.ToList();
    }

    internal void ThrowIfInvalid() => OptionProblems.ThrowIfAny("folder import options", Validate());
}
