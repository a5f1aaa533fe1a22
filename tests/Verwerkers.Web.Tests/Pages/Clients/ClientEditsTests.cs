using System.Linq;
using FluentAssertions;
using Verwerkers.Register;
using Verwerkers.Web.Pages.Clients;
using Xunit;

namespace Verwerkers.Web.Tests.Pages.Clients;

public class ClientEditsTests
{
    private static readonly ProcessorRegister Empty = ProcessorRegister.Empty(new Organisation("Bakkerij De Korf B.V.", CountryCode.Netherlands));

    private static ProcessorRegister WithMailChimp() =>
        ClientEdits.SaveProcessor(Empty, new ProcessorForm { Name = "MailChimp", Country = "us", Category = "mailing" }, null).Value!;

    [Fact]
    public void A_new_processor_gets_an_id_from_its_name_and_the_values_of_the_form()
    {
        var result = ClientEdits.SaveProcessor(Empty, new ProcessorForm
        {
            Name = "MailChimp",
            Country = "us",
            Category = "mailing",
            Services = "nieuwsbrieven versturen\n\n  mailinglijsten beheren ",
            ProcessingLocations = "US, ie;US",
        }, null);

        result.Problems.Should().BeEmpty();
        var processor = result.Value!.Processors.Single();
        processor.Id.Should().Be("mailchimp");
        processor.Country.Should().Be(CountryCode.UnitedStates);
        processor.Category.Should().Be(ProcessorCategory.Mailing);
        processor.Services.Should().Equal("nieuwsbrieven versturen", "mailinglijsten beheren");
        processor.ProcessingLocations.Select(c => c.Value).Should().Equal("US", "IE");
    }

    [Fact]
    public void A_second_processor_of_the_same_name_gets_a_unique_id_but_a_given_duplicate_id_is_refused_at_the_id_field()
    {
        var register = WithMailChimp();

        ClientEdits.SaveProcessor(register, new ProcessorForm { Name = "MailChimp", Country = "US" }, null)
            .Value!.Processors.Select(p => p.Id).Should().Equal("mailchimp", "mailchimp-2");
        var refused = ClientEdits.SaveProcessor(register, new ProcessorForm { Id = "mailchimp", Name = "Other", Country = "NL" }, null);
        refused.Value.Should().BeNull();
        refused.Problems.Should().ContainSingle().Which.Path.Should().Be(nameof(ProcessorForm.Id));
    }

    [Fact]
    public void Missing_and_unreadable_values_are_problems_at_their_fields_in_Dutch_and_English()
    {
        var result = ClientEdits.SaveProcessor(Empty, new ProcessorForm { Name = " ", Country = "XX", Category = "bakery", ProcessingLocations = "US, ZZ" }, null);

        result.Value.Should().BeNull();
        result.Problems.Select(p => p.Path).Should().BeEquivalentTo(new[] { "Name", "Country", "Category", "ProcessingLocations" });
        var country = result.Problems.Single(p => p.Path == "Country");
        country.MessageIn(Language.Dutch).Should().Contain("'XX' is geen landcode");
        country.MessageIn(Language.English).Should().Contain("'XX' is not a country code");
    }

    [Fact]
    public void The_register_validators_problem_shows_at_the_field_it_is_about()
    {
        var result = ClientEdits.SaveProcessor(Empty, new ProcessorForm { Name = "Boekhouder", Country = "NL", KvkNumber = "1234" }, null);

        result.Value.Should().BeNull();
        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be(nameof(ProcessorForm.KvkNumber));
        problem.MessageIn(Language.Dutch).Should().Contain("precies 8 cijfers");
    }

    [Fact]
    public void A_missing_name_does_not_hide_the_register_validators_problems_of_other_fields()
    {
        var result = ClientEdits.SaveProcessor(Empty, new ProcessorForm { Name = "", Country = "NL", KvkNumber = "1234" }, null);

        result.Problems.Select(p => p.Path).Should().Equal("Name", "KvkNumber");
    }

