using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Reconciliation;

/// <summary>An event as one document tells it, with its actors and place resolved to entities.</summary>
public sealed record EventMention(string Document, ExtractedEvent Event, IReadOnlyList<EventActorRecord> Actors, Entity? Place, Origin Origin, string? ClaimedBy,
    Entity? LinkedTo = null, string? LinkClaimedBy = null)
{
    /// <summary>The parts in the event that the mention's own sentence gives, each with who gives it and how.</summary>
    public IReadOnlyList<ActorClaim> ActorClaims { get; init; } = [];
}

/// <summary>An organization's part in an event as one sentence gives it: its stance and who claims it (an entity id).</summary>
public readonly record struct ActorClaim(string Entity, string Name, Stance Stance, string? ClaimedBy);

/// <summary>
/// The same event across reports: compatible kind, dates that can overlap (respecting precision), places that
/// are equal or one inside the other, and actors in common. Clearly different days or places never merge.
/// </summary>
public static class EventCoreference
{
    private static readonly Dictionary<string, string> Families = new()
    {
        ["raid"] = "fighting", ["attack"] = "fighting", ["armed clash"] = "fighting", ["capture"] = "fighting",
        ["shelling"] = "strike", ["drone strike"] = "strike", ["air strike"] = "strike", ["missile strike"] = "strike",
    };

    /// <summary>How far apart (in characters) two sentences of one report may be and still continue one story.</summary>
    private const int NearbyChars = 600;

    /// <summary>The most specific kind names a merged event: a raid that involved fighting is a raid.</summary>
    private static readonly string[] Specificity = ["raid", "drone strike", "air strike", "missile strike", "shelling", "capture", "attack", "armed clash"];

    public static string KindOf(IEnumerable<string> kinds)
    {
        var list = kinds.ToList();
        foreach (var k in Specificity) if (list.Contains(k)) return k;
        return list.GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
    }

    private static string Family(string kind) => Families.TryGetValue(kind, out var f) ? f : kind;

