using System.Globalization;

namespace Corroborate.Domain;

public enum DatePrecision { Day, Week, Month, Season, Year }

public enum Season { Winter, Spring, Summer, Autumn }

/// <summary>
/// A calendar value with a precision, written TIMEX3-style: 2023-05-22, 2023-05, 2022-SP, 2023,
/// and XXXX-05-22 when the year is not known.
/// </summary>
public readonly record struct DateValue(int? Year, int? Month, int? Day, Season? Season, DatePrecision Precision)
{
    public static DateValue OfDay(int? year, int month, int day) => new(year, month, day, null, DatePrecision.Day);
    public static DateValue OfMonth(int? year, int month) => new(year, month, null, null, DatePrecision.Month);
    public static DateValue OfSeason(int? year, Season season) => new(year, null, null, season, DatePrecision.Season);
    public static DateValue OfYear(int year) => new(year, null, null, null, DatePrecision.Year);
    public static DateValue From(DateOnly d) => OfDay(d.Year, d.Month, d.Day);
    /// <summary>The ISO week containing <paramref name="d"/> (kept as its Monday).</summary>
    public static DateValue OfWeek(DateOnly d)
    {
        var monday = d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
        return new(monday.Year, monday.Month, monday.Day, null, DatePrecision.Week);
    }

    public bool HasYear => Year is not null;

    public string PrecisionName => Precision.ToString().ToLowerInvariant();

    /// <summary>First and last day covered, when the year is known.</summary>
    public (DateOnly First, DateOnly Last)? Range
    {
        get
        {
            if (Year is not int y) return null;
            switch (Precision)
            {
                case DatePrecision.Day: var d = new DateOnly(y, Month!.Value, Day!.Value); return (d, d);
                case DatePrecision.Week: var w = new DateOnly(y, Month!.Value, Day!.Value); return (w, w.AddDays(6));
                case DatePrecision.Month:
                    var m = new DateOnly(y, Month!.Value, 1); return (m, m.AddMonths(1).AddDays(-1));
                case DatePrecision.Season:
                    // Meteorological seasons; winter YYYY runs December YYYY-1 to February YYYY.
                    var (sm, sy) = Season switch
                    {
                        Domain.Season.Spring => (3, y), Domain.Season.Summer => (6, y),
                        Domain.Season.Autumn => (9, y), _ => (12, y - 1),
                    };
                    var s = new DateOnly(sy, sm, 1); return (s, s.AddMonths(3).AddDays(-1));
                default: return (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            }
        }
    }

    /// <summary>True when both values can denote the same time (one may refine the other).</summary>
    public bool IsCompatibleWith(DateValue other)
    {
        if (Range is { } a && other.Range is { } b) return a.First <= b.Last && b.First <= a.Last;
        // One side has no year: does any day the dated side covers carry the other's month (and day)?
        if (Range is { } r) return other.CouldFallIn(r);
        if (other.Range is { } o) return CouldFallIn(o);
        // Neither has a year: compare what both know.
        if (Month is int m1 && other.Month is int m2 && m1 != m2) return false;
        if (Day is int d1 && other.Day is int d2 && d1 != d2) return false;
        return true;
    }

    private bool CouldFallIn((DateOnly First, DateOnly Last) range)
    {
        if (Month is not int month) return true;
        for (var d = range.First; d <= range.Last; d = d.AddDays(1))
            if (d.Month == month && (Precision != DatePrecision.Day || d.Day == Day)) return true;
        return false;
    }

    /// <summary>True when this value lies within <paramref name="other"/> and is strictly more precise.</summary>
    public bool Refines(DateValue other) =>
        this != other && Range is { } a && other.Range is { } b && b.First <= a.First && a.Last <= b.Last
        && (a.Last.DayNumber - a.First.DayNumber) < (b.Last.DayNumber - b.First.DayNumber);

    public override string ToString()
    {
        var year = Year?.ToString("D4", CultureInfo.InvariantCulture) ?? "XXXX";
        return Precision switch
        {
            DatePrecision.Day => $"{year}-{Month:D2}-{Day:D2}",
            DatePrecision.Week => $"{ISOWeek.GetYear(new DateTime(Year!.Value, Month!.Value, Day!.Value)):D4}-W{ISOWeek.GetWeekOfYear(new DateTime(Year!.Value, Month!.Value, Day!.Value)):D2}",
            DatePrecision.Month => $"{year}-{Month:D2}",
            DatePrecision.Season => $"{year}-{SeasonCode(Season!.Value)}",
            _ => year,
        };
    }

    private static string SeasonCode(Season s) => s switch
    {
        Domain.Season.Spring => "SP", Domain.Season.Summer => "SU", Domain.Season.Autumn => "FA", _ => "WI",
    };

    public static bool TryParse(string? s, out DateValue value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(s)) return false;
        var parts = s.Split('-');
        int? year = parts[0] == "XXXX" ? null : int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : -1;
        if (year == -1) return false;
        if (parts.Length == 1) { if (year is null) return false; value = OfYear(year.Value); return true; }
        if (parts.Length == 2 && year is int wy && parts[1].Length == 3 && parts[1][0] == 'W' && int.TryParse(parts[1][1..], NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week >= 1 && week <= ISOWeek.GetWeeksInYear(wy))
        {
            value = OfWeek(DateOnly.FromDateTime(ISOWeek.ToDateTime(wy, week, DayOfWeek.Monday)));
            return true;
        }
        if (parts.Length == 2 && parts[1] is "SP" or "SU" or "FA" or "WI")
        {
            value = OfSeason(year, parts[1] switch { "SP" => Domain.Season.Spring, "SU" => Domain.Season.Summer, "FA" => Domain.Season.Autumn, _ => Domain.Season.Winter });
            return true;
        }
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12) return false;
        if (parts.Length == 2) { value = OfMonth(year, month); return true; }
        if (parts.Length != 3 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day < 1
            || day > DateTime.DaysInMonth(year ?? 2000, month)) return false;
        value = OfDay(year, month, day);
        return true;
    }
}
