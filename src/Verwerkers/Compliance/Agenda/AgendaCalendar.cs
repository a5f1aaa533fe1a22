#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Hashing;
using System.Linq;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using NodaTime.Text;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>The agenda (<see cref="ComplianceChecker.UpcomingEvents"/>) as an iCalendar file (RFC 5545) for Outlook,
/// Google Calendar or Apple Calendar: one all-day event per deadline, with reminders ahead of it.</summary>
/// <remarks>
/// <para>
/// Each event's UID is derived from the register (its controller's KvK number, else its name), the processor, the
/// entry and the kind of event, and for the terms of a tacitly renewing agreement the number of renewals since the
/// recorded end date. The date itself is not part of it: exporting again after an end date changed gives the same UID
/// with the new date, so a calendar that imports the file again updates the event instead of adding a second one.
/// The DTSTAMP is the export day given by the caller (the library never reads the clock), and SEQUENCE is left at 0.
/// </para>
/// <para>Reminders (VALARM, DISPLAY) go off <see cref="AgendaCalendarOptions.NoticeReminderDays"/> days ahead of a
/// notice deadline and <see cref="AgendaCalendarOptions.ReminderDays"/> days ahead of every other deadline, counted
/// from the start of the all-day event.</para>
/// <para>Available in the net8.0 build of the library (Ical.Net's netstandard2.0 build needs a package this project
/// cannot ship). Stateless and thread-safe.</para>
/// </remarks>
public static class AgendaCalendar
{
    private const int MaxTermsCounted = 1000;