    [Fact]
    public void Editing_keeps_the_id_and_the_values_the_form_does_not_show()
    {
        var register = WithMailChimp();
        var original = register.Processors[0].WithContact(new ContactDetails { Email = "privacy@mailchimp.com" });
        register = register.WithProcessor(original);
        var form = ProcessorForm.From(original);
        form.Id = "renamed";
        form.Name = "Mailchimp (Intuit)";

        var edited = ClientEdits.SaveProcessor(register, form, "mailchimp").Value!.Processors.Single();

        edited.Id.Should().Be("mailchimp");
        edited.Name.Should().Be("Mailchimp (Intuit)");
        edited.Contact.Should().Be(original.Contact);
    }

    [Fact]
    public void A_processors_form_round_trip_gives_the_same_processor()
    {
        var processor = new Processor("crm", "Klantbeheer", CountryCode.Netherlands)
        {
            LegalEntity = "Klantbeheer B.V.",
            KvkNumber = "12345678",
            Category = ProcessorCategory.Crm,
            Role = ProcessorRole.Processor,
            Services = new[] { "CRM" },
            Purposes = new[] { "klantcontact" },
            DataCategories = new[] { new PersonalDataCategory("BSN", DataCategoryKind.NationalIdentificationNumber) },
            DataSubjectCategories = new[] { "klanten" },
            ProcessingLocations = new[] { CountryCode.Netherlands },
            Notes = "uit de privacyverklaring",
        };

        ProcessorForm.From(processor).ToProcessor(processor, _ => false).Value.Should().Be(processor);
    }

    [Fact]
    public void A_sub_processor_is_added_to_its_processor_and_its_removal_removes_the_transfers_to_it()
    {
        var register = ClientEdits.SaveSubProcessor(WithMailChimp(), "mailchimp", new SubProcessorForm { Name = "Amazon Web Services", Country = "US", Authorisation = "general", ObjectionPeriod = "p30d" }, null).Value!;
        var sub = register.Processors[0].SubProcessors.Single();
        sub.Id.Should().Be("amazon-web-services");
        sub.ObjectionPeriod.Should().Be(NodaTime.Period.FromDays(30));
        register = ClientEdits.SaveTransfer(register, new TransferForm { ProcessorId = "mailchimp", SubProcessorId = sub.Id, Mechanism = "scc2021", SccModule = "module3" }, null).Value!;
        register.Transfers.Single().ImporterCountry.Should().Be(CountryCode.UnitedStates, "a blank country is the importer's own");
        register.Transfers.Single().ExporterRole.Should().Be(PartyRole.Processor, "the processor exports to its sub-processor");

        var removed = ClientEdits.RemoveSubProcessor(register, "mailchimp", sub.Id).Value!;

        removed.Processors[0].SubProcessors.Should().BeEmpty();
        removed.Transfers.Should().BeEmpty();
    }

    [Fact]
    public void A_sub_processor_that_engaged_another_is_not_removed()
    {
        var register = ClientEdits.SaveSubProcessor(WithMailChimp(), "mailchimp", new SubProcessorForm { Id = "aws", Name = "AWS", Country = "US" }, null).Value!;
        register = ClientEdits.SaveSubProcessor(register, "mailchimp", new SubProcessorForm { Id = "cdn", Name = "CDN", Country = "US", ParentSubProcessorId = "aws" }, null).Value!;

        var result = ClientEdits.RemoveSubProcessor(register, "mailchimp", "aws");

        result.Value.Should().BeNull();
        result.Problems.Single().MessageIn(Language.Dutch).Should().Contain("CDN");
    }

    [Fact]
    public void A_sub_processors_unknown_parent_shows_at_the_parent_field()
    {
        var result = ClientEdits.SaveSubProcessor(WithMailChimp(), "mailchimp", new SubProcessorForm { Name = "CDN", Country = "US", ParentSubProcessorId = "nobody", NotifiedOn = "31-12-2025" }, null);
        result.Problems.Select(p => p.Path).Should().Equal("NotifiedOn");

        result = ClientEdits.SaveSubProcessor(WithMailChimp(), "mailchimp", new SubProcessorForm { Name = "CDN", Country = "US", ParentSubProcessorId = "nobody" }, null);
        result.Problems.Select(p => p.Path).Should().Equal("ParentSubProcessorId");
    }

    [Fact]
    public void A_transfer_with_a_module_on_a_mechanism_that_has_none_is_refused_at_the_module_field()
    {
        var result = ClientEdits.SaveTransfer(WithMailChimp(), new TransferForm { ProcessorId = "mailchimp", Mechanism = "privacyShield", SccModule = "module2" }, null);

        result.Value.Should().BeNull();
        result.Problems.Should().ContainSingle().Which.Path.Should().Be(nameof(TransferForm.SccModule));
    }

