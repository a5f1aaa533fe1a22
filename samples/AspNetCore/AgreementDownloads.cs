using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using NodaTime;
using Verwerkers.Agreements;
using Verwerkers.Register;

namespace Verwerkers.Samples.AspNetCore;

/// <summary>Streams the agreement with one processor into the response as a Word download.</summary>
internal static class AgreementDownloads
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <exception cref="ProcessorNotFoundException">The register has no processor with that id.</exception>
    /// <exception cref="UnresolvedTransferException">A third-country recipient has no valid basis on the date; nothing was sent.</exception>
    public static async Task StreamAsync(HttpContext context, IAgreementGenerator generator, ProcessorRegister register, string processorId, LocalDate date, CancellationToken cancellationToken)
    {
        var fileName = generator.FileNames(register, date).TryGetValue(processorId, out var name) ? name : processorId + ".docx";
        context.Response.ContentType = DocxType;
        context.Response.Headers[HeaderNames.ContentDisposition] =
            new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = "agreement.docx" }.ToString();

        // The document is filled before the first byte is sent, so an error still becomes a problem response.
        await generator.GenerateAsync(register, processorId, date, context.Response.Body, cancellationToken);
    }
}
