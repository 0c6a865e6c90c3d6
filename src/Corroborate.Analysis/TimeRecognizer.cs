using System.Globalization;
using Corroborate.Domain;

namespace Corroborate.Analysis;

/// <summary>
/// Dates with precision in EN/RU/UK: "22 May 2023", "May 22, 2023", "14 октября 2023 года", "March 2022",
/// "the spring of 2022", "весной 2022 года", "in 2022"; relative ones ("yesterday", "on Monday", "минулого тижня")
/// resolved against the document's date; "early June", "as of February 2023", "since …" keep their modifier.
/// A day or month without a year takes the document's year, or stays year-less (XXXX-05-22).
/// </summary>
public sealed class TimeRecognizer : IAnnotator
{
    public string Name => "times";
    public IReadOnlyList<string> Requires => ["tokens", "sentences"];
    public IReadOnlyList<string> Produces => ["times"];

    private static AnalysisLexicons Lex => AnalysisLexicons.Shared;

    private static readonly HashSet<string> YearPrepositions = new(StringComparer.Ordinal)
    { "in", "since", "of", "by", "until", "from", "to", "during", "before", "after", "в", "с", "до", "з", "у", "на", "від", "по", "із", "after" };

    private static readonly HashSet<string> MonthPrepositions = new(StringComparer.Ordinal)
    { "in", "since", "by", "until", "from", "during", "before", "after", "of", "the", "last", "в", "с", "до", "з", "у", "із", "від", "по", "на", "после", "після" };

