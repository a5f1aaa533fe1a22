namespace Verwerkers.Register;

/// <summary>Checks Dutch Chamber of Commerce (Kamer van Koophandel, KvK) numbers.</summary>
public static class KvkNumber
{
    /// <summary>Gets a value indicating whether <paramref name="text"/> is a well-formed KvK number: exactly 8 digits.</summary>
    /// <param name="text">The text to check; may be null.</param>
    /// <returns>Whether the text is 8 ASCII digits.</returns>
    public static bool IsValid(string? text)
    {
        if (text is null || text.Length != 8)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }
}
