namespace Verwerkers.Templating;

/// <summary>
/// The tag syntax a template is written in. Every dialect is translated at compile time into the same plan; syntax a
/// dialect does not support is a compile error naming part, paragraph and tag, never left in the document as text.
/// </summary>
public enum TemplateDialect
{
    /// <summary>
    /// Verwerkers' own Mustache-like syntax (also docxtemplater's with <see cref="TemplateOptions.DocxtemplaterCompatible"/>):
    /// <c>{{name}}</c>, <c>{{#list}}…{{/list}}</c>, <c>{{^list}}…{{/list}}</c>, <c>{{date:d MMMM yyyy}}</c>.
    /// </summary>
    Mustache,

    /// <summary>
    /// The subset of Jinja that python-docx-template templates use: <c>{{ x }}</c> with <c>|e</c> and
    /// <c>|default('…')</c>; <c>{% for x in list %}…{% endfor %}</c>; <c>{% if %}…{% elif %}…{% else %}…{% endif %}</c>
    /// with truthiness, <c>not</c> and <c>==</c>/<c>!=</c> against literals; the block forms <c>{%p %}</c>,
    /// <c>{%tr %}</c> and <c>{%tc %}</c> that stand for their whole paragraph, table row or table cell. Nothing is
    /// executed. The delimiters are fixed (<c>{{ }}</c> and <c>{% %}</c>).
    /// </summary>
    Jinja,

    /// <summary>
    /// The syntax of Amberg's DocxTemplater: <c>{{x}}</c>, <c>{{.x}}</c> (the current item), <c>{{..x}}</c> (the item
    /// around it), <c>{{#list}}…{{list.x}}…{{/list}}</c>, <c>{?{cond}}…{{:}}…{{/}}</c> (the same tests as Jinja, with
    /// <c>!</c> for not), and <c>{{x}:F(pattern)}</c>. The delimiters are fixed (<c>{{ }}</c>).
    /// </summary>
    Amberg,

    /// <summary>
    /// MiniWord's implicit rows on top of <see cref="Mustache"/>: a table row whose tags address <c>list.field</c>
    /// repeats once per item of <c>list</c> without section tags.
    /// </summary>
    ImplicitRows,
}
