using System.Collections.Generic;
using System.Text;
using System.Xml.Linq;
using Verwerkers.Templating.Rendering;

namespace Verwerkers.Templating.Compilation;

/// <summary>
/// Serializes a prepared part into its plan: XML between tags becomes pre-encoded UTF-8 segments; markers become
/// value slots and sections; conditional tables and cells become containers.
/// </summary>
internal sealed class PlanEmitter
{
    private static readonly HashSet<XName> Structural = new() { W.Tbl, W.Tc, W.TxbxContent, W.Hdr, W.Ftr, W.Footnote, W.Endnote, W.Comment };

    private readonly string _part;
    private readonly PartKind _kind;
    private readonly List<TagInfo> _tags;
    private readonly Dictionary<XElement, ContainerRule> _conditional;
    private readonly string _start;
    private readonly string _end;
    private readonly Stack<Frame> _frames = new();
    private readonly StringBuilder _literal = new();
    private int _childStarts;
    private bool _broken;

    public PlanEmitter(string part, PartKind kind, List<TagInfo> tags, Dictionary<XElement, ContainerRule> conditional, string start, string end)
    {
        _part = part;
        _kind = kind;
        _tags = tags;
        _conditional = conditional;
        _start = start;
        _end = end;
    }

    public Node[]? Emit(XDocument doc, List<TemplateError> errors)
    {
        _frames.Push(new Frame(null));
        var declaration = doc.Declaration;
        _literal.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"");
        if (declaration?.Standalone is { Length: > 0 } standalone)
        {
            _literal.Append(" standalone=\"").Append(standalone).Append('"');
        }

        _literal.Append("?>\r\n");
        foreach (var node in doc.Nodes())
        {
            Walk(node, null);
        }

        Flush();
        if (_broken || _frames.Count != 1)
        {
            errors.Add(new TemplateError(TemplateErrorCode.SectionCutsStructure, "A section cannot be repeated as a unit: its tags cut across the XML structure.", _part));
            return null;
        }

