using System.Text.Json.Nodes;
using Corroborate.Api.Http;
using Corroborate.Domain;

namespace Corroborate.Api.Features;

/// <summary>Entities: the list, and one entity's page with everything the record says about it.</summary>
internal static class EntityEndpoints
{
    private static readonly string[] Kinds = Enum.GetValues<MentionKind>().Select(k => Json.Name(k)).ToArray();

    /// <summary>How many statements and events an entity page carries; the lists endpoints page the rest.</summary>
    private const int PageItems = 50;

    public static void MapEntities(this RouteGroupBuilder api)
    {
        api.MapGet("/entities", (HttpRequest r, StoreHost host) =>
        {
            var s = host.Current;
            var kind = r.OneOf("kind", Kinds);
            var q = r.Text("q");
            IEnumerable<Entity> list = q is null ? s.Entities : s.Search(q, int.MaxValue);
            if (kind is not null) list = list.Where(e => Json.Name(e.Kind) == kind);
            return r.Paging().Page(list.ToList(), Shapes.Entity);
        }).WithTags("entities").WithSummary("Entities, most documented first; filter by kind and by name in any script");

        api.MapGet("/entities/{id}", (string id, StoreHost host) =>
        {
            var s = host.Current;
            var e = s.EntityById.GetValueOrDefault(id) ?? throw new ApiException(404, $"no entity has id '{id}'");
            var statements = s.StatementsBySubject[id].ToList();
            var events = s.EventsByEntity.TryGetValue(id, out var evs) ? evs : [];
            return new JsonObject
            {
                ["entity"] = Shapes.Entity(e),
                ["facts"] = Shapes.Array(s.FactsBySubject[id].OrderByDescending(f => f.IndependentOrigins).Select(Shapes.Listed)),
                ["statements_total"] = statements.Count,
                ["statements"] = Shapes.Array(statements.Take(PageItems).Select(x => Shapes.Sourced(x, s))),
                ["events_total"] = events.Count,
                ["events"] = Shapes.Array(events.Take(PageItems).Select(i => Shapes.Listed(s.Events[i].Record))),
                ["disagreements"] = Shapes.Array(s.DisagreementsBySubject[id].Select(d => RecordEndpoints.Disagreement(d, s))),
                ["judgements"] = Shapes.Array(s.JudgementsOf(e).Select(j => Shapes.Judgement(j, s.Judgements))),
            };
        }).WithTags("entities").WithSummary("One entity: all its names, facts with status, statements about it, its events, disagreements and judgements");
    }
}
