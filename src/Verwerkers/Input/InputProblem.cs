namespace Verwerkers.Input;

/// <summary>Builds the kernel <see cref="Problem"/> for the readers of the input kit.</summary>
internal static class InputProblem
{
    /// <summary>A problem at a JSON path (or column), line and position, in Dutch and English.</summary>
    public static Problem At(string? path, LocalizedText text, int line = 0, int position = 0) =>
        new(text.En, text.Nl) { Path = path, Line = line, Position = position };

    /// <summary>A problem at a JSON path (or column), line and position, in English and Dutch.</summary>
    public static Problem At(string? path, string english, string? dutch, int line = 0, int position = 0) =>
        new(english, dutch) { Path = path, Line = line, Position = position };
}
