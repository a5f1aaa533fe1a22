using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Verwerkers.Statements;

namespace Verwerkers.Cli.Commands;

/// <summary>Prefilling from the known-vendor catalogue for <c>new</c> and <c>add</c>: the catalogue option and the console report.</summary>
internal static class Prefills
{
    public static Option<string?> VendorsOption(CommandEnvironment env)
    {
        var option = new Option<string?>("--vendors") { Description = env.Texts.VendorsOptionDescription, HelpName = env.Texts.FileHelpName };
        env.RequireValue(option);
        return option;
    }

    public static VendorCatalogue Catalogue(CommandEnvironment env, string? path)
    {
        if (path is null)
        {
            return VendorCatalogue.Default;
        }

        var full = env.InputPath(path);
        if (!File.Exists(full))
        {
            throw new UserErrorException(env.Format(env.Texts.ErrorFileNotFound, path, env.Context.WorkingDirectory));
        }

        try
        {
            return VendorCatalogue.Default.WithOverride(full);
        }
        catch (FormatException e)
        {
            throw new UserErrorException(env.Format(env.Texts.VendorsFileInvalid, path, e.Message));
        }
    }

    /// <summary>Prefills, refuses an unknown country (nothing is written then) and reports every fact with its source.</summary>
    public static Verwerkers.Register.Processor Prefill(CommandEnvironment env, ProcessorDraft draft, VendorCatalogue catalogue)
    {
        var texts = env.Texts;
        var result = VendorPrefill.Prefill(draft, catalogue);
        if (result.Processor is null)
        {
            throw new UserErrorException(env.Format(texts.PrefillCountryUnknown, draft.Name));
        }

        if (result.Vendor is null)
        {
            env.Out.WriteLine(env.Format(texts.PrefillNoVendor, draft.Name));
            return result.Processor;
        }

        env.Out.WriteLine(env.Format(texts.PrefillVendor, draft.Name, result.Vendor.Name));
        var dpfApplied = false;
        foreach (var f in result.Facts)
        {
            var line = f.Outcome switch
            {
                PrefillOutcome.Applied => texts.PrefillApplied,
                PrefillOutcome.UserValueKept => texts.PrefillKept,
                _ => texts.PrefillInformation,
            };
            env.Out.WriteLine(env.Format(line, Label(env, f.Fact.Field), f.Fact.Value, f.Fact.Source, f.Fact.CheckedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            if (f.Fact.Note is { } note)
            {
                env.Out.WriteLine(env.Format(texts.PrefillWeakSource, note));
            }

            dpfApplied |= f.Outcome == PrefillOutcome.Applied && f.Fact.Field == "dpfOrganisation";
        }

        if (dpfApplied)
        {
            env.Out.WriteLine(texts.PrefillDpfCheck);
        }

        return result.Processor;
    }

    private static string Label(CommandEnvironment env, string field)
    {
        var en = env.Language == Verwerkers.Language.English;
        return field switch
        {
            "legalEntity" => en ? "legal entity" : "rechtspersoon",
            "kvkNumber" => en ? "KvK number" : "KvK-nummer",
            "country" => en ? "country" : "land",
            "category" => en ? "category" : "categorie",
            "dpfOrganisation" => en ? "DPF organisation" : "DPF-organisatie",
            "dpaUrl" => en ? "DPA" : "verwerkersovereenkomst",
            "subProcessorsUrl" => en ? "sub-processor list" : "subverwerkerslijst",
            "role" => en ? "role" : "rol",
            _ => field,
        };
    }
}
