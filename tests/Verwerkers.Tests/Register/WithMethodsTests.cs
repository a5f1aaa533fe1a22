using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using FluentAssertions;
using NodaTime;
using Verwerkers.Register;
using Xunit;

namespace Verwerkers.Tests.Register;

/// <summary>
/// The constructors and <c>With…</c> methods that let C# 7.3 and VB.NET (no init accessors, no with expressions) build
/// a register, and that the guards run on that path as on every other.
/// </summary>
public sealed class WithMethodsTests
{
    /// <summary>The register-namespace records with init accessors that are results, not something a user creates (none since RegisterProblem became the root namespace's Problem).</summary>
    private static readonly Type[] NotCreatedByUsers = System.Array.Empty<Type>();

    private static readonly Organisation Controller = new("KleinePorties B.V.", CountryCode.Netherlands) { KvkNumber = "12345678" };

    public static TheoryData<Type> UserCreatedTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(ProcessorRegister).Assembly.GetExportedTypes()
                     .Where(t => t.Namespace == "Verwerkers.Register" && InitProperties(t).Any() && !NotCreatedByUsers.Contains(t))
                     .OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void The_types_a_user_creates_are_all_found()
    {
        UserCreatedTypes().Cast<object[]>().Select(row => ((Type)row[0]).Name).Should().Contain(new[]
        {
            "Processor", "SubProcessor", "Transfer", "TransferMechanism", "ProcessorAgreement", "MainAgreementLink", "Organisation",
            "ContractTerms", "ContactDetails", "PostalAddress", "Signatory", "PersonalDataCategory", "CustomField", "DpfListing",
        });
    }

