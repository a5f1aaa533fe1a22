namespace Verwerkers;

/// <summary>What a save does when the file it replaces has more than one hard link (Unix).</summary>
/// <remarks>
/// A save writes a temporary file and renames it over the target. A hard-linked target would lose its other names:
/// they keep the old content, and the link is silently split. So such a file is refused unless asked otherwise.
/// </remarks>
public enum HardLinkHandling
{
    /// <summary>Refuse with an <see cref="System.IO.IOException"/> naming the file and its number of links; nothing is written. The default.</summary>
    Refuse = 0,

    /// <summary>
    /// Write the new content into the existing file, so every name of it sees the new content. The content is first
    /// written completely to a temporary file; copying it into place is then not atomic (a crash during the copy can
    /// leave the file partly written).
    /// </summary>
    WriteInPlace = 1,
}
