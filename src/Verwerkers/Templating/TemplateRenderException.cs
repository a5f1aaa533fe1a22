using System.Collections.Generic;

namespace Verwerkers.Templating;

/// <summary>
/// Thrown when a fill fails because of the data (missing values, characters XML cannot hold, formats that do not fit).
/// Lists every problem at once; nothing has been written to the output.
/// </summary>
public sealed class TemplateRenderException : TemplateException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">Every error found; must not be empty.</param>
    public TemplateRenderException(IEnumerable<TemplateError> errors)
        : base("The template cannot be filled with this data", errors)
    {
    }
}
