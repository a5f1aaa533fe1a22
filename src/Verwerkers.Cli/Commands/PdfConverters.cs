using System.IO;
using Verwerkers.Agreements;

namespace Verwerkers.Cli.Commands;

/// <summary>Finding LibreOffice for <c>--pdf</c>, before anything is written, with the tool's own one-line errors.</summary>
internal static class PdfConverters
{
    /// <summary>The converter for <c>--soffice PATH</c>, or for the LibreOffice on the PATH or in the usual places.</summary>
    public static LibreOfficePdfConverter Create(CommandEnvironment env, string? sofficePath)
    {
        if (sofficePath is not null)
        {
            var full = env.InputPath(sofficePath);
            if (!File.Exists(full))
            {
                throw new UserErrorException(env.Format(env.Texts.ErrorSofficeMissingAt, sofficePath));
            }

            return new LibreOfficePdfConverter(full);
        }

        var found = LibreOfficePdfConverter.Find() ?? throw new UserErrorException(env.Texts.ErrorSofficeNotFound);
        return new LibreOfficePdfConverter(found);
    }
}
