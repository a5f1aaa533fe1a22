using System;
using NodaTime;
using NodaTime.Text;

namespace Verwerkers.Workspace;

/// <summary>
/// Thrown when a save is based on a version that is no longer the register's current one: someone else saved first
/// (or the register already exists when a new one is created). Nothing was written.
/// </summary>
/// <remarks>
/// The message says who saved the newer version and when, in Dutch and English, so that a web page can show it and the
/// user can reload, compare and redo the edit. Immutable and thread-safe.
/// </remarks>
public sealed class RegisterConflictException : VerwerkersException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="basedOnVersion">The version the refused save was based on (0: a new register).</param>
    /// <param name="current">The register's current version.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RegisterConflictException(string name, int basedOnVersion, RegisterVersion current)
        : base(
            English(Guard.NotNull(name, nameof(name)), basedOnVersion, Guard.NotNull(current, nameof(current))),
            new[] { new Problem(English(name, basedOnVersion, current), Dutch(name, basedOnVersion, current)) { Source = name } })
    {
        Name = name;
        BasedOnVersion = basedOnVersion;
        Current = current;
    }

    /// <summary>Gets the register's name.</summary>
    public string Name { get; }

    /// <summary>Gets the version the refused save was based on; 0 when it would have created the register.</summary>
    public int BasedOnVersion { get; }

    /// <summary>Gets the register's current version: who saved it and when.</summary>
    public RegisterVersion Current { get; }

    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>When, as a Dutch user reads it: the date in words and the time in Amsterdam.</summary>
    private static string When(Instant instant, Language language)
    {
        var local = instant.InZone(Amsterdam);
        var date = LongDate.Format(local.Date, language);
        return language == Language.English
            ? $"{date} at {Time.Format(local.TimeOfDay)} (Amsterdam time)"
            : $"{date} om {Time.Format(local.TimeOfDay)}";
    }

    private static string English(string name, int basedOn, RegisterVersion current) => basedOn == 0
        ? $"A register named '{name}' already exists (version {current.Number}, saved by {current.SavedBy} on {When(current.SavedAt, Language.English)})."
        : $"The register '{name}' was changed by {current.SavedBy} on {When(current.SavedAt, Language.English)} (version {current.Number}) after you opened version {basedOn}; nothing was saved. Reload, compare and make your change again.";

    private static string Dutch(string name, int basedOn, RegisterVersion current) => basedOn == 0
        ? $"Er bestaat al een register met de naam '{name}' (versie {current.Number}, opgeslagen door {current.SavedBy} op {When(current.SavedAt, Language.Dutch)})."
        : $"Het register '{name}' is gewijzigd door {current.SavedBy} op {When(current.SavedAt, Language.Dutch)} (versie {current.Number}) nadat u versie {basedOn} opende; er is niets opgeslagen. Laad het opnieuw, bekijk de verschillen en breng uw wijziging opnieuw aan.";
}
