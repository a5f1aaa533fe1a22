#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

/// <summary>Lets the compiler emit <c>init</c> accessors and records when targeting netstandard2.0.</summary>
internal static class IsExternalInit
{
}
#endif
