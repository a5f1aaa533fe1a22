using System;
using System.Collections.Generic;
using Verwerkers.Register;

namespace Verwerkers.Agreements;

/// <summary>
/// The contractual choices the register does not hold (breach notification, deletion and audit periods), and
/// overrides for what it does hold.
/// </summary>
/// <remarks>
/// The defaults are common Dutch practice, not law: the GDPR requires breach notification "without undue delay"
/// (Art. 33(2)) and sets no periods for deletion or audits. Validated when a model is built; every invalid field is
/// reported at once. Not thread-safe while being modified.
/// </remarks>
public sealed class AgreementModelOptions
{
    /// <summary>The default <see cref="BreachNotificationHours"/>: 48 hours.</summary>
    public const int DefaultBreachNotificationHours = 48;

    /// <summary>The default <see cref="ReturnOrDeletionDays"/>: 30 days.</summary>
    public const int DefaultReturnOrDeletionDays = 30;

    /// <summary>The default <see cref="AuditNoticeDays"/>: 14 days.</summary>
    public const int DefaultAuditNoticeDays = 14;

    /// <summary>The default <see cref="DefaultObjectionPeriodDays"/>: 30 days.</summary>
    public const int DefaultObjectionDays = 30;

    /// <summary>
    /// The id of the register agreement whose version and term the document takes; null (the default) takes the
    /// processor's agreement with the latest start date, or none when the register has no agreement with it.
    /// </summary>
    public string? AgreementId { get; set; }

    /// <summary>Another controller than the register's (for example a group company); null (the default) takes the register's.</summary>
    public Organisation? Controller { get; set; }

    /// <summary>The version written on the document when the register's agreement has none.</summary>
    /// <value>Default "1.0".</value>
    public string DefaultVersion { get; set; } = "1.0";

    /// <summary>Hours after discovery within which the processor notifies a personal data breach.</summary>
    /// <value>Default 48; 1 to 168.</value>
    public int BreachNotificationHours { get; set; } = DefaultBreachNotificationHours;

    /// <summary>Days after the end within which the processor returns or deletes the data.</summary>
    /// <value>Default 30; 1 to 365.</value>
    public int ReturnOrDeletionDays { get; set; } = DefaultReturnOrDeletionDays;

    /// <summary>Days of notice the controller gives before an audit.</summary>
    /// <value>Default 14; 0 to 90.</value>
    public int AuditNoticeDays { get; set; } = DefaultAuditNoticeDays;

    /// <summary>
    /// The objection period for new sub-processors when no generally authorised sub-processor has one in the register.
    /// </summary>
    /// <value>Default 30; 1 to 365.</value>
    public int DefaultObjectionPeriodDays { get; set; } = DefaultObjectionDays;

    /// <summary>
    /// The sub-processor authorisation the agreement grants: <see cref="SubProcessorAuthorisation.General"/> or
    /// <see cref="SubProcessorAuthorisation.Specific"/>; null (the default) derives it from the register: general when
    /// any sub-processor is authorised generally, else specific.
    /// </summary>
    public SubProcessorAuthorisation? Authorisation { get; set; }

    /// <summary>Checks every property and returns all problems at once; the library throws one
    /// <see cref="ArgumentException"/> listing them when options with problems are used.</summary>
    /// <returns>One problem per invalid property (<see cref="Problem.Path"/> names it); empty when the options are valid.</returns>
    public IReadOnlyList<Problem> Validate()
    {
        var problems = new OptionProblems(nameof(AgreementModelOptions));
        Range(BreachNotificationHours, 1, 168, nameof(BreachNotificationHours));
        Range(ReturnOrDeletionDays, 1, 365, nameof(ReturnOrDeletionDays));
        Range(AuditNoticeDays, 0, 90, nameof(AuditNoticeDays));
        Range(DefaultObjectionPeriodDays, 1, 365, nameof(DefaultObjectionPeriodDays));
        if (AgreementTexts.IsBlank(DefaultVersion))
        {
            problems.Add(nameof(DefaultVersion), $"{nameof(DefaultVersion)} must not be null or empty.");
        }

        if (Authorisation is { } a && a != SubProcessorAuthorisation.General && a != SubProcessorAuthorisation.Specific)
        {
            problems.Add(nameof(Authorisation), $"{nameof(Authorisation)} must be General, Specific or null; it is {a}.");
        }

        return problems.ToList();

        void Range(int value, int min, int max, string name)
        {
            if (value < min || value > max)
            {
                problems.Add(name, $"{name} must be between {min} and {max}; it is {value}.");
            }
        }
    }

    /// <summary>Throws one exception listing every problem of <see cref="Validate"/>.</summary>
    internal void ThrowIfInvalid() => OptionProblems.ThrowIfAny("agreement model options", Validate());

    internal AgreementModelOptions Clone() => (AgreementModelOptions)MemberwiseClone();
}
