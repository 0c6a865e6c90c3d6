using Corroborate.Domain;

namespace Corroborate.Reconciliation;

/// <summary>The event mentions and clusters of a run, kept so the next run can reuse the clusters nothing touched.</summary>
internal sealed record EventState(List<EventMention> Mentions, List<string> Signatures, List<(List<EventMention> Members, List<string> Reasons)> Clusters);

/// <summary>
/// Event coreference that redoes only what a change can reach. A mention can only ever join a cluster that shares a
/// blocking key with it (its report or a day, within its family, or a month through a mention dated by month alone: see
/// <see cref="EventCoreference.DayKeys"/>),
/// so mentions linked by shared keys form components that cluster independently of each other. A component with a new
/// or changed mention is clustered again, in the same relative order as a full run; every other component keeps its
/// clusters. The result is the full run's.
/// </summary>
internal static class IncrementalEvents
{
    public static (List<(List<EventMention> Members, List<string> Reasons)> Clusters, int Reclustered) Cluster(
        List<EventMention> mentions, List<string> signatures, EventState? previous)
    {
        if (previous is null) return (EventCoreference.Cluster(mentions), mentions.Count);

        var index = new Dictionary<(string, Span), int>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++) index[Key(mentions[i])] = i;
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        var firstWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var monthOnly = mentions.Where(EventCoreference.BlocksByMonthOnly).SelectMany(EventCoreference.MonthKeys).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
            foreach (var key in EventCoreference.DayKeys(mentions[i]).Concat(EventCoreference.MonthKeys(mentions[i]).Where(monthOnly.Contains)))
                if (firstWithKey.TryGetValue(key, out var j)) parent[Find(i)] = Find(j);
                else firstWithKey[key] = i;

        var affected = new HashSet<int>();
        var before = new Dictionary<(string, Span), string>(previous.Mentions.Count);
        for (var i = 0; i < previous.Mentions.Count; i++) before[Key(previous.Mentions[i])] = previous.Signatures[i];
        for (var i = 0; i < mentions.Count; i++)
            if (!before.TryGetValue(Key(mentions[i]), out var old) || old != signatures[i]) affected.Add(Find(i));
        // A cluster whose members are not all here as they were goes back into the work too.
        var kept = new List<(List<EventMention>, List<string>)>();
        foreach (var (members, reasons) in previous.Clusters)
        {
            var now = members.Select(m => index.TryGetValue(Key(m), out var i) ? i : -1).ToList();
            if (now.Any(i => i < 0)) { foreach (var i in now.Where(i => i >= 0)) affected.Add(Find(i)); continue; }
            if (!affected.Contains(Find(now[0]))) kept.Add((now.Select(i => mentions[i]).ToList(), reasons));
        }
        kept.RemoveAll(c => affected.Contains(Find(index[Key(c.Item1[0])])));
        var redo = mentions.Where((_, i) => affected.Contains(Find(i))).ToList();
        kept.AddRange(EventCoreference.Cluster(redo));
        return (kept, redo.Count);
    }

    private static (string, Span) Key(EventMention m) => (m.Document, m.Event.Span);
}
