using System.Diagnostics;
using Corroborate.Domain;
using Corroborate.Pipeline;
using Corroborate.Storage;

namespace Corroborate.Bench;

/// <summary>
/// `bench rebuild [--documents N]`: the time to bring the record up to date after adding one report to a store of N
/// generated reports, against a full rebuild; and whether the two records are the same.
/// </summary>
public static class RebuildBench
{
    public static int Run(int documents)
    {
        var work = Directory.CreateTempSubdirectory("corroborate-rebuild-").FullName;
        try
        {
            CorpusGenerator.Write(Path.Combine(work, "corpus"), documents);
            CorpusGenerator.Write(Path.Combine(work, "one"), 1, seed: 4242);
            using var store = SqliteStore.Open(Path.Combine(work, "bench.db"));
            var warm = Corroborator.CreateDefault();
            warm.Ingest([Path.Combine(work, "corpus")], store);
            var full = Stopwatch.StartNew();
            warm.Rebuild(store);
            Console.WriteLine($"store of {store.DocumentCount():N0} reports · full rebuild (resolution + reconciliation + saving): {full.Elapsed.TotalSeconds:F2} s"
                              + $" · reconciliation {warm.LastReconciliationWork.Elapsed.TotalSeconds:F2} s");
            Console.WriteLine($"  {warm.LastRebuildTimes}");

            var added = warm.Ingest([Path.Combine(work, "one")], store).Added;
            var incremental = Stopwatch.StartNew();
            var (_, record) = warm.Rebuild(store);
            var seconds = incremental.Elapsed.TotalSeconds;
            var w = warm.LastReconciliationWork;
            Console.WriteLine($"after adding {added} report: rebuild {seconds:F2} s · reconciliation {w.Elapsed.TotalSeconds:F2} s · facts rebuilt for {w.SubjectsRebuilt:N0} of {w.Subjects:N0} subjects · "
                              + $"{w.EventMentionsReclustered:N0} of {w.EventMentions:N0} event mentions clustered again");
            Console.WriteLine($"  {warm.LastRebuildTimes}");

            var cold = Corroborator.CreateDefault();
            var fresh = Stopwatch.StartNew();
            var (_, again) = cold.Rebuild(store);
            Console.WriteLine($"the same store rebuilt in full by a new process: {fresh.Elapsed.TotalSeconds:F2} s · reconciliation {cold.LastReconciliationWork.Elapsed.TotalSeconds:F2} s · "
                              + (Json.Serialize(again) == Json.Serialize(record) ? "records identical" : "RECORDS DIFFER"));
            Console.WriteLine($"  {cold.LastRebuildTimes}");
            Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