        return _frames.Pop().Nodes.ToArray();
    }

    private void Walk(XNode node, XElement? container)
    {
        switch (node)
        {
            case XElement e when W.IsMarker(e):
                Marker(e);
                break;
            case XElement e:
                Element(e, container);
                break;
            case XCData cdata:
                _literal.Append("<![CDATA[").Append(cdata.Value).Append("]]>");
                break;
            case XText text:
                EscapeText(text.Value);
                break;
            case XComment comment:
                _literal.Append("<!--").Append(comment.Value).Append("-->");
                break;
            case XProcessingInstruction pi:
                _literal.Append("<?").Append(pi.Target).Append(' ').Append(pi.Data).Append("?>");
                break;
        }
    }

    private void Element(XElement e, XElement? container)
    {
        if (_conditional.TryGetValue(e, out var rule))
        {
            Flush();
            StartTag(e, _literal, selfClose: false);
            var open = TakeLiteral();
            _frames.Push(new Frame(null));
            foreach (var child in e.Nodes())
            {
                Walk(child, e);
            }

            Flush();
            var frame = _frames.Pop();
            if (frame.Section is not null)
            {
                _broken = true;
            }

            var close = Encoding.UTF8.GetBytes("</" + QName(e) + ">");
            var fallback = rule == ContainerRule.DropWhenEmpty ? null : WordSyntax.For(e.GetPrefixOfNamespace(W.Ns)).EmptyParagraph;
            CountChildStart(e, container);
            _frames.Peek().Nodes.Add(new ContainerNode(open, frame.Nodes.ToArray(), close, fallback));
            return;
        }

        CountChildStart(e, container);
        var empty = e.IsEmpty || e.FirstNode is null;
        StartTag(e, _literal, empty);
        if (empty)
        {
            return;
        }

        var inner = Structural.Contains(e.Name) ? e : container;
        foreach (var child in e.Nodes())
        {
            Walk(child, inner);
        }

        _literal.Append("</").Append(QName(e)).Append('>');
    }

    private void CountChildStart(XElement e, XElement? container)
    {
        if (container is not null && _conditional.TryGetValue(container, out var rule)
            && (rule == ContainerRule.DropWhenEmpty ? e.Name == W.Tr : e.Name == W.P))
        {
            _childStarts++;
        }
    }

    private void Marker(XElement marker)
    {
        var tag = _tags[(int)marker.Attribute(W.IndexAttr)!];
        var site = new TagSite(_part, tag.Paragraph, tag.Text, tag.Context);
        Flush();
        if (marker.Name == W.ValueMarker)
        {
            var word = _kind == PartKind.Word ? WordSyntax.For(marker.Parent?.GetPrefixOfNamespace(W.Ns)) : null;
            var keep = tag.Source == TemplateTagSource.Text ? _start + tag.Text + _end : _start + tag.Path!.Text + _end;
            _frames.Peek().Nodes.Add(new ValueNode(tag.Path!, tag.Format, word, site, keep));
        }
        else if (marker.Name == W.OpenMarker)
        {
            _frames.Push(new Frame(tag));
        }
        else
        {
            var frame = _frames.Pop();
            if (frame.Section is null || frame.Section.Pair != tag || _frames.Count == 0)
            {
                _broken = true;
                _frames.Push(frame);
                return;
            }

            var open = frame.Section;
            var openSite = new TagSite(_part, open.Paragraph, open.Text, open.Context);
            _frames.Peek().Nodes.Add(new SectionNode(open.Path!, open.Role == TagRole.OpenInverted, frame.Nodes.ToArray(), openSite));
        }
    }

    private void Flush()
    {
        if (_literal.Length == 0)
        {
            return;
        }

        var nodes = _frames.Peek().Nodes;
        nodes.Add(new LiteralNode(Encoding.UTF8.GetBytes(_literal.ToString()), _childStarts));
        _literal.Clear();
        _childStarts = 0;
    }

    private byte[] TakeLiteral()
    {
        var bytes = Encoding.UTF8.GetBytes(_literal.ToString());
        _literal.Clear();
        return bytes;
    }

    private static void StartTag(XElement e, StringBuilder sb, bool selfClose)
    {
        sb.Append('<').Append(QName(e));
        foreach (var a in e.Attributes())
        {
            sb.Append(' ');
            if (a.IsNamespaceDeclaration)
            {
                sb.Append(a.Name.Namespace == XNamespace.None ? "xmlns" : "xmlns:" + a.Name.LocalName);
            }
            else if (a.Name.Namespace == XNamespace.None)
            {
                sb.Append(a.Name.LocalName);
            }
            else if (a.Name.Namespace == XNamespace.Xml)
            {
                sb.Append("xml:").Append(a.Name.LocalName);
            }
            else
            {
                var prefix = e.GetPrefixOfNamespace(a.Name.Namespace);
                sb.Append(prefix is null ? a.Name.LocalName : prefix + ":" + a.Name.LocalName);
            }

            sb.Append("=\"");
            EscapeAttribute(a.Value, sb);
            sb.Append('"');
        }

        sb.Append(selfClose ? "/>" : ">");
    }

    private static string QName(XElement e)
    {
        var ns = e.Name.Namespace;
        if (ns == XNamespace.None)
        {
            return e.Name.LocalName;
        }

        var prefix = e.GetPrefixOfNamespace(ns);
        return prefix is null ? e.Name.LocalName : prefix + ":" + e.Name.LocalName;
    }

    private void EscapeText(string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&':
                    _literal.Append("&amp;");
                    break;
                case '<':
                    _literal.Append("&lt;");
                    break;
                case '>':
                    _literal.Append("&gt;");
                    break;
                case '\r':
                    _literal.Append("&#xD;");
                    break;
                default:
                    _literal.Append(c);
                    break;
            }
        }
    }

    private static void EscapeAttribute(string value, StringBuilder sb)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&':
                    sb.Append("&amp;");
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '"':
                    sb.Append("&quot;");
                    break;
                case '\t':
                    sb.Append("&#x9;");
                    break;
                case '\n':
                    sb.Append("&#xA;");
                    break;
                case '\r':
                    sb.Append("&#xD;");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
    }

    private sealed class Frame
    {
        public Frame(TagInfo? section) => Section = section;

        public TagInfo? Section { get; }

        public List<Node> Nodes { get; } = new();
    }
}
