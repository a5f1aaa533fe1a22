using System.Globalization;
using Verwerkers.Templating.Data;

namespace Verwerkers.Templating.Compilation;

/// <summary>Parses the text between delimiters: <c>name</c>, <c>a.b</c>, <c>.</c>, <c>#x</c>, <c>^x</c>, <c>/x</c>, <c>/</c>, <c>date:d MMMM yyyy</c>.</summary>
internal static class TagSyntax
{
    public static bool TryParse(
        string raw,
        CultureInfo culture,
        out TagRole role,
        out DataPath? path,
        out string? formatText,
        out ValueFormat? format,
        out TemplateErrorCode errorCode,
        out string? error)
    {
        role = TagRole.Value;
        path = null;
        formatText = null;
        format = null;
        errorCode = TemplateErrorCode.MalformedTag;
        error = null;
        var text = raw.Trim();
        if (text.Length == 0)
        {
            error = "The tag is empty.";
            return false;
        }

        var first = text[0];
        if (first is '#' or '^' or '/')
        {
            role = first == '#' ? TagRole.Open : first == '^' ? TagRole.OpenInverted : TagRole.Close;
            var name = text.Substring(1).Trim();
            if (role == TagRole.Close && name.Length == 0)
            {
                return true;
            }

            path = DataPath.TryParse(name);
            if (path is null)
            {
                error = $"'{name}' is not a data path (names of letters, digits, '_' or '-', separated by dots).";
                return false;
            }

            return true;
        }

        if (first is '@' or '%' or '-' or '>' or '!' or '=' or '&' or '{')
        {
            error = $"Tags starting with '{first}' (raw XML, images, partials, expressions) are not supported.";
            return false;
        }

        var colon = text.IndexOf(':');
        var pathText = colon < 0 ? text : text.Substring(0, colon).Trim();
        path = DataPath.TryParse(pathText);
        if (path is null)
        {
            error = $"'{pathText}' is not a data path (names of letters, digits, '_' or '-', separated by dots).";
            return false;
        }

        if (colon >= 0)
        {
            formatText = text.Substring(colon + 1).Trim();
            format = formatText.Length == 0 ? null : ValueFormat.TryCreate(formatText, culture);
            if (format is null)
            {
                errorCode = TemplateErrorCode.UnknownFormat;
                error = $"'{formatText}' is neither a date pattern (e.g. 'd MMMM yyyy') nor a number format (e.g. 'N2', '#,##0.00').";
                return false;
            }
        }

        return true;
    }
}
