using System.Collections.Generic;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>How the basis of a finding is described in words.</summary>
internal sealed record BasisText(string Kind, AdequacyDecision? Decision, TransferMechanismKind Mechanism)
{
    public static BasisText Of(AdequacyDecision decision) => new("adequacy", decision, TransferMechanismKind.Adequacy);

    public static BasisText Of(TransferMechanismKind mechanism) => new("mechanism", null, mechanism);

    public static readonly BasisText DpfListing = new("dpfListing", null, TransferMechanismKind.DataPrivacyFramework);

    public static readonly BasisText None = Of(TransferMechanismKind.None);

    private static readonly BasisText[] ByMechanism = CreateByMechanism();

    /// <summary>The shared description of a mechanism (one instance per mechanism).</summary>
    public static BasisText For(TransferMechanismKind mechanism) =>
        (int)mechanism >= 0 && (int)mechanism < ByMechanism.Length ? ByMechanism[(int)mechanism] : Of(mechanism);

    private static BasisText[] CreateByMechanism()
    {
        var values = (TransferMechanismKind[])System.Enum.GetValues(typeof(TransferMechanismKind));
        var max = 0;
        foreach (var v in values)
        {
            max = System.Math.Max(max, (int)v);
        }

        var result = new BasisText[max + 1];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Of((TransferMechanismKind)i);
        }

        return result;
    }
}

/// <summary>
/// The values one finding's message is filled with: an immutable value, built for that finding and never shared
/// (<see cref="OnlyUsedBy"/> gives each finding its own copy, holding only what its code's messages use).
/// </summary>
/// <remarks>
/// Built with object initializers (<c>new MessageArguments { Processor = ..., Days = ... }</c>) or <c>with</c>
/// expressions; the messages are formatted from these values when they are read.
/// </remarks>
internal sealed record MessageArguments
{
    /// <summary>Gets the name of the subject template (group "subjects" of messages.json).</summary>
    public string SubjectTemplate { get; init; } = "processor";

    public string? Importer { get; init; }

    public CountryCode? Country { get; init; }

    public string? Processor { get; init; }

    public string? Name { get; init; }

    public int? Days { get; init; }

    public LocalDate? Until { get; init; }

    public IReadOnlyList<Art28Requirement>? Items { get; init; }

    public TransferMechanismKind? Mechanism { get; init; }

    public BasisText? Basis { get; init; }

    /// <summary>Gets the basis that covers a transfer whose claim failed (the "rescued" fragment), if any.</summary>
    public BasisText? RescuedBy { get; init; }

    public SccModule? Module { get; init; }

    public SccModule? ExpectedModule { get; init; }

    public TransferRelationship? Relationship { get; init; }

    public LocalizedText? Scope { get; init; }

    public string? Listed { get; init; }

    public LocalDate? CheckedOn { get; init; }

    public LocalDate? SignedOn { get; init; }

    public LocalDate? ChangedOn { get; init; }

    public LocalDate? NotifiedOn { get; init; }

    public LocalDate? Deadline { get; init; }

    public bool OpenEnded { get; init; }

    public bool SigningDateUnknown { get; init; }

    public int Renewals { get; init; }

    public SubProcessorAuthorisation? Authorisation { get; init; }

    /// <summary>Gets the last day to give notice of a term that renews tacitly (shown with <c>{until}</c>).</summary>
    public LocalDate? RenewsUnlessNoticeBy { get; init; }

    /// <summary>Gets the day the processing started, for <see cref="FindingCode.DpaProcessingBeforeAgreement"/>.</summary>
    public LocalDate? ProcessingSince { get; init; }

    /// <summary>Gets where a document is recorded, for example a joint controllers' Art. 26 arrangement.</summary>
    public string? Document { get; init; }

    /// <summary>A key of the "fragments" group that the message appends (its <c>{note}</c>), for transfer findings.</summary>
    public string? Note { get; init; }

    public Art49Ground? Ground { get; init; }

    /// <summary>The relationships an old SCC set can serve (<c>{roles}</c>).</summary>
    public IReadOnlyList<TransferRelationship>? Roles { get; init; }

    public LocalDate? TiaOn { get; init; }

    public int? Months { get; init; }

    public IReadOnlyList<LegalDevelopment>? Developments { get; init; }

    /// <summary>
    /// A copy that keeps the subject's identity and only the details the code's templates (message and next step)
    /// use, so a finding never carries details meant for another code. With <paramref name="outcome"/>, the details of
    /// the transfer outcome the finding reports are taken from it (one copy, not two). Lists are copied.
    /// </summary>
    public MessageArguments OnlyUsedBy(FindingCode code, Outcome? outcome = null, BasisText? rescuedBy = null)
    {
        var use = MessageCatalog.Instance.UseOf(code);
        var o = outcome;
        return this with
        {
            Days = use.Days ? Days : null,
            Until = use.Until ? (o is null ? Until : o.Until) : null,
            OpenEnded = use.Until && OpenEnded,
            RenewsUnlessNoticeBy = use.Until ? RenewsUnlessNoticeBy : null,
            Items = use.Items && Items is { } items ? System.Linq.Enumerable.ToArray(items) : null,
            Mechanism = use.Mechanism ? (o is null ? Mechanism : o.Mechanism) : null,
            Basis = use.Basis ? (o is null ? Basis : o.Basis) : null,
            RescuedBy = o is null ? RescuedBy : rescuedBy,
            Module = use.Module ? (o is null ? Module : o.Module) : null,
            ExpectedModule = use.ExpectedModule ? (o is null ? ExpectedModule : o.ExpectedModule) : null,
            Relationship = use.Relationship ? (o is null ? Relationship : o.Relationship) : null,
            Scope = use.Scope ? (o is null ? Scope : o.Scope) : null,
            Listed = use.Listed ? (o is null ? Listed : o.Listed) : null,
            CheckedOn = use.CheckedOn ? (o is null ? CheckedOn : o.CheckedOn) : null,
            SignedOn = use.SignedOn ? (o is null ? SignedOn : o.SignedOn) : null,
            ChangedOn = use.ChangedOn ? (o is null ? ChangedOn : o.ChangedOn) : null,
            SigningDateUnknown = use.Signing && (o is null ? SigningDateUnknown : o.SigningDateUnknown),
            NotifiedOn = use.NotifiedOn ? NotifiedOn : null,
            Deadline = use.Deadline ? Deadline : null,
            Renewals = use.Renewals ? Renewals : 0,
            Authorisation = use.Authorisation ? Authorisation : null,
            ProcessingSince = use.ProcessingSince ? ProcessingSince : null,
            Document = use.Document ? Document : null,
            Note = use.Note ? (o is null ? Note : o.Note) : null,
            Ground = use.Ground ? (o is null ? Ground : o.Ground) : null,
            Roles = use.Roles ? (o is null ? Roles : o.Rule?.Roles) : null,
            TiaOn = use.TiaDate ? (o is null ? TiaOn : o.TiaOn) : null,
            Months = use.Months ? (o is null ? Months : o.Months) : null,
            Developments = use.Developments ? (o is null ? Developments : o.Developments) : null,
        };
    }
}
