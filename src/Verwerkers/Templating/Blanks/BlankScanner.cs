using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Verwerkers.Templating.Compilation;

namespace Verwerkers.Templating.Blanks;

/// <summary>A blank found in a part, with what turns it into a tag.</summary>
internal sealed class FoundBlank
{
    public FoundBlank(Placeholder placeholder, Action<string> replace)
    {
        Placeholder = placeholder;
        Replace = replace;
    }

    public Placeholder Placeholder { get; }

    /// <summary>Replaces the blank by one run holding the given text (the tag), in the blank's own formatting.</summary>
    public Action<string> Replace { get; }
}

/// <summary>
/// Finds the blanks of one Word part in one linear pass per paragraph: text patterns over the paragraph's own text
/// (across runs, as Word splits text anywhere), highlighted runs, FORMTEXT fields and content controls showing their
/// placeholder.
/// </summary>
internal static class BlankScanner
{
    private static readonly XNamespace Xml = XNamespace.Xml;
    private static readonly XName FfData = W.Ns + "ffData";
    private static readonly XName TextInput = W.Ns + "textInput";
    private static readonly XName FfName = W.Ns + "name";
    private static readonly XName Highlight = W.Ns + "highlight";

    // Brackets hold 1-200 characters of one line and not only digits ([1] is a reference, not a blank). Dots: an
    // ellipsis character, or three or more dots, not right after a letter or digit ("enz..." is punctuation).
    private static readonly Regex TextBlanks = new(
        @"(?<b>\[(?![0-9]+\])[^\[\]\r\n]{1,200}\])|(?<a><(?![0-9]+>)[^<>\r\n]{1,200}>)|(?<d>(?<![\p{L}\p{N}.…])(?:…[.…]*|\.{3,}[.…]*))",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(2));

    public static List<FoundBlank> Scan(string part, XDocument doc)
    {
        var found = new List<FoundBlank>();
        var numbers = new Dictionary<XElement, int>();
        var n = 1;
        foreach (var p in doc.Descendants(W.P))
        {
            numbers[p] = n++;
        }

        var perParagraph = new Dictionary<int, List<(int Order, PlaceholderKind Kind, string Text, string? Name, Action<string> Replace)>>();
        void Add(int paragraph, int order, PlaceholderKind kind, string text, string? name, Action<string> replace)
        {
            if (!perParagraph.TryGetValue(paragraph, out var list))
            {
                perParagraph[paragraph] = list = new();
            }

            list.Add((order, kind, text, name, replace));
        }

        // Content controls that show their placeholder: the outermost ones only.
        var controls = doc.Descendants(W.Sdt).Where(IsShowingPlaceholder).Where(s => !s.Ancestors(W.Sdt).Any(IsShowingPlaceholder)).ToList();
        foreach (var sdt in controls)
        {
            var paragraph = sdt.Ancestors(W.P).FirstOrDefault() ?? sdt.Descendants(W.P).FirstOrDefault();
            if (paragraph is null || !numbers.TryGetValue(paragraph, out var number))
            {
                continue;
            }

            var text = string.Concat(sdt.Element(W.SdtContent)?.Descendants(W.T).Select(t => t.Value) ?? Array.Empty<string>());
            var props = sdt.Element(W.SdtPr);
            var name = (string?)props?.Element(W.Tag)?.Attribute(W.Val) ?? (string?)props?.Element(W.Alias)?.Attribute(W.Val);
            var control = sdt;
            Add(number, OrderOf(paragraph, sdt), PlaceholderKind.ContentControl, text, name, tag => ReplaceControl(control, tag));
        }

        foreach (var p in numbers.Keys)
        {
            ScanParagraph(p, numbers[p], Add);
        }

        foreach (var pair in perParagraph.OrderBy(p => p.Key))
        {
            var index = 1;
            foreach (var blank in pair.Value.OrderBy(b => b.Order))
            {
                found.Add(new FoundBlank(new Placeholder(blank.Kind, blank.Text, blank.Name, part, pair.Key, index++), blank.Replace));
            }
        }

        return found;
    }

