// A .NET Framework 4.8 host on C# 7.3 (no init accessors, no with expressions, no records syntax): it builds a
// register in code with constructors and With… methods, checks it as of a fixed date and writes an agreement.
// .ci/run copies this folder out of the repository, references Verwerkers from nuget/ and runs it under Mono.
using System;
using System.IO;
using System.Linq;
using NodaTime;
using Verwerkers;
using Verwerkers.Agreements;
using Verwerkers.Compliance;
using Verwerkers.Register;

namespace Net48Consumer
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length != 1)
            {
                Console.Error.WriteLine("usage: Net48Consumer <output folder>");
                return 2;
            }

            Console.WriteLine("runtime: " + (Type.GetType("Mono.Runtime") != null ? "Mono" : "other") + ", CLR " + Environment.Version
                + ", Verwerkers " + typeof(ProcessorRegister).Assembly.GetName().Version);

            var register = SampleRegister.Build();
            Console.WriteLine("register: " + register.Controller.Name + ", " + register.Processors.Count + " processor(s), "
                + register.Agreements.Count + " agreement(s), " + register.Transfers.Count + " transfer(s)");

            var asOf = new LocalDate(2026, 11, 22);
            var report = ComplianceChecker.Check(register, asOf);
            Console.WriteLine("checked as of " + asOf.ToString("yyyy-MM-dd", null) + ": verdict " + report.Verdict);
            foreach (var finding in report.Findings)
            {
                Console.WriteLine("finding: " + finding.CodeName + " " + finding.Subject.Id + " | " + finding.Message.Nl);
            }

            Directory.CreateDirectory(args[0]);
            var path = Path.Combine(args[0], "Verwerkersovereenkomst - Mailchimp.docx");
            var generator = new AgreementGenerator(new AgreementGeneratorOptions { Language = Language.Dutch, Overwrite = true });
            var agreement = generator.GenerateToFile(register, "mailchimp", asOf, path);
            Console.WriteLine("agreement: " + agreement.Path + " (" + new FileInfo(path).Length + " bytes, verdict " + agreement.Verdict + ")");

            // The guards run on every path: a With… method checks its argument as the constructor does, and the
            // register checks every value however the object was made.
            try
            {
                register.Processors[0].WithId(" ");
                Console.WriteLine("guard: MISSING (WithId accepted white space)");
                return 1;
            }
            catch (ArgumentException e)
            {
                Console.WriteLine("guard: WithId refused '" + e.ParamName + "'");
            }

            try
            {
                register.WithController(register.Controller.WithKvkNumber("1234"));
                Console.WriteLine("guard: MISSING (the register accepted KvK number 1234)");
                return 1;
            }
            catch (RegisterValidationException e)
            {
                Console.WriteLine("guard: register refused: " + e.Message.Split('\n').First());
            }

            return 0;
        }
    }
}
