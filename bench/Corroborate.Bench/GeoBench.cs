using System.Globalization;
using System.Xml.Linq;
using Corroborate.Analysis;
using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Bench;

/// <summary>
/// Toponym resolution. On the project's gold file (bench/data/geo-gold.tsv: sentences written for the project in
/// EN/RU/UK, each toponym with its GeoNames id): exact-id, right-country and right-region rates given the gold span,
/// and how many the analysis recognized. On GeoVirus (../shared/bench/geovirus, English news, coordinates only):
/// accuracy within 161 km, median and mean error, given the gold spans. An unresolved toponym counts as wrong.
/// </summary>
public static class GeoBench
{
    /// <summary>A toponym's outcome: the place predicted, or else the area all its namesakes share (region or country).</summary>
    private sealed record Outcome(string Group, bool Recognized, Place? Predicted, Place? Area, long GoldId, string GoldCountry, string GoldAdmin1, string Line)
    {
        public string? Country => (Predicted ?? Area)?.Country;
        public string? Region => Predicted is { } p ? $"{p.Country}.{p.Admin1}" : Area is { FeatureCode: "ADM1" } a ? $"{a.Country}.{a.Admin1}" : null;
    }

    public static int Run(IReadOnlyList<string> goldPaths, string sharedDir)
    {
        var gazetteer = Gazetteer.Shared;
        Console.WriteLine($"gazetteer: {gazetteer.Count:N0} places{(gazetteer.HasWorld ? " (with the world's places)" : " (Ukraine, Russia, Belarus only: run ./corroborate setup for the world's places)")}");
        var analyzer = Analyzer.CreateDefault();
        var resolver = new ToponymResolver(gazetteer);
        foreach (var goldPath in goldPaths)
            if (File.Exists(goldPath)) Project(goldPath, analyzer, resolver, gazetteer);
            else Console.Error.WriteLine($"corroborate bench: {goldPath} not found");
        var geovirus = Path.Combine(sharedDir, "bench", "geovirus", "GeoVirus.xml");
        if (File.Exists(geovirus)) GeoVirus(geovirus, analyzer, resolver);
        else Console.WriteLine($"geovirus: skipped ({geovirus} not found)");
        return 0;
    }

