using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// One form field of the client pages: <c>&lt;field name="Name" nl="Naam" en="Name" value="…" /&gt;</c> renders the
/// label in the page's language, the control named <c>Input.Name</c> with id <c>Input_Name</c>, and every error of
/// that field right below it (id <c>Input_Name-error</c>, linked with <c>aria-describedby</c>).
/// </summary>
[HtmlTargetElement("field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper : TagHelper
{
    /// <summary>Gets or sets the form property's name, for example <c>Name</c>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the Dutch label.</summary>
    public string Nl { get; set; } = string.Empty;

    /// <summary>Gets or sets the English label.</summary>
    public string En { get; set; } = string.Empty;

    /// <summary>Gets or sets the Dutch hint below the label; null for none.</summary>
    public string? HintNl { get; set; }

    /// <summary>Gets or sets the English hint below the label; null for none.</summary>
    public string? HintEn { get; set; }

    /// <summary>Gets or sets the control: text (default), textarea, date, select or checkbox.</summary>
    public string Kind { get; set; } = "text";

    /// <summary>Gets or sets the current value (the checked state for a checkbox: "true").</summary>
    public string? Value { get; set; }

    /// <summary>Gets or sets the choices of a select: value and label in the page's language.</summary>
    public IEnumerable<KeyValuePair<string, string>>? Options { get; set; }

    /// <summary>Gets or sets a value indicating whether the field is required.</summary>
    public bool Required { get; set; }

    /// <summary>Gets or sets a value indicating whether the field cannot be changed (an id once it exists).</summary>
    public bool Readonly { get; set; }

    /// <summary>Gets or sets the view context (set by Razor).</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc/>
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var english = ViewContext.HttpContext.GetLanguage() == Language.English;
        var key = "Input." + Name;
        var id = "Input_" + Name;
        var errors = ViewContext.ModelState.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : new List<string>();
        var enc = HtmlEncoder.Default;
        string A(string? s) => enc.Encode(s ?? string.Empty);
        var described = errors.Count > 0 ? $" aria-invalid=\"true\" aria-describedby=\"{id}-error\"" : string.Empty;
        var required = Required ? " required" : string.Empty;
        var ro = Readonly ? " readonly" : string.Empty;
        var label = $"<label for=\"{id}\">{A(english ? En : Nl)}{(Required ? " *" : string.Empty)}</label>";
        var hint = (english ? HintEn : HintNl) is { } h ? $"<small class=\"hint\" id=\"{id}-hint\">{A(h)}</small>" : string.Empty;
        string control;
        switch (Kind)
        {
            case "textarea":
                control = $"<textarea id=\"{id}\" name=\"{key}\" rows=\"3\"{described}{required}{ro}>{A(Value)}</textarea>";
                break;
            case "select":
                var options = string.Concat((Options ?? Enumerable.Empty<KeyValuePair<string, string>>()).Select(o =>
                    $"<option value=\"{A(o.Key)}\"{(string.Equals(o.Key, Value ?? string.Empty, System.StringComparison.OrdinalIgnoreCase) ? " selected" : string.Empty)}>{A(o.Value)}</option>"));
                control = $"<select id=\"{id}\" name=\"{key}\"{described}{required}>{options}</select>";
                break;
            case "checkbox":
                control = $"<input type=\"checkbox\" id=\"{id}\" name=\"{key}\" value=\"true\"{(Value == "true" ? " checked" : string.Empty)}{described}><input type=\"hidden\" name=\"{key}\" value=\"false\">";
                label = $"<label for=\"{id}\" class=\"check\">{A(english ? En : Nl)}</label>";
                break;
            default:
                var type = Kind == "date" ? "date" : "text";
                control = $"<input type=\"{type}\" id=\"{id}\" name=\"{key}\" value=\"{A(Value)}\"{described}{required}{ro}>";
                break;
        }

        var messages = errors.Count == 0
            ? string.Empty
            : $"<div class=\"error\" id=\"{id}-error\">{string.Join("<br>", errors.Select(A))}</div>";
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", errors.Count > 0 ? "field field-invalid" : "field");
        output.Attributes.SetAttribute("id", "field-" + Name);
        output.Content.SetHtmlContent(Kind == "checkbox" ? $"<div class=\"check-row\">{control}{label}</div>{hint}{messages}" : label + hint + control + messages);
    }
}
