using System;

namespace Verwerkers.Input;

/// <summary>How a format words the problems of a file that must hold exactly one JSON object (see
/// <see cref="JsonShapeReader{TSelf}.BeginRoot"/>): each function gets what was found, in Dutch and English.</summary>
internal sealed record JsonRootWords(LocalizedText Empty, Func<LocalizedText, LocalizedText> NotAnObject, Func<LocalizedText, LocalizedText> AfterTheObject);
