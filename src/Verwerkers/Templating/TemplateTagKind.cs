namespace Verwerkers.Templating;

/// <summary>What a tag does.</summary>
public enum TemplateTagKind
{
    /// <summary>Inserts a value: <c>{{name}}</c>, <c>{{endDate:d MMMM yyyy}}</c>, a content control or a merge field.</summary>
    Value,

    /// <summary>Repeats or shows its content: <c>{{#list}}…{{/list}}</c>.</summary>
    Section,

    /// <summary>Shows its content only when the value is missing, false or empty: <c>{{^list}}…{{/list}}</c>.</summary>
    InvertedSection,
}