    [Theory]
    [MemberData(nameof(UserCreatedTypes))]
    public void Every_init_property_has_a_With_method_that_returns_a_copy_with_only_that_value_changed(Type type)
    {
        var original = Sample(type);
        foreach (var property in InitProperties(type))
        {
            var with = type.GetMethod("With" + property.Name, BindingFlags.Public | BindingFlags.Instance);
            with.Should().NotBeNull($"{type.Name}.{property.Name} has an init accessor, which C# 7.3 and VB.NET cannot call, so it needs With{property.Name}");
            with!.ReturnType.Should().Be(type);
            var parameter = with.GetParameters().Should().ContainSingle().Subject;
            parameter.Name.Should().Be(char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1));

            var value = Other(parameter.ParameterType, property.GetValue(original));
            var changed = with.Invoke(original, new[] { value })!;

            changed.Should().NotBeSameAs(original);
            Same(property.GetValue(changed), value).Should().BeTrue($"With{property.Name} sets {property.Name}");
            Same(property.GetValue(original), value).Should().BeFalse($"With{property.Name} leaves the original {type.Name} as it was");
            foreach (var other in InitProperties(type).Where(p => p != property))
            {
                Same(other.GetValue(changed), other.GetValue(original)).Should().BeTrue($"With{property.Name} keeps {other.Name}");
            }
        }
    }

    public static TheoryData<string, Func<object>, Type> GuardedWithCalls() => new()
    {
        { "processor.WithId(null)", () => Mailchimp().WithId(null!), typeof(ArgumentNullException) },
        { "processor.WithId(\" \")", () => Mailchimp().WithId(" "), typeof(ArgumentException) },
        { "processor.WithName(\"\")", () => Mailchimp().WithName(""), typeof(ArgumentException) },
        { "subProcessor.WithId(\"\\t\")", () => Aws().WithId("\t"), typeof(ArgumentException) },
        { "subProcessor.WithName(null)", () => Aws().WithName(null!), typeof(ArgumentNullException) },
        { "transfer.WithId(\"\")", () => PrivacyShield().WithId(""), typeof(ArgumentException) },
        { "transfer.WithProcessorId(null)", () => PrivacyShield().WithProcessorId(null!), typeof(ArgumentNullException) },
        { "transfer.WithMechanism(null)", () => PrivacyShield().WithMechanism(null!), typeof(ArgumentNullException) },
        { "agreement.WithId(\" \")", () => new ProcessorAgreement("a", "mailchimp").WithId(" "), typeof(ArgumentException) },
        { "agreement.WithProcessorId(\"\")", () => new ProcessorAgreement("a", "mailchimp").WithProcessorId(""), typeof(ArgumentException) },
        { "organisation.WithName(\" \")", () => Controller.WithName(" "), typeof(ArgumentException) },
        { "category.WithName(null)", () => new PersonalDataCategory("naam").WithName(null!), typeof(ArgumentNullException) },
        { "link.WithReference(\"\")", () => new MainAgreementLink("HO-1").WithReference(""), typeof(ArgumentException) },
        { "field.WithName(null)", () => new CustomField("owner", "Inkoop").WithName(null!), typeof(ArgumentNullException) },
        { "field.WithValue(null)", () => new CustomField("owner", "Inkoop").WithValue(null!), typeof(ArgumentNullException) },
    };

    [Theory]
    [MemberData(nameof(GuardedWithCalls))]
    public void A_With_method_refuses_what_the_constructor_refuses_naming_its_parameter(string call, Func<object> act, Type exception)
    {
        var thrown = act.Should().Throw<ArgumentException>(call).Which;
        thrown.GetType().Should().Be(exception, call);
        var parameter = call.Substring(call.IndexOf(".With", StringComparison.Ordinal) + 5, call.IndexOf('(', StringComparison.Ordinal) - call.IndexOf(".With", StringComparison.Ordinal) - 5);
        thrown.ParamName.Should().Be(char.ToLowerInvariant(parameter[0]) + parameter.Substring(1), call);
    }

    [Fact]
    public void A_register_built_with_constructors_and_With_methods_equals_one_built_with_object_initialisers()
    {
        var withMethods = new Processor("mailchimp", "Mailchimp", CountryCode.UnitedStates)
            .WithCategory(ProcessorCategory.Mailing)
            .WithAddress(new PostalAddress("405 N Angier Ave. NE", "GA 30308", "Atlanta"))
            .WithServices(new[] { "nieuwsbrieven versturen" })
            .WithDataCategories(new[] { new PersonalDataCategory("e-mailadres") })
            .WithContact(new ContactDetails("Privacy team", "privacy@mailchimp.com", null))
            .WithSignatory(new Signatory("A. Smith", "General Counsel"))
            .WithSubProcessors(new[] { new SubProcessor("aws", "Amazon Web Services", CountryCode.Parse("DE")).WithService("hosting") });
        var initialisers = new Processor("mailchimp", "Mailchimp", CountryCode.UnitedStates)
        {
            Category = ProcessorCategory.Mailing,
            Address = new PostalAddress { Street = "405 N Angier Ave. NE", PostalCode = "GA 30308", City = "Atlanta" },
            Services = new[] { "nieuwsbrieven versturen" },
            DataCategories = new[] { new PersonalDataCategory("e-mailadres") },
            Contact = new ContactDetails { Name = "Privacy team", Email = "privacy@mailchimp.com" },
            Signatory = new Signatory { Name = "A. Smith", Title = "General Counsel" },
            SubProcessors = new[] { new SubProcessor("aws", "Amazon Web Services", CountryCode.Parse("DE")) { Service = "hosting" } },
        };
        var terms = new ContractTerms(36, 14, null);

        withMethods.Should().Be(initialisers);
        terms.Should().Be(new ContractTerms { BreachNotificationHours = 36, AuditNoticeDays = 14 });
        ProcessorRegister.Create(Controller.WithContractTerms(terms), new[] { withMethods }).Processors.Should().Equal(initialisers);
    }

    [Fact]
    public void The_register_checks_values_set_with_With_methods_like_any_other_and_names_their_path()
    {
        var act = () => ProcessorRegister.Create(
            Controller.WithKvkNumber("1234").WithContractTerms(new ContractTerms(500, null, null)),
            new[] { Mailchimp().WithCustom(new[] { new CustomField("not a name", "x") }) });

        act.Should().Throw<RegisterValidationException>().Which.Problems.Select(p => p.Path)
            .Should().Contain(new[] { "controller.kvkNumber", "controller.contractTerms.breachNotificationHours" })
            .And.Contain(path => path.StartsWith("processors[0].custom", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_that_slipped_past_the_constructor_through_a_with_expression_is_still_refused_by_the_register()
    {
        var blankId = Mailchimp() with { Id = " " };
        var nullName = Mailchimp() with { Name = null! };

        var act = () => ProcessorRegister.Create(Controller, new[] { blankId, nullName });

        act.Should().Throw<RegisterValidationException>().Which.Problems.Select(p => p.Path)
            .Should().Contain(new[] { "processors[0].id", "processors[1].name" });
    }

    [Fact]
    public void A_list_given_to_a_With_method_is_copied_and_null_gives_an_empty_list()
    {
        var services = new[] { "nieuwsbrieven versturen" };
        var processor = Mailchimp().WithServices(services);

        services[0] = "changed afterwards";

        processor.Services.Should().Equal("nieuwsbrieven versturen");
        processor.WithServices(null).Services.Should().BeEmpty();
    }

    [Fact]
    public void The_statement_scan_options_have_With_methods_and_the_scanner_still_refuses_a_length_that_is_not_positive()
    {
        var options = Verwerkers.Statements.StatementScanOptions.Default.WithMaxNameLength(40).WithCatalogue(null);

        options.MaxNameLength.Should().Be(40);
        Verwerkers.Statements.StatementScanOptions.Default.MaxNameLength.Should().Be(80);
        InitProperties(typeof(Verwerkers.Statements.StatementScanOptions))
            .Should().OnlyContain(p => typeof(Verwerkers.Statements.StatementScanOptions).GetMethod("With" + p.Name) != null);
        var act = () => Verwerkers.Statements.StatementScanner.Scan(
            Verwerkers.Statements.StatementDocument.FromText("Wij werken met MailChimp."), options.WithMaxNameLength(0));
        act.Should().Throw<ArgumentException>().WithMessage("*MaxNameLength*");
        options.WithMaxNameLength(0).Validate().Should().ContainSingle().Which.Path.Should().Be("MaxNameLength");
    }

    [Fact]
    public void The_detail_records_constructors_without_arguments_leave_every_value_unrecorded()
    {
        new ContactDetails().Should().Be(new ContactDetails(null, null, null));
        new PostalAddress().Should().Be(new PostalAddress(null, null, null));
        new Signatory().Should().Be(new Signatory(null, null));
        new ContractTerms().Should().Be(new ContractTerms(null, null, null));
        new PostalAddress("Pittsburghstraat 31", "3047 BL", "Rotterdam", CountryCode.Netherlands).Country.Should().Be(CountryCode.Netherlands);
    }

    private static Processor Mailchimp() => new("mailchimp", "Mailchimp", CountryCode.UnitedStates);

    private static SubProcessor Aws() => new("aws", "Amazon Web Services", CountryCode.UnitedStates);

    private static Transfer PrivacyShield() =>
        new("t-1", "mailchimp", CountryCode.UnitedStates, TransferMechanism.Of(TransferMechanismKind.PrivacyShield));

    /// <summary>The public properties with an init accessor (IsExternalInit on the setter's return), in declaration order.</summary>
    private static IEnumerable<PropertyInfo> InitProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)));

    private static object Sample(Type type)
    {
        if (type == typeof(Processor)) return Mailchimp();
        if (type == typeof(SubProcessor)) return Aws();
        if (type == typeof(Transfer)) return PrivacyShield();
        if (type == typeof(TransferMechanism)) return TransferMechanism.Of(TransferMechanismKind.Scc2010);
        if (type == typeof(ProcessorAgreement)) return new ProcessorAgreement("a-1", "mailchimp");
        if (type == typeof(MainAgreementLink)) return new MainAgreementLink("HO-1");
        if (type == typeof(Organisation)) return Controller;
        if (type == typeof(PersonalDataCategory)) return new PersonalDataCategory("naam");
        if (type == typeof(CustomField)) return new CustomField("owner", "Inkoop");
        if (type == typeof(DpfListing)) return new DpfListing(DpfStatus.Active, new LocalDate(2026, 1, 5));
        if (type == typeof(ContractTerms)) return new ContractTerms();
        if (type == typeof(ContactDetails)) return new ContactDetails();
        if (type == typeof(PostalAddress)) return new PostalAddress();
        if (type == typeof(Signatory)) return new Signatory();
        throw new InvalidOperationException($"No sample {type.Name}: add one here (a new user-created register type needs With… methods too).");
    }

    /// <summary>A value of <paramref name="type"/> (a With parameter type) that differs from <paramref name="current"/>.</summary>
    private static object? Other(Type type, object? current)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string)) return current as string == "anders" ? "nog anders" : "anders";
        if (underlying == typeof(bool)) return !(current as bool? ?? false);
        if (underlying == typeof(int)) return (current as int? ?? 0) + 7;
        if (underlying == typeof(LocalDate)) return (current as LocalDate? ?? new LocalDate(2020, 1, 1)).PlusDays(10);
        if (underlying == typeof(Period)) return Period.FromDays(45);
        if (underlying == typeof(CountryCode)) return current is CountryCode c && c == CountryCode.Parse("DE") ? CountryCode.Parse("FR") : CountryCode.Parse("DE");
        if (underlying.IsEnum) return Enum.GetValues(underlying).Cast<object>().First(v => !v.Equals(current));
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var element = underlying.GetGenericArguments()[0];
            var array = Array.CreateInstance(element, 1);
            array.SetValue(element.IsClass && element != typeof(string) ? Sample(element) : Other(element, null), 0);
            return array;
        }

        var sample = Sample(underlying);
        return sample.Equals(current) ? Other(underlying, null) : sample;
    }

    private static bool Same(object? a, object? b) =>
        a is IEnumerable x && a is not string && b is IEnumerable y && b is not string
            ? x.Cast<object>().SequenceEqual(y.Cast<object>())
            : Equals(a, b);
}
