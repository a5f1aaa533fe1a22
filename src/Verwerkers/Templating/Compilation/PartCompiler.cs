using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Verwerkers.Templating.Rendering;

namespace Verwerkers.Templating.Compilation;

/// <summary>What kind of XML a part holds.</summary>
internal enum PartKind
{
    /// <summary>WordprocessingML: body, headers, footers, footnotes, endnotes, comments.</summary>
    Word,

    /// <summary>Document properties (core, app, custom): values in plain element text.</summary>
    Properties,
}

/// <summary>The plan of one part: ready-made XML segments, value slots and sections.</summary>
internal sealed class CompiledPart
{
    public CompiledPart(string name, Node[] nodes, IReadOnlyList<TemplateTag> tags)
    {
        Name = name;
        Nodes = nodes;
        Tags = tags;
        SlotPaths = ValueNode.AssignSlots(nodes, out var rootSlots);
        RootSlots = rootSlots;
    }

    public string Name { get; }

    public Node[] Nodes { get; }

    /// <summary>The distinct value paths of the plan, by slot number (see <see cref="ValueNode.Slot"/>).</summary>
    public Verwerkers.Templating.Data.DataPath[] SlotPaths { get; }

    /// <summary>The value slots whose look-up starts in the part's root scope, resolved together when a fill starts the part.</summary>
    public int[] RootSlots { get; }

    public IReadOnlyList<TemplateTag> Tags { get; }
}

/// <summary>
/// Compiles one XML part: finds tags (also across runs), merge fields and content controls, checks the section
/// structure, and turns the part into a plan. Collects every error instead of stopping at the first.
/// </summary>
internal sealed partial class PartCompiler
{
    private readonly string _part;
    private readonly PartKind _kind;
    private readonly TemplateOptions _options;
    private readonly List<TemplateError> _errors;
    private readonly Dictionary<XElement, int> _paragraphNumbers = new();
    private readonly List<TagInfo> _tags = new();
    private int _scanned;
    private bool _tooManyTags;

    private PartCompiler(string part, PartKind kind, TemplateOptions options, List<TemplateError> errors)
    {
        _part = part;
        _kind = kind;
        _options = options;
        _errors = errors;
    }

    /// <summary>Compiles a part; returns null when it holds no tags (it is then copied as is) or has errors (added to <paramref name="errors"/>).</summary>
    public static CompiledPart? Compile(string part, PartKind kind, XDocument doc, TemplateOptions options, List<TemplateError> errors)
        => new PartCompiler(part, kind, options, errors).Run(doc);

    private CompiledPart? Run(XDocument doc)
    {
        var before = _errors.Count;
        var number = 1;
        foreach (var p in doc.Descendants(W.P))
        {
            _paragraphNumbers[p] = number++;
        }

        if (_kind == PartKind.Word)
        {
            foreach (var binding in Bindings.Apply(doc, _options.StartDelimiter, _part, _errors, ParagraphOf))
            {
                if (!Counted(ParagraphOf(binding.Anchor)))
                {
                    break;
                }

                var info = AddTag(TagRole.Value, binding.Path, null, null, binding.Name, binding.Source, ParagraphOf(binding.Anchor), null);
                var marker = NewMarker(W.ValueMarker, info);
                binding.Run.Element(W.T)!.ReplaceWith(marker);
            }

            ScanWordText(doc);
        }
        else
        {
            ScanPlainText(doc);
        }

        if (_tags.Count == 0)
        {
            return null;
        }

        if (_options.Dialect == TemplateDialect.ImplicitRows && _errors.Count == before)
        {
            AddImplicitRows();
        }

        // Pair sections even after syntax errors, so that one compile reports unclosed sections too.
        var ordered = doc.Descendants().Where(W.IsMarker).Select(m => _tags[(int)m.Attribute(W.IndexAttr)!]).ToList();
        if (!Pair(ordered) || _errors.Count > before)
        {
            return null;
        }

        if (_options.Dialect is TemplateDialect.Jinja or TemplateDialect.Amberg && !AnchorPaths(ordered))
        {
            return null;
        }

        var layout = new SectionLayout(_part, _errors);
        if (!layout.Arrange(ordered, doc))
        {
            return null;
        }

        var emitter = new PlanEmitter(_part, _kind, _tags, layout.Conditional, _options.StartDelimiter, _options.EndDelimiter);
        var nodes = emitter.Emit(doc, _errors);
        if (nodes is null)
        {
            return null;
        }

        return new CompiledPart(_part, nodes, BuildInspection(ordered));
    }

