using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Verwerkers.Storage.Xlsx;

/// <summary>
/// The bounds of <see cref="XlsxImportOptions"/> that the Open XML SDK does not enforce: the unpacked size of the
/// package, the nesting depth of a part (checked with a streaming reader before the SDK loads anything of it) and
/// the shared-string table (read as a stream, item by item, refused at its limit instead of loaded whole).
/// </summary>
internal static class XlsxLimits
{
    /// <summary>Refuses a package whose parts declare more unpacked bytes than allowed; the stream is left at its start.</summary>
    public static void CheckExpandedSize(Stream stream, XlsxImportOptions options)
    {
        if (!stream.CanSeek)
        {
            return;
        }

        var start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > options.MaxExpandedBytes)
                {
                    throw new XlsxImportException(
                        $"The workbook unpacks to more than {options.MaxExpandedBytes:N0} bytes (XlsxImportOptions.MaxExpandedBytes); it was not read.",
                        $"De werkmap pakt uit tot meer dan {XlsxProblems.NlN(options.MaxExpandedBytes)} bytes (XlsxImportOptions.MaxExpandedBytes); hij is niet gelezen.", null);
                }
            }
        }
        catch (InvalidDataException)
        {
            // Not a ZIP package: the SDK says so with its own message.
        }
        finally
        {
            stream.Position = start;
        }
    }

    /// <summary>Refuses a part that nests deeper than allowed, reading it as a stream (no DTDs, no recursion).</summary>
    public static void CheckDepth(OpenXmlPart part, string sheet, XlsxImportOptions options)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, Settings(options));
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth >= options.MaxXmlDepth)
            {
                throw new XlsxImportException(
                    $"The sheet '{sheet}' nests XML elements deeper than {options.MaxXmlDepth} levels (XlsxImportOptions.MaxXmlDepth); a workbook needs fewer than 10. It was not read.",
                    $"Het tabblad '{sheet}' nest XML-elementen dieper dan {options.MaxXmlDepth} niveaus (XlsxImportOptions.MaxXmlDepth); een werkmap heeft er minder dan 10 nodig. Hij is niet gelezen.", null);
            }
        }
    }

    /// <summary>
    /// Reads the shared strings: per item (<c>si</c>) its plain text or its rich-text runs, without phonetic hints;
    /// refused when there are more items or characters than allowed.
    /// </summary>
    public static IReadOnlyList<string> SharedStrings(SharedStringTablePart? part, XlsxImportOptions options)
    {
        var result = new List<string>();
        if (part is null)
        {
            return result;
        }

        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, Settings(options));
        var text = new StringBuilder();
        long characters = 0;
        var itemDepth = -1;
        var phoneticDepth = -1;
        var textDepth = -1;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (reader.Depth >= options.MaxXmlDepth)
                {
                    throw new XlsxImportException($"The shared strings nest XML elements deeper than {options.MaxXmlDepth} levels (XlsxImportOptions.MaxXmlDepth).",
                        $"De gedeelde teksten nesten XML-elementen dieper dan {options.MaxXmlDepth} niveaus (XlsxImportOptions.MaxXmlDepth).", null);
                }

                if (reader.NamespaceURI != Main)
                {
                    continue;
                }

                if (reader.LocalName == "si" && itemDepth < 0)
                {
                    if (result.Count >= options.MaxSharedStrings)
                    {
                        throw new XlsxImportException(
                            $"The workbook has more than {options.MaxSharedStrings:N0} shared strings (XlsxImportOptions.MaxSharedStrings); it was not read.",
                            $"De werkmap heeft meer dan {XlsxProblems.NlN(options.MaxSharedStrings)} gedeelde teksten (XlsxImportOptions.MaxSharedStrings); hij is niet gelezen.", null);
                    }

                    text.Clear();
                    itemDepth = reader.IsEmptyElement ? -1 : reader.Depth;
                    if (reader.IsEmptyElement)
                    {
                        result.Add(string.Empty);
                    }
                }
                else if (reader.LocalName == "rPh" && itemDepth >= 0 && !reader.IsEmptyElement && phoneticDepth < 0)
                {
                    phoneticDepth = reader.Depth;
                }
                else if (reader.LocalName == "t" && itemDepth >= 0 && phoneticDepth < 0 && !reader.IsEmptyElement)
                {
                    textDepth = reader.Depth;
                }
            }
            else if (textDepth >= 0 && reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                characters += reader.Value.Length;
                if (characters > options.MaxSharedStringCharacters)
                {
                    throw new XlsxImportException(
                        $"The shared strings hold more than {options.MaxSharedStringCharacters:N0} characters (XlsxImportOptions.MaxSharedStringCharacters); the workbook was not read.",
                        $"De gedeelde teksten bevatten meer dan {XlsxProblems.NlN(options.MaxSharedStringCharacters)} tekens (XlsxImportOptions.MaxSharedStringCharacters); de werkmap is niet gelezen.", null);
                }

                text.Append(reader.Value);
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.Depth == textDepth)
                {
                    textDepth = -1;
                }
                else if (reader.Depth == phoneticDepth)
                {
                    phoneticDepth = -1;
                }
                else if (reader.Depth == itemDepth)
                {
                    result.Add(text.ToString());
                    itemDepth = -1;
                }
            }
        }

        return result;
    }

    private static XmlReaderSettings Settings(XlsxImportOptions options) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = options.MaxCharactersInPart,
        IgnoreComments = true,
        IgnoreWhitespace = false,
    };
}
