using System.Diagnostics;
using System.Runtime;
using System.Text;
using Corroborate.Analysis;
using Corroborate.Analysis.Annotation;
using Corroborate.Domain;

namespace Corroborate.Bench;

/// <summary>
/// Throughput of the analysis stage alone (tokens, dates, quantities, names, places) on one core, over the project's own
/// annotated news texts (data/annotated): MB/s of UTF-8 input per language on texts not read before (the figure that
/// counts) and on the same texts again, per-document latency percentiles, time by annotator and peak memory. Lexicons,
/// gazetteer and models load before the clock starts.
/// </summary>
public static class AnalysisBench
{
    public static int Run(string repository, int rounds, string? language = null)
    {
        string[] languages = ["en", "ru", "uk"];
        if (language is not null && !languages.Contains(language)) { Console.Error.WriteLine($"corroborate bench: no annotated texts for '{language}' (en, ru, uk)"); return 1; }
        var analyzer = Analyzer.CreateDefault();
        var corpora = (language is null ? languages : [language]).ToDictionary(lang => lang, lang => new[] { "train", "test" }
            .SelectMany(split => AnnotatedCorpus.Read(Path.Combine(repository, "data", "annotated", lang, split), lang))
            .Select(t => new Document(t.Id, t.Text, null, null, null, lang, null, t.Id, "text")).ToList());
        if (corpora.FirstOrDefault(c => c.Value.Count == 0) is { Key: { } missing }) { Console.Error.WriteLine($"corroborate bench: no annotated texts for {missing}"); return 1; }
        // What is measured is a process that has been reading for a while: the first half of each language's texts is
        // read again and again, each pass followed by a pause for the JIT's background compilation, until two passes leave
        // nothing new to compile (the optimized code is in place) and the common words are known. The second halves are
        // then read once as new reports, then again as reports already seen.
        var (passes, quiet) = (0, 0);
        while (passes < MaxWarmPasses && quiet < 2)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            foreach (var d in corpora.Values.SelectMany(texts => texts.Take(texts.Count / 2))) analyzer.Analyze(d);
            Thread.Sleep(200);
            passes++;
            quiet = JitInfo.GetCompiledMethodCount() == compiled ? quiet + 1 : 0;
        }
        Console.WriteLine($"warm-up: {passes} passes over the first halves, the last two with nothing new for the JIT to compile");
        foreach (var (lang, all) in corpora)
        {
            var texts = all.Skip(all.Count / 2).ToList();
            var megabytes = texts.Sum(d => Encoding.UTF8.GetByteCount(d.Text)) / 1024.0 / 1024.0;
            var byAnnotator = analyzer.Annotators.ToDictionary(a => a.Name, _ => 0L);
            var (allocated, collections, paused) = (GC.GetAllocatedBytesForCurrentThread(), GC.CollectionCount(0), GC.GetTotalPauseDuration());
            var (unseen, unseenLatencies) = Round(analyzer, texts, byAnnotator);
            (allocated, collections, paused) = (GC.GetAllocatedBytesForCurrentThread() - allocated, GC.CollectionCount(0) - collections, GC.GetTotalPauseDuration() - paused);
            var seen = 0.0;
            var latencies = new List<double>(unseenLatencies);
            for (var round = 1; round < rounds; round++)
            {
                var (time, times) = Round(analyzer, texts, byAnnotator);
                seen += time;
                latencies.AddRange(times);
            }
            latencies.Sort();
            double P(double q) => latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
            Console.WriteLine($"analysis {lang}: {texts.Count} texts, {megabytes:F2} MB · new texts {megabytes / unseen:F2} MB/s on one core"
                + (rounds > 1 ? $", the same texts again {megabytes * (rounds - 1) / seen:F2} MB/s" : "")
                + $" · per text p50 {P(0.5):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms");
            var sum = Math.Max(1, byAnnotator.Values.Sum());
            Console.WriteLine("  time by annotator: " + string.Join(" · ", byAnnotator.Select(kv => $"{kv.Key} {100.0 * kv.Value / sum:F0}%")));
            Console.WriteLine($"  new texts allocate {allocated / 1024.0 / 1024.0 / megabytes:F0} MB per MB of text; {collections} collections paused them {100 * paused.TotalSeconds / unseen:F0}% of the time");
        }
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");
        return 0;
        }

    private const int MaxWarmPasses = 40;

    /// <summary>One pass over the texts: its time in seconds and each text's latency in ms; each annotator's time is added up.</summary>
    private static (double Seconds, List<double> Latencies) Round(Analyzer analyzer, List<Document> texts, Dictionary<string, long> byAnnotator)
    {
        var latencies = new List<double>(texts.Count);
        var total = Stopwatch.StartNew();
        foreach (var d in texts)
        {
            var one = Stopwatch.StartNew();
            // The analyzer's own loop, with a clock on each annotator.
            var doc = new AnalyzedDocument(d);
            foreach (var a in analyzer.Annotators)
            {
                var start = Stopwatch.GetTimestamp();
                a.Annotate(doc);
                byAnnotator[a.Name] += Stopwatch.GetTimestamp() - start;
            }
            latencies.Add(one.Elapsed.TotalMilliseconds);
        }
        return (total.Elapsed.TotalSeconds, latencies);
    }
}
