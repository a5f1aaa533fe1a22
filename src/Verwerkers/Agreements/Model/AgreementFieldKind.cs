namespace Verwerkers.Agreements;

/// <summary>What kind of value a field of the agreement model holds, and so how a template can use it.</summary>
public enum AgreementFieldKind
{
    /// <summary>Text: <c>{{processor.name}}</c>.</summary>
    Text = 0,

    /// <summary>A whole number: <c>{{terms.breachNotificationHours}}</c>.</summary>
    Number,

    /// <summary>True or false, for optional parts: <c>{{#hasTransfers}}…{{/hasTransfers}}</c> and <c>{{^hasTransfers}}…{{/hasTransfers}}</c>.</summary>
    Boolean,

    /// <summary>A date, for a template's own format: <c>{{terms.startDate:d-M-yyyy}}</c>.</summary>
    Date,

    /// <summary>A group of fields, reached with dots: <c>processor.address.city</c>.</summary>
    Object,

    /// <summary>A list of objects, repeated with a section: <c>{{#subProcessors}}{{name}}{{/subProcessors}}</c>.</summary>
    List,

    /// <summary>A list of texts, repeated with a section and written with <c>{{.}}</c>.</summary>
    TextList,

    /// <summary>Named texts of the user's own (the register's <c>custom</c> fields): <c>{{custom.contractOwner}}</c>.</summary>
    Custom,
}
