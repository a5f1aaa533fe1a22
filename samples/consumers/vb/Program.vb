' A VB.NET host: it builds the same register as the C# 7.3 consumer with constructors and With… methods (VB has no
' with expressions), checks it as of a fixed date and writes an agreement. .ci/run copies this folder out of the
' repository, references Verwerkers from nuget/ and runs it.
Imports System.IO
Imports NodaTime
Imports Verwerkers
Imports Verwerkers.Agreements
Imports Verwerkers.Compliance
Imports Verwerkers.Register

Module Program
    Function Main(args As String()) As Integer
        If args.Length <> 1 Then
            Console.Error.WriteLine("usage: VbConsumer <output folder>")
            Return 2
        End If

        Console.WriteLine("runtime: " & Environment.Version.ToString() & ", Verwerkers " & GetType(ProcessorRegister).Assembly.GetName().Version.ToString())

        Dim register = BuildRegister()
        Console.WriteLine("register: " & register.Controller.Name & ", " & register.Processors.Count & " processor(s), " &
                          register.Agreements.Count & " agreement(s), " & register.Transfers.Count & " transfer(s)")

        Dim asOf = New LocalDate(2026, 11, 22)
        Dim report = ComplianceChecker.Check(register, asOf)
        Console.WriteLine("checked as of " & asOf.ToString("yyyy-MM-dd", Nothing) & ": verdict " & report.Verdict.ToString())
        For Each finding In report.Findings
            Console.WriteLine("finding: " & finding.CodeName & " " & finding.Subject.Id & " | " & finding.Message.Nl)
        Next

        Directory.CreateDirectory(args(0))
        Dim path = System.IO.Path.Combine(args(0), "Verwerkersovereenkomst - Mailchimp.docx")
        Dim generator = New AgreementGenerator(New AgreementGeneratorOptions With {.Language = Language.Dutch, .Overwrite = True})
        Dim agreement = generator.GenerateToFile(register, "mailchimp", asOf, path)
        Console.WriteLine("agreement: " & agreement.Path & " (" & New FileInfo(path).Length & " bytes, verdict " & agreement.Verdict.ToString() & ")")

        Try
            register.Processors(0).WithId(" ")
            Console.WriteLine("guard: MISSING (WithId accepted white space)")
            Return 1
        Catch e As ArgumentException
            Console.WriteLine("guard: WithId refused '" & e.ParamName & "'")
        End Try

        Try
            register.WithController(register.Controller.WithKvkNumber("1234"))
            Console.WriteLine("guard: MISSING (the register accepted KvK number 1234)")
            Return 1
        Catch e As RegisterValidationException
            Console.WriteLine("guard: register refused: " & e.Message.Split(ControlChars.Lf)(0))
        End Try

        Return 0
    End Function

    Private Function BuildRegister() As ProcessorRegister
        Dim controller = New Organisation("Consument B.V.", CountryCode.Netherlands) _
            .WithKvkNumber("12345678") _
            .WithAddress(New PostalAddress("Stationsplein 1", "3511 ED", "Utrecht")) _
            .WithPrivacyContact(New ContactDetails("Functionaris Gegevensbescherming", "privacy@consument.nl", Nothing)) _
            .WithSignatory(New Signatory("J. de Vries", "directeur")) _
            .WithContractTerms(New ContractTerms(36, Nothing, Nothing))

        Dim mailchimp = New Processor("mailchimp", "Mailchimp", CountryCode.UnitedStates) _
            .WithLegalEntity("The Rocket Science Group LLC") _
            .WithCategory(ProcessorCategory.Mailing) _
            .WithAddress(New PostalAddress("405 N Angier Ave. NE", "GA 30308", "Atlanta")) _
            .WithServices({"nieuwsbrieven versturen"}) _
            .WithPurposes({"klanten informeren over aanbiedingen"}) _
            .WithDataCategories({New PersonalDataCategory("e-mailadres"), New PersonalDataCategory("naam").WithRetention("tot afmelding")}) _
            .WithDataSubjectCategories({"nieuwsbriefabonnees"}) _
            .WithProcessingLocations({CountryCode.UnitedStates}) _
            .WithPrivacyShieldListed(True) _
            .WithContact(New ContactDetails("Privacy team", "privacy@mailchimp.com", Nothing)) _
            .WithSignatory(New Signatory("A. Smith", "General Counsel")) _
            .WithSubProcessors({
                New SubProcessor("aws", "Amazon Web Services", CountryCode.Parse("DE")) _
                    .WithLegalEntity("Amazon Web Services EMEA SARL") _
                    .WithService("hosting") _
                    .WithAuthorisation(SubProcessorAuthorisation.General)
            }) _
            .WithCustom({New CustomField("contractOwner", "Inkoop")})

        Dim agreement = New ProcessorAgreement("a-mailchimp", "mailchimp") _
            .WithVersion("2.1") _
            .WithSignedOn(New LocalDate(2021, 9, 27)) _
            .WithStartDate(New LocalDate(2021, 10, 1)) _
            .WithEndDate(New LocalDate(2026, 12, 31)) _
            .WithCovers(Art28Checklist.All) _
            .WithDocument("contracten/mailchimp-dpa-2021.pdf")

        ' The 2018 privacy statement claims Privacy Shield (invalid since 16 July 2020); the 2021/914 clauses signed in
        ' 2021 are the fallback that carries the transfer today.
        Dim transfer = New Transfer("t-mailchimp", "mailchimp", CountryCode.UnitedStates, TransferMechanism.Of(TransferMechanismKind.PrivacyShield)) _
            .WithFallbacks({TransferMechanism.Scc2021(SccModule.Module2, New LocalDate(2021, 9, 27))}) _
            .WithTiaDocumentedOn(New LocalDate(2025, 3, 1)) _
            .WithClaimSource("privacyverklaring 2018")

        Return ProcessorRegister.Create(controller, {mailchimp}, {agreement}, {transfer})
    End Function
End Module
