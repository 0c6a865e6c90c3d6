using System.Globalization;
using Corroborate.Domain;

namespace Corroborate.Ingestion;

internal static class Dates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.fffK", "yyyy-MM-dd HH:mm:ss", "dd.MM.yyyy"];

    /// <summary>A publication date from metadata: full dates at day precision, "2023-05" at month, "2023" at year.</summary>
    public static DateValue? Parse(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        if (DateValue.TryParse(s, out var v)) return v;
        // The calendar day where it was published: 01:15 at +03:00 is still that day there.
        if (DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact))
            return DateValue.From(DateOnly.FromDateTime(exact.DateTime));
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var loose))
            return DateValue.From(DateOnly.FromDateTime(loose.DateTime));
        return null;
    }
}
