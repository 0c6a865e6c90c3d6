using System.Diagnostics;
using System.Globalization;
using Corroborate.Bench;
using Corroborate.Pipeline;
using Corroborate.Storage;

// Benchmarks that print figures (never assertions). Usage: ./corroborate bench ingest [--documents N] | analysis [--rounds N] [--lang xx] | rebuild [--documents N] | api [--documents N] [--store PATH] | names [--shared PATH] | resolve [--mentions N] | clusters | dates | geo [--file PATH] [--shared PATH] | events [--file PATH] | ner [--set NAME|all|factrueval|factrueval-dev] [--file PATH --lang xx] [--tagger analysis|model]
var what = args.FirstOrDefault() ?? "ingest";
var documents = args.SkipWhile(a => a != "--documents").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(10_000);
string Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault()!;
var sharedDir = Arg("--shared") ?? Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared");
if (what == "ner") return NerBench.Run(sharedDir, Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."), Arg("--set"), Arg("--file"), Arg("--lang") ?? "en", Arg("--tagger") ?? "analysis");
if (what == "analysis") return AnalysisBench.Run(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."), args.SkipWhile(a => a != "--rounds").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(3), Arg("--lang"));
if (what == "dates") return DateBench.Run(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "data", "dates-gold.tsv"));
if (what == "clusters") return ClusterBench.Run(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "data", "resolution-gold.tsv"));
if (what == "resolve") return ResolutionBench.Run(args.SkipWhile(a => a != "--mentions").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(100_000));
// The project's gold sets come in two parts: *-gold.tsv, read while the lexicons were written, and *-heldout.tsv, not.
string[] GoldSets(string name) => [Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "data", $"{name}-gold.tsv"), Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "data", $"{name}-heldout.tsv")];
if (what == "events") return Arg("--file") is { } eventFile ? EventBench.Run(eventFile) : GoldSets("events").Select(EventBench.Run).Max();
if (what == "geo") return GeoBench.Run(Arg("--file") is { } geoFile ? [geoFile] : GoldSets("geo"), sharedDir);
if (what == "names") return NameBench.Run(sharedDir);
if (what == "rebuild") return RebuildBench.Run(documents);
if (what == "api") return ApiBench.Run(args.Contains("--documents") ? documents : 100_000, Arg("--store"));
if (what != "ingest")
{
    Console.Error.WriteLine($"corroborate bench: unknown benchmark '{what}' (available: ingest, analysis, rebuild, api, events, geo, ner, dates, names, resolve, clusters)");
    return 1;
}

var work = Directory.CreateTempSubdirectory("corroborate-bench-").FullName;
try
{
    var corpus = Path.Combine(work, "corpus");
    var (bytes, files) = CorpusGenerator.Write(corpus, documents);
    Console.WriteLine($"corpus: {files:N0} generated reports, {bytes / 1024.0 / 1024.0:F1} MB (EN 60%, RU 20%, UK 20%)");

    var corroborator = Corroborator.CreateDefault();
    // Warm-up outside the measurement: lexicons, gazetteer and language models load once per process.
    using (var warm = SqliteStore.Open(Path.Combine(work, "warm.db"))) corroborator.Ingest([Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).First()], warm);
    var startupMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;

    // Per-document latency of analysis and extraction, one core, on the first 1,000 reports.
    var extractor = Corroborate.Extraction.Extractor.CreateDefault();
    var ingestor = Corroborate.Ingestion.Ingestor.CreateDefault();
    var latencies = new List<double>();
    foreach (var file in Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(1000))
    {
        var doc = ingestor.ReadFile(file).Documents[0];
        var t0 = Stopwatch.GetTimestamp();
        extractor.Extract(doc);
        latencies.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
    }

    var total = Stopwatch.StartNew();
    IngestReport report;
    using (var store = SqliteStore.Open(Path.Combine(work, "bench.db")))
    {
        report = corroborator.Ingest([corpus], store);
        var ingestSeconds = total.Elapsed.TotalSeconds;
        var rebuild = Stopwatch.StartNew();
        var (resolution, record) = corroborator.Rebuild(store);
        var rebuildSeconds = rebuild.Elapsed.TotalSeconds;
        latencies.Sort();
        double P(double q) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
        Console.WriteLine($"ingest (read, analyse, extract, store; {Environment.ProcessorCount} cores): {ingestSeconds:F1} s · {report.Added / ingestSeconds:F0} documents/s · {bytes / 1024.0 / 1024.0 / ingestSeconds:F2} MB/s");
        Console.WriteLine($"per-document analysis + extraction latency (one core): p50 {P(0.50):F2} ms · p95 {P(0.95):F2} ms · p99 {P(0.99):F2} ms");
        Console.WriteLine($"rebuild (resolution + reconciliation): {rebuildSeconds:F1} s · {resolution.Entities.Count:N0} entities · {record.Statements.Count:N0} statements · {record.Events.Count:N0} events · {record.Disagreements.Count:N0} disagreements");
        Console.WriteLine($"end to end: {total.Elapsed.TotalSeconds:F1} s for {report.Added:N0} documents");
    }
    Console.WriteLine($"peak memory: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB working set (after start-up and warm-up: {startupMb:F0} MB) · store {new FileInfo(Path.Combine(work, "bench.db")).Length / 1024.0 / 1024.0:F1} MB");
    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
}
