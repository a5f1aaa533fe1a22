using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace Verwerkers.Extensions.DependencyInjection.Tests;

/// <summary>The ASP.NET Core sample (samples/AspNetCore), run in memory through WebApplicationFactory.</summary>
public sealed class AspNetCoreSampleTests : IClassFixture<AspNetCoreSampleTests.Sample>
{
    private const string AsOf = "?asOf=2026-11-22";
    private readonly Sample _sample;

    public AspNetCoreSampleTests(Sample sample) => _sample = sample;

    [Fact]
    public async Task An_uploaded_register_gets_its_check_report()
    {
        using var client = _sample.CreateClient();

        using var response = await client.PostAsync("/check" + AsOf, Upload("kleineporties"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        report.RootElement.GetRawText().Should().Contain("2026-11-22").And.Contain("google-analytics");
    }

    [Fact]
    public async Task An_agreement_is_streamed_back_as_a_word_document()
    {
        using var client = _sample.CreateClient();

        using var response = await client.PostAsync("/agreements/laposta" + AsOf, Upload("kleineporties"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().StartWith("Verwerkersovereenkomst - Laposta").And.EndWith("2026-11-22.docx");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var package = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var reader = new StreamReader(package.GetEntry("word/document.xml")!.Open());
        (await reader.ReadToEndAsync()).Should().Contain("Laposta");
    }

    [Fact]
    public async Task A_register_uploaded_as_a_form_file_is_read_the_same_way()
    {
        using var client = _sample.CreateClient();
        using var form = new MultipartFormDataContent();
        form.Add(Upload("kleineporties"), "register", "kleineporties.json");

        using var response = await client.PostAsync("/agreements/laposta" + AsOf, form);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_processor_is_a_404_problem()
    {
        using var client = _sample.CreateClient();

        using var response = await client.PostAsync("/agreements/nope" + AsOf, Upload("kleineporties"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("ProcessorNotFoundException").And.Contain("'nope'");
    }

    [Fact]
    public async Task A_refused_agreement_is_a_422_problem_naming_the_transfer_and_sends_no_document()
    {
        using var client = _sample.CreateClient();

        using var response = await client.PostAsync("/agreements/google-analytics" + AsOf, Upload("kleineporties"));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        response.Content.Headers.ContentDisposition.Should().BeNull();
        (await response.Content.ReadAsStringAsync()).Should().Contain("Safe Harbor");
    }

    [Fact]
    public async Task A_malformed_register_is_a_400_problem_with_the_line_of_each_problem()
    {
        using var client = _sample.CreateClient();

        using var response = await client.PostAsync("/check" + AsOf, new StringContent("{\n  \"schemaVersion\": 1,\n  \"processors\": [ }", Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("line 3");
    }

    [Fact]
    public async Task An_upload_beyond_the_configured_limit_is_refused_without_reading_it_all()
    {
        using var client = _sample.CreateClient();
        var tooLarge = new string(' ', 2 * 1024 * 1024) + "{}";

        using var response = await client.PostAsync("/check" + AsOf, new StringContent(tooLarge, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("limit of 1,048,576 bytes");
    }

    [Fact]
    public async Task A_register_is_stored_listed_checked_and_used_for_an_agreement()
    {
        using var client = _sample.CreateClient();

        (await client.PutAsync("/registers/kleineporties", Upload("kleineporties"))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await client.GetStringAsync("/registers")).Should().Contain("\"kleineporties\"");
        (await client.GetAsync("/registers/kleineporties/check" + AsOf)).StatusCode.Should().Be(HttpStatusCode.OK);
        using var agreement = await client.GetAsync("/registers/kleineporties/agreements/laposta" + AsOf);
        agreement.StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/registers/elsewhere/check" + AsOf)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.PutAsync("/registers/..%2Fescape", Upload("kleineporties"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public void Invalid_settings_stop_the_host_at_start_with_every_invalid_field()
    {
        using var factory = _sample.WithWebHostBuilder(b => b
            .UseSetting("Verwerkers:PdfTimeoutPerDocument", "00:00:00")
            .UseSetting("Verwerkers:Compliance:AgendaDays", "-5"));

        var act = () => factory.CreateClient();

        var failures = act.Should().Throw<OptionsValidationException>().Which.Failures.ToArray();
        failures.Should().Contain(f => f.Contains("PdfTimeoutPerDocument")).And.Contain(f => f.Contains("AgendaDays"));
    }

    private static ByteArrayContent Upload(string sample)
    {
        var content = new ByteArrayContent(File.ReadAllBytes(RepoFiles.SampleRegister(sample)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>The sample with its register store in a fresh temporary folder.</summary>
    public sealed class Sample : WebApplicationFactory<Program>
    {
        private readonly string _folder = RepoFiles.TempFolder();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(Environments.Development);
            builder.UseSetting("Verwerkers:RegisterFolder", _folder);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
    }
}
