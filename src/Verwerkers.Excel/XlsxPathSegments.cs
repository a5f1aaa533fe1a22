using System.Globalization;
using System.Linq;
using static Verwerkers.Storage.Xlsx.XlsxLayout;

namespace Verwerkers.Storage.Xlsx;

/// <summary>Splits register problem paths (<c>transfers[2].mechanism.sccModule</c>) and names the column they point at.</summary>
internal static class XlsxPathSegments
{
    public static (string Name, int? Index)[] Parse(string path) => path.Split('.').Select(part =>
    {
        var open = part.IndexOf('[');
        return open < 0
            ? (part, (int?)null)
            : (part.Substring(0, open), int.TryParse(part.Substring(open + 1).TrimEnd(']'), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : (int?)null);
    }).ToArray();

    public static string? ColumnOf(string sheet, (string Name, int? Index)[] rest)
    {
        var key = string.Join(".", rest.Select(s => s.Name));
        var declared = sheet switch
        {
            ControllerSheet => XlsxRegisterReader.ControllerColumns.HeaderOf(key),
            ProcessorsSheet => XlsxRegisterReader.ProcessorColumns.HeaderOf(key),
            SubProcessorsSheet => XlsxRegisterReader.SubProcessorColumns.HeaderOf(key),
            AgreementsSheet => XlsxRegisterReader.AgreementColumns.HeaderOf(key),
            TransfersSheet => XlsxRegisterReader.TransferColumns.HeaderOf(key)
                ?? (rest.Length > 1 && rest[0].Name == "mechanism" ? XlsxRegisterReader.MechanismColumns.HeaderOf(key.Substring(rest[0].Name.Length + 1)) : null),
            FallbacksSheet => XlsxRegisterReader.MechanismColumns.HeaderOf(key),
            _ => null,
        };
        return declared ?? (sheet, key) switch
        {
            (_, "id") => Id,
            (_, "name") => Name,
            (TransfersSheet, "processorId") => ProcessorId,
            (AgreementsSheet, "processorId") => ProcessorId,
            (_, "country") => CountryColumn,
            (_, "dpf.covers") => DpfCovers,
            (_, "contractTerms.breachNotificationHours" or "breachNotificationHours") => BreachNotificationHours,
            (_, "contractTerms.auditNoticeDays" or "auditNoticeDays") => AuditNoticeDays,
            (_, "contractTerms.deletionDays" or "deletionDays") => DeletionDays,
            (_, "dpf.recertificationDue") => DpfRecertificationDue,
            (_, "covers") => Covers,
            (_, "importerCountry") => ImporterCountry,
            (_, "mechanism.kind" or "kind") => Mechanism,
            (_, "mechanism") => Mechanism,
            _ => null,
        };
    }
}
