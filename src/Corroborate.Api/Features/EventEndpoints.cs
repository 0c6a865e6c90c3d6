using System.Globalization;
using System.Text.Json.Nodes;
using Corroborate.Api.Http;
using Corroborate.Domain;
using Corroborate.Pipeline;

namespace Corroborate.Api.Features;

/// <summary>Events: filtered and paged by date, their facets and histogram for the timeline, and one event with its sources.</summary>
internal static class EventEndpoints
{
    private static readonly string[] Buckets = ["day", "week", "month", "year"];

    public static void MapEvents(this RouteGroupBuilder api)
    {
        api.MapGet("/events", (HttpRequest r, StoreHost host) =>
        {
            var brief = r.Bool("brief") == true;
            return r.Paging(50, 5000).Page(Filter(r, host.Current).ToList(), e => brief ? Shapes.Brief(e.Record) : Shapes.Listed(e.Record));
        }).WithTags("events").WithSummary("Events by date (undated last); filter by actor, place, type, kind, date range, coordinates; brief=true leaves out source quotes (for maps and long lists)");

        api.MapGet("/events/facets", (HttpRequest r, StoreHost host) =>
        {
            var list = Filter(r, host.Current).ToList();
            var dated = list.Where(e => e.Range is not null).ToList();
            return new JsonObject
            {
                ["total"] = list.Count,
                ["kinds"] = Counts(list.Select(e => e.Record.Kind)),
                ["event_types"] = Counts(list.Select(e => e.Record.EventType)),
                ["first"] = dated.Count > 0 ? Day(dated.Min(e => e.Range!.Value.First)) : null,
                ["last"] = dated.Count > 0 ? Day(dated.Max(e => e.Range!.Value.Last)) : null,
            };
        }).WithTags("events").WithSummary("Counts by kind and ACLED event type, and the date span, of the filtered events");

        api.MapGet("/events/histogram", (HttpRequest r, StoreHost host) =>
        {
            var bucket = r.OneOf("bucket", Buckets) ?? "month";
            var items = Filter(r, host.Current).Where(e => e.Range is not null)
                .GroupBy(e => Period(e.Range!.Value.First, bucket)).OrderBy(g => g.Key.Start)
                .Select(g => (JsonNode)new JsonObject
                {
                    ["period"] = g.Key.Name, ["start"] = Day(g.Key.Start), ["end"] = Day(g.Key.End), ["count"] = g.Count(),
                });
            return new JsonObject { ["bucket"] = bucket, ["items"] = Shapes.Array(items) };
        }).WithTags("events").WithSummary("How many filtered events fall in each day, week, month or year (by the first day of their date)");

        api.MapGet("/events/{id}", (string id, StoreHost host) =>
        {
            var s = host.Current;
            var e = s.EventById.GetValueOrDefault(id) ?? throw new ApiException(404, $"no event has id '{id}'");
            return new JsonObject
            {
                ["event"] = Shapes.Record(e),
                ["sources"] = Shapes.Array(e.Sources.Select(src =>
                {
                    var o = Shapes.Record(src).AsObject();
                    Shapes.AddSource(o, src.Document, s);
                    return (JsonNode)o;
                })),
            };
        }).WithTags("events").WithSummary("One event with each source sentence and the document it is in");
    }

    /// <summary>The events that pass the request's filters, in date order.</summary>
    private static IEnumerable<DatedEvent> Filter(HttpRequest r, Snapshot s)
    {
        var filter = new EventFilter(r.Text("actor"), r.Text("place"), r.Text("type"), r.Text("kind"), r.Date("from"), r.Date("to"), r.Bool("has_coordinates"));
        if (filter.From > filter.To) throw new ApiException(400, "from: is after to");
        IEnumerable<DatedEvent> events = s.Events;
        if (filter.Actor is { } actor)
        {
            if (!s.EntityById.ContainsKey(actor)) throw new ApiException(404, $"actor: no entity has id '{actor}'");
            events = (s.EventsByEntity.TryGetValue(actor, out var ix) ? ix : []).Select(i => s.Events[i]);
        }
        return events.Where(filter.Matches);
    }

    private static JsonArray Counts(IEnumerable<string> values) =>
        Shapes.Array(values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (JsonNode)new JsonObject { ["value"] = g.Key, ["count"] = g.Count() }));

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (string Name, DateOnly Start, DateOnly End) Period(DateOnly d, string bucket)
    {
        switch (bucket)
        {
            case "day": return (Day(d), d, d);
            case "week":
                var monday = d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
                return ($"{ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)):00}", monday, monday.AddDays(6));
            case "year": return (d.Year.ToString(CultureInfo.InvariantCulture), new DateOnly(d.Year, 1, 1), new DateOnly(d.Year, 12, 31));
            default:
                var first = new DateOnly(d.Year, d.Month, 1);
                return (first.ToString("yyyy-MM", CultureInfo.InvariantCulture), first, first.AddMonths(1).AddDays(-1));
        }
    }
}