    private int? ParagraphOf(XElement element)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            if (e.Name == W.P && _paragraphNumbers.TryGetValue(e, out var n))
            {
                return n;
            }
        }

        return null;
    }

    private TagInfo AddTag(TagRole role, Data.DataPath? path, string? formatText, Data.ValueFormat? format, string text, TemplateTagSource source, int? paragraph, string? context)
    {
        var info = new TagInfo(_tags.Count, role, path, formatText, format, text, source, paragraph, context);
        _tags.Add(info);
        return info;
    }

    private static XElement NewMarker(XName name, TagInfo info)
    {
        var marker = new XElement(name, new XAttribute(W.IndexAttr, info.Index.ToString(CultureInfo.InvariantCulture)));
        marker.AddAnnotation(info);
        info.Marker = marker;
        return marker;
    }

    /// <summary>Whether another tag fits under <see cref="TemplateOptions.MaxTagsPerPart"/>; reports the excess once.</summary>
    private bool Counted(int? paragraph)
    {
        if (_scanned < _options.MaxTagsPerPart)
        {
            _scanned++;
            return true;
        }

        if (!_tooManyTags)
        {
            _tooManyTags = true;
            _errors.Add(new TemplateError(
                TemplateErrorCode.TooManyTags,
                string.Format(CultureInfo.InvariantCulture, "The part holds more than {0:N0} tags (MaxTagsPerPart); the rest of it was not read.", _options.MaxTagsPerPart),
                _part,
                paragraph));
        }

        return false;
    }

    private void ScanWordText(XDocument doc)
    {
        var boundaries = new TextBoundaries(doc);
        var texts = doc.Descendants(W.T).ToList();
        var isolator = new TagIsolator();
        var running = new StringBuilder();
        var lastDelimiter = 0;
        var i = 0;
        while (i < texts.Count && !_tooManyTags)
        {
            // One group = consecutive text elements of the same innermost paragraph: a tag never leaves its paragraph.
            var paragraph = texts[i].Ancestors(W.P).FirstOrDefault();
            var group = new List<XElement>();
            var starts = new List<int>();
            var sb = new StringBuilder();
            while (i < texts.Count && texts[i].Ancestors(W.P).FirstOrDefault() == paragraph)
            {
                starts.Add(sb.Length);
                sb.Append(texts[i].Value);
                group.Add(texts[i]);
                i++;
            }

            var text = sb.ToString();
            var runningOffset = running.Length;
            running.Append(text);
            var paragraphNumber = paragraph is null ? (int?)null : ParagraphOf(paragraph);
            var context = Shorten(text);
            var limit = _options.MaxTagsPerPart - _scanned + 1;
            var found = Scan(text, limit);
            var pending = new List<(ScanResult Scan, TagInfo Info)>();
            var previousEnd = 0;
            foreach (var scan in found)
            {
                if (!Counted(paragraphNumber))
                {
                    break;
                }

                switch (scan.Kind)
                {
                    case ScanKind.Unclosed:
                        {
                            var opener = text.Substring(scan.Start, scan.OpenLength);
                            var tagText = Shorten(Slice(text, scan.Start + scan.OpenLength, scan.End).TrimEnd());
                            _errors.Add(new TemplateError(
                                TemplateErrorCode.UnclosedTag,
                                $"The tag beginning with '{opener}{tagText}' has no '{CloseFor(opener)}' in its paragraph.",
                                _part,
                                paragraphNumber,
                                tagText,
                                context));
                            lastDelimiter = runningOffset + scan.End;
                            break;
                        }

                    case ScanKind.Unopened:
                        {
                            var closer = text.Substring(scan.Start, scan.CloseLength);
                            var absolute = runningOffset + scan.Start;
                            var since = TailOf(running, lastDelimiter, absolute);
                            var tagText = Shorten(TailSlice(text, previousEnd, scan.Start), fromEnd: true);
                            if (tagText.Trim().Length == 0)
                            {
                                // Right after another tag (`{title}}`): the raw text is what the user can search for.
                                var raw = Shorten(TailSlice(text, 0, scan.Start), fromEnd: true);
                                var around = raw + closer + Slice(text, scan.End, Math.Min(text.Length, scan.End + 30));
                                _errors.Add(new TemplateError(
                                    TemplateErrorCode.UnopenedTag,
                                    $"'{closer}' right after '{raw}' closes a tag that was never opened with '{OpenFor(closer)}' (one '{closer}' too many?).",
                                    _part,
                                    paragraphNumber,
                                    raw + closer,
                                    around));
                            }
                            else
                            {
                                _errors.Add(new TemplateError(
                                    TemplateErrorCode.UnopenedTag,
                                    $"'{closer}' after '{tagText}' closes a tag that was never opened with '{OpenFor(closer)}'.",
                                    _part,
                                    paragraphNumber,
                                    tagText,
                                    since + closer));
                            }

                            lastDelimiter = runningOffset + scan.End;
                            previousEnd = scan.End;
                            break;
                        }

                    default:
                        {
                            var opener = text.Substring(scan.Start, scan.OpenLength);
                            var inner = text.Substring(scan.Start + scan.OpenLength, scan.End - scan.Start - scan.OpenLength - scan.CloseLength);
                            lastDelimiter = runningOffset + scan.End;
                            previousEnd = scan.End;
                            if (boundaries.Crossed(group, starts, scan.Start, scan.End) is { } crossed)
                            {
                                _errors.Add(new TemplateError(
                                    TemplateErrorCode.TagCrossesStructure,
                                    $"The tag '{opener}{inner}{text.Substring(scan.End - scan.CloseLength, scan.CloseLength)}' runs through {crossed}; a tag's text must be plain text only. Retype the tag outside it.",
                                    _part,
                                    paragraphNumber,
                                    inner.Trim(),
                                    context));
                                break;
                            }

                            foreach (var info in ParseTags(opener, inner, text.Substring(scan.Start, scan.End - scan.Start), paragraphNumber, context))
                            {
                                pending.Add((scan, info));
                            }

                            break;
                        }
                }
            }

            isolator.Isolate(group, starts, text, pending, this);
        }

        isolator.CleanUp();
    }

    /// <summary>Called by the isolator with the element that now stands for the tag: a run for a value, nothing else for a section tag.</summary>
    internal XElement MarkerFor(TagInfo info) => NewMarker(info.Role == TagRole.Value ? W.ValueMarker : info.Role == TagRole.Close ? W.CloseMarker : W.OpenMarker, info);

    internal void NotInRun(TagInfo info)
        => _errors.Add(info.Error(TemplateErrorCode.MalformedTag, _part, "The tag's text is not inside a run (w:r); Word does not write such documents."));

    /// <summary>text[from..to), but at most its first 61 characters (enough for <see cref="Shorten"/>).</summary>
    private static string Slice(string text, int from, int to) => text.Substring(from, Math.Min(to - from, 61));

    /// <summary>text[from..to), but at most its last 61 characters.</summary>
    private static string TailSlice(string text, int from, int to)
    {
        var start = Math.Max(from, to - 61);
        return text.Substring(start, to - start);
    }

    /// <summary>The last 60 characters of running[from..to), shortened as an error context.</summary>
    private static string TailOf(StringBuilder running, int from, int to)
    {
        var start = Math.Max(from, to - 61);
        return Shorten(running.ToString(start, to - start), fromEnd: true);
    }

    private void ScanPlainText(XDocument doc)
    {
        var edits = new TreeEdits();
        foreach (var node in doc.DescendantNodes().OfType<XText>().ToList())
        {
            if (_tooManyTags)
            {
                break;
            }

            var text = node.Value;
            if (text.IndexOf(_options.StartDelimiter, StringComparison.Ordinal) < 0 && text.IndexOf(_options.EndDelimiter, StringComparison.Ordinal) < 0
                && (_options.Dialect != TemplateDialect.Jinja || (text.IndexOf("{%", StringComparison.Ordinal) < 0 && text.IndexOf("%}", StringComparison.Ordinal) < 0)))
            {
                continue;
            }

            var replacement = new List<object>();
            var pos = 0;
            foreach (var scan in Scan(text, _options.MaxTagsPerPart - _scanned + 1))
            {
                if (!Counted(null))
                {
                    break;
                }

                if (scan.Kind != ScanKind.Tag)
                {
                    _errors.Add(new TemplateError(
                        scan.Kind == ScanKind.Unclosed ? TemplateErrorCode.UnclosedTag : TemplateErrorCode.UnopenedTag,
                        scan.Kind == ScanKind.Unclosed ? "A tag is opened but never closed." : "A tag is closed but never opened.",
                        _part,
                        null,
                        Shorten(text),
                        Shorten(text)));
                    continue;
                }

                var inner = text.Substring(scan.Start + scan.OpenLength, scan.End - scan.Start - scan.OpenLength - scan.CloseLength);
                var infos = ParseTags(text.Substring(scan.Start, scan.OpenLength), inner, text.Substring(scan.Start, scan.End - scan.Start), null, Shorten(text));
                if (infos.Count == 0)
                {
                    continue;
                }

                var info = infos[0];

                if (info.Role != TagRole.Value)
                {
                    _errors.Add(info.Error(TemplateErrorCode.SectionNotAllowed, _part, "Document properties can hold values only, not sections."));
                    continue;
                }

                replacement.Add(text.Substring(pos, scan.Start - pos));
                replacement.Add(NewMarker(W.ValueMarker, info));
                pos = scan.End;
            }

            if (replacement.Count > 0)
            {
                replacement.Add(text.Substring(pos));
                edits.Replace(node, replacement.Select(o => o is string s ? new XText(s) : (XNode)o));
            }
        }

        edits.Apply();
    }

    private TagInfo? ParseMustache(string inner, int? paragraph, string context)
    {
        if (!TagSyntax.TryParse(inner, _options.Culture, out var role, out var path, out var formatText, out var format, out var code, out var message))
        {
            _errors.Add(new TemplateError(code, message!, _part, paragraph, inner.Trim(), context));
            return null;
        }

        return AddTag(role, path, formatText, format, inner.Trim(), TemplateTagSource.Text, paragraph, context);
    }

    private bool Pair(List<TagInfo> ordered)
    {
        var before = _errors.Count;
        var stack = new Stack<TagInfo>();
        foreach (var tag in ordered)
        {
            if (tag.IsSectionStart)
            {
                if (stack.Count == _options.MaxSectionDepth)
                {
                    _errors.Add(tag.Error(
                        TemplateErrorCode.SectionsTooDeep,
                        _part,
                        string.Format(CultureInfo.InvariantCulture, "The section '{0}' is nested {1} deep; the limit (MaxSectionDepth) is {2}.", tag.Text, stack.Count + 1, _options.MaxSectionDepth)));
                    return false;
                }

                tag.Enclosing = stack.Count == 0 ? null : stack.Peek();
                stack.Push(tag);
            }
            else if (tag.Role == TagRole.Close)
            {
                if (stack.Count == 0)
                {
                    _errors.Add(tag.Error(TemplateErrorCode.UnopenedSection, _part, $"'{tag.Text}' closes a section that was never opened."));
                    continue;
                }

                var open = stack.Peek();
                if (tag.Parsed?.Keyword is { } keyword && open.Parsed?.Keyword is { } opened && keyword != opened)
                {
                    _errors.Add(tag.Error(
                        TemplateErrorCode.MismatchedSection,
                        _part,
                        $"'{tag.Written ?? tag.Text}' closes '{open.Written ?? open.Text}' (paragraph {open.Paragraph?.ToString(CultureInfo.InvariantCulture) ?? "?"}); a loop and a condition each need their own end."));
                }
                else if (tag.TwinOpen is { } next)
                {
                    ContinueBranch(open, tag, next);
                }
                else if (tag.Path is not null && open.Parsed is null && open.Path!.Text != tag.Path.Text)
                {
                    _errors.Add(tag.Error(
                        TemplateErrorCode.MismatchedSection,
                        _part,
                        $"'{tag.Text}' closes the section '{open.Text}' (paragraph {open.Paragraph?.ToString(CultureInfo.InvariantCulture) ?? "?"}); the names must match."));
                }
                else if (tag.Path is not null && open.Parsed is not null && open.Parsed.Path?.Text != tag.Path.Text)
                {
                    _errors.Add(tag.Error(
                        TemplateErrorCode.MismatchedSection,
                        _part,
                        $"'{tag.Written ?? tag.Text}' closes '{open.Written ?? open.Text}' (paragraph {open.Paragraph?.ToString(CultureInfo.InvariantCulture) ?? "?"}); the names must match."));
                }

                stack.Pop();
                open.Pair = tag;
                tag.Pair = open;
            }
        }

        foreach (var open in stack.Reverse())
        {
            _errors.Add(open.Error(TemplateErrorCode.UnclosedSection, _part, $"The section '{open.Text}' is never closed."));
        }

        return _errors.Count == before;
    }

    private static List<TemplateTag> BuildInspection(List<TagInfo> ordered)
    {
        var root = new List<TemplateTag>();
        var stack = new Stack<(TagInfo Open, List<TemplateTag> Children)>();
        foreach (var tag in ordered)
        {
            var current = stack.Count == 0 ? root : stack.Peek().Children;
            switch (tag.Role)
            {
                case TagRole.Value:
                    current.Add(new TemplateTag(TemplateTagKind.Value, tag.Source, tag.Path!.Text, tag.FormatText, tag.Text, tag.Paragraph, Array.Empty<TemplateTag>()));
                    break;
                case TagRole.Open or TagRole.OpenInverted:
                    stack.Push((tag, new List<TemplateTag>()));
                    break;
                default:
                    var (open, children) = stack.Pop();
                    var parent = stack.Count == 0 ? root : stack.Peek().Children;
                    parent.Add(new TemplateTag(
                        open.Role == TagRole.Open ? TemplateTagKind.Section : TemplateTagKind.InvertedSection,
                        open.Source,
                        open.Path!.Text,
                        null,
                        open.Text,
                        open.Paragraph,
                        children.AsReadOnly()));
                    break;
            }
        }

        return root;
    }

    /// <summary>Cuts a quoted tag or context to its first (or last) 60 characters.</summary>
    private static string Shorten(string text, bool fromEnd = false) => TextHelper.Shorten(text, 60, fromEnd);
}
