using System.Globalization;
using Corroborate.Analysis;
using Corroborate.Domain;

namespace Corroborate.Bench;

/// <summary>
/// Date normalization on the project's gold file (bench/data/dates-gold.tsv: sentences written for the project in
/// EN/RU/UK, each with one date expression, its TIMEX value and modifier, and the report's date). A gold expression is
/// found when a recognized time overlaps it; it is right when the value matches too, and exactly right when the
/// modifier matches as well. Prints per language and overall.
/// </summary>
public static class DateBench
{
    public static int Run(string path)
    {
        if (!File.Exists(path)) { Console.Error.WriteLine($"corroborate bench: {path} not found"); return 1; }
        var analyzer = Analyzer.CreateDefault();
        var rows = File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 5).ToList();
        var stats = new Dictionary<string, (int Gold, int Found, int Value, int Exact, int Predicted)>();
        var misses = new List<string>();
        foreach (var r in rows)
        {
            var (lang, docDate, sentence, expression, value) = (r[0], r[1], r[2], r[3], r[4]);
            var modifier = r.Length > 5 && r[5].Length > 0 ? r[5] : null;
            DateValue? published = DateValue.TryParse(docDate, out var d) ? d : null;
            var doc = analyzer.Analyze(new Document("dates", sentence, null, null, null, lang, published, "dates", "text"));
            var at = sentence.IndexOf(expression, StringComparison.Ordinal);
            var gold = new Span(at, at + expression.Length);
            var hit = doc.Times.FirstOrDefault(t => t.Span.Overlaps(gold));
            var (g, f, v, e, p) = stats.TryGetValue(lang, out var s) ? s : (0, 0, 0, 0, 0);
            var valueOk = hit is not null && hit.Value.ToString() == value;
            stats[lang] = (g + 1, f + (hit is null ? 0 : 1), v + (valueOk ? 1 : 0), e + (valueOk && hit!.Modifier == modifier ? 1 : 0), p + doc.Times.Count);
            if (!valueOk) misses.Add($"  {lang} [{docDate}] \"{expression}\" → {(hit is null ? "nothing" : hit.Value + (hit.Modifier is { } m ? " " + m : ""))}, gold {value}{(modifier is null ? "" : " " + modifier)}");
        }
        Console.WriteLine($"dates: {rows.Count} gold expressions from {path}");
        foreach (var (lang, (g, f, v, e, p)) in stats.OrderBy(x => x.Key).Append(new("all", stats.Values.Aggregate((0, 0, 0, 0, 0), (a, b) => (a.Item1 + b.Gold, a.Item2 + b.Found, a.Item3 + b.Value, a.Item4 + b.Exact, a.Item5 + b.Predicted)))))
            Console.WriteLine($"  {lang,-3} found {f / (double)g:P1} · value right {v / (double)g:P1} · value and modifier right {e / (double)g:P1} · precision of values {v / (double)Math.Max(1, p):P1} ({g} gold, {p} predicted)");
        if (Environment.GetEnvironmentVariable("CORROBORATE_BENCH_DETAIL") == "1") misses.ForEach(Console.WriteLine);
        return 0;
    }
}
