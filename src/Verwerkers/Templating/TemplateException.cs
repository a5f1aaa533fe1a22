using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Text;

namespace Verwerkers.Templating;

/// <summary>Base class of the template engine's exceptions: carries every <see cref="TemplateError"/> found at once.</summary>
/// <remarks>
/// Each error is also one <see cref="Problem"/> of <see cref="VerwerkersException.Problems"/>: its part is the
/// problem's <see cref="Problem.Path"/>, its paragraph the <see cref="Problem.Position"/>, and the message names the
/// tag and the data path where there is one. Immutable and thread-safe.
/// </remarks>
public abstract class TemplateException : VerwerkersException
{
    /// <summary>Creates the exception from a non-empty list of errors.</summary>
    /// <param name="summary">The first line of the message.</param>
    /// <param name="errors">Every error found; must not be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    protected TemplateException(string summary, IEnumerable<TemplateError> errors)
        : this(summary, Materialize(errors))
    {
    }

    private TemplateException(string summary, IReadOnlyList<TemplateError> errors)
        : base(BuildMessage(summary, errors), errors.Select(ToProblem))
    {
        Errors = errors;
    }

    /// <summary>Every error found, in document order; never empty.</summary>
    public IReadOnlyList<TemplateError> Errors { get; }

    private static IReadOnlyList<TemplateError> Materialize(IEnumerable<TemplateError> errors)
    {
        var list = Guard.NotNull(errors, nameof(errors)).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one error is required.", nameof(errors));
        }

        return new ReadOnlyCollection<TemplateError>(list);
    }

    private static Problem ToProblem(TemplateError error)
    {
        var message = error.Tag is null ? error.Message : "Tag '" + error.Tag + "': " + error.Message;
        if (error.DataPath is not null)
        {
            message += " (data: " + error.DataPath + ")";
        }

        return new Problem(message) { Path = error.Part, Position = error.Paragraph ?? 0 };
    }

    private static string BuildMessage(string summary, IReadOnlyList<TemplateError> errors)
    {
        var sb = new StringBuilder(summary);
        sb.Append(" (").Append(errors.Count).Append(errors.Count == 1 ? " error)" : " errors)");
        const int shown = 20;
        for (var i = 0; i < errors.Count && i < shown; i++)
        {
            sb.AppendLine().Append("  - ").Append(errors[i]);
        }

        if (errors.Count > shown)
        {
            sb.AppendLine().Append("  ... and ").Append(errors.Count - shown).Append(" more (see Errors)");
        }

        return sb.ToString();
    }
}
