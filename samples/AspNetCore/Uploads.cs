using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Verwerkers.Extensions.DependencyInjection;
using Verwerkers.Register;
using Verwerkers.Storage;

namespace Verwerkers.Samples.AspNetCore;

/// <summary>Reads an uploaded register through the hardened reader, with the size and depth limits of the options.</summary>
internal static class Uploads
{
    /// <summary>The register in the request: the file "register" of a multipart form, or else the request body as JSON.</summary>
    /// <exception cref="BadRequestException">A form without the file "register".</exception>
    /// <exception cref="RegisterFormatException">The upload is not a valid register (too large, too deep, bad JSON, inconsistent); lists every problem.</exception>
    public static async Task<ProcessorRegister> ReadRegisterAsync(HttpRequest request, VerwerkersOptions options, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var log = logs.CreateLogger("Verwerkers.Samples.Uploads");
        Stream body;
        string source;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var file = form.Files.GetFile("register")
                ?? throw new BadRequestException("The form has no file named 'register'.");
            body = file.OpenReadStream();
            source = file.FileName;
        }
        else
        {
            body = request.Body;
            source = "request body";
        }

        try
        {
            var register = await RegisterJson.LoadAsync(body, options.RegisterJson, cancellationToken);
            log.LogInformation("Imported the uploaded register {Source}: {ProcessorCount} processor(s)", source, register.Processors.Count);
            return register;
        }
        catch (RegisterValidationException ex)
        {
            log.LogWarning("Rejected the uploaded register {Source}: {ProblemCount} problem(s)", source, ex.Problems.Count);
            throw;
        }
        finally
        {
            if (!ReferenceEquals(body, request.Body))
            {
                await body.DisposeAsync();
            }
        }
    }
}
