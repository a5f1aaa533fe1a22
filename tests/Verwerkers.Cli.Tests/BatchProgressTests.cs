using System.IO;
using FluentAssertions;
using Verwerkers.Agreements;
using Xunit;

namespace Verwerkers.Cli.Tests;

public class BatchProgressTests
{
    [Fact]
    public void On_a_terminal_the_bar_is_redrawn_in_place_with_done_total_and_name_and_cleared_at_the_end()
    {
        var error = new StringWriter();
        using (var progress = new BatchProgress(Texts.Dutch, error, interactive: true, pdf: false, lineWidth: 80))
        {
            progress.Report(new AgreementProgress(1, 2, "managed-wp-hosting", "Managed WP Hosting", skipped: false));
            progress.Report(new AgreementProgress(2, 2, "webreus", "Webreus", skipped: false));
        }

        var text = error.ToString();
        text.Should().NotContain("\n");
        var frames = text.Split('\r');
        frames[1].Should().Be("[############------------] 1/2 Managed WP Hosting");
        frames[2].Should().Be("[########################] 2/2 Webreus           ", "the shorter frame blanks out the rest of the longer one");
        frames[3].Trim().Should().BeEmpty("the bar is cleared so that the results start on a clean line");
        frames[^1].Should().BeEmpty();
    }

    [Fact]
    public void On_a_terminal_a_long_name_is_cut_to_the_width_so_the_bar_stays_on_one_line()
    {
        var error = new StringWriter();
        var progress = new BatchProgress(Texts.Dutch, error, interactive: true, pdf: false, lineWidth: 40);

        progress.Report(new AgreementProgress(1, 1, "x", "Een verwerker met een heel erg lange naam", skipped: false));

        error.ToString().Should().Be("\r[########################] 1/1 Een verw", "39 characters and the cursor fit in 40 columns");
    }

    [Fact]
    public void Without_a_terminal_each_processor_is_one_plain_line_and_the_pdf_step_is_announced()
    {
        var error = new StringWriter();
        using (var progress = new BatchProgress(Texts.English, error, interactive: false, pdf: true, lineWidth: 80))
        {
            progress.Report(new AgreementProgress(1, 2, "mailchimp", "MailChimp", skipped: false));
            progress.Report(new AgreementProgress(2, 2, "facebook", "Facebook", skipped: true));
        }

        error.ToString().Should().Be(string.Join(
            System.Environment.NewLine,
            "[1/2] MailChimp: agreement written",
            "[2/2] Facebook: skipped",
            "Making the PDFs with LibreOffice...",
            string.Empty));
    }
}
