using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Reconciliation;

/// <summary>An event as one document tells it, with its actors and place resolved to entities.</summary>
public sealed record EventMention(string Document, ExtractedEvent Event, IReadOnlyList<EventActorRecord> Actors, Entity? Place, Origin Origin, string? ClaimedBy);

/// <summary>
/// The same event across reports: compatible kind, dates that can overlap (respecting precision), places that
/// are equal or one inside the other, and actors in common. Clearly different days or places never merge.
/// </summary>
public static class EventCoreference
{
    private static readonly Dictionary<string, string> Families = new()
    {
        ["raid"] = "fighting", ["attack"] = "fighting", ["clash"] = "fighting", ["capture"] = "fighting",
        ["shelling"] = "strike", ["drone strike"] = "strike", ["air strike"] = "strike", ["missile strike"] = "strike",
    };

    /// <summary>How far apart (in characters) two sentences of one report may be and still continue one story.</summary>
    private const int NearbyChars = 600;

    /// <summary>The most specific kind names a merged event: a raid that involved fighting is a raid.</summary>
    private static readonly string[] Specificity = ["raid", "drone strike", "air strike", "missile strike", "shelling", "capture", "attack", "clash"];

    public static string KindOf(IEnumerable<string> kinds)
    {
        var list = kinds.ToList();
        foreach (var k in Specificity) if (list.Contains(k)) return k;
        return list.GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
    }

    private static string Family(string kind) => Families.TryGetValue(kind, out var f) ? f : kind;

    public static List<(List<EventMention> Members, List<string> Reasons)> Cluster(IReadOnlyList<EventMention> mentions)
    {
        var clusters = new List<(List<EventMention> Members, List<string> Reasons)>();
        // Blocking: a cluster can only take an event of its family from the same report or from an overlapping month.
        var byDocument = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byMonth = new Dictionary<(string Family, int? Year, int Month), List<int>>();
        void Index<TKey>(Dictionary<TKey, List<int>> map, TKey key, int cluster) where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            if (list.Count == 0 || list[^1] != cluster) list.Add(cluster);
        }
        void Register(EventMention m, int cluster)
        {
            Index(byDocument, m.Document, cluster);
            foreach (var (year, month) in Months(m.Event.Date))
            {
                Index(byMonth, (Family(m.Event.Kind), year, month), cluster);
                if (year is not null) Index(byMonth, (Family(m.Event.Kind), (int?)null, month), cluster);
            }
        }
        // Most precise first, so vaguer reports join a well-dated event rather than seed their own.
        foreach (var m in mentions.OrderBy(m => m.Event.Date?.Precision ?? (DatePrecision)99).ThenBy(m => m.Event.Date?.HasYear == true ? 0 : 1))
        {
            var candidates = new SortedSet<int>(byDocument.TryGetValue(m.Document, out var same) ? same : []);
            foreach (var (year, month) in Months(m.Event.Date))
                if (byMonth.TryGetValue((Family(m.Event.Kind), year, month), out var list)) candidates.UnionWith(list);
            string? reason = null;
            var target = candidates.Cast<int?>().FirstOrDefault(c => (reason = Compatible(clusters[c!.Value].Members, m)) is not null);
            if (target is int t) { clusters[t].Members.Add(m); clusters[t].Reasons.Add(reason!); Register(m, t); }
            else { clusters.Add(([m], [])); Register(m, clusters.Count - 1); }
        }
        return clusters;
    }

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

    private static string? Compatible(List<EventMention> cluster, EventMention m)
    {
        var head = cluster[0];
        if (Family(head.Event.Kind) != Family(m.Event.Kind)) return null;
        if (cluster.Any(c => c.Document == m.Document && c.Event.Span == m.Event.Span)) return null;
        // Within one report, sentences that go on about the same kind of event at a compatible time and place are one event.
        var near = cluster.Any(c => c.Document == m.Document && Math.Abs(c.Event.Span.Start - m.Event.Span.Start) <= NearbyChars);
        var datedAlike = cluster.Any(c => c.Document == m.Document && c.Event.Date is { } cd && m.Event.Date is { } md && cd.IsCompatibleWith(md) && cd.Precision == DatePrecision.Day && md.Precision == DatePrecision.Day);
        if ((near || datedAlike) && cluster.All(c => c.Event.Date is not { } cd2 || m.Event.Date is not { } md2 || cd2.IsCompatibleWith(md2))
            && PlaceCompatible(cluster, m) is { } samePlace)
            return $"the same report goes on about this {head.Event.Kind}; {samePlace}";
        // Across reports, dates must be known and able to overlap.
        if (head.Event.Date is not { } d1 || m.Event.Date is not { } d2) return null;
        if (!d1.IsCompatibleWith(d2) || (!d2.HasYear && d1.Precision != DatePrecision.Day && d2.Precision == DatePrecision.Day)) return null;
        if (d1.Precision is DatePrecision.Year || d2.Precision is DatePrecision.Year && d1.Precision != DatePrecision.Day) return null; // a year is too coarse to merge on
        // Places: equal, or one inside the other, or one side unknown.
        var placeReason = PlaceCompatible(cluster, m);
        if (placeReason is null) return null;
        var shared = cluster.SelectMany(c => c.Actors).Select(a => a.Entity).Intersect(m.Actors.Select(a => a.Entity)).ToList();
        var anyActors = cluster.Any(c => c.Actors.Count > 0) && m.Actors.Count > 0;
        if (anyActors && shared.Count == 0) return null;
        if (!anyActors && placeReason == "no place to compare") return null;
        var actorNames = shared.Count > 0 ? "shared actor " + string.Join(", ", cluster.SelectMany(c => c.Actors).Where(a => shared.Contains(a.Entity)).Select(a => a.Name).Distinct()) : "no conflicting actors";
        return $"{m.Event.Kind} on {d2} matches {head.Event.Kind} on {d1}; {placeReason}; {actorNames}";
    }

    private static string? PlaceCompatible(List<EventMention> cluster, EventMention m)
    {
        var places = cluster.Select(c => c.Place).Where(p => p is not null).ToList();
        if (m.Place is null || places.Count == 0) return "no place to compare";
        foreach (var p in places)
        {
            if (p!.Id == m.Place.Id) return $"same place {p.Name}";
            if (Contains(p, m.Place) || Contains(m.Place, p)) return $"{m.Place.Name} and {p.Name} nest";
        }
        return null;
    }

    /// <summary>True when <paramref name="outer"/> is a region or country that contains <paramref name="inner"/>.</summary>
    private static bool Contains(Entity outer, Entity inner)
    {
        if (outer.Place is not { } o || inner.Place is not { } i) return false;
        if (o.Precision == "country") return o.Country == i.Country;
        if (o.Precision is "region" or "district") return o.Country == i.Country && o.Admin1 is not null && o.Admin1 == i.Admin1 && i.Precision != o.Precision;
        return false;
    }
}
