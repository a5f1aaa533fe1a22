using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Verwerkers.Storage.Csv;
using Xunit;
using static Verwerkers.Tests.Storage.Csv.CsvTestData;

namespace Verwerkers.Tests.Storage.Csv;

public class CsvAsyncImportTests
{
    private const string Rows =
        "L-1001;Laposta B.V.;34179503;Nederland;Haarlem;e-mailmarketing;Stefan Koopmanschap;privacy@laposta.nl;023-5700 100;nieuwsbrieven\r\n"
        + "L-1002;TransIP B.V.;24345899;Nederland;Leiden;hosting;;;;webhosting\r\n"
        + "L-1003;Acme;;Verweggistan;;;;;;\r\n";

    private static CsvSupplierImporter Importer => new(DutchMapping);

    [Fact]
    public async Task Planning_a_stream_asynchronously_gives_the_same_plan_as_planning_it_synchronously()
    {
        var expected = Importer.Plan(EmptyRegister, Utf8(Header + "\r\n" + Rows));

        var plan = await Importer.PlanAsync(EmptyRegister, Utf8(Header + "\r\n" + Rows));

        plan.Entries.Select(e => (e.Line, e.Action, e.Processor)).Should().Equal(expected.Entries.Select(e => (e.Line, e.Action, e.Processor)));
        plan.Errors.Select(e => e.ToString()).Should().Equal(expected.Errors.Select(e => e.ToString()));
        plan.HasErrors.Should().Be(expected.HasErrors);
        plan.EncodingName.Should().Be(expected.EncodingName);
    }

    [Fact]
    public async Task Planning_a_file_asynchronously_gives_the_same_plan_as_planning_it_synchronously()
    {
        var path = Path.Combine(Path.GetTempPath(), $"verwerkers-csv-async-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, Header + "\r\n" + Rows.Split('\n')[0] + "\n", new UTF8Encoding(true));
        try
        {
            var expected = Importer.Plan(EmptyRegister, path);

            var plan = await Importer.PlanAsync(EmptyRegister, path);

            plan.HasErrors.Should().BeFalse();
            plan.Apply().Processors.Should().Equal(expected.Apply().Processors);
            plan.EncodingName.Should().Be("UTF-8 with BOM");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Planning_asynchronously_with_a_token_canceled_before_the_start_throws_and_reads_nothing()
    {
        var csv = Utf8(Header + "\r\n" + Rows);

        var act = () => Importer.PlanAsync(EmptyRegister, csv, new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
        csv.Position.Should().Be(0);
    }

    [Fact]
    public void Planning_synchronously_with_a_token_canceled_before_the_start_throws_and_reads_nothing()
    {
        var csv = Utf8(Header + "\r\n" + Rows);

        var act = () => Importer.Plan(EmptyRegister, csv, new CancellationToken(canceled: true));

        act.Should().Throw<OperationCanceledException>();
        csv.Position.Should().Be(0);
    }

    [Fact]
    public void A_token_canceled_after_the_file_is_read_stops_the_plan_at_the_next_row()
    {
        using var cancel = new CancellationTokenSource();
        var csv = new CancelAtEndStream(Encoding.UTF8.GetBytes(Header + "\r\n" + Rows), cancel);

        var act = () => Importer.Plan(EmptyRegister, csv, cancel.Token);

        act.Should().Throw<OperationCanceledException>();
        csv.ReachedEnd.Should().BeTrue("the whole file was read before the rows were planned");
    }

    [Fact]
    public async Task Planning_asynchronously_a_missing_null_argument_throws_at_once()
    {
        Action noStream = () => _ = Importer.PlanAsync(EmptyRegister, (Stream)null!);
        Action noPath = () => _ = Importer.PlanAsync(EmptyRegister, (string)null!);

        noStream.Should().Throw<ArgumentNullException>();
        noPath.Should().Throw<ArgumentNullException>();
        await Task.CompletedTask;
    }

    /// <summary>A non-seekable stream that cancels a token when its content has been read to the end.</summary>
    private sealed class CancelAtEndStream : Stream
    {
        private readonly MemoryStream _inner;
        private readonly CancellationTokenSource _cancel;

        public CancelAtEndStream(byte[] bytes, CancellationTokenSource cancel)
        {
            _inner = new MemoryStream(bytes);
            _cancel = cancel;
        }

        public bool ReachedEnd { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = _inner.Read(buffer, offset, count);
            if (read == 0)
            {
                ReachedEnd = true;
                _cancel.Cancel();
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
