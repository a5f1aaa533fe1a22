using System;

namespace Verwerkers;

/// <summary>Argument checks shared by the whole library (one place, one wording).</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, string paramName)
        where T : class
        => value ?? throw new ArgumentNullException(paramName);

    public static string NotNullOrWhiteSpace(string? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }

        if (value.Trim().Length == 0)
        {
            throw new ArgumentException($"Value for '{paramName}' must not be empty or white space.", paramName);
        }

        return value;
    }
}
