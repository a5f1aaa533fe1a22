using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Verwerkers.TemplateBuilder;

/// <summary>The styles and list numbering of the agreement templates.</summary>
internal static class TemplateStyles
{
    private const string Font = "Arial";

    public static Styles Create(string languageTag)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "19" },
                    new FontSizeComplexScript { Val = "19" },
                    new Languages { Val = languageTag })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "100", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(ParagraphStyle("Normal", "Normal", null, isDefault: true));
        styles.Append(ParagraphStyle("BodyText", "Body Text", "Normal", p => p.Append(new Justification { Val = JustificationValues.Both })));
        styles.Append(ParagraphStyle(
            "Title",
            "Title",
            "Normal",
            p => p.Append(new SpacingBetweenLines { Before = "600", After = "60" }),
            r => r.Append(new Bold(), new Color { Val = DocxBuilder.Accent }, new FontSize { Val = "44" }, new FontSizeComplexScript { Val = "44" })));
        styles.Append(ParagraphStyle(
            "Subtitle",
            "Subtitle",
            "Normal",
            p => p.Append(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 8, Color = DocxBuilder.Accent }),
                new SpacingBetweenLines { After = "360" }),
            r => r.Append(new Color { Val = "404040" }, new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" })));
        styles.Append(ParagraphStyle(
            "Heading1",
            "heading 1",
            "Normal",
            p => p.Append(
                new KeepNext(),
                new KeepLines(),
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }),
                new SpacingBetweenLines { Before = "300", After = "100" },
                new OutlineLevel { Val = 0 }),
            r => r.Append(new Bold(), new Color { Val = DocxBuilder.Accent }, new FontSize { Val = "22" }, new FontSizeComplexScript { Val = "22" })));
        styles.Append(ParagraphStyle(
            "Heading2",
            "heading 2",
            "Normal",
            p => p.Append(new KeepNext(), new SpacingBetweenLines { Before = "200", After = "80" }, new OutlineLevel { Val = 1 }),
            r => r.Append(new Bold(), new Color { Val = DocxBuilder.Accent }, new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" })));
        styles.Append(ParagraphStyle(
            "Clause",
            "Clause",
            "BodyText",
            p => p.Append(new NumberingProperties(new NumberingLevelReference { Val = 1 }, new NumberingId { Val = 1 }))));
        styles.Append(ParagraphStyle(
            "ClauseItem",
            "Clause Item",
            "BodyText",
            p => p.Append(
                new NumberingProperties(new NumberingLevelReference { Val = 2 }, new NumberingId { Val = 1 }),
                new SpacingBetweenLines { After = "60" })));
        styles.Append(ParagraphStyle(
            "ListBullet",
            "List Bullet",
            "BodyText",
            p => p.Append(
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 2 }),
                new SpacingBetweenLines { After = "60" })));
        styles.Append(ParagraphStyle(
            "AnnexTitle",
            "Annex Title",
            "Normal",
            p => p.Append(
                new KeepNext(),
                new PageBreakBefore(),
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 8, Space = 4, Color = DocxBuilder.Accent }),
                new SpacingBetweenLines { After = "240" },
                new OutlineLevel { Val = 0 }),
            r => r.Append(new Bold(), new Color { Val = DocxBuilder.Accent }, new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })));
        styles.Append(ParagraphStyle(
            "TableText",
            "Table Text",
            "Normal",
            p => p.Append(new SpacingBetweenLines { After = "20", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            r => r.Append(new FontSize { Val = "17" }, new FontSizeComplexScript { Val = "17" })));
        styles.Append(ParagraphStyle(
            "Header",
            "header",
            "Normal",
            p => p.Append(new SpacingBetweenLines { After = "0" }),
            r => r.Append(new Color { Val = "7F7F7F" }, new FontSize { Val = "15" }, new FontSizeComplexScript { Val = "15" })));
        styles.Append(ParagraphStyle(
            "Footer",
            "footer",
            "Normal",
            p => p.Append(
                new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = DocxBuilder.Rule }),
                new SpacingBetweenLines { After = "0" }),
            r => r.Append(new Color { Val = "7F7F7F" }, new FontSize { Val = "15" }, new FontSizeComplexScript { Val = "15" })));
        styles.Append(ParagraphStyle(
            "Spacer",
            "Spacer",
            "Normal",
            p => p.Append(new SpacingBetweenLines { After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact }),
            r => r.Append(new FontSize { Val = "4" })));
        styles.Append(ParagraphStyle(
            "TemplateTag",
            "Template Tag",
            "Normal",
            p => p.Append(new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact }),
            r => r.Append(new Color { Val = "A6A6A6" }, new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" })));
        styles.Append(new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
        styles.Append(new Style(
            new StyleName { Val = "Agreement Table" },
            new BasedOn { Val = "TableNormal" },
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = DocxBuilder.Rule },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = DocxBuilder.Rule },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = DocxBuilder.Rule },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = DocxBuilder.Rule },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = DocxBuilder.Rule },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = DocxBuilder.Rule })))
        { Type = StyleValues.Table, StyleId = "AgreementTable" });
        return styles;
    }

    /// <summary>
    /// List 1: articles ("Artikel 1"), clauses ("1.1") and lettered items ("a."), linked to the Heading1, Clause and
    /// ClauseItem styles so that numbers follow when a section leaves an article or clause out. List 2: bullets.
    /// </summary>
    public static Numbering Numbering(string articleLabel)
    {
        var articles = new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.Multilevel },
            Level(0, NumberFormatValues.Decimal, articleLabel + " %1", "Heading1", left: 1418, hanging: 1418, suffixTab: true),
            Level(1, NumberFormatValues.Decimal, "%1.%2", "Clause", left: 567, hanging: 567),
            Level(2, NumberFormatValues.LowerLetter, "%3.", "ClauseItem", left: 1021, hanging: 454))
        { AbstractNumberId = 1 };
        var bullets = new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new ParagraphStyleIdInLevel { Val = "ListBullet" },
                new LevelText { Val = "\u2022" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "851", Hanging = "284" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 2 };
        return new Numbering(
            articles,
            bullets,
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });
    }

    private static Level Level(int index, NumberFormatValues format, string text, string style, int left, int hanging, bool suffixTab = false)
    {
        var level = new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new ParagraphStyleIdInLevel { Val = style });
        if (suffixTab)
        {
            level.Append(new LevelSuffix { Val = LevelSuffixValues.Tab });
        }

        level.Append(
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(
                new Tabs(new TabStop { Val = TabStopValues.Number, Position = left }),
                new Indentation { Left = left.ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = hanging.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        level.LevelIndex = index;
        return level;
    }

    private static Style ParagraphStyle(
        string id,
        string name,
        string? basedOn,
        System.Action<StyleParagraphProperties>? paragraph = null,
        System.Action<StyleRunProperties>? run = null,
        bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            var p = new StyleParagraphProperties();
            paragraph(p);
            style.Append(p);
        }

        if (run is not null)
        {
            var r = new StyleRunProperties();
            run(r);
            style.Append(r);
        }

        return style;
    }
}
