using System.Text.Json.Nodes;
using Corroborate.Api.Http;
using Corroborate.Domain;

namespace Corroborate.Api.Features;

/// <summary>Statements, facts and disagreements: filtered, paged lists of the reconciled record.</summary>
internal static class RecordEndpoints
{
    private static readonly string[] Stances = Enum.GetValues<Stance>().Select(v => Json.Name(v)).ToArray();
    private static readonly string[] Statuses = Enum.GetValues<FactStatus>().Select(v => Json.Name(v)).ToArray();
    private static readonly string[] Kinds = Enum.GetValues<DisagreementKind>().Select(v => Json.Name(v)).ToArray();

    public static void MapRecords(this RouteGroupBuilder api)
    {
        api.MapGet("/statements", (HttpRequest r, StoreHost host) =>
        {
            var s = host.Current;
            var subject = r.Text("subject");
            var document = r.Text("document");
            var property = r.Text("property");
            var stance = r.OneOf("stance", Stances);
            IEnumerable<StatementRecord> list = subject is not null ? s.StatementsBySubject[subject]
                : document is not null ? s.StatementsByDocument[document] : s.Statements;
            if (document is not null) list = list.Where(x => x.Document == document);
            if (property is not null) list = list.Where(x => x.Property == property);
            if (stance is not null) list = list.Where(x => Json.Name(x.Stance) == stance);
            return r.Paging().Page(list.ToList(), x => Shapes.Sourced(x, s));
        }).WithTags("record").WithSummary("Statements with speaker, stance and origin; filter by subject, document, property, stance");

        api.MapGet("/facts", (HttpRequest r, StoreHost host) =>
        {
            var s = host.Current;
            var subject = r.Text("subject");
            var property = r.Text("property");
            var status = r.OneOf("status", Statuses);
            IEnumerable<FactRecord> list = subject is not null ? s.FactsBySubject[subject] : s.Facts;
            if (property is not null) list = list.Where(f => f.Property == property);
            if (status is not null) list = list.Where(f => Json.Name(f.Status) == status);
            return r.Paging().Page(list.OrderByDescending(f => f.IndependentOrigins).ToList(), Shapes.Listed);
        }).WithTags("record").WithSummary("Facts with status and the number of independent origins; filter by subject, property, status");

        api.MapGet("/disagreements", (HttpRequest r, StoreHost host) =>
        {
            var s = host.Current;
            var kind = r.OneOf("kind", Kinds);
            var subject = r.Text("subject");
            IEnumerable<DisagreementRecord> all = subject is not null ? s.DisagreementsBySubject[subject] : s.Disagreements;
            var counts = new JsonObject();
            foreach (var k in Kinds) counts[k] = 0;
            foreach (var g in all.GroupBy(d => Json.Name(d.Kind))) counts[g.Key] = g.Count();
            var page = r.Paging().Page(all.Where(d => kind is null || Json.Name(d.Kind) == kind).ToList(), d => Disagreement(d, s));
            page["counts"] = counts;
            return page;
        }).WithTags("record").WithSummary("Disagreements by kind, each side with its statements and their sources; counts per kind");
    }

    /// <summary>How many statements of each side a board spells out; the ids of all of them are in the record.</summary>
    private const int DetailsPerSide = 5;

    /// <summary>A disagreement with (the first of) each side's statements spelled out, so a board needs no further requests.</summary>
    public static JsonNode Disagreement(DisagreementRecord d, Snapshot s)
    {
        var o = Shapes.Listed(d);
        var details = new JsonObject();
        foreach (var id in d.Values.SelectMany(v => v.Statements.Take(DetailsPerSide)).Distinct())
            if (s.StatementById.TryGetValue(id, out var st)) details[id] = Shapes.Quoted(st, s);
        o["statement_details"] = details;
        return o;
    }
}
