using Corroborate.Domain;
using Corroborate.Pipeline;
using Corroborate.Reference;
using Corroborate.Resolution;

namespace Corroborate.Api;

/// <summary>
/// One consistent, immutable view of the record with the indexes the pages need, so that a request at 100,000
/// documents filters and pages in memory instead of re-reading the store.
/// </summary>
public sealed class Snapshot
{
    public IReadOnlyList<DocumentHeader> Documents { get; }
    public IReadOnlyDictionary<string, DocumentHeader> DocumentById { get; }

    /// <summary>Entities by documents then mentions, most present first.</summary>
    public IReadOnlyList<Entity> Entities { get; }
    public IReadOnlyDictionary<string, Entity> EntityById { get; }

    /// <summary>Events by date (first day of their range), undated last.</summary>
    public IReadOnlyList<DatedEvent> Events { get; }
    public IReadOnlyDictionary<string, EventRecord> EventById { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<int>> EventsByEntity { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<int>> EventsByDocument { get; }

    public IReadOnlyList<StatementRecord> Statements { get; }
    public IReadOnlyDictionary<string, StatementRecord> StatementById { get; }
    public ILookup<string, StatementRecord> StatementsBySubject { get; }
    public ILookup<string, StatementRecord> StatementsByDocument { get; }

    public IReadOnlyList<FactRecord> Facts { get; }
    public ILookup<string, FactRecord> FactsBySubject { get; }

    public IReadOnlyList<DisagreementRecord> Disagreements { get; }
    public ILookup<string, DisagreementRecord> DisagreementsBySubject { get; }

    public IReadOnlyList<Judgement> Judgements { get; }

    private readonly (string Key, Entity Entity)[] _names;
    private readonly ILookup<string, Entity> _stems;

    public Snapshot(IReadOnlyList<DocumentHeader> documents, ResolutionResult resolution, ReconciliationResult record, IReadOnlyList<Judgement> judgements)
    {
        Documents = documents;
        DocumentById = documents.ToDictionary(d => d.Id);
        Entities = resolution.Entities.OrderByDescending(e => e.Documents).ThenByDescending(e => e.Mentions).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
        EntityById = resolution.Entities.ToDictionary(e => e.Id);

        Events = EventFilter.Dated(record.Events);
        EventById = record.Events.ToDictionary(e => e.Id);
        var byEntity = new Dictionary<string, List<int>>();
        var byDocument = new Dictionary<string, List<int>>();
        for (var i = 0; i < Events.Count; i++)
        {
            var e = Events[i].Record;
            foreach (var id in e.Actors.Select(a => a.Entity).Append(e.Place?.Entity).OfType<string>().Distinct()) Add(byEntity, id, i);
            foreach (var doc in e.Sources.Select(s => s.Document).Distinct()) Add(byDocument, doc, i);
        }
        EventsByEntity = byEntity.ToDictionary(p => p.Key, p => (IReadOnlyList<int>)p.Value);
        EventsByDocument = byDocument.ToDictionary(p => p.Key, p => (IReadOnlyList<int>)p.Value);

        Statements = record.Statements;
        StatementById = record.Statements.ToDictionary(s => s.Id);
        StatementsBySubject = record.Statements.ToLookup(s => s.Subject);
        StatementsByDocument = record.Statements.ToLookup(s => s.Document);
        Facts = record.Facts;
        FactsBySubject = record.Facts.ToLookup(f => f.Subject);
        Disagreements = record.Disagreements;
        DisagreementsBySubject = record.Disagreements.ToLookup(d => d.Subject);
        Judgements = judgements;

        // Every name of every entity under its script-insensitive skeleton, sorted, for exact and prefix search.
        _names = Entities.SelectMany(e => e.Aliases.Select(a => NameKey.Skeleton(a.Name)).Append(NameKey.Skeleton(e.Name)).Distinct().Select(k => (k, e)))
            .Where(x => x.k.Length > 0).OrderBy(x => x.k, StringComparer.Ordinal).ToArray();
        // ... and under its stem key, so an inflected query ("Меркулова", "Легиону") finds the name as the lookup does.
        _stems = Entities.SelectMany(e => e.Aliases.Select(a => NameKey.StemKey(a.Name)).Distinct().Select(k => (k, e))).ToLookup(x => x.k, x => x.e);
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int i)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(i);
    }

    /// <summary>
    /// Entities named <paramref name="query"/> in any script, spelling or inflection: the id itself, then whole-name
    /// matches (skeleton or stem, as <see cref="Pipeline.EntityLookup"/> matches), then names starting with it; ties go
    /// to the entity seen in more documents.
    /// </summary>
    public IReadOnlyList<Entity> Search(string query, int limit)
    {
        if (EntityById.TryGetValue(query.Trim(), out var byId)) return [byId];
        var key = NameKey.Skeleton(query);
        if (key.Length == 0) return [];
        var start = LowerBound(key);
        var hits = new Dictionary<string, (Entity Entity, int Score)>();
        foreach (var e in _stems[NameKey.StemKey(query)]) hits[e.Id] = (e, 2);
        for (var i = start; i < _names.Length && _names[i].Key.StartsWith(key, StringComparison.Ordinal); i++)
        {
            var score = _names[i].Key.Length == key.Length ? 2 : 1;
            var e = _names[i].Entity;
            if (!hits.TryGetValue(e.Id, out var had) || had.Score < score) hits[e.Id] = (e, score);
            if (hits.Count > 5000) break;
        }
        return hits.Values.OrderByDescending(h => h.Score).ThenByDescending(h => h.Entity.Documents).ThenByDescending(h => h.Entity.Mentions)
            .Take(limit).Select(h => h.Entity).ToList();
    }

    private int LowerBound(string key)
    {
        int lo = 0, hi = _names.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(_names[mid].Key, key) < 0) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The judgements that concern <paramref name="e"/>: those naming one of its names, and their undos.</summary>
    public IReadOnlyList<Judgement> JudgementsOf(Entity e)
    {
        var keys = e.Aliases.Select(a => Resolver.NameKeyOf(e.Kind, a.Name)).ToHashSet();
        var mine = Judgements.Where(j => j.Kind != JudgementKind.Undo && j.EntityKind == e.Kind && (keys.Contains(j.A) || keys.Contains(j.B))).ToList();
        var numbers = mine.Select(j => j.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        return Judgements.Where(j => mine.Contains(j) || (j.Kind == JudgementKind.Undo && numbers.Contains(j.A))).ToList();
    }
}
