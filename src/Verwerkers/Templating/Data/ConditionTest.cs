using System;
using System.Collections;
using System.Globalization;

namespace Verwerkers.Templating.Data;

/// <summary>How a <see cref="ConditionTest"/> compares its value.</summary>
internal enum CompareOperator
{
    /// <summary>The value is truthy: not missing, null, false, zero, empty text or an empty list.</summary>
    Truthy,

    /// <summary>The value equals the literal (<c>==</c>).</summary>
    Equal,

    /// <summary>The value differs from the literal (<c>!=</c>).</summary>
    NotEqual,
}

/// <summary>
/// One test of a dialect's condition: a data path, optionally compared with a literal, optionally negated. Conditions
/// are lists of tests that must all hold; nothing else is evaluated. Immutable.
/// </summary>
internal sealed class ConditionTest
{
    public ConditionTest(DataPath path, CompareOperator op, object? literal, bool negated)
    {
        Path = path;
        Operator = op;
        Literal = literal;
        Negated = negated;
    }

    public DataPath Path { get; }

    public CompareOperator Operator { get; }

    /// <summary>A string, a decimal, a bool, or null (<c>None</c>).</summary>
    public object? Literal { get; }

    public bool Negated { get; }

    public ConditionTest Negate() => new(Path, Operator, Literal, !Negated);

    public ConditionTest WithPath(DataPath path) => new(path, Operator, Literal, Negated);

    /// <summary>Whether the test holds for a value (<paramref name="found"/> false: the data has no such path).</summary>
    public bool Holds(bool found, object? value)
    {
        value = DataAccess.Unwrap(value);
        var result = Operator switch
        {
            CompareOperator.Truthy => found && IsTruthy(value),
            CompareOperator.Equal => EqualsLiteral(found, value),
            _ => !EqualsLiteral(found, value),
        };
        return result != Negated;
    }

    /// <summary>Jinja's truthiness: docxtemplater's (null, false, zero, empty text are falsy) and an empty list too.</summary>
    public static bool IsTruthy(object? value)
    {
        if (DataAccess.AsSequence(value) is { } sequence)
        {
            var e = sequence.GetEnumerator();
            try
            {
                return e.MoveNext();
            }
            finally
            {
                (e as IDisposable)?.Dispose();
            }
        }

        return value is not ICollection { Count: 0 } && DataAccess.IsTruthy(value);
    }

    private bool EqualsLiteral(bool found, object? value)
    {
        if (!found || value is null)
        {
            return Literal is null;
        }

        switch (Literal)
        {
            case null:
                return false;
            case string s:
                return value is string or Enum or char ? string.Equals(value.ToString(), s, StringComparison.Ordinal) : false;
            case bool b:
                return value is bool v && v == b;
            case decimal d:
                if (value is bool or string or char or Enum)
                {
                    return false;
                }

                try
                {
                    return value is IConvertible c && c.ToDecimal(CultureInfo.InvariantCulture) == d;
                }
                catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    public override string ToString()
    {
        var literal = Literal switch
        {
            null => "None",
            string s => "'" + s + "'",
            bool b => b ? "True" : "False",
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            _ => Literal.ToString(),
        };
        var test = Operator switch
        {
            CompareOperator.Truthy => Path.Text,
            CompareOperator.Equal => Path.Text + " == " + literal,
            _ => Path.Text + " != " + literal,
        };
        return Negated ? "not " + test : test;
    }
}
