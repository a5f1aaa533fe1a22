using System.Threading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Verwerkers.Agreements;
using Verwerkers.Compliance;
using Verwerkers.Extensions.DependencyInjection;
using Verwerkers.Samples.AspNetCore;
using Verwerkers.Storage;

var builder = WebApplication.CreateBuilder(args);

// Everything Verwerkers needs, from the "Verwerkers" section of appsettings.json; invalid settings stop the start.
builder.Services.AddVerwerkers(options => builder.Configuration.GetSection("Verwerkers").Bind(options));

// "Today" comes from a clock the tests can replace; the library itself never reads the system clock.
builder.Services.AddSingleton<IClock>(SystemClock.Instance);

// The upload limit of a multipart form follows the register reader's own limit (plus room for the form's framing).
builder.Services.AddOptions<FormOptions>().Configure<IOptions<VerwerkersOptions>>((form, verwerkers) =>
    form.MultipartBodyLengthLimit = verwerkers.Value.RegisterJson.MaxFileSize + 64 * 1024);

var app = builder.Build();

// POST /check?asOf=2026-11-22 with a register (JSON body, or a multipart form with the file "register"):
// the compliance report as JSON.
app.MapPost("/check", async (HttpRequest request, IComplianceChecker checker, IOptions<VerwerkersOptions> options, IClock clock, ILoggerFactory logs, CancellationToken cancellationToken) =>
    await ProblemResults.Guard(async () =>
    {
        var register = await Uploads.ReadRegisterAsync(request, options.Value, logs, cancellationToken);
        var report = checker.Check(register, Dates.AsOf(request, clock), cancellationToken);
        return Results.Text(report.ToJson(), "application/json; charset=utf-8");
    }));

// POST /agreements/{processorId}?asOf=2026-11-22 with a register: the agreement with that processor, as a .docx
// streamed into the response.
app.MapPost("/agreements/{processorId}", async (string processorId, HttpContext context, IAgreementGenerator generator, IOptions<VerwerkersOptions> options, IClock clock, ILoggerFactory logs, CancellationToken cancellationToken) =>
    await ProblemResults.Guard(async () =>
    {
        var register = await Uploads.ReadRegisterAsync(context.Request, options.Value, logs, cancellationToken);
        await AgreementDownloads.StreamAsync(context, generator, register, processorId, Dates.AsOf(context.Request, clock), cancellationToken);
        return Results.Empty;
    }, context.Response));

// The register store: PUT /registers/{name} stores an uploaded register (after reading it through the limits),
// GET /registers lists the names, GET /registers/{name}/check and GET /registers/{name}/agreements/{processorId}
// work on a stored register.
app.MapGet("/registers", async (IRegisterStore store, CancellationToken cancellationToken) =>
    Results.Json(await store.ListAsync(cancellationToken)));

app.MapPut("/registers/{name}", async (string name, HttpRequest request, IRegisterStore store, IOptions<VerwerkersOptions> options, ILoggerFactory logs, CancellationToken cancellationToken) =>
    await ProblemResults.Guard(async () =>
    {
        if (!FolderRegisterStore.IsValidName(name))
        {
            return ProblemResults.BadName(name);
        }

        var register = await Uploads.ReadRegisterAsync(request, options.Value, logs, cancellationToken);
        await store.SaveAsync(name, register, cancellationToken);
        return Results.NoContent();
    }));

app.MapGet("/registers/{name}/check", async (string name, HttpRequest request, IRegisterStore store, IComplianceChecker checker, IClock clock, CancellationToken cancellationToken) =>
    await ProblemResults.Guard(async () =>
    {
        if (!FolderRegisterStore.IsValidName(name))
        {
            return ProblemResults.BadName(name);
        }

        var register = await store.LoadAsync(name, cancellationToken);
        return Results.Text(checker.Check(register, Dates.AsOf(request, clock), cancellationToken).ToJson(), "application/json; charset=utf-8");
    }));

app.MapGet("/registers/{name}/agreements/{processorId}", async (string name, string processorId, HttpContext context, IRegisterStore store, IAgreementGenerator generator, IClock clock, CancellationToken cancellationToken) =>
    await ProblemResults.Guard(async () =>
    {
        if (!FolderRegisterStore.IsValidName(name))
        {
            return ProblemResults.BadName(name);
        }

        var register = await store.LoadAsync(name, cancellationToken);
        await AgreementDownloads.StreamAsync(context, generator, register, processorId, Dates.AsOf(context.Request, clock), cancellationToken);
        return Results.Empty;
    }, context.Response));

app.Run();

/// <summary>The entry point, visible to the integration tests (WebApplicationFactory&lt;Program&gt;).</summary>
public partial class Program
{
}
