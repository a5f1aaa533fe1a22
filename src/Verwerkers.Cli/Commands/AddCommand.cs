using System;
using System.CommandLine;
using System.Linq;
using Verwerkers.Register;
using Verwerkers.Statements;
using Verwerkers.Storage;

namespace Verwerkers.Cli.Commands;

/// <summary>
/// <c>verwerkers add &lt;register.json&gt; &lt;name&gt; [--id] [--legal-entity] [--kvk] [--country] [--category]
/// [--dpf-organisation] [--dpa-url] [--sub-processors-url] [--vendors FILE]</c>: adds a processor, prefilled from the
/// known-vendor catalogue where the name matches; an option given always wins over the catalogue. Exit code 0, 2 on bad
/// input (nothing written).
/// </summary>
internal static class AddCommand
{
    private static readonly string[] Categories = { "mailing", "analytics", "ictServices", "hosting", "crm", "payments", "administration", "payroll", "socialMedia", "other" };

    public static Command Create(CommandEnvironment env)
    {
        var texts = env.Texts;
        var file = new Argument<string>("register.json") { Description = texts.RegisterArgumentDescription };
        var name = new Argument<string>("name") { Description = texts.AddNameDescription };
        env.RequireValue(file);
        env.RequireValue(name);
        Option<string?> Text(string option, string description)
        {
            var o = new Option<string?>(option) { Description = description };
            env.RequireValue(o);
            return o;
        }

        var id = Text("--id", texts.AddIdDescription);
        var legalEntity = Text("--legal-entity", texts.AddLegalEntityDescription);
        var kvk = Text("--kvk", texts.AddKvkDescription);
        var country = Text("--country", texts.AddCountryDescription);
        var category = Text("--category", texts.AddCategoryDescription);
        var dpf = Text("--dpf-organisation", texts.AddDpfOrganisationDescription);
        var dpa = Text("--dpa-url", texts.AddDpaUrlDescription);
        var subs = Text("--sub-processors-url", texts.AddSubProcessorsUrlDescription);
        var vendors = Prefills.VendorsOption(env);
        var command = new Command("add", texts.AddDescription) { file, name, id, legalEntity, kvk, country, category, dpf, dpa, subs, vendors };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var path = parseResult.GetRequiredValue(file);
            var register = RegisterFiles.Load(env, path);
            var catalogue = Prefills.Catalogue(env, parseResult.GetValue(vendors));
            var draft = new ProcessorDraft(parseResult.GetRequiredValue(name))
            {
                Id = parseResult.GetValue(id),
                LegalEntity = parseResult.GetValue(legalEntity),
                KvkNumber = parseResult.GetValue(kvk),
                Country = parseResult.GetValue(country) is { } cc ? ParseCountry(env, cc) : null,
                Category = parseResult.GetValue(category) is { } cat ? ParseCategory(env, cat) : null,
                DpfOrganisation = parseResult.GetValue(dpf),
                DpaUrl = parseResult.GetValue(dpa),
                SubProcessorsUrl = parseResult.GetValue(subs),
            };
            var processor = Prefills.Prefill(env, draft, catalogue);
            if (register.FindProcessor(processor.Id) is not null)
            {
                throw new UserErrorException(env.Format(texts.AddIdExists, processor.Id));
            }

            var updated = register.WithProcessor(processor);

            // Atomic: the register file is replaced only by a complete new one.
            env.ThrowIfCancelled();
            RegisterJson.Save(updated, env.InputPath(path));
            env.Out.WriteLine(env.Format(texts.AddWritten, processor.Name, processor.Id, path));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static CountryCode ParseCountry(CommandEnvironment env, string text) =>
        CountryCode.TryParse(text.Trim().ToUpperInvariant(), out var c) ? c : throw new UserErrorException(env.Format(env.Texts.AddBadCountry, text));

    private static ProcessorCategory ParseCategory(CommandEnvironment env, string text)
    {
        var match = Categories.FirstOrDefault(c => string.Equals(c, text.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new UserErrorException(env.Format(env.Texts.AddBadCategory, text, string.Join(", ", Categories)));
        return (ProcessorCategory)Enum.Parse(typeof(ProcessorCategory), match, ignoreCase: true);
    }
}