    private static bool IsShowingPlaceholder(XElement sdt) => sdt.Element(W.SdtPr)?.Element(W.ShowingPlcHdr) is not null;

    /// <summary>Document order within a paragraph: the position of the element among the paragraph's descendants.</summary>
    private static int OrderOf(XElement paragraph, XElement element)
    {
        if (!paragraph.Descendants().Contains(element))
        {
            return 0;
        }

        var i = 0;
        foreach (var d in paragraph.Descendants())
        {
            if (d == element)
            {
                return i * 1000;
            }

            i++;
        }

        return 0;
    }

    private static void ScanParagraph(XElement p, int number, Action<int, int, PlaceholderKind, string, string?, Action<string>> add)
    {
        // The paragraph's own runs: not those of a nested paragraph (text box), nor those inside a placeholder control.
        var runs = p.Descendants(W.R)
            .Where(r => r.Ancestors(W.P).First() == p && !r.Ancestors(W.Sdt).Any(IsShowingPlaceholder))
            .ToList();
        var order = new Dictionary<XElement, int>();
        var k = 0;
        foreach (var d in p.Descendants())
        {
            order[d] = k++ * 1000;
        }

        // Legacy form fields: begin (with ffData/textInput) … separate … end, within the paragraph.
        var fieldRuns = new HashSet<XElement>();
        for (var i = 0; i < runs.Count; i++)
        {
            var begin = runs[i].Element(W.FldChar);
            if ((string?)begin?.Attribute(W.FldCharType) != "begin" || begin!.Element(FfData)?.Element(TextInput) is null)
            {
                continue;
            }

            var depth = 0;
            var separate = -1;
            var end = -1;
            for (var j = i; j < runs.Count && end < 0; j++)
            {
                var type = (string?)runs[j].Element(W.FldChar)?.Attribute(W.FldCharType);
                depth += type == "begin" ? 1 : type == "end" ? -1 : 0;
                separate = type == "separate" && depth == 1 ? j : separate;
                end = type == "end" && depth == 0 ? j : -1;
            }

            if (end < 0)
            {
                continue;
            }

            var fieldSpan = runs.GetRange(i, end - i + 1);
            var result = separate < 0 ? new List<XElement>() : runs.GetRange(separate + 1, end - separate - 1);
            var shown = string.Concat(result.SelectMany(r => r.Elements(W.T)).Select(t => t.Value));
            var name = (string?)begin.Element(FfData)!.Element(FfName)?.Attribute(W.Val);
            foreach (var r in fieldSpan)
            {
                fieldRuns.Add(r);
            }

            var format = result.FirstOrDefault(r => r.Elements(W.T).Any()) ?? runs[i];
            add(number, order[runs[i]], PlaceholderKind.FormField, shown, name, tag => ReplaceRuns(fieldSpan, format, tag));
            i = end;
        }

        // The paragraph's text, as pieces of w:t elements.
        var pieces = new List<(XElement T, int Start)>();
        var text = new StringBuilder();
        foreach (var r in runs.Where(r => !fieldRuns.Contains(r)))
        {
            foreach (var t in r.Elements(W.T))
            {
                pieces.Add((t, text.Length));
                text.Append(t.Value);
            }
        }

        var all = text.ToString();
        var covered = new List<(int Start, int End)>();
        foreach (Match m in TextBlanks.Matches(all))
        {
            var kind = m.Groups["b"].Success ? PlaceholderKind.Bracketed : m.Groups["a"].Success ? PlaceholderKind.AngleBracketed : PlaceholderKind.Dots;
            var start = m.Index;
            var end = m.Index + m.Length;
            covered.Add((start, end));
            var first = pieces.First(x => x.Start <= start && start < x.Start + x.T.Value.Length);
            add(number, order[first.T] + (start - first.Start), kind, m.Value, null, tag => ReplaceText(pieces, start, end, tag));
        }

        // Highlighted runs next to each other form one blank, unless a text blank already covers them.
        var group = new List<XElement>();
        void Flush()
        {
            var groupText = string.Concat(group.SelectMany(r => r.Elements(W.T)).Select(t => t.Value));
            if (group.Count > 0 && groupText.Trim().Length > 0)
            {
                var firstT = group.SelectMany(r => r.Elements(W.T)).First();
                var start = pieces.First(x => x.T == firstT).Start;
                var end = start + groupText.Length;
                if (!covered.Any(c => c.Start < end && start < c.End))
                {
                    var runsOfGroup = group.ToList();
                    add(number, order[runsOfGroup[0]], PlaceholderKind.Highlighted, groupText, null, tag => ReplaceRuns(runsOfGroup, runsOfGroup[0], tag));
                }
            }

            group.Clear();
        }

        foreach (var r in runs)
        {
            var highlight = (string?)r.Element(W.RPr)?.Element(Highlight)?.Attribute(W.Val);
            if (!fieldRuns.Contains(r) && highlight is not null && highlight != "none")
            {
                if (group.Count > 0 && r.ElementsBeforeSelf().LastOrDefault() != group[group.Count - 1])
                {
                    Flush();
                }

                group.Add(r);
            }
            else
            {
                Flush();
            }
        }

        Flush();
    }