    [Fact]
    public void A_transfer_needs_a_mechanism_and_a_known_processor_and_sub_processor()
    {
        ClientEdits.SaveTransfer(WithMailChimp(), new TransferForm { ProcessorId = "mailchimp" }, null)
            .Problems.Select(p => p.Path).Should().Equal("Mechanism");
        ClientEdits.SaveTransfer(WithMailChimp(), new TransferForm { ProcessorId = "mailchimp", SubProcessorId = "nobody", Mechanism = "none" }, null)
            .Problems.Select(p => p.Path).Should().Equal("SubProcessorId");
        ClientEdits.SaveTransfer(WithMailChimp(), new TransferForm { ProcessorId = "nobody", Mechanism = "none" }, null)
            .Problems.Select(p => p.Path).Should().Equal("ProcessorId", "ImporterCountry");
    }

    [Fact]
    public void A_transfers_form_round_trip_gives_the_same_transfer()
    {
        var register = ClientEdits.SaveTransfer(WithMailChimp(), new TransferForm
        {
            ProcessorId = "mailchimp",
            Mechanism = "art49Derogation",
            Art49Ground = "explicitConsent",
            ConditionsRecorded = true,
            Frequency = "occasional",
            TiaDocumentedOn = "2024-05-01",
            ClaimSource = "privacyverklaring 2018",
        }, null).Value!;
        var transfer = register.Transfers.Single();

        TransferForm.From(transfer).ToTransfer(register, transfer).Value.Should().Be(transfer);
    }

    [Fact]
    public void An_agreements_date_and_renewal_problems_show_at_their_fields()
    {
        var register = WithMailChimp();

        ClientEdits.SaveAgreement(register, new AgreementForm { ProcessorId = "mailchimp", StartDate = "2024-01-01", EndDate = "2023-12-31", AutoRenew = true, CoversAll = true }, null)
            .Problems.Select(p => p.Path).Should().BeEquivalentTo(new[] { "EndDate", "RenewalTerm", "ChecklistReviewedOn" });
        ClientEdits.SaveAgreement(register, new AgreementForm { ProcessorId = "mailchimp", StartDate = "1 januari", BreachNotificationHours = "veel", Covers = { "A28_NOPE" } }, null)
            .Problems.Select(p => p.Path).Should().BeEquivalentTo(new[] { "StartDate", "BreachNotificationHours", "Covers" });
        ClientEdits.SaveAgreement(register, new AgreementForm { ProcessorId = "mailchimp", DeletionDays = "400" }, null)
            .Problems.Select(p => p.Path).Should().Equal("DeletionDays");
    }

    [Fact]
    public void An_agreements_form_round_trip_gives_the_same_agreement()
    {
        var register = ClientEdits.SaveAgreement(WithMailChimp(), new AgreementForm
        {
            ProcessorId = "mailchimp",
            Version = "2.1",
            SignedOn = "2023-12-20",
            StartDate = "2024-01-01",
            EndDate = "2026-12-31",
            AutoRenew = true,
            RenewalTerm = "P1Y",
            NoticePeriod = "P3M",
            Covers = { Art28Checklist.IdOf(Art28Requirement.Written), Art28Checklist.IdOf(Art28Requirement.Security) },
            BreachNotificationHours = "48",
        }, null).Value!;
        var agreement = register.Agreements.Single();
        agreement.Id.Should().Be("vwo-mailchimp");

        AgreementForm.From(agreement).ToAgreement(agreement, _ => false).Value.Should().Be(agreement);
    }

    [Fact]
    public void Removing_an_entry_that_is_gone_says_so_and_changes_nothing()
    {
        var register = WithMailChimp();

        ClientEdits.RemoveProcessor(register, "nobody").Problems.Single().MessageIn(Language.Dutch).Should().Contain("laad de pagina opnieuw");
        ClientEdits.RemoveTransfer(register, "nobody").Value.Should().BeNull();
        ClientEdits.RemoveAgreement(register, "nobody").Value.Should().BeNull();
        ClientEdits.RemoveProcessor(register, "mailchimp").Value!.Processors.Should().BeEmpty();
    }
}
