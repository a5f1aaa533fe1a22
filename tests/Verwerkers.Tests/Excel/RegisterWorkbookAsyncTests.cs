using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Verwerkers.Register;
using Verwerkers.Storage.Xlsx;
using Xunit;

namespace Verwerkers.Tests.Excel;

public class RegisterWorkbookAsyncTests
{
    private static void ShouldBeTheSame(ProcessorRegister back, ProcessorRegister register)
    {
        back.Notes.Should().Be(register.Notes);
        back.Controller.Should().Be(register.Controller);
        back.Processors.Should().Equal(register.Processors);
        back.Agreements.Should().Equal(register.Agreements);
        back.Transfers.Should().Equal(register.Transfers);
    }

    [Fact]
    public async Task Writing_and_reading_a_stream_asynchronously_round_trips_the_register_as_the_sync_calls_do()
    {
        var register = RegisterWorkbookTests.Sample();
        using var output = new MemoryStream();

        await RegisterWorkbook.WriteAsync(register, output, Language.English);
        output.Position = 0;
        var back = await RegisterWorkbook.ReadAsync(output);

        ShouldBeTheSame(back, register);
        output.Position = 0;
        ShouldBeTheSame(RegisterWorkbook.Read(output), register);
    }

    [Fact]
    public async Task Saving_and_loading_a_file_asynchronously_gives_the_same_register_as_the_sync_calls()
    {
        var register = RegisterWorkbookTests.Sample();
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"verwerkers-xlsx-async-{Guid.NewGuid():N}"));
        try
        {
            var asyncPath = Path.Combine(directory.FullName, "async.xlsx");
            var syncPath = Path.Combine(directory.FullName, "sync.xlsx");
            RegisterWorkbook.Save(register, syncPath);

            await RegisterWorkbook.SaveAsync(register, asyncPath);

            ShouldBeTheSame(await RegisterWorkbook.LoadAsync(asyncPath), register);
            ShouldBeTheSame(RegisterWorkbook.Load(asyncPath), RegisterWorkbook.Load(syncPath));
            directory.GetFiles().Should().HaveCount(2, "no temporary file is left behind");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Saving_asynchronously_with_a_token_canceled_before_the_start_throws_and_leaves_the_existing_file_as_it_was()
    {
        var register = RegisterWorkbookTests.Sample();
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"verwerkers-xlsx-cancel-{Guid.NewGuid():N}"));
        try
        {
            var path = Path.Combine(directory.FullName, "register.xlsx");
            File.WriteAllText(path, "the old content");

            var act = () => RegisterWorkbook.SaveAsync(register, path, Language.Dutch, new CancellationToken(canceled: true));

            await act.Should().ThrowAsync<OperationCanceledException>();
            File.ReadAllText(path).Should().Be("the old content");
            directory.GetFiles().Should().ContainSingle();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Saving_asynchronously_a_new_file_with_a_canceled_token_creates_no_file()
    {
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"verwerkers-xlsx-cancel-{Guid.NewGuid():N}"));
        try
        {
            var act = () => RegisterWorkbook.SaveAsync(RegisterWorkbookTests.Sample(), Path.Combine(directory.FullName, "new.xlsx"), cancellationToken: new CancellationToken(canceled: true));

            await act.Should().ThrowAsync<OperationCanceledException>();
            directory.GetFiles().Should().BeEmpty();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Writing_asynchronously_with_a_token_canceled_before_the_start_throws_and_writes_nothing()
    {
        using var output = new MemoryStream();

        var act = () => RegisterWorkbook.WriteAsync(RegisterWorkbookTests.Sample(), output, Language.Dutch, new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
        output.Length.Should().Be(0);
    }

    [Fact]
    public async Task Reading_asynchronously_with_a_token_canceled_before_the_start_throws_and_reads_nothing()
    {
        using var input = new MemoryStream();
        RegisterWorkbook.Write(RegisterWorkbookTests.Sample(), input);
        input.Position = 0;

        var fromStream = () => RegisterWorkbook.ReadAsync(input, cancellationToken: new CancellationToken(canceled: true));
        var fromFile = () => RegisterWorkbook.LoadAsync(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.xlsx"), cancellationToken: new CancellationToken(canceled: true));

        await fromStream.Should().ThrowAsync<OperationCanceledException>();
        input.Position.Should().Be(0);
        await fromFile.Should().ThrowAsync<OperationCanceledException>("the token is checked before the file is opened");
    }

    [Fact]
    public void The_async_calls_check_their_arguments_at_once()
    {
        Action noRegister = () => _ = RegisterWorkbook.SaveAsync(null!, "x.xlsx");
        Action noInput = () => _ = RegisterWorkbook.ReadAsync(null!);
        Action noPath = () => _ = RegisterWorkbook.LoadAsync(null!);

        noRegister.Should().Throw<ArgumentNullException>();
        noInput.Should().Throw<ArgumentNullException>();
        noPath.Should().Throw<ArgumentNullException>();
    }
}
