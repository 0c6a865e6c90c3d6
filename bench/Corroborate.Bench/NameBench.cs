using System.Diagnostics;
using Corroborate.Resolution;

namespace Corroborate.Bench;

/// <summary>
/// Name-pair matching on ../shared/bench/name-transliteration: every gold en–ru pair is a positive; for each, one negative
/// pairs the English name with another gold Russian name starting with the same sound (harder than a random pairing).
/// Prints precision, recall and F1 of <see cref="NameMatcher"/> at its fixed threshold, and how they move with it.
/// </summary>
public static class NameBench
{
    /// <summary>
    /// The threshold of the skeleton score that maximises F1 on pairs taken from the shipped gazetteer (a place's Latin
    /// and Cyrillic names as positives, another place's Cyrillic name with the same initial as negatives): how the
    /// default is set, without looking at the benchmark. Latin–Cyrillic pairs are scored by the learned model, whose
    /// threshold scripts/train-transliteration.cs sets on held-out places.
    /// </summary>
    public static void Calibrate()
    {
        var pairs = new List<(string Latin, string Cyrillic)>();
        using (var stream = Corroborate.Reference.Lexicon.Open(typeof(Corroborate.Reference.Gazetteer).Assembly, "Data/places.tsv.gz")!)
        using (var reader = new StreamReader(stream))
            while (reader.ReadLine() is { } line)
            {
                var names = line.Split('\t')[9].Split('|').Where(n => !n.Contains(' ') && n.Length >= 4).ToList();
                var latin = names.FirstOrDefault(n => Corroborate.Reference.NameKey.ScriptOf(n) == "Latn");
                var cyrillic = names.FirstOrDefault(n => Corroborate.Reference.NameKey.ScriptOf(n) == "Cyrl");
                if (latin is not null && cyrillic is not null) pairs.Add((latin, cyrillic));
            }
        var rng = new Random(5);
        pairs = pairs.OrderBy(_ => rng.Next()).Take(20_000).ToList();
        var byInitial = pairs.GroupBy(p => NameMatcher.Fold(p.Cyrillic).FirstOrDefault()).ToDictionary(g => g.Key, g => g.Select(p => p.Cyrillic).ToArray());
        var pos = pairs.Select(p => NameMatcher.SkeletonScore(p.Latin, p.Cyrillic)).ToArray();
        var neg = pairs.Select(p =>
        {
            var pool = byInitial.TryGetValue(NameMatcher.Fold(p.Latin).FirstOrDefault(), out var same) && same.Length > 1 ? same : [p.Cyrillic + "x"];
            string other;
            do other = pool[rng.Next(pool.Length)]; while (other == p.Cyrillic && pool.Length > 1);
            return NameMatcher.SkeletonScore(p.Latin, other);
        }).ToArray();
        var best = Enumerable.Range(40, 56).Select(i => i / 100.0).Select(t =>
        {
            var tp = pos.Count(s => s >= t); var fp = neg.Count(s => s >= t);
            var p = tp / (double)Math.Max(1, tp + fp); var r = tp / (double)pos.Length;
            return (t, f1: 2 * p * r / Math.Max(1e-9, p + r));
        }).MaxBy(x => x.f1);
        Console.WriteLine($"skeleton score, calibrated on {pairs.Count:N0} gazetteer name pairs: best threshold {best.t:F2} (F1 {best.f1:F3}); the matcher uses {NameMatcher.Threshold:F2}");
        Console.WriteLine($"Latin–Cyrillic pairs: learned model (scripts/train-transliteration.cs), log-likelihood ratio threshold {NameMatcher.ModelThreshold:F2} set on held-out places");
    }

    public static int Run(string shared)
    {
        Calibrate();
        var file = Path.Combine(shared, "bench", "name-transliteration", "wd_en_ru_names.test.tsv");
        if (!File.Exists(file)) { Console.Error.WriteLine($"corroborate bench: {file} not found (needs ../shared)"); return 1; }
        var pairs = File.ReadLines(file).Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 2 && c[0].Length > 0 && c[1].Length > 0).Select(c => (En: c[0], Ru: c[1])).ToList();
        var rng = new Random(17);
        var byInitial = pairs.GroupBy(p => NameMatcher.Fold(p.Ru).FirstOrDefault()).ToDictionary(g => g.Key, g => g.Select(p => p.Ru).ToArray());
        var negatives = new List<(string En, string Ru)>();
        foreach (var p in pairs)
        {
            var pool = byInitial.TryGetValue(NameMatcher.Fold(p.En).FirstOrDefault(), out var same) && same.Length > 1 ? same : pairs.Select(x => x.Ru).ToArray();
            string other;
            do other = pool[rng.Next(pool.Length)]; while (other == p.Ru);
            negatives.Add((p.En, other));
        }
        var timer = Stopwatch.StartNew();
        var pos = pairs.Select(p => NameMatcher.Score(p.En, p.Ru)).ToArray();
        var neg = negatives.Select(p => NameMatcher.Score(p.En, p.Ru)).ToArray();
        var seconds = timer.Elapsed.TotalSeconds;
        Console.WriteLine($"name pairs: {pairs.Count:N0} positives (en→ru, Wikidata) + {negatives.Count:N0} same-initial negatives; {(pos.Length + neg.Length) / seconds:N0} comparisons/s");
        if (Environment.GetEnvironmentVariable("CORROBORATE_BENCH_DETAIL") == "1")
        {
            Console.WriteLine("missed positives (lowest scores first):");
            foreach (var (p, s) in pairs.Zip(pos).Where(x => x.Second < NameMatcher.Threshold).OrderBy(x => x.Second))
                Console.WriteLine($"  {s:F2}  {p.En} ~ {p.Ru}   [{NameMatcher.Fold(p.En)} ~ {NameMatcher.Fold(p.Ru)}]");
            Console.WriteLine("accepted negatives:");
            foreach (var (p, s) in negatives.Zip(neg).Where(x => x.Second >= NameMatcher.Threshold).OrderByDescending(x => x.Second))
                Console.WriteLine($"  {s:F2}  {p.En} ~ {p.Ru}   [{NameMatcher.Fold(p.En)} ~ {NameMatcher.Fold(p.Ru)}]");
        }
        var skeletonPos = pairs.Count(p => NameMatcher.SkeletonScore(p.En, p.Ru) >= NameMatcher.Threshold);
        var skeletonNeg = negatives.Count(p => NameMatcher.SkeletonScore(p.En, p.Ru) >= NameMatcher.Threshold);
        var (sp, sr) = (skeletonPos / (double)Math.Max(1, skeletonPos + skeletonNeg), skeletonPos / (double)pairs.Count);
        Console.WriteLine($"skeleton score alone (hand-written folding), threshold {NameMatcher.Threshold:F2}: precision {sp:F3} · recall {sr:F3} · F1 {2 * sp * sr / Math.Max(1e-9, sp + sr):F3}");
        foreach (var t in new[] { 0.6, 0.7, NameMatcher.Threshold, 0.8, 0.9 })
        {
            var tp = pos.Count(s => s >= t);
            var fp = neg.Count(s => s >= t);
            var fn = pos.Length - tp;
            var p = tp / (double)Math.Max(1, tp + fp);
            var r = tp / (double)Math.Max(1, tp + fn);
            Console.WriteLine($"threshold {t:F2}{(t == NameMatcher.Threshold ? " (default)" : "          ")}: precision {p:F3} · recall {r:F3} · F1 {2 * p * r / Math.Max(1e-9, p + r):F3}");
        }
        return 0;
    }
}
