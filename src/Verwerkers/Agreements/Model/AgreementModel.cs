using System;
using System.Collections.Generic;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Agreements;

/// <summary>
/// The field model of a processor agreement: every value an agreement template can use, built from the register for
/// one processor. Templates name the fields by camelCase paths, for example <c>{{processor.name}}</c> or
/// <c>{{#subProcessors}}…{{/subProcessors}}</c>; the reference is <c>docs/fields.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// Dates come both as <see cref="LocalDate"/> values (for a template's own format, <c>{{terms.startDate:d-M-yyyy}}</c>)
/// and as text already written out in Dutch ("22 november 2026") and English ("22 November 2026"). Text fields
/// without a language suffix are in the agreement's <see cref="AgreementDocumentModel.Language"/>; the fields ending
/// in <c>Nl</c> and <c>En</c> are always Dutch and English. Text the register holds (services, purposes, data
/// categories) is used as the register gives it. No field is null: absent text is an empty string, absent lists are empty.
/// </para>
/// <para>Immutable and thread-safe; a consultant can change a field with a <c>with</c> expression before filling.</para>
/// </remarks>
public sealed record AgreementModel
{
    /// <summary>Document metadata: title, version, reference, language and generation date.</summary>
    public AgreementDocumentModel Document { get; init; } = new();

    /// <summary>The controller (verwerkingsverantwoordelijke): the organisation whose register this is.</summary>
    public PartyModel Controller { get; init; } = new();

    /// <summary>The processor (verwerker) the agreement is with.</summary>
    public PartyModel Processor { get; init; } = new();

    /// <summary>The processing: subject-matter, nature, purposes, personal data and data subjects.</summary>
    public ProcessingModel Processing { get; init; } = new();

    /// <summary>The processor's security: certifications and the basis for the technical and organisational measures.</summary>
    public SecurityModel Security { get; init; } = new();

    /// <summary>The agreement's term and the contractual periods (notice, breach notification, deletion, audits).</summary>
    public TermsModel Terms { get; init; } = new();

    /// <summary>The processor's sub-processors, in register order; repeat with <c>{{#subProcessors}}…{{/subProcessors}}</c>.</summary>
    public IReadOnlyList<SubProcessorModel> SubProcessors { get; init; } = Array.Empty<SubProcessorModel>();

    /// <summary>True when the processor has at least one sub-processor.</summary>
    public bool HasSubProcessors { get; init; }

    /// <summary>
    /// True when the controller gives general written authorisation for sub-processors (Art. 28(2) GDPR): the processor
    /// notifies intended changes and the controller may object within <see cref="ObjectionPeriodText"/>. True when any
    /// sub-processor in the register is authorised generally, or when the options ask for it.
    /// </summary>
    public bool GeneralAuthorisation { get; init; }

    /// <summary>True when every sub-processor needs the controller's prior specific written authorisation (the opposite of <see cref="GeneralAuthorisation"/>).</summary>
    public bool SpecificAuthorisation { get; init; }

    /// <summary>The period within which the controller may object to a new sub-processor, in days, for example 30.</summary>
    public int ObjectionPeriodDays { get; init; }

    /// <summary>The objection period as words in the agreement's language, for example "30 dagen".</summary>
    public string ObjectionPeriodText { get; init; } = string.Empty;

    /// <summary>The third-country transfers of the processor and its sub-processors; repeat with <c>{{#transfers}}…{{/transfers}}</c>.</summary>
    public IReadOnlyList<TransferModel> Transfers { get; init; } = Array.Empty<TransferModel>();

    /// <summary>True when personal data are transferred to a country outside the EEA.</summary>
    public bool HasTransfers { get; init; }

    /// <summary>
    /// The user's own fields about the processor from the register (<c>custom</c>), by name: a template uses
    /// <c>{{custom.contractOwner}}</c>. A name the processor does not have is empty text, so one template serves
    /// processors with and without the field.
    /// </summary>
    public IReadOnlyDictionary<string, string> Custom { get; init; } = EmptyCustom;

    /// <summary>True when a third-country recipient has no valid transfer basis on the agreement's date (its row carries the "TE REGELEN" placeholder).</summary>
    public bool HasUnresolvedTransfers { get; init; }

    /// <summary>The recipients without a valid basis, with the finding that explains why (not a template field).</summary>
    private static readonly IReadOnlyDictionary<string, string> EmptyCustom =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    internal IReadOnlyList<UnresolvedTransfer> UnresolvedTransfers { get; init; } = Array.Empty<UnresolvedTransfer>();

    /// <summary>Builds the field model for one processor of a register.</summary>
    /// <param name="register">The register.</param>
    /// <param name="processor">The processor; it must be in <paramref name="register"/>.</param>
    /// <param name="date">The day the agreement is drawn up: the generation date and, when the register has no agreement yet, its start.</param>
    /// <param name="language">The language of the localised text fields.</param>
    /// <param name="options">Contractual choices and overrides; null for the defaults.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="processor"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The options are invalid, or <see cref="AgreementModelOptions.AgreementId"/> names no agreement with this processor.
    /// </exception>
    /// <exception cref="ProcessorNotFoundException">The processor is not in the register.</exception>
    public static AgreementModel Create(
        ProcessorRegister register,
        Processor processor,
        LocalDate date,
        Language language = Language.Dutch,
        AgreementModelOptions? options = null)
        => AgreementModelFactory.Create(register, processor, date, language, options ?? new AgreementModelOptions());
}
