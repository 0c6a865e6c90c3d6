using System.Diagnostics;
using System.Text;
using Corroborate.Analysis;
using Corroborate.Analysis.Annotation;
using Corroborate.Domain;

namespace Corroborate.Bench;

/// <summary>
/// Throughput of the analysis stage alone (tokens, dates, quantities, names, places) on one core, over the project's own
/// annotated news texts (data/annotated): MB/s of UTF-8 input per language, per-document latency percentiles and peak
/// memory. Lexicons, gazetteer and models load before the clock starts.
/// </summary>
public static class AnalysisBench
{
    public static int Run(string repository, int rounds)
    {
        var analyzer = Analyzer.CreateDefault();
        var corpora = new[] { "en", "ru", "uk" }.ToDictionary(lang => lang, lang => new[] { "train", "test" }
            .SelectMany(split => AnnotatedCorpus.Read(Path.Combine(repository, "data", "annotated", lang, split), lang))
            .Select(t => new Document(t.Id, t.Text, null, null, null, lang, null, t.Id, "text")).ToList());
        if (corpora.FirstOrDefault(c => c.Value.Count == 0) is { Key: { } missing }) { Console.Error.WriteLine($"corroborate bench: no annotated texts for {missing}"); return 1; }
        // One round over everything first: loading and the JIT's optimized code are not what is measured.
        foreach (var d in corpora.Values.SelectMany(texts => texts)) analyzer.Analyze(d);
        foreach (var (lang, texts) in corpora)
        {
            var latencies = new List<double>();
            long bytes = 0;
            var total = Stopwatch.StartNew();
            for (var round = 0; round < rounds; round++)
                foreach (var d in texts)
                {
                    var one = Stopwatch.StartNew();
                    analyzer.Analyze(d);
                    latencies.Add(one.Elapsed.TotalMilliseconds);
                    bytes += Encoding.UTF8.GetByteCount(d.Text);
                }
            var seconds = total.Elapsed.TotalSeconds;
            latencies.Sort();
            double P(double q) => latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
            Console.WriteLine($"analysis {lang}: {texts.Count} texts × {rounds}, {bytes / 1024.0 / 1024.0:F1} MB in {seconds:F1} s · {bytes / 1024.0 / 1024.0 / seconds:F2} MB/s on one core · "
                + $"per text p50 {P(0.5):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms");
        }
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");
        return 0;
    }
}
