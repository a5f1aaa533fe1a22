using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Storage.Csv;
using Verwerkers.Storage.Xlsx;

namespace Verwerkers.Cli.Commands;

/// <summary>
/// <c>verwerkers import &lt;register.json&gt; &lt;file.csv|file.xlsx&gt; [--mapping m.json] [--dry-run] [--yes]</c>: a
/// supplier list or an edited workbook into the register. Shows the field-by-field changes first; a workbook is
/// written only after confirmation or with <c>--yes</c>. The register file is replaced as a whole (atomically) or not
/// at all. Exit code 0 when written or nothing to do, 1 when not confirmed, 2 on bad input.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CommandEnvironment env)
    {
        var texts = env.Texts;
        var wb = WorkbenchTexts.For(env.Language);
        var file = new Argument<string>("register.json") { Description = texts.RegisterArgumentDescription };
        var input = new Argument<string>("file") { Description = wb.ImportFileDescription };
        var mapping = new Option<string?>("--mapping") { Description = wb.MappingOptionDescription, HelpName = texts.FileHelpName };
        var dryRun = new Option<bool>("--dry-run") { Description = wb.DryRunOptionDescription };
        var yes = new Option<bool>("--yes") { Description = wb.YesOptionDescription };
        env.RequireValue(file);
        env.RequireValue(input);
        env.RequireValue(mapping);
        var command = new Command("import", wb.ImportDescription) { file, input, mapping, dryRun, yes };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var registerPath = parseResult.GetRequiredValue(file);
            var inputPath = parseResult.GetRequiredValue(input);
            var extension = Path.GetExtension(inputPath).ToLowerInvariant();
            if (extension is not (".csv" or ".xlsx"))
            {
                throw new UserErrorException(env.Format(wb.ErrorImportExtension, inputPath));
            }

            var mappingPath = parseResult.GetValue(mapping);
            if (extension == ".xlsx" && mappingPath is not null)
            {
                throw new UserErrorException(env.Format(wb.ErrorMappingWithXlsx, inputPath));
            }

            var register = RegisterFiles.Load(env, registerPath);
            if (!File.Exists(env.InputPath(inputPath)))
            {
                throw new UserErrorException(env.Format(texts.ErrorFileNotFound, inputPath, env.Context.WorkingDirectory));
            }

            env.ThrowIfCancelled();
            var isCsv = extension == ".csv";
            var after = isCsv ? ImportCsv(env, wb, register, inputPath, mappingPath) : ImportWorkbook(env, wb, inputPath);
            if (after is null)
            {
                return ExitCodes.BadInput;
            }

            var changes = RegisterDiff.Compare(register, after);
            if (changes.Count == 0)
            {
                env.Out.WriteLine(env.Format(wb.ImportNoChanges, registerPath));
                return ExitCodes.Ok;
            }

            env.Out.WriteLine(env.Format(wb.ImportChangesTitle, registerPath, changes.Count));
            foreach (var change in changes)
            {
                env.Out.WriteLine(Line(env, wb, change));
            }

            if (parseResult.GetValue(dryRun))
            {
                env.Out.WriteLine(wb.ImportDryRun);
                return ExitCodes.Ok;
            }

            if (!isCsv && !parseResult.GetValue(yes) && !Confirmed(env, wb, registerPath))
            {
                env.Out.WriteLine(wb.ImportDeclined);
                return ExitCodes.Findings;
            }

            env.ThrowIfCancelled();
            RegisterJson.Save(after, env.InputPath(registerPath));
            env.Out.WriteLine(env.Format(wb.ImportWritten, registerPath, changes.Count));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static ProcessorRegister? ImportCsv(CommandEnvironment env, WorkbenchTexts wb, ProcessorRegister register, string path, string? mappingPath)
    {
        CsvColumnMapping mapping;
        try
        {
            if (mappingPath is not null && !File.Exists(env.InputPath(mappingPath)))
            {
                throw new UserErrorException(env.Format(env.Texts.ErrorFileNotFound, mappingPath, env.Context.WorkingDirectory));
            }

            mapping = mappingPath is not null ? CsvColumnMapping.Load(env.InputPath(mappingPath)) : CsvColumnMapping.FromFieldNameHeaders(HeaderOf(env.InputPath(path)));
        }
        catch (CsvMappingException e)
        {
            throw new UserErrorException(e.Problems.Select(p => env.Format(wb.ErrorMappingProblem, mappingPath, ErrorDescriber.OneLine(p.ToString()))).ToArray(), e);
        }

        if (mapping.Columns.Count == 0)
        {
            throw new UserErrorException(env.Format(wb.ErrorNoMappedHeaders, path, string.Join(", ", CsvColumnMapping.FieldNameList)));
        }

        CsvImportPlan plan;
        try
        {
            plan = new CsvSupplierImporter(mapping).Plan(register, env.InputPath(path));
        }
        catch (CsvImportException e)
        {
            throw new UserErrorException(e.Problems.Select(p => CsvProblem(env, wb, path, p)).ToArray(), e);
        }

        env.Out.WriteLine(env.Format(wb.ImportCsvSummary, path, plan.Entries.Count, plan.Added.Count, plan.Changed.Count, plan.Unchanged.Count, plan.Rejected.Count));
        if (!plan.HasErrors)
        {
            return plan.Apply();
        }

        foreach (var error in plan.Errors)
        {
            env.WriteError(CsvProblem(env, wb, path, error.ToProblem()));
        }

        env.WriteError(env.Format(wb.ImportCsvHasErrors, plan.Errors.Count));
        return null;
    }

    private static string CsvProblem(CommandEnvironment env, WorkbenchTexts wb, string path, Problem p) => p.Path is null
        ? env.Format(wb.ErrorCsvFileProblem, path, p.Line, ErrorDescriber.OneLine(p.MessageIn(env.Language)))
        : env.Format(wb.ErrorCsvProblem, path, p.Line, p.Path, ErrorDescriber.OneLine(p.MessageIn(env.Language)));

    private static ProcessorRegister ImportWorkbook(CommandEnvironment env, WorkbenchTexts wb, string path)
    {
        try
        {
            return RegisterWorkbook.Load(env.InputPath(path));
        }
        catch (XlsxImportException e)
        {
            var lines = e.Problems.Select(p => env.Format(wb.ErrorWorkbookProblem, path, ErrorDescriber.OneLine(p.ToString()))).ToList();
            lines.Add(env.Format(wb.ErrorWorkbookSummary, path, e.Problems.Count));
            throw new UserErrorException(lines, e);
        }
    }

    /// <summary>The header line of a CSV file (after an Excel <c>sep=</c> line), split on the delimiter it uses most.</summary>
    private static IReadOnlyList<string> HeaderOf(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var line = reader.ReadLine();
        if (line is not null && line.StartsWith("sep=", StringComparison.OrdinalIgnoreCase))
        {
            line = reader.ReadLine();
        }

        if (line is null)
        {
            return Array.Empty<string>();
        }

        var delimiter = new[] { ';', ',', '\t' }.OrderByDescending(d => line.Count(c => c == d)).First();
        return line.Split(delimiter).Select(h => h.Trim().Trim('"').Trim()).ToArray();
    }

    private static bool Confirmed(CommandEnvironment env, WorkbenchTexts wb, string registerPath)
    {
        env.Out.Write(env.Format(wb.ImportConfirm, registerPath));
        env.Out.Flush();
        var answer = env.Context.Input.ReadLine();
        env.Out.WriteLine();
        return answer is not null
            && wb.ImportYesAnswers.Split(' ').Contains(answer.Trim().ToLowerInvariant(), StringComparer.Ordinal);
    }

    private static string Line(CommandEnvironment env, WorkbenchTexts wb, RegisterChange change)
    {
        string Show(string? value) => value is null ? wb.ImportNone : "'" + value + "'";
        return change.Kind switch
        {
            RegisterChangeKind.Added => env.Format(wb.ImportAdded, change.Path, Show(change.NewValue)),
            RegisterChangeKind.Removed => env.Format(wb.ImportRemoved, change.Path, Show(change.OldValue)),
            _ => env.Format(wb.ImportChanged, change.Path, Show(change.OldValue), Show(change.NewValue)),
        };
    }
}
