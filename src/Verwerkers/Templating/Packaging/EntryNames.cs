using System.Text;

namespace Verwerkers.Templating.Packaging;

/// <summary>Checks ZIP entry names: an OPC part name is a relative path of segments separated by <c>/</c>.</summary>
internal static class EntryNames
{
    /// <summary>Why the name is unsafe (a phrase that follows "which"), or null when it is a plain relative path.</summary>
    public static string? WhyUnsafe(string name)
    {
        if (name.Length == 0)
        {
            return "is empty";
        }

        if (name[0] == '/')
        {
            return "is an absolute path";
        }

        if (name.Length >= 2 && name[1] == ':')
        {
            return "starts with a drive letter";
        }

        foreach (var c in name)
        {
            if (c == '\\')
            {
                return "holds a backslash";
            }

            if (c < 0x20 || c == 0x7F)
            {
                return "holds a control character";
            }
        }

        foreach (var segment in name.Split('/'))
        {
            if (segment == ".." || segment == ".")
            {
                return "holds a '" + segment + "' segment";
            }
        }

        return null;
    }

    /// <summary>The name with control characters shown as <c>\uXXXX</c>, for messages.</summary>
    public static string Printable(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c < 0x20 || c == 0x7F)
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