    /// <summary>Puts the tag where the text blank starts and removes the rest of its characters, run by run.</summary>
    private static void ReplaceText(List<(XElement T, int Start)> pieces, int start, int end, string tag)
    {
        var firstDone = false;
        foreach (var (t, pieceStart) in pieces)
        {
            var value = t.Value;
            var from = Math.Max(start, pieceStart) - pieceStart;
            var to = Math.Min(end, pieceStart + value.Length) - pieceStart;
            if (from >= to)
            {
                continue;
            }

            var insert = firstDone ? string.Empty : tag;
            firstDone = true;
            t.Value = value.Substring(0, from) + insert + value.Substring(to);
            t.SetAttributeValue(Xml + "space", "preserve");
            t.Parent?.Element(W.RPr)?.Element(Highlight)?.Remove();
        }
    }

    /// <summary>Replaces runs (a field, a highlighted group) by one run with the format of <paramref name="format"/>.</summary>
    private static void ReplaceRuns(List<XElement> runs, XElement format, string tag)
    {
        var run = NewRun(format.Element(W.RPr), tag);
        runs[0].AddBeforeSelf(run);
        foreach (var r in runs)
        {
            r.Remove();
        }
    }

    private static void ReplaceControl(XElement sdt, string tag)
    {
        var content = sdt.Element(W.SdtContent);
        var firstRun = content?.Descendants(W.R).FirstOrDefault();
        if (sdt.Parent?.Name == W.P || content?.Element(W.P) is null)
        {
            // Inline control: one run in its place.
            sdt.ReplaceWith(NewRun(firstRun?.Element(W.RPr), tag, dropStyle: true));
            return;
        }

        // Block control: its first paragraph, holding only the tag.
        var paragraph = new XElement(content.Element(W.P)!);
        paragraph.Elements().Where(e => e.Name != W.PPr).Remove();
        paragraph.Add(NewRun(firstRun?.Element(W.RPr), tag, dropStyle: true));
        sdt.ReplaceWith(paragraph);
    }

    private static XElement NewRun(XElement? properties, string tag, bool dropStyle = false)
    {
        var run = new XElement(W.R);
        if (properties is not null)
        {
            var copy = new XElement(properties);
            copy.Element(Highlight)?.Remove();
            // A control's placeholder has Word's "Placeholder Text" style (its id depends on Word's language, such as
            // "Tekstvantijdelijkeaanduiding"), which greys the text: the filled value is ordinary text.
            if (dropStyle || ((string?)copy.Element(W.RStyle)?.Attribute(W.Val))?.IndexOf("Placeholder", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                copy.Element(W.RStyle)!.Remove();
            }

            if (copy.HasElements)
            {
                run.Add(copy);
            }
        }

        run.Add(new XElement(W.T, new XAttribute(Xml + "space", "preserve"), tag));
        return run;
    }
}
