#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Compliance;

/// <summary>Choices for the agenda as an iCalendar file (<see cref="AgendaCalendar"/>); every default is documented
/// and validated, and <see cref="Validate"/> reports every invalid setting at once.</summary>
/// <remarks>A mutable settings object: <see cref="AgendaCalendar"/> validates and copies it on each call, so later
/// changes have no effect on a file being written.</remarks>
public sealed class AgendaCalendarOptions
{
    /// <summary>The most days ahead a reminder may be set: 365.</summary>
    public const int MaxReminderDays = 365;

    /// <summary>Gets or sets the language of the event titles and descriptions. Default Dutch.</summary>
    public Language Language { get; set; } = Language.Dutch;

    /// <summary>Gets or sets how many days ahead of a notice deadline (the last day to stop a tacit renewal) a
    /// reminder goes off, one reminder per value. Default 30 and 7 days; each 0 to <see cref="MaxReminderDays"/>.</summary>
    public IReadOnlyList<int> NoticeReminderDays { get; set; } = new[] { 30, 7 };

    /// <summary>Gets or sets how many days ahead of every other deadline a reminder goes off. Default 14 days;
    /// empty for none; each 0 to <see cref="MaxReminderDays"/>.</summary>
    public IReadOnlyList<int> ReminderDays { get; set; } = new[] { 14 };

    /// <summary>Checks every setting.</summary>
    /// <returns>One message per invalid setting; empty when all are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(typeof(Language), Language))
        {
            problems.Add($"{nameof(Language)} is {Language}, which is not a defined value.");
        }

        Check(NoticeReminderDays, nameof(NoticeReminderDays), problems);
        Check(ReminderDays, nameof(ReminderDays), problems);
        return problems;
    }

    internal AgendaCalendarOptions ValidatedCopy()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "The agenda calendar options are invalid:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems),
                "options");
        }

        return new AgendaCalendarOptions
        {
            Language = Language,
            NoticeReminderDays = NoticeReminderDays.Distinct().OrderByDescending(d => d).ToArray(),
            ReminderDays = ReminderDays.Distinct().OrderByDescending(d => d).ToArray(),
        };
    }

    private static void Check(IReadOnlyList<int>? days, string name, List<string> problems)
    {
        if (days is null)
        {
            problems.Add($"{name} is null; use an empty list for no reminders.");
            return;
        }

        foreach (var d in days.Where(d => d < 0 || d > MaxReminderDays))
        {
            problems.Add($"{name} contains {d}; each value must be from 0 to {MaxReminderDays} days.");
        }
    }
}
#endif
