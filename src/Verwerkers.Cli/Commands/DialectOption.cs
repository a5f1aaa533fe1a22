using System;
using System.CommandLine;
using Verwerkers.Templating;

namespace Verwerkers.Cli.Commands;

/// <summary>
/// <c>--dialect mustache|jinja|amberg|implicitrows</c> of <c>inspect</c> and <c>generate</c>: the tag syntax of a
/// user's template (<see cref="TemplateOptions.Dialect"/>).
/// </summary>
internal static class DialectOption
{
    public static Option<string?> Create(CommandEnvironment env)
    {
        var option = new Option<string?>("--dialect")
        {
            Description = env.Texts.DialectOptionDescription,
            HelpName = "mustache|jinja|amberg|implicitrows",
        };
        option.AcceptOnlyFromAmong("mustache", "jinja", "amberg", "implicitrows");
        env.RequireValue(option);
        return option;
    }

    /// <summary>The dialect named on the command line; null when the option was not given.</summary>
    public static TemplateDialect? Parse(string? value) => value switch
    {
        null => null,
        "mustache" => TemplateDialect.Mustache,
        "jinja" => TemplateDialect.Jinja,
        "amberg" => TemplateDialect.Amberg,
        "implicitrows" => TemplateDialect.ImplicitRows,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a dialect the option accepts."),
    };
}
