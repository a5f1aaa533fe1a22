using System;

namespace Verwerkers.Storage;

/// <summary>Thrown when a <see cref="IRegisterStore"/> holds no register with the name asked for.</summary>
/// <remarks>
/// The name usually comes from a user or a request, so this is a <see cref="VerwerkersException"/> with one
/// <see cref="Problem"/> in Dutch and English (a web host answers "404 Not Found"). Immutable and thread-safe.
/// </remarks>
public sealed class RegisterNotFoundException : VerwerkersException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="name">The name that names no stored register.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public RegisterNotFoundException(string name)
        : base(
            English(Guard.NotNull(name, nameof(name))),
            new[] { new Problem(English(name), $"Er is geen register met de naam '{name}'.") { Source = name } })
    {
        Name = name;
    }

    /// <summary>Gets the name that names no stored register.</summary>
    public string Name { get; }

    private static string English(string name) => $"There is no register named '{name}'.";
}
