using System.Collections.Generic;

namespace Verwerkers.Templating;

/// <summary>
/// Thrown when a template cannot be compiled: broken or hostile package, or template syntax errors. Lists every
/// problem at once.
/// </summary>
public sealed class TemplateCompileException : TemplateException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">Every error found; must not be empty.</param>
    public TemplateCompileException(IEnumerable<TemplateError> errors)
        : base("The template cannot be compiled", errors)
    {
    }
}
