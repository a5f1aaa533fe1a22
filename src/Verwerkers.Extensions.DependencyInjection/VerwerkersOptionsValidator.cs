using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Extensions.Options;
using Verwerkers.Agreements;

namespace Verwerkers.Extensions.DependencyInjection;

/// <summary>Checks every field of <see cref="VerwerkersOptions"/> and reports all invalid ones at once.</summary>
internal sealed class VerwerkersOptionsValidator : IValidateOptions<VerwerkersOptions>
{
    public ValidateOptionsResult Validate(string? name, VerwerkersOptions options)
    {
        var failures = new List<string>();
        foreach (var problem in options.Agreements.Validate())
        {
            failures.Add("Verwerkers:Agreements: " + problem);
        }

        // The agreement options include the compliance options only when they are set on them; these are separate.
        foreach (var problem in options.Compliance.Validate())
        {
            failures.Add("Verwerkers:Compliance: " + problem);
        }

        if (options.RegisterJson is null)
        {
            failures.Add("Verwerkers:RegisterJson must be set.");
        }
        else
        {
            foreach (var problem in options.RegisterJson.Validate())
            {
                failures.Add("Verwerkers:RegisterJson: " + problem);
            }
        }

        if (options.RegisterFolder is not null && (options.RegisterFolder.Trim().Length == 0 || File.Exists(options.RegisterFolder)))
        {
            failures.Add($"Verwerkers:RegisterFolder must name a folder (it may not exist yet); it is '{options.RegisterFolder}'.");
        }

        if (options.TemplatePath is not null && !File.Exists(options.TemplatePath))
        {
            failures.Add($"Verwerkers:TemplatePath names no file: '{options.TemplatePath}'.");
        }

        if (options.PdfTimeoutPerDocument <= TimeSpan.Zero)
        {
            failures.Add($"Verwerkers:PdfTimeoutPerDocument must be positive; it is {options.PdfTimeoutPerDocument}.");
        }

        if (options.SofficePath is not null && !File.Exists(options.SofficePath))
        {
            failures.Add($"Verwerkers:SofficePath names no file: '{options.SofficePath}'.");
        }
        else if (options.ConvertToPdf && options.Agreements.PdfConverter is null && options.SofficePath is null && LibreOfficePdfConverter.Find() is null)
        {
            failures.Add("Verwerkers:ConvertToPdf is true but LibreOffice (soffice) was not found on the PATH or in the usual install locations; install it or set Verwerkers:SofficePath.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
