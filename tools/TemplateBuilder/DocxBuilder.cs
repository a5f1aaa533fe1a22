using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Verwerkers.TemplateBuilder;

/// <summary>
/// Writes a Word document from simple calls (headings, numbered clauses, tables, sections), with the styles,
/// numbering, header and footer of the Verwerkers agreement templates. Text may contain <c>**bold**</c> markup and
/// template tags (<c>{{processor.name}}</c>), which are written as plain text.
/// </summary>
internal sealed class DocxBuilder
{
    public const string Accent = "1F3864";
    public const string Rule = "A6A6A6";
    public const string Shade = "E8EDF5";

    /// <summary>A4 with 2.25 cm side margins: the text width in twentieths of a point.</summary>
    public const int TextWidth = 11906 - (2 * 1276);

    private readonly List<OpenXmlElement> _body = new();
    private int _bookmarkId;

    public DocxBuilder(string articleLabel, string languageTag)
    {
        ArticleLabel = articleLabel;
        LanguageTag = languageTag;
    }

    /// <summary>
    /// A builder with the frame every built-in template shares: article label, language, the header
    /// "title · controller – other party", the reference/version/date footer and page labels, in Dutch or English.
    /// </summary>
    public static DocxBuilder ForContract(bool dutch, string title)
    {
        string T(string nl, string en) => dutch ? nl : en;
        return new DocxBuilder(T("Artikel", "Article"), T("nl-NL", "en-GB"))
        {
            Title = title,
            HeaderText = "{{document.title}} · {{controller.name}} – {{processor.name}}",
            FooterLeft = T(
                "Kenmerk {{document.reference}} · versie {{document.version}} · {{document.generatedOnText}}",
                "Reference {{document.reference}} · version {{document.version}} · {{document.generatedOnText}}"),
            PageLabel = T("Pagina", "Page"),
            OfLabel = T("van", "of"),
        };
    }

    public string ArticleLabel { get; }

    public string LanguageTag { get; }

    public string HeaderText { get; set; } = string.Empty;

    public string FooterLeft { get; set; } = string.Empty;

    public string PageLabel { get; set; } = "Pagina";

    public string OfLabel { get; set; } = "van";

    public string Title { get; set; } = string.Empty;

    // ---- block content ------------------------------------------------------------------------------------------