    /// <summary>Writes upcoming events as iCalendar text.</summary>
    /// <param name="register">The register the events are about (it names the calendar and keys the UIDs).</param>
    /// <param name="events">The events, from <see cref="ComplianceChecker.UpcomingEvents"/> on this register.</param>
    /// <param name="exportedOn">The day of the export: the DTSTAMP of every event (midnight UTC).</param>
    /// <param name="options">Language and reminders; null for the defaults.</param>
    /// <returns>The iCalendar text, with CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is invalid (every invalid option is listed), or an event is about
    /// an entry the register does not have.</exception>
    public static string ToICalendar(ProcessorRegister register, IReadOnlyList<UpcomingEvent> events, LocalDate exportedOn, AgendaCalendarOptions? options = null)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNull(events, nameof(events));
        var o = (options ?? new AgendaCalendarOptions()).ValidatedCopy();
        var language = o.Language;
        var calendar = new Ical.Net.Calendar { ProductId = "-//Verwerkers//Verwerkers agenda//NL", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", (language == Language.Dutch ? "Verwerkers-agenda " : "Processor agenda ") + register.Controller.Name);
        var stamp = new CalDateTime(exportedOn.Year, exportedOn.Month, exportedOn.Day, 0, 0, 0, "UTC");
        var registerKey = register.Controller.KvkNumber ?? register.Controller.Name;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            Guard.NotNull(e, nameof(events));
            var processor = register.FindProcessor(e.Subject.ProcessorId)
                ?? throw new ArgumentException($"The event on {Iso(e.Date)} is about processor '{e.Subject.ProcessorId}', which the register of '{register.Controller.Name}' does not have.", nameof(events));
            var uid = Uid(registerKey, e, Term(register, e));
            if (!seen.Add(uid))
            {
                continue;
            }

            var description = e.Description.In(language);
            var item = new CalendarEvent
            {
                Uid = uid,
                DtStamp = stamp,
                Sequence = 0,
                Summary = Capitalise(description) + ": " + e.Subject.Name,
                Description = Details(register, processor, e, language),
                DtStart = new CalDateTime(e.Date.Year, e.Date.Month, e.Date.Day),
                DtEnd = new CalDateTime(e.Date.PlusDays(1).Year, e.Date.PlusDays(1).Month, e.Date.PlusDays(1).Day),
                Transparency = TransparencyType.Transparent,
            };
            item.Categories.Add("Verwerkers");
            foreach (var days in e.Kind == UpcomingEventKind.NoticeDeadline ? o.NoticeReminderDays : o.ReminderDays)
            {
                item.Alarms.Add(new Alarm
                {
                    Action = AlarmAction.Display,
                    Description = Reminder(description, e.Subject.Name, days, language),
                    Trigger = new Trigger(new Ical.Net.DataTypes.Duration(days: -days)),
                });
            }

            calendar.Events.Add(item);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>Saves upcoming events as an iCalendar file, written to a temporary file beside the target and then
    /// moved into place, so an existing file is never left half-written.</summary>
    /// <param name="register">The register the events are about.</param>
    /// <param name="events">The events.</param>
    /// <param name="exportedOn">The day of the export (DTSTAMP).</param>
    /// <param name="path">The .ics file to create or replace.</param>
    /// <param name="options">Language and reminders; null for the defaults.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="ToICalendar"/>.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(ProcessorRegister register, IReadOnlyList<UpcomingEvent> events, LocalDate exportedOn, string path, AgendaCalendarOptions? options = null)
    {
        Guard.NotNullOrWhiteSpace(path, nameof(path));
        var bytes = new UTF8Encoding(false).GetBytes(ToICalendar(register, events, exportedOn, options));
        AtomicFile.Write(path, stream => stream.Write(bytes, 0, bytes.Length), overwrite: true);
    }

    /// <summary>For the term end and notice deadline of a tacitly renewing agreement: the number of renewals since the
    /// recorded end date; otherwise 0.</summary>
    private static int Term(ProcessorRegister register, UpcomingEvent e)
    {
        if (e.Kind is not (UpcomingEventKind.AgreementEnd or UpcomingEventKind.NoticeDeadline) || e.Subject.Kind != SubjectKind.Agreement
            || register.FindAgreement(e.Subject.Id) is not { AutoRenew: true, RenewalTerm: not null } agreement
            || agreement.ContractualEndDate is not { } end)
        {
            return 0;
        }

        var notice = AgreementTerm.Compute(agreement, e.Date).Notice;
        for (var n = 0; n < MaxTermsCounted; n++)
        {
            var date = e.Kind == UpcomingEventKind.AgreementEnd ? end : Dates.Minus(end, notice);
            if (date >= e.Date)
            {
                return n;
            }

            end = AgreementTerm.Next(agreement, end);
        }

        return MaxTermsCounted;
    }

    private static string Uid(string registerKey, UpcomingEvent e, int term)
    {
        var key = string.Join("\u001f", registerKey, e.Subject.ProcessorId, e.Subject.Kind.ToString(), e.Subject.Id, e.Kind.ToString(), e.ReferenceId ?? string.Empty, term.ToString(CultureInfo.InvariantCulture));
        var hash = XxHash128.Hash(Encoding.UTF8.GetBytes(key));
        var hex = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return ReferenceDataParser.CamelCase(e.Kind.ToString()) + "-" + hex + "@verwerkers";
    }

    private static string Details(ProcessorRegister register, Processor processor, UpcomingEvent e, Language language)
    {
        var dutch = language == Language.Dutch;
        var lines = new List<string>
        {
            Capitalise(e.Description.In(language)) + (dutch ? " op " : " on ") + LongDate.Format(e.Date, language) + ".",
            (dutch ? "Verwerker: " : "Processor: ") + processor.Name + " (" + processor.Id + ")",
        };
        if (e.Subject.Kind != SubjectKind.Processor)
        {
            lines.Add((dutch ? "Betreft: " : "Concerns: ") + e.Subject.Name + " (" + e.Subject.Id + ")");
        }

        if (e.ReferenceId is not null)
        {
            lines.Add((dutch ? "Referentie: " : "Reference: ") + e.ReferenceId);
        }

        var controller = register.Controller.Name;
        lines.Add((dutch ? "Register van " : "Register of ") + controller + (controller.EndsWith(".", StringComparison.Ordinal) ? string.Empty : "."));
        lines.Add(dutch
            ? "Gemaakt met 'verwerkers agenda'; een nieuwe export werkt deze afspraak bij."
            : "Made with 'verwerkers agenda'; a new export updates this event.");
        return string.Join("\n", lines);
    }

    private static string Reminder(string description, string name, int days, Language language) => language == Language.Dutch
        ? (days == 0 ? "Vandaag: " : "Over " + days.ToString(CultureInfo.InvariantCulture) + " dagen: ") + description + " (" + name + ")"
        : (days == 0 ? "Today: " : "In " + days.ToString(CultureInfo.InvariantCulture) + " days: ") + description + " (" + name + ")";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
#endif