    private static void Project(string path, Analyzer analyzer, ToponymResolver resolver, Gazetteer gazetteer)
    {
        var rows = File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 7).ToList();
        var outcomes = new List<Outcome>();
        foreach (var sentence in rows.GroupBy(r => (r[0], r[1])))
        {
            var (lang, text) = sentence.Key;
            var spans = sentence.Select(r => { var at = text.IndexOf(r[2], StringComparison.Ordinal); return new Span(at, at + r[2].Length); }).ToList();
            var (doc, recognized) = Resolve(analyzer, resolver, new Document("geo", text, null, null, null, lang, null, "geo", "text"), spans);
            foreach (var (r, span) in sentence.Zip(spans))
            {
                var m = doc.Mentions.First(m => m.Kind == MentionKind.Place && m.Span == span);
                var predicted = m.GeonamesId is long id ? gazetteer.ById(id) : null;
                var area = m.AreaId is long a and not 0 ? gazetteer.ById(a) : null;
                var gold = long.Parse(r[3], CultureInfo.InvariantCulture);
                outcomes.Add(new Outcome($"{lang} {r[6]}", recognized.Contains(span), predicted, area, gold, r[4], r[5],
                    $"  {lang} \"{r[2]}\" → {(predicted is null ? "unresolved" + (area is null ? "" : $" within {area.Name}") : $"{predicted.Name} {predicted.Id} {predicted.Country}.{predicted.Admin1}")}, gold {gold} {r[5]}"));
            }
        }
        Console.WriteLine($"geocoding, {Path.GetFileName(path)}: {outcomes.Count} toponyms in {rows.Select(r => r[1]).Distinct().Count()} sentences written for the project (resolution given the gold spans)");
        void Line(string label, IReadOnlyList<Outcome> o) => Console.WriteLine(
            $"  {label,-16} exact id {Rate(o, x => x.Predicted?.Id == x.GoldId)} · right country {Rate(o, x => x.Country == x.GoldCountry)} · " +
            $"right region {Rate(o, x => x.GoldAdmin1.Length == 0 ? x.Country == x.GoldCountry : x.Region == x.GoldAdmin1)} · " +
            $"unresolved {o.Count(x => x.Predicted is null)} (of which within a known area {o.Count(x => x.Predicted is null && x.Area is not null)}) · recognized by the analysis {Rate(o, x => x.Recognized)} ({o.Count})");
        foreach (var g in outcomes.GroupBy(o => o.Group.Split(' ')[0]).OrderBy(g => g.Key)) Line(g.Key, g.ToList());
        foreach (var g in outcomes.GroupBy(o => o.Group.Split(' ')[1]).OrderBy(g => g.Key)) Line(g.Key, g.ToList());
        Line("all", outcomes);
        if (Environment.GetEnvironmentVariable("CORROBORATE_BENCH_DETAIL") == "1")
            foreach (var o in outcomes.Where(o => o.Predicted?.Id != o.GoldId)) Console.WriteLine(o.Line);
    }

    private static void GeoVirus(string path, Analyzer analyzer, ToponymResolver resolver)
    {
        var errors = new List<double>();
        var wrong = new List<string>();
        int unresolved = 0, recognizedCount = 0;
        var articles = XDocument.Load(path).Root!.Elements("article").ToList();
        foreach (var (a, i) in articles.Select((a, i) => (a, i)))
        {
            var text = a.Element("text")!.Value;
            var gold = a.Element("locations")!.Elements("location").Select(l => (
                Span: new Span(int.Parse(l.Element("start")!.Value, CultureInfo.InvariantCulture) - 1, int.Parse(l.Element("end")!.Value, CultureInfo.InvariantCulture) - 1),
                Lat: double.Parse(l.Element("lat")!.Value, CultureInfo.InvariantCulture), Lon: double.Parse(l.Element("lon")!.Value, CultureInfo.InvariantCulture)))
                .Where(g => g.Span.Start >= 0 && g.Span.End <= text.Length).DistinctBy(g => g.Span).ToList();
            var (doc, recognized) = Resolve(analyzer, resolver, new Document($"geovirus-{i}", text, null, null, null, "en", null, "geovirus", "text"), gold.Select(g => g.Span).ToList());
            recognizedCount += gold.Count(g => recognized.Contains(g.Span));
            foreach (var g in gold)
            {
                var m = doc.Mentions.First(m => m.Kind == MentionKind.Place && m.Span == g.Span);
                if (m.GeonamesId is not long id || Gazetteer.Shared.ById(id) is not { } p) { unresolved++; errors.Add(20_000); wrong.Add($"{m.Text} → unresolved"); continue; }
                var km = p.KilometresTo(new Place(0, "", g.Lat, g.Lon, "", "", "", 0));
                errors.Add(km);
                if (km > 161) wrong.Add($"{m.Text} → {p.Name} {p.Country} {p.FeatureCode}, {km:F0} km off");
            }
        }
        errors.Sort();
        Console.WriteLine($"geocoding, GeoVirus: {errors.Count:N0} toponyms in {articles.Count} English news articles (resolution given the gold spans)");
        Console.WriteLine($"  accuracy within 161 km {errors.Count(e => e <= 161) / (double)errors.Count:P1} · median error {errors[errors.Count / 2]:F0} km · " +
                          $"mean error {errors.Where(e => e < 20_000).DefaultIfEmpty().Average():F0} km (resolved only) · unresolved {unresolved} · recognized by the analysis {recognizedCount / (double)errors.Count:P1}");
        if (Environment.GetEnvironmentVariable("CORROBORATE_BENCH_DETAIL") == "1")
            foreach (var w in wrong.GroupBy(w => w).OrderByDescending(w => w.Count()).Take(70)) Console.WriteLine($"  {w.Count(),4} × {w.Key}");
    }

    /// <summary>Analyses a document, puts a place mention on every gold span the analysis missed, and resolves them in context.</summary>
    private static (AnalyzedDocument Doc, HashSet<Span> Recognized) Resolve(Analyzer analyzer, ToponymResolver resolver, Document document, IReadOnlyList<Span> gold)
    {
        var doc = analyzer.Analyze(document);
        var recognized = gold.Where(s => doc.Mentions.Any(m => m.Kind == MentionKind.Place && m.Span == s)).ToHashSet();
        // Anaphors go: their links would not survive renumbering, and they name no new place.
        var mentions = doc.Mentions.Where(m => m.Antecedent is null && (!gold.Any(g => g.Overlaps(m.Span)) || recognized.Contains(m.Span)))
            .Select(m => m with { GeonamesId = null, AreaId = null }).ToList();
        foreach (var s in gold.Where(s => !recognized.Contains(s)))
        {
            var text = s.Of(document.Text);
            var sentence = doc.Sentences.LastOrDefault(x => x.Span.Start <= s.Start).Index;
            mentions.Add(new Mention(0, s, MentionKind.Place, text, text, sentence));
        }
        doc.Mentions = mentions.OrderBy(m => m.Span.Start).Select((m, i) => m with { Index = i }).ToList();
        resolver.Annotate(doc);
        return (doc, recognized);
    }

    private static string Rate(IReadOnlyList<Outcome> o, Func<Outcome, bool> ok) => $"{o.Count(ok) / (double)Math.Max(1, o.Count):P1}";
}