    public void Paragraph(string style, string text, JustificationValues? align = null, bool keepNext = false)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }

        if (align is { } a)
        {
            properties.Append(new Justification { Val = a });
        }

        var paragraph = new Paragraph(properties);
        paragraph.Append(Runs(text));
        _body.Add(paragraph);
    }

    public void TitleBlock(string title, string subtitle)
    {
        Paragraph("Title", title);
        Paragraph("Subtitle", subtitle);
    }

    /// <summary>A numbered article heading: "Artikel 3  Persoonsgegevens en betrokkenen".</summary>
    public void Article(string heading) => Paragraph("Heading1", heading);

    /// <summary>A numbered clause of the current article: "3.1".</summary>
    public void Clause(string text) => Paragraph("Clause", text);

    /// <summary>A lettered item under a clause: "a.".</summary>
    public void Item(string text) => Paragraph("ClauseItem", text);

    public void Body(string text) => Paragraph("BodyText", text);

    public void Bullet(string text) => Paragraph("ListBullet", text);

    public void SubHeading(string text) => Paragraph("Heading2", text);

    public void Annex(string title) => Paragraph("AnnexTitle", title);

    /// <summary>
    /// A section of the template (<c>{{#name}}</c> … <c>{{/name}}</c>, or inverted with <c>^</c>) around block content.
    /// Each tag stands alone in a paragraph of the tiny TemplateTag style, so the engine removes the paragraph with
    /// the tag and nothing shows where a section was.
    /// </summary>
    public void Section(string name, Action content, bool inverted = false)
    {
        Paragraph("TemplateTag", "{{" + (inverted ? "^" : "#") + name + "}}");
        content();
        Paragraph("TemplateTag", "{{/" + name + "}}");
    }

    /// <summary>Marks the block content written by <paramref name="content"/> with a bookmark named <paramref name="id"/>.</summary>
    public void Mark(string id, Action content)
    {
        var first = _body.Count;
        content();
        if (_body.Count == first)
        {
            throw new InvalidOperationException($"Marker {id} wraps no content.");
        }

        var bookmarkId = (++_bookmarkId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var start = new BookmarkStart { Id = bookmarkId, Name = id };
        var end = new BookmarkEnd { Id = bookmarkId };
        if (_body[first] is Paragraph p)
        {
            p.InsertAfter(start, p.ParagraphProperties);
        }
        else
        {
            _body.Insert(first, start);
        }

        if (_body[^1] is Paragraph last)
        {
            last.Append(end);
        }
        else
        {
            _body.Add(end);
        }
    }

    /// <summary>A table with a shaded header row; rows are lists of cell texts (a cell may hold several paragraphs separated by "\n").</summary>
    public void Table(int[] widths, string[] header, params string[][] rows)
    {
        var table = NewTable(widths, borders: true);
        table.Append(Row(header, widths, headerRow: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, widths, headerRow: false));
        }

        _body.Add(table);
        Spacer();
    }

    /// <summary>A two-column table of labels (shaded) and values.</summary>
    public void KeyValueTable(params (string Label, string Value)[] rows)
    {
        var widths = new[] { 2700, TextWidth - 2700 };
        var table = NewTable(widths, borders: true);
        foreach (var (label, value) in rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            tr.Append(Cell("**" + label + "**", widths[0], shaded: true));
            tr.Append(Cell(value, widths[1], shaded: false));
            table.Append(tr);
        }

        _body.Add(table);
        Spacer();
    }

    /// <summary>A borderless two-column block, for the signatures.</summary>
    public void SideBySide(string[] left, string[] right)
    {
        var widths = new[] { TextWidth / 2, TextWidth / 2 };
        var table = NewTable(widths, borders: false);
        var tr = new TableRow(new TableRowProperties(new CantSplit()));
        tr.Append(Cell(string.Join("\n", left), widths[0], shaded: false, style: "BodyText"));
        tr.Append(Cell(string.Join("\n", right), widths[1], shaded: false, style: "BodyText"));
        table.Append(tr);
        _body.Add(table);
    }

    public void Spacer() => _body.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Spacer" })));

    // ---- the package ----------------------------------------------------------------------------------------------

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            styles.Styles = TemplateStyles.Create(LanguageTag);
            var numbering = main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
            numbering.Numbering = TemplateStyles.Numbering(ArticleLabel);
            var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
            settings.Settings = new Settings(
                new Zoom { Percent = "100" },
                new DefaultTabStop { Val = 567 },
                new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
                new Compatibility(new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.CompatibilityMode,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "15",
                }));
            var header = main.AddNewPart<HeaderPart>("rIdHeader");
            header.Header = new Header(HeaderParagraph());
            var footer = main.AddNewPart<FooterPart>("rIdFooter");
            footer.Footer = new Footer(FooterParagraph());

            var body = new Body();
            foreach (var element in _body)
            {
                body.Append(element.CloneNode(true));
            }

            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" },
                new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1418, Right = 1276, Bottom = 1247, Left = 1276, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
        }

        return DeterministicPackage.Repack(stream.ToArray(), Title, LanguageTag);
    }

    private Paragraph HeaderParagraph()
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" }, new Justification { Val = JustificationValues.Right }));
        p.Append(Runs(HeaderText));
        return p;
    }

    private Paragraph FooterParagraph()
    {
        var p = new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = "Footer" },
            new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth })));
        p.Append(Runs(FooterLeft));
        p.Append(new Run(new TabChar()));
        p.Append(new Run(new Text(PageLabel + " ") { Space = SpaceProcessingModeValues.Preserve }));
        p.Append(new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " });
        p.Append(new Run(new Text(" " + OfLabel + " ") { Space = SpaceProcessingModeValues.Preserve }));
        p.Append(new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " });
        return p;
    }

    private static Table NewTable(int[] widths, bool borders)
    {
        var properties = new TableProperties(
            new TableStyle { Val = borders ? "AgreementTable" : "TableNormal" },
            new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (borders)
        {
            properties.Append(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = Rule },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = Rule },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = Rule },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = Rule },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = Rule },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = Rule }));
        }

        properties.Append(new TableLayout { Type = TableLayoutValues.Fixed });
        properties.Append(new TableCellMarginDefault(
            new TopMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa }));
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        return new Table(properties, grid);
    }

    private static TableRow Row(string[] cells, int[] widths, bool headerRow)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (headerRow)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        for (var i = 0; i < cells.Length; i++)
        {
            row.Append(Cell(headerRow ? "**" + cells[i] + "**" : cells[i], widths[i], shaded: headerRow));
        }

        return row;
    }

    private static TableCell Cell(string text, int width, bool shaded, string style = "TableText")
    {
        var properties = new TableCellProperties(new TableCellWidth
        {
            Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Type = TableWidthUnitValues.Dxa,
        });
        if (shaded)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Shade });
        }

        var cell = new TableCell(properties);
        foreach (var line in text.Split('\n'))
        {
            var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
            p.Append(Runs(line));
            cell.Append(p);
        }

        return cell;
    }

    /// <summary>
    /// Splits text at <c>**</c> (bold on/off) and <c>==</c> (highlight on/off: bold on a yellow background, for text
    /// the parties must still arrange) into runs.
    /// </summary>
    private static IEnumerable<Run> Runs(string text)
    {
        var bold = false;
        var highlight = false;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            var marker = !atEnd && i + 1 < text.Length && (text[i] == '*' && text[i + 1] == '*' || text[i] == '=' && text[i + 1] == '=');
            if (!atEnd && !marker)
            {
                continue;
            }

            if (i > start)
            {
                var run = new Run();
                if (bold || highlight)
                {
                    var properties = new RunProperties(new Bold());
                    if (highlight)
                    {
                        properties.Append(new Highlight { Val = HighlightColorValues.Yellow });
                    }

                    run.Append(properties);
                }

                run.Append(new Text(text.Substring(start, i - start)) { Space = SpaceProcessingModeValues.Preserve });
                yield return run;
            }

            if (atEnd)
            {
                yield break;
            }

            if (text[i] == '*')
            {
                bold = !bold;
            }
            else
            {
                highlight = !highlight;
            }

            i++;
            start = i + 1;
        }
    }
}
