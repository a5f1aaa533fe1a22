using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using NodaTime;
using Verwerkers.Register;
using Verwerkers.Storage;
using Xunit;

namespace Verwerkers.Tests.Storage;

public sealed class AtomicSaveTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "verwerkers-atomic-" + Guid.NewGuid().ToString("N"));
    private readonly string _path;

    public AtomicSaveTests()
    {
        Directory.CreateDirectory(_dir);
        _path = Path.Combine(_dir, "register.json");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static ProcessorRegister Large(int processors) => ProcessorRegister.Create(
        new Organisation("Groot B.V.", CountryCode.Netherlands),
        Enumerable.Range(0, processors).Select(i => new Processor("p" + i, "Processor " + i, CountryCode.UnitedStates)
        {
            Services = new[] { "hosting", "back-ups" },
            Notes = new string('x', 200),
        }));

    private byte[] SaveOriginal()
    {
        RegisterJson.Save(ExampleRegister.Create(), _path);
        return File.ReadAllBytes(_path);
    }

    [Fact]
    public void A_save_that_fails_half_way_leaves_the_previous_file_byte_identical_and_no_temporary_file()
    {
        var before = SaveOriginal();
        FailingStream? spy = null;
        var options = new RegisterJsonOptions { OutputWrapper = s => spy = new FailingStream(s, failAfter: 100_000, () => throw new IOException("Disk full (simulated).")) };

        var act = () => RegisterJson.Save(Large(5_000), _path, options);

        act.Should().Throw<IOException>().WithMessage("Disk full*");
        spy!.Written.Should().BeGreaterThan(0, "the failure happened half-way, after part of the file was written");
        File.ReadAllBytes(_path).Should().Equal(before);
        Directory.GetFiles(_dir).Should().ContainSingle().Which.Should().Be(_path);
    }

    [Fact]
    public async Task A_save_cancelled_half_way_leaves_the_previous_file_byte_identical_and_no_temporary_file()
    {
        var before = SaveOriginal();
        using var cancellation = new CancellationTokenSource();
        FailingStream? spy = null;
        var options = new RegisterJsonOptions { OutputWrapper = s => spy = new FailingStream(s, failAfter: 100_000, cancellation.Cancel) };

        var act = () => RegisterJson.SaveAsync(Large(5_000), _path, options, cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        spy!.Written.Should().BeGreaterThanOrEqualTo(100_000);
        File.ReadAllBytes(_path).Should().Equal(before);
        Directory.GetFiles(_dir).Should().ContainSingle().Which.Should().Be(_path);
    }

    [Fact]
    public void A_register_with_a_value_the_format_cannot_hold_fails_before_replacing_the_previous_file()
    {
        var before = SaveOriginal();
        var register = Large(3_000);
        register = register.WithProcessor(register.Processors[^1] with { Dpf = new DpfListing(DpfStatus.Active, new LocalDate(-5, 1, 1)) });

        var act = () => RegisterJson.Save(register, _path);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*0001 to 9999*");
        File.ReadAllBytes(_path).Should().Equal(before);
        Directory.GetFiles(_dir).Should().ContainSingle();
    }

    [Fact]
    public void A_failed_first_save_creates_no_file()
    {
        var options = new RegisterJsonOptions { OutputWrapper = s => new FailingStream(s, failAfter: 10, () => throw new IOException("Simulated.")) };

        var act = () => RegisterJson.Save(Large(100), _path, options);

        act.Should().Throw<IOException>();
        Directory.GetFiles(_dir).Should().BeEmpty();
    }

    [Fact]
    public async Task A_successful_save_replaces_the_previous_file_completely()
    {
        SaveOriginal();
        var larger = Large(2_000);

        await RegisterJson.SaveAsync(larger, _path);

        File.ReadAllText(_path).Should().Be(RegisterJson.ToJson(larger));
        RegisterJson.Load(_path).Processors.Should().HaveCount(2_000);
        Directory.GetFiles(_dir).Should().ContainSingle();
    }

    /// <summary>Passes writes through until a number of bytes is reached, then runs an action (throw or cancel).</summary>
    private sealed class FailingStream : Stream
    {
        private readonly Stream _inner;
        private readonly long _failAfter;
        private readonly Action _onLimit;

        public FailingStream(Stream inner, long failAfter, Action onLimit)
        {
            _inner = inner;
            _failAfter = failAfter;
            _onLimit = onLimit;
        }

        public long Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _inner.Length;

        public override long Position { get => _inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => _inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            _inner.Write(buffer, offset, count);
            Written += count;
            if (Written >= _failAfter)
            {
                _onLimit();
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer, offset, count);
            return Task.CompletedTask;
        }
    }
}