    public static List<(List<EventMention> Members, List<string> Reasons)> Cluster(IReadOnlyList<EventMention> mentions)
    {
        var clusters = new List<Group>();
        // Blocking, so that the work grows with the events that could be one, not with all events: a cluster can only
        // take an event of its family from the same report, or one whose time can overlap (dated events by the days
        // they cover, events without a year by month) and, when both name actors, that shares an actor.
        var byDocument = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byDay = new Dictionary<(string Family, int Day), List<int>>();
        var byActorDay = new Dictionary<(string Family, string Actor, int Day), List<int>>();
        var actorlessByDay = new Dictionary<(string Family, int Day), List<int>>();
        var byMonth = new Dictionary<(string Family, int Month), List<int>>();
        var yearlessByMonth = new Dictionary<(string Family, int Month), List<int>>();
        void Index<TKey>(Dictionary<TKey, List<int>> map, TKey key, int cluster) where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            if (list.Count == 0 || list[^1] != cluster) list.Add(cluster);
        }
        void IndexDays(EventMention m, int cluster, IEnumerable<string> actors)
        {
            if (Days(m.Event.Date) is not { } days) return;
            var family = Family(m.Event.Kind);
            var list = actors.ToList();
            for (var d = days.First; d <= days.Last; d++)
            {
                if (list.Count == 0) Index(actorlessByDay, (family, d), cluster);
                foreach (var a in list) Index(byActorDay, (family, a, d), cluster);
            }
        }
        void Register(EventMention m, int cluster)
        {
            var family = Family(m.Event.Kind);
            Index(byDocument, m.Document, cluster);
            if (Days(m.Event.Date) is { } days)
                for (var d = days.First; d <= days.Last; d++) Index(byDay, (family, d), cluster);
            foreach (var (year, month) in Months(m.Event.Date))
            {
                Index(byMonth, (family, month), cluster);
                if (year is null) Index(yearlessByMonth, (family, month), cluster);
            }
            // A new actor of the cluster makes all its members' days findable under that actor.
            var known = clusters[cluster].ActorIds;
            var added = m.Actors.Select(a => a.Entity).Where(known.Add).ToList();
            if (added.Count > 0)
                foreach (var member in clusters[cluster].Members.Where(x => !ReferenceEquals(x, m))) IndexDays(member, cluster, added);
            IndexDays(m, cluster, known);
        }
        // Candidates of one query, deduplicated with a per-cluster stamp (cheaper than a set at 100,000 events).
        var stamp = new List<int>();
        var query = 0;
        var candidates = new List<int>();
        void Union<TKey>(List<int> into, Dictionary<TKey, List<int>> map, TKey key) where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list)) return;
            foreach (var c in list)
                if (stamp[c] != query) { stamp[c] = query; into.Add(c); }
        }
        // Most precise first, so vaguer reports join a well-dated event rather than seed their own.
        foreach (var m in mentions.OrderBy(m => m.Event.Date?.Precision ?? (DatePrecision)99).ThenBy(m => m.Event.Date?.HasYear == true ? 0 : 1))
        {
            var family = Family(m.Event.Kind);
            query++;
            candidates.Clear();
            Union(candidates, byDocument, m.Document);
            if (Days(m.Event.Date) is { } days)
            {
                var actors = m.Actors.Select(a => a.Entity).Distinct().ToList();
                for (var d = days.First; d <= days.Last; d++)
                {
                    if (actors.Count == 0) { Union(candidates, byDay, (family, d)); continue; }
                    Union(candidates, actorlessByDay, (family, d));
                    foreach (var a in actors) Union(candidates, byActorDay, (family, a, d));
                }
                foreach (var (_, month) in Months(m.Event.Date)) Union(candidates, yearlessByMonth, (family, month));
            }
            else
                foreach (var (_, month) in Months(m.Event.Date)) Union(candidates, byMonth, (family, month));
            candidates.Sort(); // the earliest cluster that fits wins, as clusters were made most precise first
            string? reason = null;
            var target = candidates.Cast<int?>().FirstOrDefault(c => (reason = Compatible(clusters[c!.Value], m)) is not null);
            if (target is int t) { clusters[t].Add(m, reason!); Register(m, t); }
            else { clusters.Add(new Group(m)); stamp.Add(0); Register(m, clusters.Count - 1); }
        }
        JoinSplitStories(clusters);
        return clusters.Where(g => g.Members.Count > 0).Select(g => (g.Members, g.Reasons)).ToList();
    }

    /// <summary>
    /// One report's story can start in two clusters when its sentences meet the other reports in a different order
    /// ("last week … attacked Kozinka" joins the raid other reports tell; "The fighting took place on 14 October"
    /// starts its own, as it names neither place nor actor). Two clusters that hold neighbouring sentences of one
    /// report, with times, places and actors that fit, are one event.
    /// </summary>
    private static void JoinSplitStories(List<Group> clusters)
    {
        var byDocument = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var c = 0; c < clusters.Count; c++)
            foreach (var doc in clusters[c].ByDocument.Keys)
            {
                if (!byDocument.TryGetValue(doc, out var list)) byDocument[doc] = list = [];
                list.Add(c);
            }
        for (var a = 0; a < clusters.Count; a++)
        {
            if (clusters[a].Members.Count == 0) continue;
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var doc in clusters[a].ByDocument.Keys.ToList())
                    foreach (var b in byDocument[doc])
                        if (b > a && clusters[b].Members.Count > 0 && SplitStory(clusters[a], clusters[b], doc) is { } reason)
                        {
                            var other = clusters[b];
                            clusters[a].Add(other.Head, reason);
                            for (var k = 1; k < other.Members.Count; k++) clusters[a].Add(other.Members[k], other.Reasons[k - 1]);
                            foreach (var d in other.ByDocument.Keys.Where(d => !byDocument[d].Contains(a))) byDocument[d].Add(a);
                            other.Clear();
                            changed = true;
                        }
            }
        }
    }

    private static string? SplitStory(Group a, Group b, string doc)
    {
        if (Family(a.Head.Event.Kind) != Family(b.Head.Event.Kind)) return null;
        if (!a.ByDocument[doc].Any(x => b.ByDocument[doc].Any(y => x.Event.Span != y.Event.Span && Math.Abs(x.Event.Span.Start - y.Event.Span.Start) <= NearbyChars))) return null;
        if (a.Members.Any(x => b.Members.Any(y => x.Event.Date is { } dx && y.Event.Date is { } dy && !dx.IsCompatibleWith(dy)))) return null;
        var places = b.Members.Where(m => m.Place is not null).Select(m => PlaceCompatible(a, m)).ToList();
        if (places.Any(p => p is null)) return null;
        var anyActors = a.Actors.Count > 0 && b.Actors.Count > 0;
        if (anyActors && !a.ActorIds.Overlaps(b.Actors.Select(x => x.Entity))) return null;
        return $"the same report goes on about this {a.Head.Event.Kind} in both; {(places.FirstOrDefault() ?? "no place to compare")}";
    }

    /// <summary>
    /// The keys under which <see cref="Cluster"/> can find a mention or be found by it, without months: its report and
    /// the days its date can fall in, each within its kind's family (a cluster only ever takes its own family).
    /// </summary>
    internal static IEnumerable<string> DayKeys(EventMention m)
    {
        var family = Family(m.Event.Kind);
        yield return $"{family}:doc:{m.Document}";
        if (Days(m.Event.Date) is { } days)
            for (var d = days.First; d <= days.Last; d++) yield return $"{family}:day:{d}";
    }

    /// <summary>
    /// The months (of the year) a mention's date can fall in, within its family. They link mentions only through one
    /// dated by month without a year, which is looked up by month and looks up every dated mention of its month.
    /// </summary>
    internal static IEnumerable<string> MonthKeys(EventMention m)
    {
        var family = Family(m.Event.Kind);
        foreach (var (_, month) in Months(m.Event.Date)) yield return $"{family}:month:{month}";
    }

    /// <summary>True for a mention found and finding others by month alone: a date without days, such as a month without a year.</summary>
    internal static bool BlocksByMonthOnly(EventMention m) => Days(m.Event.Date) is null;

    /// <summary>The day numbers a dated event covers (none for a year, no date or no year: see <see cref="Months"/>).</summary>
    private static (int First, int Last)? Days(DateValue? date) =>
        date is { } d && d.Precision != DatePrecision.Year && d.Range is { } r ? (r.First.DayNumber, r.Last.DayNumber) : null;

    /// <summary>The months a date can fall in (none for a year or no date: those never merge across reports).</summary>
    private static IEnumerable<(int? Year, int Month)> Months(DateValue? date)
    {
        if (date is not { } d || d.Precision == DatePrecision.Year) yield break;
        if (d.Range is { } r)
        {
            for (var m = new DateOnly(r.First.Year, r.First.Month, 1); m <= r.Last; m = m.AddMonths(1)) yield return (m.Year, m.Month);
        }
        else if (d.Month is int month) yield return (null, month);
    }

    /// <summary>A cluster under construction, with what the compatibility test reads kept up to date as members join.</summary>
    private sealed class Group
    {
        public List<EventMention> Members { get; } = [];
        public List<string> Reasons { get; } = [];
        public HashSet<string> ActorIds { get; } = new(StringComparer.Ordinal);
        /// <summary>Actor (entity, name) pairs in the order members brought them.</summary>
        public List<(string Entity, string Name)> Actors { get; } = [];
        private readonly HashSet<(string, string)> _actorPairs = [];
        /// <summary>Distinct places in the order members brought them.</summary>
        public List<Entity> Places { get; } = [];
        private readonly HashSet<string> _placeIds = new(StringComparer.Ordinal);
        public Dictionary<string, List<EventMention>> ByDocument { get; } = new(StringComparer.Ordinal);

        public Group(EventMention head) => Join(head);

        public EventMention Head => Members[0];

        /// <summary>Empties a cluster whose members moved to another.</summary>
        public void Clear()
        {
            Members.Clear();
            Reasons.Clear();
            ByDocument.Clear();
        }

        public void Add(EventMention m, string reason)
        {
            Join(m);
            Reasons.Add(reason);
        }

        private void Join(EventMention m)
        {
            Members.Add(m);
            foreach (var a in m.Actors) if (_actorPairs.Add((a.Entity, a.Name))) Actors.Add((a.Entity, a.Name));
            if (m.Place is { } p && _placeIds.Add(p.Id)) Places.Add(p);
            if (!ByDocument.TryGetValue(m.Document, out var list)) ByDocument[m.Document] = list = [];
            list.Add(m);
        }
    }

    private static string? Compatible(Group cluster, EventMention m)
    {
        var head = cluster.Head;
        if (Family(head.Event.Kind) != Family(m.Event.Kind)) return null;
        var sameReport = cluster.ByDocument.TryGetValue(m.Document, out var inReport) ? inReport : [];
        if (sameReport.Any(c => c.Event.Span == m.Event.Span)) return null;
        // Within one report, sentences that go on about the same kind of event at a compatible time and place are one event.
        var near = sameReport.Any(c => Math.Abs(c.Event.Span.Start - m.Event.Span.Start) <= NearbyChars);
        var datedAlike = sameReport.Any(c => c.Event.Date is { } cd && m.Event.Date is { } md && cd.IsCompatibleWith(md) && cd.Precision == DatePrecision.Day && md.Precision == DatePrecision.Day);
        if ((near || datedAlike) && cluster.Members.All(c => c.Event.Date is not { } cd2 || m.Event.Date is not { } md2 || cd2.IsCompatibleWith(md2))
            && PlaceCompatible(cluster, m) is { } samePlace)
            return $"the same report goes on about this {head.Event.Kind}; {samePlace}";
        // Across reports, dates must be known and able to overlap.
        if (head.Event.Date is not { } d1 || m.Event.Date is not { } d2) return null;
        if (!d1.IsCompatibleWith(d2) || (!d2.HasYear && d1.Precision != DatePrecision.Day && d2.Precision == DatePrecision.Day)) return null;
        if (d1.Precision is DatePrecision.Year || d2.Precision is DatePrecision.Year && d1.Precision != DatePrecision.Day) return null; // a year is too coarse to merge on
        // Places: equal, or one inside the other, or one side unknown.
        var placeReason = PlaceCompatible(cluster, m);
        if (placeReason is null) return null;
        var shared = cluster.Actors.Select(a => a.Entity).Intersect(m.Actors.Select(a => a.Entity)).ToList();
        var anyActors = cluster.Actors.Count > 0 && m.Actors.Count > 0;
        if (anyActors && shared.Count == 0) return null;
        if (!anyActors && placeReason == "no place to compare") return null;
        var actorNames = shared.Count > 0 ? "shared actor " + string.Join(", ", cluster.Actors.Where(a => shared.Contains(a.Entity)).Select(a => a.Name).Distinct()) : "no conflicting actors";
        return $"{m.Event.Kind} on {d2} matches {head.Event.Kind} on {d1}; {placeReason}; {actorNames}";
    }

    private static string? PlaceCompatible(Group cluster, EventMention m)
    {
        var places = cluster.Places;
        if (m.Place is null || places.Count == 0) return "no place to compare";
        foreach (var p in places)
        {
            if (p.Id == m.Place.Id) return $"same place {p.Name}";
            var (outer, inner) = (PlaceValue.Of(p), PlaceValue.Of(m.Place));
            if (outer.Contains(inner) || inner.Contains(outer)) return $"{m.Place.Name} and {p.Name} nest";
        }
        return null;
    }
}
