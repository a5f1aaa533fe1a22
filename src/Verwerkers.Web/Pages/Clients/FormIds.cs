using System;
using System.Text;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>Ids for new register entries when the form leaves the id blank: a slug of the name, made unique.</summary>
internal static class FormIds
{
    private const int MaxSlugLength = 60;

    /// <summary>Lower-case ASCII letters and digits of <paramref name="text"/> joined by hyphens ("Amazon Web Services" → "amazon-web-services").</summary>
    public static string Slug(string? text, string fallback)
    {
        var sb = new StringBuilder();
        var hyphen = false;
        foreach (var c in (text ?? string.Empty).Normalize(NormalizationForm.FormD))
        {
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                if (hyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                hyphen = false;
                sb.Append(char.ToLowerInvariant(c));
                if (sb.Length >= MaxSlugLength)
                {
                    break;
                }
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                hyphen = true;
            }
        }

        return sb.Length == 0 ? fallback : sb.ToString();
    }

    /// <summary>The candidate, or the candidate with "-2", "-3", … when <paramref name="taken"/> says it is in use.</summary>
    public static string Unique(string candidate, Func<string, bool> taken)
    {
        if (!taken(candidate))
        {
            return candidate;
        }

        for (var n = 2; ; n++)
        {
            var next = candidate + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!taken(next))
            {
                return next;
            }
        }
    }
}
