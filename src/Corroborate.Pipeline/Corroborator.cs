using Corroborate.Domain;
using Corroborate.Extraction;
using Corroborate.Ingestion;
using Corroborate.Reconciliation;
using Corroborate.Resolution;
using Corroborate.Storage;

namespace Corroborate.Pipeline;

/// <summary>What happened to one document of an ingest.</summary>
public sealed record IngestedDocument(string Path, string Id, string Language, bool Added, bool Analysed);

/// <summary>The outcome of an ingest: documents added or already present, files skipped and why.</summary>
public sealed record IngestReport(IReadOnlyList<IngestedDocument> Documents, IReadOnlyList<FileResult> Skipped, int FilesRead)
{
    public int Added => Documents.Count(d => d.Added);
    public int AlreadyPresent => Documents.Count(d => !d.Added);
}

/// <summary>
/// The whole flow in one place: ingest → analysis → extraction → store, then resolution → reconciliation over the
/// store. Surfaces (CLI, API) call this and nothing deeper.
/// </summary>
public sealed class Corroborator(Ingestor ingestor, Extractor extractor, Resolver resolver, Reconciler reconciler)
{
    public static Corroborator CreateDefault() =>
        new(Ingestor.CreateDefault(), Extractor.CreateDefault(), Resolver.CreateDefault(), Reconciler.CreateDefault());

    /// <summary>Reads, analyses and stores every file under <paramref name="paths"/>; each document is stored whole or not at all.</summary>
    public IngestReport Ingest(IReadOnlyList<string> paths, IStore store, Action<string, int, int>? progress = null, CancellationToken cancel = default)
    {
        var files = Ingestor.Expand(paths).ToList();
        var docs = new List<IngestedDocument>();
        var skipped = new List<FileResult>();
        var seen = new HashSet<string>();
        for (var i = 0; i < files.Count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            var (path, missing) = files[i];
            progress?.Invoke(path, i, files.Count);
            if (missing is not null) { skipped.Add(new FileResult(path, [], missing)); continue; }
            var result = ingestor.ReadFile(path);
            if (result.Error is not null) { skipped.Add(result); continue; }
            foreach (var d in result.Documents)
            {
                if (!seen.Add(d.Id) || store.Contains(d.Id)) { docs.Add(new IngestedDocument(path, d.Id, d.Language, false, d.IsAnalysed)); continue; }
                var outcome = store.Add(extractor.Extract(d));
                docs.Add(new IngestedDocument(path, d.Id, d.Language, outcome == AddOutcome.Added, d.IsAnalysed));
            }
        }
        progress?.Invoke("", files.Count, files.Count);
        return new IngestReport(docs, skipped, files.Count);
    }

    /// <summary>Re-derives entities, facts, events and disagreements from everything stored.</summary>
    public (ResolutionResult Resolution, ReconciliationResult Reconciliation) Rebuild(IStore store)
    {
        var extractions = store.Extractions().ToList();
        var (resolution, _) = resolver.Resolve(extractions);
        store.SaveResolution(resolution);
        var reconciliation = reconciler.Reconcile(extractions, resolution);
        store.SaveReconciliation(reconciliation);
        return (resolution, reconciliation);
    }
}
