using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Corroborate.Api;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Microsoft.AspNetCore.Builder;

namespace Corroborate.Bench;

/// <summary>
/// Latency of the web app's main requests over a large store: a generated corpus (many actors) is ingested once, the
/// server runs on loopback as `corroborate serve` does, and each page's requests are timed one after another.
/// </summary>
public static class ApiBench
{
    public static int Run(int documents, string? keepStore, int requests = 300)
    {
        var work = Directory.CreateTempSubdirectory("corroborate-apibench-").FullName;
        try
        {
            var db = keepStore ?? Path.Combine(work, "api.db");
            Prepare(db, documents, work);
            var port = FreePort();
            var load = Stopwatch.StartNew();
            var app = CorroborateApi.Build(["--Corroborate:Db", db, "--Corroborate:Token", "bench", "--urls", $"http://127.0.0.1:{port}"]);
            app.StartAsync().GetAwaiter().GetResult();
            Console.WriteLine($"server start with snapshot load: {load.Elapsed.TotalSeconds:F1} s");
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var stats = Get(client, "/api/stats");
            Console.WriteLine($"store: {stats["documents"]:N0} documents · {stats["entities"]:N0} entities · {stats["events"]:N0} events · {stats["statements"]:N0} statements · {stats["disagreements"]:N0} disagreements");

            var rng = new Random(7);
            var entities = Get(client, "/api/entities?limit=500")["items"]!.AsArray().Select(e => (string)e!["id"]!).ToList();
            var facets = Get(client, "/api/events/facets");
            var first = DateOnly.Parse((string)facets["first"]!);
            var last = DateOnly.Parse((string)facets["last"]!);
            var documentIds = Get(client, "/api/documents?limit=500")["items"]!.AsArray().Select(e => (string)e!["id"]!).ToList();
            string Entity() => entities[rng.Next(entities.Count)];
            string Window(int days)
            {
                var from = first.AddDays(rng.Next(Math.Max(1, last.DayNumber - first.DayNumber - days)));
                return $"from={from:yyyy-MM-dd}&to={from.AddDays(days):yyyy-MM-dd}";
            }

            var pages = new (string Page, Func<string[]> Requests)[]
            {
                ("entity page", () => [$"/api/entities/{Entity()}"]),
                ("timeline page", () => { var w = Window(90); return [$"/api/events/histogram?bucket=week&{w}", $"/api/events/facets?{w}", $"/api/events?{w}&brief=true&limit=300"]; }),
                ("timeline, one actor", () => { var a = Entity(); return [$"/api/events/histogram?actor={a}", $"/api/events?actor={a}&limit=300"]; }),
                ("disagreements page", () => [$"/api/disagreements?limit=20&offset={rng.Next(0, 200)}"]),
                ("map page", () => [$"/api/events?has_coordinates=true&brief=true&{Window(30)}&limit=2000"]),
                ("search", () => [$"/api/search?q={Uri.EscapeDataString(new[] { "Merkulov", "Меркулов", "Shev", "Iron Wolf", "Kozinka", "Бєлгород" }[rng.Next(6)])}"]),
                ("source viewer", () => [$"/api/documents/{documentIds[rng.Next(documentIds.Count)]}"]),
            };
            Console.WriteLine($"latency over {requests} page loads each, requests of a page in sequence, one client, loopback HTTP:");
            foreach (var (page, make) in pages)
            {
                for (var i = 0; i < 20; i++) foreach (var url in make()) Time(client, url);
                var times = new List<double>();
                long bytes = 0;
                for (var i = 0; i < requests; i++)
                {
                    var t0 = Stopwatch.GetTimestamp();
                    foreach (var url in make()) bytes += Time(client, url);
                    times.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                }
                times.Sort();
                double P(double q) => times[Math.Min(times.Count - 1, (int)(q * times.Count))];
                Console.WriteLine($"  {page,-22} p50 {P(0.50),7:F2} ms · p95 {P(0.95),7:F2} ms · p99 {P(0.99),7:F2} ms · {bytes / requests / 1024.0,7:F1} KB per page");
            }
            Console.WriteLine($"peak memory: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB working set");
            app.StopAsync().GetAwaiter().GetResult();
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Generates and ingests the corpus unless the store already holds one (pass --store to keep it between runs).</summary>
    private static void Prepare(string db, int documents, string work)
    {
        using var store = SqliteStore.Open(db);
        if (store.DocumentCount() >= documents) { Console.WriteLine($"reusing {db}"); return; }
        var corpus = Path.Combine(work, "corpus");
        var (bytes, files) = CorpusGenerator.Write(corpus, documents, manyActors: true);
        Console.WriteLine($"corpus: {files:N0} generated reports, {bytes / 1024.0 / 1024.0:F1} MB, many actors");
        var t = Stopwatch.StartNew();
        var c = Corroborator.CreateDefault();
        c.Ingest([corpus], store);
        Console.WriteLine($"ingested in {t.Elapsed.TotalSeconds:F0} s");
        t.Restart();
        c.Rebuild(store);
        Console.WriteLine($"rebuilt in {t.Elapsed.TotalSeconds:F0} s");
        Directory.Delete(corpus, recursive: true);
    }

    private static JsonNode Get(HttpClient client, string url) => JsonNode.Parse(client.GetStringAsync(url).GetAwaiter().GetResult())!;

    private static long Time(HttpClient client, string url)
    {
        using var r = client.GetAsync(url).GetAwaiter().GetResult();
        if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"{url}: HTTP {(int)r.StatusCode}");
        return r.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult().Length;
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}
