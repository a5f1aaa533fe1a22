using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace Verwerkers.Tests.Templating;

/// <summary>Builds hostile packages for tests: deep nesting, many tags, rewritten parts, odd entry names, OLE files.</summary>
public static class HostileDocx
{
    /// <summary>The signature of an OLE compound file.</summary>
    public static readonly byte[] OleSignature = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

    /// <summary><paramref name="open"/> repeated <paramref name="depth"/> times, then <paramref name="inner"/>, then the closes.</summary>
    public static string Nest(string open, string close, int depth, string inner)
    {
        var sb = new StringBuilder((open.Length + close.Length) * depth + inner.Length);
        for (var i = 0; i < depth; i++)
        {
            sb.Append(open);
        }

        sb.Append(inner);
        for (var i = 0; i < depth; i++)
        {
            sb.Append(close);
        }

        return sb.ToString();
    }

    /// <summary>Copies a package, changing the text of its entries and adding raw entries (names written as given).</summary>
    public static byte[] Repack(byte[] docx, Func<string, string, string>? change = null, params (string Name, byte[] Data)[] extra)
    {
        var entries = new List<(string Name, byte[] Data)>();
        using (var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                using var s = entry.Open();
                using var ms = new MemoryStream();
                s.CopyTo(ms);
                var data = ms.ToArray();
                if (change is not null && (entry.FullName.EndsWith(".xml", StringComparison.Ordinal) || entry.FullName.EndsWith(".rels", StringComparison.Ordinal)))
                {
                    data = Encoding.UTF8.GetBytes(change(entry.FullName, Encoding.UTF8.GetString(data)));
                }

                entries.Add((entry.FullName, data));
            }
        }

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries.Concat(extra))
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(data, 0, data.Length);
            }
        }

        return output.ToArray();
    }

    /// <summary>Adds a relationship to the main document's relationships.</summary>
    public static Func<string, string, string> WithDocumentRelationship(string id, string type, string target, Func<string, string, string>? then = null)
        => (name, xml) =>
        {
            if (name == "word/_rels/document.xml.rels")
            {
                xml = xml.Replace("</Relationships>", $"<Relationship Id=\"{id}\" Type=\"{type}\" Target=\"{target}\"/></Relationships>");
            }

            return then is null ? xml : then(name, xml);
        };

    /// <summary>An OLE compound file: the signature, a header's worth of zeros, and the given stream names in the directory (UTF-16LE).</summary>
    public static byte[] CompoundFile(params string[] streamNames)
    {
        var bytes = new List<byte>(OleSignature);
        bytes.AddRange(new byte[504]);
        foreach (var name in streamNames)
        {
            var entry = new byte[128];
            var encoded = Encoding.Unicode.GetBytes(name);
            Array.Copy(encoded, entry, encoded.Length);
            bytes.AddRange(entry);
        }

        bytes.AddRange(new byte[4096]);
        return bytes.ToArray();
    }
}
