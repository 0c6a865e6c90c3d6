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

    /// <summary>How many files are read before their documents are analysed together on all cores.</summary>
    private const int Batch = 32;

    /// <summary>
    /// Reads, analyses and stores every file under <paramref name="paths"/>. Analysis runs on all cores a batch at a
    /// time; documents are stored one by one in file order, each whole or not at all.
    /// </summary>
    public IngestReport Ingest(IReadOnlyList<string> paths, IStore store, Action<string, int, int>? progress = null, CancellationToken cancel = default)
    {
        var files = Ingestor.Expand(paths).ToList();
        var docs = new List<IngestedDocument>();
        var skipped = new List<FileResult>();
        var seen = new HashSet<string>();
        for (var start = 0; start < files.Count; start += Batch)
        {
            cancel.ThrowIfCancellationRequested();
            var batch = new List<(int Index, string Path, Document Document, bool Fresh)>();
            for (var i = start; i < Math.Min(files.Count, start + Batch); i++)
            {
                var (path, missing) = files[i];
                if (missing is not null) { skipped.Add(new FileResult(path, [], missing)); continue; }
                var result = ingestor.ReadFile(path);
                if (result.Error is not null) { skipped.Add(result); continue; }
                foreach (var d in result.Documents)
                    batch.Add((i, path, d, seen.Add(d.Id) && !store.Contains(d.Id)));
            }
            var extracted = batch.AsParallel().AsOrdered().WithCancellation(cancel)
                .Select(b => b.Fresh ? extractor.Extract(b.Document) : null).ToList();
            for (var k = 0; k < batch.Count; k++)
            {
                var (index, path, d, _) = batch[k];
                var added = extracted[k] is { } x && store.Add(x) == AddOutcome.Added;
                docs.Add(new IngestedDocument(path, d.Id, d.Language, added, d.IsAnalysed));
                progress?.Invoke(path, index + 1, files.Count);
            }
            progress?.Invoke("", Math.Min(files.Count, start + Batch), files.Count);
        }
        return new IngestReport(docs, skipped, files.Count);
    }

    /// <summary>How much the last <see cref="Rebuild"/> had to reconcile again; the rest was unchanged and reused.</summary>
    public ReconciliationWork LastReconciliationWork => reconciler.LastWork;

    /// <summary>
    /// Re-derives entities, facts, events and disagreements from everything stored. Resolution runs over all of it;
    /// reconciliation redoes only the subjects and events whose inputs changed since this process last rebuilt, and
    /// gives what a full run gives.
    /// </summary>
    public (ResolutionResult Resolution, ReconciliationResult Reconciliation) Rebuild(IStore store)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var extractions = store.Extractions().ToList();
        var loaded = clock.Elapsed;
        var resolution = resolver.Resolve(extractions, store.Judgements());
        var resolved = clock.Elapsed;
        store.SaveResolution(resolution);
        var savedEntities = clock.Elapsed;
        var reconciliation = reconciler.Reconcile(extractions, resolution);
        var reconciled = clock.Elapsed;
        store.SaveReconciliation(reconciliation);
        LastRebuildTimes = new RebuildTimes(loaded, resolved - loaded, savedEntities - resolved, reconciled - savedEntities, clock.Elapsed - reconciled);
        return (resolution, reconciliation);
    }

    /// <summary>Where the last <see cref="Rebuild"/> spent its time, stage by stage.</summary>
    public RebuildTimes LastRebuildTimes { get; private set; }
}

/// <summary>The stages of a rebuild and their durations: reading the extractions, resolution, saving entities, reconciliation, saving the record.</summary>
public readonly record struct RebuildTimes(TimeSpan Load, TimeSpan Resolve, TimeSpan SaveResolution, TimeSpan Reconcile, TimeSpan SaveRecord)
{
    public override string ToString() =>
        $"load {Load.TotalSeconds:F2} s · resolve {Resolve.TotalSeconds:F2} s · save entities {SaveResolution.TotalSeconds:F2} s · reconcile {Reconcile.TotalSeconds:F2} s · save record {SaveRecord.TotalSeconds:F2} s";
}
