using System;
using System.IO;
using System.Text;

namespace Verwerkers.Templating.Packaging;

/// <summary>
/// Recognises OLE compound files, which Word writes for password-protected documents (the encrypted package inside an
/// OLE container) and for Word 97-2003 <c>.doc</c> files, so that users get the real reason instead of "not a ZIP".
/// </summary>
internal static class CompoundFile
{
    private static readonly byte[] Signature = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

    /// <summary>Stream names of an encrypted OOXML package (MS-OFFCRYPTO), as they appear in the directory (UTF-16LE).</summary>
    private static readonly byte[][] EncryptionMarks =
    {
        Encoding.Unicode.GetBytes("EncryptedPackage"),
        Encoding.Unicode.GetBytes("EncryptionInfo"),
    };

    /// <summary>The name of the VBA project stream in a compound file (UTF-16LE).</summary>
    private static readonly byte[] VbaMark = Encoding.Unicode.GetBytes("_VBA_PROJECT");

    /// <summary>Whether the seekable stream starts with the OLE signature; the position is restored.</summary>
    public static bool IsCompoundFile(Stream input)
    {
        var start = input.Position;
        var head = new byte[Signature.Length];
        var read = 0;
        int n;
        while (read < head.Length && (n = input.Read(head, read, head.Length - read)) > 0)
        {
            read += n;
        }

        input.Position = start;
        return read == head.Length && StartsWithSignature(head);
    }

    /// <summary>Whether the bytes are a compound file holding a VBA project (a macro part under whatever content type).</summary>
    public static bool HoldsVbaProject(byte[] data) => StartsWithSignature(data) && IndexOf(data, data.Length, VbaMark) >= 0;

    /// <summary>The error for a compound file: encrypted package, or some other OLE file such as a <c>.doc</c>.</summary>
    public static TemplateError Describe(Stream input, long maxBytes)
    {
        var start = input.Position;
        var encrypted = false;

        // The directory can sit anywhere in the file: scan it in blocks, keeping an overlap for marks split between blocks.
        var buffer = new byte[1 << 16];
        const int overlap = 64;
        var kept = 0;
        long total = 0;
        int n;
        while (!encrypted && total < maxBytes && (n = input.Read(buffer, kept, buffer.Length - kept)) > 0)
        {
            total += n;
            var length = kept + n;
            foreach (var mark in EncryptionMarks)
            {
                encrypted |= IndexOf(buffer, length, mark) >= 0;
            }

            kept = Math.Min(overlap, length);
            Buffer.BlockCopy(buffer, length - kept, buffer, 0, kept);
        }

        input.Position = start;
        return encrypted
            ? new TemplateError(
                TemplateErrorCode.EncryptedPackage,
                "The file is encrypted or password-protected; remove the password in Word (File > Info > Protect Document > Encrypt with Password) and save it again as .docx.")
            : new TemplateError(
                TemplateErrorCode.InvalidPackage,
                "The file is an OLE compound file (for example a Word 97-2003 .doc), not a ZIP package; open it in Word and save it as .docx.");
    }

    private static bool StartsWithSignature(byte[] data)
    {
        if (data.Length < Signature.Length)
        {
            return false;
        }

        for (var i = 0; i < Signature.Length; i++)
        {
            if (data[i] != Signature[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOf(byte[] data, int length, byte[] pattern)
    {
        var first = pattern[0];
        for (var i = Array.IndexOf(data, first, 0, length); i >= 0 && i <= length - pattern.Length; i = Array.IndexOf(data, first, i + 1, length - i - 1))
        {
            var j = 1;
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
}
