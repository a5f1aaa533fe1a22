using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Verwerkers.Templating.Data;

/// <summary>
/// A format written after the colon of a tag (<c>{{endDate:d MMMM yyyy}}</c>), prepared once at compile time for every
/// value kind it can apply to: NodaTime dates, BCL dates and numbers.
/// </summary>
internal sealed class ValueFormat
{
    private readonly CultureInfo _culture;
    private readonly LocalDatePattern? _date;
    private readonly LocalDateTimePattern? _dateTime;
    private readonly bool _numeric;

    private ValueFormat(string pattern, CultureInfo culture, LocalDatePattern? date, LocalDateTimePattern? dateTime, bool numeric)
    {
        Pattern = pattern;
        _culture = culture;
        _date = date;
        _dateTime = dateTime;
        _numeric = numeric;
    }

    public string Pattern { get; }

    /// <summary>Prepares a format, or returns null if it is neither a date/time pattern nor a number format.</summary>
    public static ValueFormat? TryCreate(string pattern, CultureInfo culture)
    {
        LocalDatePattern? date = null;
        LocalDateTimePattern? dateTime = null;
        try
        {
            date = LocalDatePattern.Create(pattern, culture);
        }
        catch (InvalidPatternException)
        {
        }

        try
        {
            dateTime = LocalDateTimePattern.Create(pattern, culture);
        }
        catch (InvalidPatternException)
        {
        }

        var numeric = IsNumberFormat(pattern);
        return date is null && dateTime is null && !numeric ? null : new ValueFormat(pattern, culture, date, dateTime, numeric);
    }

    /// <summary>Formats a value; returns false if the format does not fit the value's kind.</summary>
    public bool TryFormat(object value, out string text)
    {
        switch (value)
        {
            case LocalDate d when _date is not null:
                text = _date.Format(d);
                return true;
            case LocalDate d when _dateTime is not null:
                text = _dateTime.Format(d.AtMidnight());
                return true;
            case LocalDateTime dt when _dateTime is not null:
                text = _dateTime.Format(dt);
                return true;
            case Instant i when _dateTime is not null:
                text = _dateTime.Format(i.InUtc().LocalDateTime);
                return true;
            case OffsetDateTime odt when _dateTime is not null:
                text = _dateTime.Format(odt.LocalDateTime);
                return true;
            case ZonedDateTime zdt when _dateTime is not null:
                text = _dateTime.Format(zdt.LocalDateTime);
                return true;
            case DateTime dt when _dateTime is not null || _date is not null:
                text = dt.ToString(Pattern, _culture);
                return true;
            case DateTimeOffset dto when _dateTime is not null || _date is not null:
                text = dto.ToString(Pattern, _culture);
                return true;
            case string s:
                return TryFormatString(s, out text);
            case byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal when _numeric:
                text = ((IFormattable)value).ToString(Pattern, _culture);
                return true;
            default:
                text = string.Empty;
                return false;
        }
    }

    private bool TryFormatString(string s, out string text)
    {
        // JSON carries dates and amounts as strings: accept ISO dates and invariant numbers.
        if (_date is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(s);
            if (parsed.Success)
            {
                text = _date.Format(parsed.Value);
                return true;
            }
        }

        if (_dateTime is not null)
        {
            var parsed = LocalDateTimePattern.ExtendedIso.Parse(s);
            if (parsed.Success)
            {
                text = _dateTime.Format(parsed.Value);
                return true;
            }
        }

        if (_numeric && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            text = number.ToString(Pattern, _culture);
            return true;
        }

        text = string.Empty;
        return false;
    }

    private static bool IsNumberFormat(string pattern)
    {
        if (pattern.Length is >= 1 and <= 3 && "CcDdEeFfGgNnPpRrXx".IndexOf(pattern[0]) >= 0)
        {
            for (var i = 1; i < pattern.Length; i++)
            {
                if (pattern[i] < '0' || pattern[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        var hasDigit = false;
        var quote = '\0';
        foreach (var c in pattern)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    break;
                case '0' or '#':
                    hasDigit = true;
                    break;
                case '.' or ',' or '%' or '‰' or ';' or ' ' or '-' or '+' or '€' or '$' or '(' or ')':
                    break;
                default:
                    return false;
            }
        }

        return hasDigit && quote == '\0';
    }
}

/// <summary>How values without a format are written.</summary>
internal static class DefaultFormatting
{
    public static string ToText(object value, CultureInfo culture) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        DateTime dt when dt.TimeOfDay == TimeSpan.Zero => dt.ToString("d", culture),
        LocalDate d => d.ToString("d", culture),
        IFormattable f => f.ToString(null, culture),
        _ => value.ToString() ?? string.Empty,
    };
}
