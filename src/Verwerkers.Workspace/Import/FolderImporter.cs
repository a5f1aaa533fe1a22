using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Verwerkers.Register;
using Verwerkers.Storage;

namespace Verwerkers.Workspace;

/// <summary>Reads every register file of a folder with the hardened reader, then creates them all in one transaction.</summary>
internal static class FolderImporter
{
    private const string Extension = ".json";

    public static async Task<FolderImportResult> ImportAsync(
        SqlWorkspaceStore store,
        string folder,
        string author,
        FolderImportOptions options,
        CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"The folder '{folder}' does not exist.");
        }

        var files = Directory.EnumerateFiles(full, "*" + Extension, SearchOption.TopDirectoryOnly)
            .Where(f => f.EndsWith(Extension, StringComparison.Ordinal))
            .Take(options.MaxFiles + 1)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
        if (files.Length > options.MaxFiles)
        {
            throw new FolderImportException(folder, 0, new[]
            {
                new Problem(
                    $"The folder holds more than {options.MaxFiles} register files (FolderImportOptions.MaxFiles).",
                    $"De map bevat meer dan {options.MaxFiles} registerbestanden (FolderImportOptions.MaxFiles).") { Source = folder },
            });
        }

        var existing = (await store.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(e => e.Name, e => e.Current, StringComparer.Ordinal);
        var valid = new List<(string Name, ProcessorRegister Register, string Summary)>();
        var problems = new List<Problem>();
        var badFiles = 0;
        foreach (var path in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = Path.GetFileName(path);
            var found = await ReadAsync(path, file, existing, options, cancellationToken).ConfigureAwait(false);
            if (found.Problems.Count > 0)
            {
                badFiles++;
                problems.AddRange(found.Problems);
            }
            else
            {
                valid.Add((file.Substring(0, file.Length - Extension.Length), found.Register!, $"Geïmporteerd uit {file} / Imported from {file}."));
            }
        }

        if (problems.Count > 0 && !options.SkipInvalidFiles)
        {
            throw new FolderImportException(folder, badFiles, problems);
        }

        var imported = valid.Count == 0
            ? Array.Empty<RegisterVersion>()
            : await store.CreateAllAsync(valid, author, cancellationToken).ConfigureAwait(false);
        return new FolderImportResult(imported, problems);
    }

    private static async Task<(ProcessorRegister? Register, IReadOnlyList<Problem> Problems)> ReadAsync(
        string path,
        string file,
        IReadOnlyDictionary<string, RegisterVersion> existing,
        FolderImportOptions options,
        CancellationToken cancellationToken)
    {
        var name = file.Substring(0, file.Length - Extension.Length);
        if (!FolderRegisterStore.IsValidName(name))
        {
            return (null, new[]
            {
                new Problem(
                    $"The file name does not make a register name: use 1 to {FolderRegisterStore.MaxNameLength} ASCII letters, digits, '-', '_' and '.' before '.json', not starting with '.'.",
                    $"De bestandsnaam is geen geldige registernaam: gebruik 1 tot {FolderRegisterStore.MaxNameLength} letters (zonder accenten), cijfers, '-', '_' en '.' vóór '.json', niet beginnend met '.'.") { Source = file },
            });
        }

        if (existing.TryGetValue(name, out var current))
        {
            return (null, new[]
            {
                new Problem(
                    $"The workspace already has a register named '{name}' (version {current.Number}, saved by {current.SavedBy}).",
                    $"De werkruimte heeft al een register met de naam '{name}' (versie {current.Number}, opgeslagen door {current.SavedBy}).") { Source = file },
            });
        }

        try
        {
            return (await RegisterJson.LoadAsync(path, options.RegisterJson, cancellationToken).ConfigureAwait(false), Array.Empty<Problem>());
        }
        catch (RegisterFormatException e)
        {
            return (null, e.Problems.Select(p => p.Source is null ? p with { Source = file } : p).ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new[] { new Problem("The file cannot be read: " + e.Message, "Het bestand kan niet worden gelezen: " + e.Message) { Source = file } });
        }
    }
}
