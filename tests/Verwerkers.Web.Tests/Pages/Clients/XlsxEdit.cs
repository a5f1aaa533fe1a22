using System.IO;
using System.IO.Compression;
using System.Linq;

namespace Verwerkers.Web.Tests.Pages.Clients;

/// <summary>Edits a workbook's cells as a user would: the text of every cell that holds exactly one value is replaced.</summary>
internal static class XlsxEdit
{
    public static byte[] ReplaceSharedString(byte[] workbook, string value, string replacement)
    {
        using var output = new MemoryStream();
        output.Write(workbook);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/", System.StringComparison.Ordinal) && e.FullName.EndsWith(".xml", System.StringComparison.Ordinal)).ToList())
            {
                string xml;
                using (var reader = new StreamReader(entry.Open()))
                {
                    xml = reader.ReadToEnd();
                }

                var edited = xml.Replace(">" + value + "<", ">" + replacement + "<", System.StringComparison.Ordinal);
                if (edited != xml)
                {
                    var name = entry.FullName;
                    entry.Delete();
                    using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                    writer.Write(edited);
                }
            }
        }

        return output.ToArray();
    }
}