    public void Annotate(AnalyzedDocument doc)
    {
        var result = new List<TimeExpression>();
        var low = doc.LowerTokens;
        var reference = doc.Document.Published is { Precision: DatePrecision.Day, Year: not null } p
            ? new DateOnly(p.Year!.Value, p.Month!.Value, p.Day!.Value) : (DateOnly?)null;
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            if (HyphenatedMonth(doc, i, reference) is { } h)
            {
                result.Add(h.Time);
                i = h.End - 1;
                continue;
            }
            var modifier = Lex.DateModifiers.Match(low, i);
            var start = modifier is { } mm && i + mm.Length < doc.Tokens.Count && doc.Tokens[i + mm.Length].Sentence == doc.Tokens[i].Sentence ? i + mm.Length : i;
            var found = Parse(doc, start, reference);
            if (found is null && modifier is not null) { start = i; found = Parse(doc, i, reference); modifier = null; }
            if (found is not { } f) continue;
            var first = modifier is not null && start != i ? i : start;
            var span = new Span(doc.Tokens[first].Span.Start, doc.Tokens[f.End - 1].Span.End);
            result.Add(new TimeExpression(span, doc.SpanText(span), f.Value, modifier is not null && start != i ? modifier.Value.Value : null));
            i = f.End - 1;
        }
        doc.Times = result;
    }

    private static (DateValue Value, int End)? Parse(AnalyzedDocument doc, int i, DateOnly? reference)
    {
        var tokens = doc.Tokens;
        var low = doc.LowerTokens;
        int n = tokens.Count;
        bool Same(int k) => k < n && tokens[k].Sentence == tokens[i].Sentence;
        var t = tokens[i].Text;

        // ISO and dotted numeric dates.
        if (t.Length == 10 && t[4] == '-' && DateValue.TryParse(t, out var iso)) return (iso, i + 1);
        if (t.Length is >= 8 and <= 10 && t.Count(c => c == '.') == 2
            && DateOnly.TryParseExact(t, ["d.M.yyyy", "dd.MM.yyyy", "d.MM.yyyy", "dd.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var dotted))
            return (DateValue.From(dotted), i + 1);

        // D Month [Year]
        if (IsDay(t, out var day) && Same(i + 1) && Lex.Months.Match(low, i + 1) is { } m1)
        {
            var k = i + 1 + m1.Length;
            if (Same(k) && tokens[k].Text == ",") k++;
            if (Same(k) && IsYear(tokens[k].Text, out var y)) return (Checked(y, m1.Value, day), SkipYearWord(doc, k + 1));
            return (WithInferredYear(m1.Value, day, reference), i + 1 + m1.Length);
        }
        // Month D[,] [Year] / Month Year
        if (Lex.Months.Match(low, i) is { } m2 && (char.IsUpper(t[0]) || !IsLatin(t)))
        {
            var k = i + m2.Length;
            if (Same(k) && tokens[k].Text == "." && tokens[k].Span.Start == tokens[k - 1].Span.End) k++; // "Jan. 14"
            if (Same(k) && IsDay(tokens[k].Text, out var d2) && !(Same(k + 1) && Lex.Months.Match(low, k + 1) is not null))
            {
                var kk = k + 1;
                if (Same(kk) && tokens[kk].Text == ",") kk++;
                if (Same(kk) && IsYear(tokens[kk].Text, out var y2)) return (Checked(y2, m2.Value, d2), SkipYearWord(doc, kk + 1));
                return (WithInferredYear(m2.Value, d2, reference), k + 1);
            }
            if (Same(k) && IsYear(tokens[k].Text, out var y3)) return (DateValue.OfMonth(y3, m2.Value), SkipYearWord(doc, k + 1));
            if (i > 0 && tokens[i - 1].Sentence == tokens[i].Sentence && (MonthPrepositions.Contains(low[i - 1]) || Lex.DateModifiers.Match(low, i - 1) is not null))
            {
                return (DateValue.OfMonth(MonthYear(m2.Value, reference), m2.Value), k);
            }
        }
        // [the] Season [of] Year
        {
            var k = i;
            if (low[k] == "the" && Same(k + 1)) k++;
            if (Lex.Seasons.Match(low, k) is { } s)
            {
                var kk = k + s.Length;
                if (Same(kk) && low[kk] == "of") kk++;
                if (Same(kk) && IsYear(tokens[kk].Text, out var ys)) return (DateValue.OfSeason(ys, s.Value), SkipYearWord(doc, kk + 1));
            }
        }
        // Year, when introduced by a preposition or followed by a year word (году, року).
        if (IsYear(t, out var year4))
        {
            var prepositioned = i > 0 && tokens[i - 1].Sentence == tokens[i].Sentence
                                && (YearPrepositions.Contains(low[i - 1]) || Lex.DateModifiers.Match(low, i - 1) is { Length: 1 });
            var end = SkipYearWord(doc, i + 1);
            if (prepositioned || end > i + 1) return (DateValue.OfYear(year4), end);
        }
        // Relative: yesterday, last week, в прошлом месяце.
        if (reference is { } today && Lex.RelativeDates.Match(low, i) is { } rel)
        {
            var (unit, offset) = rel.Value;
            DateValue v = unit switch
            {
                "day" => DateValue.From(today.AddDays(offset)),
                "week" => DateValue.OfWeek(today.AddDays(7 * offset)),
                "month" => DateValue.OfMonth(today.AddMonths(offset).Year, today.AddMonths(offset).Month),
                _ => DateValue.OfYear(today.Year + offset),
            };
            return (v, i + rel.Length);
        }
        // Weekday: the last such day on or before the document's date.
        if (reference is { } refDay && Lex.Weekdays.Match(low, i) is { } wd && (char.IsUpper(t[0]) || !IsLatin(t)))
        {
            var back = ((int)refDay.DayOfWeek + 6) % 7 + 1 - wd.Value;
            if (back < 0) back += 7;
            return (DateValue.From(refDay.AddDays(-back)), i + wd.Length);
        }
        return null;
    }

    /// <summary>"mid-June 2023", "early-May": a modifier and a month written as one hyphenated word.</summary>
    private static (TimeExpression Time, int End)? HyphenatedMonth(AnalyzedDocument doc, int i, DateOnly? reference)
    {
        var w = doc.LowerTokens[i];
        var dash = w.IndexOf('-');
        if (dash <= 0 || dash == w.Length - 1 || !Lex.DateModifiers.TryGet(w[..(dash + 1)], out var modifier)) return null;
        if (IsYear(w[(dash + 1)..], out var wholeYear))
        {
            // "mid-2023"
            var yearSpan = doc.Tokens[i].Span;
            return (new TimeExpression(yearSpan, doc.SpanText(yearSpan), DateValue.OfYear(wholeYear), modifier), i + 1);
        }
        if (!Lex.Months.TryGet(w[(dash + 1)..], out var month)) return null;
        var end = i + 1;
        var year = MonthYear(month, reference);
        if (end < doc.Tokens.Count && doc.Tokens[end].Sentence == doc.Tokens[i].Sentence && IsYear(doc.Tokens[end].Text, out var y)) { year = y; end = SkipYearWord(doc, end + 1); }
        var span = new Span(doc.Tokens[i].Span.Start, doc.Tokens[end - 1].Span.End);
        return (new TimeExpression(span, doc.SpanText(span), DateValue.OfMonth(year, month), modifier), end);
    }

    private static bool IsLatin(string s) => s.Length > 0 && s[0] < 0x250;

    private static DateValue Checked(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? DateValue.OfDay(year, month, day) : DateValue.OfMonth(year, month);

    /// <summary>The year of a month named without one: the report's, unless that puts it well after the report.</summary>
    private static int? MonthYear(int month, DateOnly? reference) =>
        reference is { } r ? (month > r.Month + 1 ? r.Year - 1 : r.Year) : null;

    private static DateValue WithInferredYear(int month, int day, DateOnly? reference)
    {
        if (reference is not { } r) return DateValue.OfDay(null, month, Math.Min(day, DateTime.DaysInMonth(2000, month)));
        var year = r.Year;
        // News reports past events: a date well after the report's date belongs to the previous year.
        if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) > r.AddDays(31)) year--;
        return Checked(year, month, day);
    }

    private static int SkipYearWord(AnalyzedDocument doc, int k)
    {
        if (k < doc.Tokens.Count && doc.Tokens[k].Sentence == doc.Tokens[k - 1].Sentence)
        {
            var w = doc.LowerTokens[k];
            if (w.StartsWith("год", StringComparison.Ordinal) || w is "г" or "р" or "рік" or "року" or "році" or "роком" or "рр" or "гг")
                return k + 1 < doc.Tokens.Count && doc.Tokens[k + 1].Text == "." && w is "г" or "р" ? k + 2 : k + 1;
        }
        return k;
    }

    private static bool IsDay(string t, out int day) =>
        int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out day) && t.Length <= 2 && day is >= 1 and <= 31;

    private static bool IsYear(string t, out int year) =>
        int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out year) && t.Length == 4 && year is >= 1900 and <= 2100;
}
