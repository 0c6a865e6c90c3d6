using Corroborate.Domain;
using Corroborate.Extraction;
using Corroborate.Reference;

namespace Corroborate.Bench;

/// <summary>
/// Event extraction on the project's gold file (bench/data/events-gold.tsv: one event sentence per row, written for
/// the project in EN/RU/UK, with its report date). The first event the extraction finds in the sentence is compared
/// with the gold: kind, ACLED event type and sub-type, date (value and precision), region (GeoNames admin1 code of
/// the event's place), fatalities and injured (as ranges; "N-" means at least N), and actor1 (its mention overlaps
/// the gold phrase). Each field is scored over all rows: a missed event is wrong on every field it should have.
/// </summary>
public static class EventBench
{
    private static readonly string[] Fields = ["found", "kind", "event type", "date", "admin1", "fatalities", "injured", "actor1"];

    public static int Run(string path)
    {
        if (!File.Exists(path)) { Console.Error.WriteLine($"corroborate bench: {path} not found"); return 1; }
        var extractor = Extractor.CreateDefault();
        var gazetteer = Gazetteer.Shared;
        var rows = File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 13).ToList();
        var scores = new Dictionary<(string Lang, string Field), (int Right, int Total)>();
        var misses = new List<string>();
        void Score(string lang, string field, bool right, string detail)
        {
            foreach (var key in (string[])[lang, "all"])
            {
                var (r, t) = scores.GetValueOrDefault((key, field));
                scores[(key, field)] = (r + (right ? 1 : 0), t + 1);
            }
            if (!right) misses.Add($"  {lang} {field}: {detail}");
        }
        foreach (var (r, n) in rows.Select((r, n) => (r, n)))
        {
            var (lang, docDate, sentence) = (r[0], r[1], r[2]);
            DateValue? published = DateValue.TryParse(docDate, out var d) ? d : null;
            var x = extractor.Extract(new Document($"event-{n}", sentence, null, null, null, lang, published, "events", "text"));
            var e = x.Events.FirstOrDefault();
            var tag = $"#{n + 1} \"{(sentence.Length > 70 ? sentence[..70] + "…" : sentence)}\"";
            Score(lang, "found", e is not null, tag);
            var place = e?.Place is int p ? x.Mentions[p] : null;
            // A country or continent is no region: ACLED leaves admin1 empty for it. A place undecided between namesakes
            // of one region still gives that region.
            var geo = (place?.GeonamesId ?? place?.AreaId) is long id && gazetteer.ById(id) is { PrecisionRank: <= 2 } g ? g : null;
            var actor1 = e?.Actors.FirstOrDefault(a => a.Role == "actor1") is { } a1 ? x.Mentions[a1.Mention] : null;
            Score(lang, "kind", e?.Kind == r[3], $"{tag} → {e?.Kind ?? "none"}, gold {r[3]}");
            Score(lang, "event type", e?.EventType == r[4] && e.SubEventType == r[5], $"{tag} → {e?.EventType}/{e?.SubEventType}, gold {r[4]}/{r[5]}");
            Score(lang, "date", (e?.Date?.ToString() ?? "") == r[6] && (e?.Date?.PrecisionName ?? "") == r[7], $"{tag} → {e?.Date?.ToString() ?? "none"}, gold {(r[6].Length > 0 ? r[6] : "none")}");
            Score(lang, "admin1", (geo is null ? "" : $"{geo.Country}.{geo.Admin1}") == r[9], $"{tag} → {(geo is null ? place?.Text ?? "no place" : $"{geo.Name} {geo.Country}.{geo.Admin1}")}, gold {r[8]} {r[9]}");
            Score(lang, "fatalities", CountMatches(e?.Fatalities, r[10]), $"{tag} → {Show(e?.Fatalities)}, gold {r[10]}");
            Score(lang, "injured", CountMatches(e?.Injured, r[11]), $"{tag} → {Show(e?.Injured)}, gold {r[11]}");
            var goldActor = r[12].Length == 0 ? (Span?)null : new Span(sentence.IndexOf(r[12], StringComparison.Ordinal), sentence.IndexOf(r[12], StringComparison.Ordinal) + r[12].Length);
            Score(lang, "actor1", goldActor is null ? actor1 is null : actor1 is not null && actor1.Span.Overlaps(goldActor.Value), $"{tag} → {actor1?.Text ?? "none"}, gold {r[12]}");
        }
        Console.WriteLine($"events, {Path.GetFileName(path)}: {rows.Count} event sentences written for the project");
        foreach (var lang in scores.Keys.Select(k => k.Lang).Distinct().OrderBy(l => l == "all" ? "zz" : l))
            Console.WriteLine($"  {lang,-3} " + string.Join(" · ", Fields.Select(f => scores.TryGetValue((lang, f), out var s) ? $"{f} {s.Right / (double)s.Total:P1}" : "")) + $" ({scores[(lang, "found")].Total})");
        if (Environment.GetEnvironmentVariable("CORROBORATE_BENCH_DETAIL") == "1") misses.ForEach(Console.WriteLine);
        return 0;
    }

    /// <summary>Gold "3", "2-5", "2-" (at least two), or empty (no figure stated).</summary>
    private static bool CountMatches(CountRange? predicted, string gold)
    {
        if (gold.Length == 0) return predicted is null;
        if (predicted is null) return false;
        var parts = gold.Split('-');
        var min = long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        if (parts.Length == 1) return predicted.Min == min && predicted.Max == min;
        return predicted.Min == min && (parts[1].Length == 0 || predicted.Max == long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Show(CountRange? c) => c is null ? "none" : c.Min == c.Max ? $"{c.Min}" : $"{c.Min}-{c.Max}";
}
