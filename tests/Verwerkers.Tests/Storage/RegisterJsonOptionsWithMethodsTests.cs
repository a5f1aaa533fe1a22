using System;
using FluentAssertions;
using Verwerkers.Storage;
using Xunit;

namespace Verwerkers.Tests.Storage;

public class RegisterJsonOptionsWithMethodsTests
{
    private const string WithUnknownProperty = "{\n  \"schemaVersion\": 1,\n  \"controller\": { \"name\": \"X\", \"country\": \"NL\" },\n  \"colour\": \"blue\"\n}\n";

    [Fact]
    public void The_With_methods_return_a_changed_copy_and_leave_the_original_as_it_was()
    {
        var options = RegisterJsonOptions.Default
            .WithMaxFileSize(1024)
            .WithMaxDepth(16)
            .WithIgnoreUnknownProperties(true)
            .WithHardLinks(HardLinkHandling.WriteInPlace);

        options.MaxFileSize.Should().Be(1024);
        options.MaxDepth.Should().Be(16);
        options.IgnoreUnknownProperties.Should().BeTrue();
        options.HardLinks.Should().Be(HardLinkHandling.WriteInPlace);
        options.Validate().Should().BeEmpty();
        RegisterJsonOptions.Default.MaxFileSize.Should().Be(RegisterJsonOptions.DefaultMaxFileSize);
        RegisterJsonOptions.Default.MaxDepth.Should().Be(RegisterJsonOptions.DefaultMaxDepth);
        RegisterJsonOptions.Default.IgnoreUnknownProperties.Should().BeFalse();
        RegisterJsonOptions.Default.HardLinks.Should().Be(HardLinkHandling.Refuse);
    }

    [Fact]
    public void Options_set_with_a_With_method_take_effect_when_a_register_is_read()
    {
        var strict = () => RegisterJson.Parse(WithUnknownProperty);
        strict.Should().Throw<Exception>();

        var register = RegisterJson.Parse(WithUnknownProperty, RegisterJsonOptions.Default.WithIgnoreUnknownProperties(true));

        register.Controller.Name.Should().Be("X");
    }

    [Fact]
    public void Invalid_values_set_with_With_methods_are_all_reported_by_Validate_and_when_used()
    {
        var options = new RegisterJsonOptions().WithMaxFileSize(0).WithMaxDepth(2).WithHardLinks((HardLinkHandling)42);

        options.Validate().Should().HaveCount(3);
        var act = () => RegisterJson.Parse(WithUnknownProperty, options);
        act.Should().Throw<ArgumentException>().WithMessage("*MaxFileSize must be positive*MaxDepth must be at least 8*HardLinks must be Refuse or WriteInPlace*");
    }
}
