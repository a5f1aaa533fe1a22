using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Verwerkers.Register;

namespace Verwerkers.Tests.Compliance;

/// <summary>Small builders for compliance test registers ("Cr" = compliance register).</summary>
internal static class Cr
{
    public static readonly Organisation Controller = new("Klant B.V.", CountryCode.Netherlands);

    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    public static CountryCode C(string code) => CountryCode.Parse(code);

    public static TransferMechanism M(TransferMechanismKind kind, string? signedOn = null) =>
        new(kind) { SignedOn = signedOn is null ? null : D(signedOn) };

    public static TransferMechanism Scc(SccModule module, string? signedOn = null) => TransferMechanism.Scc2021(module, signedOn is null ? null : D(signedOn));

    public static DpfListing Dpf(DpfStatus status, string checkedOn = "2026-11-01", string? due = null) =>
        new(status, D(checkedOn)) { RecertificationDue = due is null ? null : D(due) };

    public static Transfer T(string country, TransferMechanism mechanism) => new("t1", "p1", C(country), mechanism);

    public static Transfer T(string country, TransferMechanismKind kind) => T(country, M(kind));

    public static Processor Vendor(string country = "US", DpfListing? dpf = null) => new("p1", "Vendor", C(country)) { Dpf = dpf };

    /// <summary>An agreement covering every checklist item (so only its term decides its state).</summary>
    public static ProcessorAgreement Complete(string? end = null, string id = "a1") => new(id, "p1")
    {
        StartDate = D("2020-01-01"),
        EndDate = end is null ? null : D(end),
        Covers = Art28Checklist.All.ToArray(),
    };

    public static ProcessorRegister R(Transfer t, DpfListing? dpf = null, params ProcessorAgreement[] agreements) =>
        ProcessorRegister.Create(Controller, new[] { Vendor(t.ImporterCountry.Value, dpf) }, agreements, new[] { t });

    public static ProcessorRegister R(Processor p, IEnumerable<ProcessorAgreement>? agreements = null, IEnumerable<Transfer>? transfers = null) =>
        ProcessorRegister.Create(Controller, new[] { p }, agreements, transfers);

    /// <summary>A Dutch processor with one sub-processor and a transfer from the processor to it.</summary>
    public static ProcessorRegister SubTransfer(string subCountry, TransferMechanism mechanism, PartyRole importerRole = PartyRole.Processor,
        DpfListing? subDpf = null, string? tia = null)
    {
        var sub = new SubProcessor("s1", "Cloud Inc.", C(subCountry)) { Authorisation = SubProcessorAuthorisation.Specific, Dpf = subDpf };
        var p = new Processor("p1", "Hoster B.V.", CountryCode.Netherlands) { SubProcessors = new[] { sub } };
        var t = new Transfer("t1", "p1", C(subCountry), mechanism)
        {
            SubProcessorId = "s1", ImporterRole = importerRole, TiaDocumentedOn = tia is null ? null : D(tia),
        };
        return R(p, null, new[] { t });
    }
}
