using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Verwerkers.Compliance;
using Verwerkers.Register;

namespace Verwerkers.Storage.Xlsx;

/// <summary>
/// The register as an Excel workbook (.xlsx) for auditors, management and integrations: export, and strict import of
/// the same workbook, which round-trips the register exactly. The layout is described in docs/xlsx-workbook.md.
/// </summary>
/// <remarks>
/// <para>
/// Sheets: Lees mij (what every column means and takes), Overzicht (one readable row per processor, the page a client
/// prints), the register sheets Verwerkingsverantwoordelijke (the controller), Verwerkers, Gegevenscategorieën,
/// Subverwerkers, Overeenkomsten, Doorgiften and Terugvalmechanismen, the Art. 28-checklist in words per agreement, and
/// optionally Bevindingen (the findings of a compliance report, coloured by severity). Only the register sheets are
/// read back; the others are derived and skipped. Every sheet has a bold frozen header row, an autofilter, column
/// widths that fit, and prints on A4 fitted to the page width with the header row repeated on every page.
/// </para>
/// <para>
/// The workbook is an editing surface: code values show as words in the workbook's language ("e-mailmarketing",
/// "EU-VS Data Privacy Framework", "3 maanden", "ja") with a drop-down list on every enumerated column; dates are date
/// cells shown dd-mm-yyyy; lists are one cell with items joined by "; ". Reading accepts the Dutch and English words and
/// the register-format codes, date cells and dates as text, and what Excel and LibreOffice Calc write: shared and
/// inline strings, and formula cells by their stored value (Calc writes a TRUE typed in as <c>=TRUE()</c>).
/// </para>
/// <para>
/// Text is always written as a string cell, never as a formula: a value such as <c>=HYPERLINK(…)</c> shows as text
/// and is additionally marked with Excel's quote prefix so that editing the cell keeps it text.
/// </para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static partial class RegisterWorkbook
{
    /// <summary>Writes a register as a workbook with Dutch labels.</summary>
    /// <param name="register">The register.</param>
    /// <param name="output">The stream to write the .xlsx package to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ProcessorRegister register, Stream output) => Write(register, output, Language.Dutch);

    /// <summary>Writes a register as a workbook whose labels, drop-down lists, "Lees mij"/"Read me" sheet, overview
    /// and checklist are in a language (sheet names and column headers stay those of the register layout).</summary>
    /// <param name="register">The register.</param>
    /// <param name="output">The stream to write the .xlsx package to; it is left open.</param>
    /// <param name="language">The language of the labels and the explanations.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ProcessorRegister register, Stream output, Language language)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNull(output, nameof(output));
        XlsxWorkbookWriter.Write(output, Sheets(register, null, language), language);
    }

    /// <summary>
    /// Writes a register as a workbook with a sheet Bevindingen listing the findings of a compliance report:
    /// one row per finding with its severity, code, subject, date and message (Dutch and English), each row filled by
    /// severity (red invalid, orange needs attention, blue information, green in order).
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="output">The stream to write the .xlsx package to; it is left open.</param>
    /// <param name="findings">The report of <see cref="ComplianceChecker.Check(ProcessorRegister, NodaTime.LocalDate, ComplianceOptions)"/> on this register.</param>
    /// <param name="language">The language of the labels and the explanations; Dutch when left out.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The report is about another controller's register.</exception>
    public static void Write(ProcessorRegister register, Stream output, ComplianceReport findings, Language language = Language.Dutch)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNull(output, nameof(output));
        Guard.NotNull(findings, nameof(findings));
        if (findings.ControllerName != register.Controller.Name)
        {
            throw new ArgumentException(
                $"The report is about '{findings.ControllerName}', not about the register of '{register.Controller.Name}'.", nameof(findings));
        }

        XlsxWorkbookWriter.Write(output, Sheets(register, findings, language), language);
    }

    /// <summary>
    /// Saves a register as a workbook file. The workbook is written to a temporary file beside the target and then
    /// moved into place, so an existing file is never left half-written.
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="path">The .xlsx file to create or replace.</param>
    /// <param name="language">The language of the labels and the explanations; Dutch when left out.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(ProcessorRegister register, string path, Language language = Language.Dutch)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNullOrWhiteSpace(path, nameof(path));
        AtomicFile.Write(path, stream => Write(register, stream, language), overwrite: true);
    }

    /// <summary>Saves a register with the findings of a compliance report as a workbook file (written to a temporary file, then moved into place).</summary>
    /// <param name="register">The register.</param>
    /// <param name="path">The .xlsx file to create or replace.</param>
    /// <param name="findings">The compliance report on this register.</param>
    /// <param name="language">The language of the labels and the explanations; Dutch when left out.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The report is about another controller's register.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(ProcessorRegister register, string path, ComplianceReport findings, Language language = Language.Dutch)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNullOrWhiteSpace(path, nameof(path));
        Guard.NotNull(findings, nameof(findings));
        AtomicFile.Write(path, stream => Write(register, stream, findings, language), overwrite: true);
    }

    /// <summary>The sheets in reading order: the explanation, the overview, the register, the checklist, the findings.</summary>
    private static List<XlsxSheet> Sheets(ProcessorRegister register, ComplianceReport? findings, Language language)
    {
        var sheets = new List<XlsxSheet> { XlsxGuideSheets.ReadMe(register, language), XlsxGuideSheets.Overview(register, findings, language) };
        sheets.AddRange(XlsxRegisterSheets.Build(register, language));
        sheets.Add(XlsxGuideSheets.Checklist(register, language));
        if (findings is not null)
        {
            sheets.Add(XlsxFindingsSheet.Build(findings));
        }

        return sheets;
    }

    /// <summary>Reads a register workbook written by <see cref="Write(ProcessorRegister, Stream)"/> (and possibly edited since).</summary>
    /// <param name="input">The .xlsx package; it is left open.</param>
    /// <param name="options">Limits; null for the defaults.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is invalid; every invalid option is listed.</exception>
    /// <exception cref="XlsxImportException">The workbook is not a register workbook, or sheets, rows or cells are wrong
    /// (every problem with its sheet, row and column), or the result would not be a consistent register.</exception>
    public static ProcessorRegister Read(Stream input, XlsxImportOptions? options = null)
    {
        Guard.NotNull(input, nameof(input));
        var validated = (options ?? new XlsxImportOptions()).ValidatedCopy();
        return XlsxRegisterReader.Read(input, validated);
    }

    /// <summary>Reads a register workbook file.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="options">Limits; null for the defaults.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="XlsxImportException">See <see cref="Read(Stream, XlsxImportOptions)"/>.</exception>
    public static ProcessorRegister Load(string path, XlsxImportOptions? options = null)
    {
        Guard.NotNull(path, nameof(path));
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Read(stream, options);
    }
}
