using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Verwerkers.Agreements;
using Verwerkers.Register;
using Verwerkers.Storage;

namespace Verwerkers.Samples.AspNetCore;

/// <summary>
/// Turns the library's exceptions into RFC 9457 problem responses listing every problem with where it is: 404 for an
/// unknown processor or register, 422 for a refused agreement, 400 for bad input.
/// </summary>
internal static class ProblemResults
{
    /// <summary>Runs an endpoint body; a library exception becomes a problem response (and a response already begun is reset).</summary>
    public static async Task<IResult> Guard(Func<Task<IResult>> body, HttpResponse? response = null)
    {
        try
        {
            return await body();
        }
        catch (Exception ex) when (ex is VerwerkersException || ex is BadRequestException)
        {
            if (response is not null && !response.HasStarted)
            {
                // Clears the content type and file name an agreement download had already set.
                response.Clear();
            }

            return From(ex);
        }
    }

    public static IResult BadName(string name) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Not a register name",
        detail: $"'{name}' is not a register name: use letters, digits, '-', '_' and '.', not starting with '.'.");

    private static IResult From(Exception exception)
    {
        var status = exception switch
        {
            ProcessorNotFoundException or RegisterNotFoundException => StatusCodes.Status404NotFound,
            UnresolvedTransferException => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodes.Status400BadRequest,
        };
        IEnumerable<object> problems = exception switch
        {
            VerwerkersException known => known.Problems.Select(p => new { where = p.Where(), message = p.Message, dutchMessage = p.DutchMessage, suggestion = p.Suggestion }),
            _ => new[] { new { where = string.Empty, message = exception.Message, dutchMessage = (string?)null, suggestion = (string?)null } },
        };
        return Results.Problem(
            statusCode: status,
            title: exception.GetType().Name,
            detail: exception.Message,
            extensions: new Dictionary<string, object?> { ["problems"] = problems.ToArray() });
    }
}
