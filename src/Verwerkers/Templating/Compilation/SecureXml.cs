using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Verwerkers.Templating.Compilation;

/// <summary>Loads XML parts as hostile input: no DTD, no external resolution, bounded size.</summary>
internal static class SecureXml
{
    private static readonly byte[] DoctypeAscii = Encoding.ASCII.GetBytes("<!DOCTYPE");

    public static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreWhitespace = false,
        IgnoreComments = false,
        CloseInput = true,
    };

    /// <summary>
    /// Parses a part; on failure adds an error naming the part, line and position, and returns null. The part is read
    /// through once first, so that a part nested deeper than <paramref name="maxDepth"/> is refused before any tree exists.
    /// </summary>
    public static XDocument? Load(string part, byte[] data, long maxCharacters, int maxDepth, List<TemplateError> errors)
    {
        if (!Check(part, data, maxCharacters, maxDepth, errors))
        {
            return null;
        }

        try
        {
            using var reader = XmlReader.Create(new MemoryStream(data, writable: false), Settings(maxCharacters));
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            errors.Add(Malformed(part, ex));
            return null;
        }
    }

    /// <summary>Reads a part through once to prove it is well-formed, free of DTDs and nested at most <paramref name="maxDepth"/> deep.</summary>
    public static bool Check(string part, byte[] data, long maxCharacters, int maxDepth, List<TemplateError> errors)
    {
        if (!CheckNoDtd(part, data, errors))
        {
            return false;
        }

        try
        {
            using var reader = XmlReader.Create(new MemoryStream(data, writable: false), Settings(maxCharacters));
            while (reader.Read())
            {
                // XmlReader.Depth counts from 0 at the root element.
                if (reader.NodeType == XmlNodeType.Element && reader.Depth >= maxDepth)
                {
                    var info = (IXmlLineInfo)reader;
                    errors.Add(new TemplateError(
                        TemplateErrorCode.XmlTooDeep,
                        string.Format(
                            CultureInfo.InvariantCulture,
                            "The element '{0}' at line {1}, position {2} is nested {3} deep; the limit (MaxXmlDepth) is {4}.",
                            reader.Name,
                            info.LineNumber,
                            info.LinePosition,
                            reader.Depth + 1,
                            maxDepth),
                        part));
                    return false;
                }
            }

            return true;
        }
        catch (XmlException ex)
        {
            errors.Add(Malformed(part, ex));
            return false;
        }
    }

    private static bool CheckNoDtd(string part, byte[] data, List<TemplateError> errors)
    {
        if (IndexOf(data, DoctypeAscii) >= 0 || IndexOfUtf16(data))
        {
            errors.Add(new TemplateError(TemplateErrorCode.DtdProhibited, "The part declares a DTD (<!DOCTYPE>); DTDs are never processed in templates.", part));
            return false;
        }

        return true;
    }

    private static TemplateError Malformed(string part, XmlException ex)
    {
        if (ex.Message.IndexOf("DTD", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return new TemplateError(TemplateErrorCode.DtdProhibited, "The part declares a DTD; DTDs are never processed in templates.", part);
        }

        return new TemplateError(
            TemplateErrorCode.MalformedXml,
            string.Format(CultureInfo.InvariantCulture, "The part is not well-formed XML at line {0}, position {1}: {2}", ex.LineNumber, ex.LinePosition, ex.Message),
            part);
    }

    private static int IndexOf(byte[] data, byte[] pattern)
    {
        // A DTD must come before the root element, so the head of the part is enough.
        var end = Math.Min(data.Length, 4096) - pattern.Length;
        for (var i = 0; i <= end; i++)
        {
            var j = 0;
            while (j < pattern.Length && data[i + j] == pattern[j])
            {
                j++;
            }

            if (j == pattern.Length)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IndexOfUtf16(byte[] data)
    {
        if (data.Length < 2 || !((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
        {
            return false;
        }

        var encoding = data[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var head = encoding.GetString(data, 2, Math.Min(data.Length - 2, 8192));
        return head.IndexOf("<!DOCTYPE", StringComparison.Ordinal) >= 0;
    }
}
