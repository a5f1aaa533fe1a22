namespace Verwerkers.Templating.Rendering;

/// <summary>How a section decides what to render.</summary>
internal enum SectionMode
{
    /// <summary>Mustache: a list repeats, another truthy value shows once as the scope, a falsy one hides.</summary>
    Mustache,

    /// <summary>A dialect's loop: each item of a list, nothing for an empty list; a missing list follows the missing-value policy, another value is an error.</summary>
    Loop,

    /// <summary>A dialect's condition: shows its content once, without a new scope, when every test holds.</summary>
    Condition,

    /// <summary>An implicit row (MiniWord): a list repeats, a single object shows once as the scope, a missing one follows the missing-value policy.</summary>
    ImplicitRow,
}
