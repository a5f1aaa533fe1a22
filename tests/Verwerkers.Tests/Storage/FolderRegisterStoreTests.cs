using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Tests.Agreements;
using Xunit;

namespace Verwerkers.Tests.Storage;

public sealed class FolderRegisterStoreTests
{
    [Fact]
    public async Task A_saved_register_is_listed_and_loads_equal_to_what_was_saved()
    {
        using var folder = new TempFolder();
        var store = new FolderRegisterStore(folder.In("registers"));
        var register = SampleRegisters.Load("milgro");

        await store.SaveAsync("milgro", register);
        await store.SaveAsync("b-2026.v1", SampleRegisters.Load("kleineporties"));

        (await store.ListAsync()).Should().Equal("b-2026.v1", "milgro");
        RegisterJson.ToJson(await store.LoadAsync("milgro")).Should().Be(RegisterJson.ToJson(register));
        File.Exists(folder.In("registers", "milgro.json")).Should().BeTrue();
    }

    [Fact]
    public async Task A_missing_folder_lists_nothing_and_a_missing_name_is_a_register_not_found()
    {
        using var folder = new TempFolder();
        var store = new FolderRegisterStore(folder.In("nowhere"));

        (await store.ListAsync()).Should().BeEmpty();
        var act = async () => await store.LoadAsync("ghost");

        var error = (await act.Should().ThrowAsync<RegisterNotFoundException>().WithMessage("*'ghost'*")).Which;
        error.Name.Should().Be("ghost");
        error.Problems.Should().ContainSingle().Which.DutchMessage.Should().Contain("'ghost'");
    }

    [Theory]
    [InlineData("")]
    [InlineData(".hidden")]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("spaties erin")]
    [InlineData("CON")]
    [InlineData("nul.backup")]
    [InlineData("com1")]
    public async Task A_name_that_is_no_safe_file_name_is_refused_before_any_file_is_touched(string name)
    {
        using var folder = new TempFolder();
        var store = new FolderRegisterStore(folder.Path);

        FolderRegisterStore.IsValidName(name).Should().BeFalse();
        var save = async () => await store.SaveAsync(name, SampleRegisters.Load("milgro"));
        var load = async () => await store.LoadAsync(name);

        await save.Should().ThrowAsync<ArgumentException>().WithMessage("*not a register name*");
        await load.Should().ThrowAsync<ArgumentException>();
        folder.Files().Should().BeEmpty();
    }

    [Fact]
    public void A_name_of_more_than_100_characters_is_not_valid()
    {
        FolderRegisterStore.IsValidName(new string('a', 100)).Should().BeTrue();
        FolderRegisterStore.IsValidName(new string('a', 101)).Should().BeFalse();
        FolderRegisterStore.IsValidName(null).Should().BeFalse();
    }

    [Fact]
    public async Task Files_that_are_not_registers_are_not_listed()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.In("notes.txt"), "x");
        File.WriteAllText(folder.In(".milgro.json.123456789abc.tmp"), "x");
        File.WriteAllText(folder.In(".hidden.json"), "{}");
        File.WriteAllText(folder.In("with space.json"), "{}");
        Directory.CreateDirectory(folder.In("sub.json"));
        var store = new FolderRegisterStore(folder.Path);
        await store.SaveAsync("milgro", SampleRegisters.Load("milgro"));

        (await store.ListAsync()).Should().Equal("milgro");
    }

    [Fact]
    public async Task A_stored_file_that_is_not_a_register_is_a_format_error_naming_the_file()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.In("kapot.json"), "{ \"schemaVersion\": 1, ");
        var store = new FolderRegisterStore(folder.Path);

        var act = async () => await store.LoadAsync("kapot");

        (await act.Should().ThrowAsync<RegisterFormatException>()).Which.FileName.Should().EndWith("kapot.json");
    }

    [Fact]
    public async Task The_limits_of_the_options_apply_to_a_stored_register()
    {
        using var folder = new TempFolder();
        File.Copy(RepoPathsFor("milgro"), folder.In("milgro.json"));
        var store = new FolderRegisterStore(folder.Path, new RegisterJsonOptions { MaxFileSize = 100 });

        var act = async () => await store.LoadAsync("milgro");

        await act.Should().ThrowAsync<RegisterFormatException>().WithMessage("*limit of 100 bytes*");
    }

    [Fact]
    public async Task A_cancelled_save_leaves_the_stored_register_as_it_was()
    {
        using var folder = new TempFolder();
        var store = new FolderRegisterStore(folder.Path);
        await store.SaveAsync("r", SampleRegisters.Load("milgro"));
        var before = File.ReadAllBytes(folder.In("r.json"));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var act = async () => await store.SaveAsync("r", SampleRegisters.Load("kleineporties"), cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        File.ReadAllBytes(folder.In("r.json")).Should().Equal(before);
        folder.Files().Should().Equal("r.json");
    }

    private static string RepoPathsFor(string sample) => Infrastructure.RepoPaths.InRepo("samples", "registers", sample + ".json");
}
