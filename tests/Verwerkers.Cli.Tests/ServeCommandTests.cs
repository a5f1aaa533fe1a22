using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using NodaTime.Testing;
using Verwerkers.Cli.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Cli.Tests;

public class ServeCommandTests
{
    [Theory]
    [InlineData("nl", "Start de webwerkruimte", "standaard verwerkers.db in de huidige map")]
    [InlineData("en", "Start the web workspace", "default verwerkers.db in the current folder")]
    public void The_help_describes_every_option_in_the_chosen_language(string lang, string description, string workspace)
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(dir.Path, "serve", "--help", "--lang", lang);

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain(description).And.Contain(workspace);
        result.Output.Should().ContainAll("--workspace", "--postgres", "--address", "--port", "--user", "--proxy", "127.0.0.1", "5080");
    }

    [Fact]
    public void A_non_loopback_address_without_accounts_is_refused_with_exit_code_2()
    {
        using var dir = new TempDirectory();

        var dutch = CliRunner.Run(dir.Path, "serve", "--address", "0.0.0.0", "--port", "0", "--lang", "nl");
        var english = CliRunner.Run(dir.Path, "serve", "--address", "0.0.0.0", "--port", "0", "--lang", "en");

        dutch.ExitCode.Should().Be(2);
        dutch.Error.Should().Contain("fout: De werkruimte heeft geen accounts").And.Contain("127.0.0.1");
        english.ExitCode.Should().Be(2);
        english.Error.Should().Contain("error: The workspace has no accounts").And.Contain("0.0.0.0");
        File.Exists(dir.File("verwerkers.db")).Should().BeTrue("the default workspace is created in the working folder");
    }

    [Theory]
    [InlineData("--port", "70000", "De poort moet 0 tot 65535 zijn")]
    [InlineData("--address", "mijn-server", "'mijn-server' is geen IP-adres voor --address")]
    [InlineData("--proxy", "10.0.0.300", "'10.0.0.300' is geen IP-adres voor --proxy")]
    public void A_bad_option_value_is_a_one_line_error_with_exit_code_2(string option, string value, string message)
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(dir.Path, "serve", option, value, "--lang", "nl");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
    }

    [Fact]
    public void Workspace_and_postgres_together_are_refused()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(dir.Path, "serve", "--workspace", "a.db", "--postgres", "Host=localhost;Database=x", "--lang", "en");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("Give --workspace or --postgres, not both.");
        File.Exists(dir.File("a.db")).Should().BeFalse();
    }

    [Fact]
    public void A_file_that_is_not_a_workspace_is_refused_and_left_alone()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("notes.db"), "not a database");

        var result = CliRunner.Run(dir.Path, "serve", "--workspace", "notes.db", "--port", "0", "--lang", "en");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("The workspace").And.Contain("notes.db").And.Contain("cannot be opened");
        File.ReadAllText(dir.File("notes.db")).Should().Be("not a database");
    }

    [Fact]
    public async Task Serve_runs_the_workspace_on_loopback_until_cancelled_then_exits_0()
    {
        using var dir = new TempDirectory();
        using var output = new LockedWriter();
        using var error = new LockedWriter();
        using var stop = new CancellationTokenSource();
        var context = new CliContext(new FakeClock(CliRunner.Now), output, error, dir.Path, null, CultureInfo.InvariantCulture, stop.Token);
        var run = Task.Run(() => VerwerkersCli.Run(new[] { "serve", "--workspace", "klanten.db", "--port", "0", "--user", "Eva de Vries", "--lang", "nl" }, context));

        var url = await WaitForUrlAsync(output, run);
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var page = await http.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync();
        stop.Cancel();
        var exitCode = await run.WaitAsync(TimeSpan.FromSeconds(30));

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("Eva de Vries").And.Contain("Klanten");
        output.ToString().Should().Contain("Eén gebruiker (Eva de Vries), zonder accounts").And.Contain("De server is gestopt.");
        exitCode.Should().Be(0, error.ToString());
        File.Exists(dir.File("klanten.db")).Should().BeTrue();
    }

    private static async Task<string> WaitForUrlAsync(LockedWriter output, Task<int> run)
    {
        for (var i = 0; i < 600; i++)
        {
            var match = Regex.Match(output.ToString(), @"http://127\.0\.0\.1:\d+");
            if (match.Success)
            {
                return match.Value;
            }

            if (run.IsCompleted)
            {
                throw new InvalidOperationException("serve ended early with exit code " + run.Result + ": " + output);
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("serve did not say where it listens: " + output);
    }

    /// <summary>A string writer that may be read while another thread writes.</summary>
    private sealed class LockedWriter : StringWriter
    {
        private readonly object _gate = new();

        public LockedWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void Write(char[] buffer, int index, int count)
        {
            lock (_gate)
            {
                base.Write(buffer, index, count);
            }
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }
    }
}

public class ServeTextsTests
{
    [Fact]
    public void Every_serve_text_exists_in_Dutch_and_English_with_the_same_placeholders()
    {
        foreach (var property in typeof(ServeTexts).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            var dutch = (string)property.GetValue(ServeTexts.Dutch)!;
            var english = (string)property.GetValue(ServeTexts.English)!;
            dutch.Should().NotBeNullOrWhiteSpace(property.Name);
            english.Should().NotBeNullOrWhiteSpace(property.Name);
            Placeholders(dutch).Should().Equal(Placeholders(english), property.Name);
        }
    }

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().OrderBy(v => v, StringComparer.Ordinal).ToArray();
}
