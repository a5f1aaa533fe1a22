using System.Xml.Linq;

namespace Verwerkers.Templating.Compilation;

/// <summary>WordprocessingML names used by the compiler.</summary>
internal static class W
{
    public static readonly XNamespace Ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static readonly XName P = Ns + "p";
    public static readonly XName PPr = Ns + "pPr";
    public static readonly XName R = Ns + "r";
    public static readonly XName RPr = Ns + "rPr";
    public static readonly XName RStyle = Ns + "rStyle";
    public static readonly XName T = Ns + "t";
    public static readonly XName Br = Ns + "br";
    public static readonly XName Tab = Ns + "tab";
    public static readonly XName Tbl = Ns + "tbl";
    public static readonly XName Tr = Ns + "tr";
    public static readonly XName Tc = Ns + "tc";
    public static readonly XName Sdt = Ns + "sdt";
    public static readonly XName SdtPr = Ns + "sdtPr";
    public static readonly XName SdtContent = Ns + "sdtContent";
    public static readonly XName Tag = Ns + "tag";
    public static readonly XName Alias = Ns + "alias";
    public static readonly XName ShowingPlcHdr = Ns + "showingPlcHdr";
    public static readonly XName DataBinding = Ns + "dataBinding";
    public static readonly XName FldSimple = Ns + "fldSimple";
    public static readonly XName FldChar = Ns + "fldChar";
    public static readonly XName FldCharType = Ns + "fldCharType";
    public static readonly XName InstrText = Ns + "instrText";
    public static readonly XName Instr = Ns + "instr";
    public static readonly XName Type = Ns + "type";
    public static readonly XName Val = Ns + "val";
    public static readonly XName SectPr = Ns + "sectPr";
    public static readonly XName TxbxContent = Ns + "txbxContent";
    public static readonly XName Hdr = Ns + "hdr";
    public static readonly XName Ftr = Ns + "ftr";
    public static readonly XName Footnote = Ns + "footnote";
    public static readonly XName Endnote = Ns + "endnote";
    public static readonly XName Comment = Ns + "comment";
    public static readonly XName Drawing = Ns + "drawing";
    public static readonly XName Pict = Ns + "pict";
    public static readonly XName Object = Ns + "object";
    public static readonly XName Sym = Ns + "sym";
    public static readonly XName FootnoteReference = Ns + "footnoteReference";
    public static readonly XName EndnoteReference = Ns + "endnoteReference";
    public static readonly XName CommentReference = Ns + "commentReference";
    public static readonly XName DocPartObj = Ns + "docPartObj";
    public static readonly XName DocPartList = Ns + "docPartList";
    public static readonly XName Group = Ns + "group";
    public static readonly XName Picture = Ns + "picture";
    public static readonly XName Citation = Ns + "citation";
    public static readonly XName Bibliography = Ns + "bibliography";
    public static readonly XName Equation = Ns + "equation";

    public static readonly XName XmlSpace = XNamespace.Xml + "space";

    /// <summary>The namespace of the compiler's own marker elements; they never reach the output.</summary>
    public static readonly XNamespace MarkerNs = "urn:verwerkers:templating:marker";
    public static readonly XName ValueMarker = MarkerNs + "value";
    public static readonly XName OpenMarker = MarkerNs + "open";
    public static readonly XName CloseMarker = MarkerNs + "close";
    public static readonly XName IndexAttr = "i";

    public static bool IsMarker(XElement e) => e.Name.Namespace == MarkerNs;

    public static XElement NewText(string text) => new(T, new XAttribute(XmlSpace, "preserve"), text);
}
