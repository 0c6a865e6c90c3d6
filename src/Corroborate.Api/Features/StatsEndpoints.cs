using System.Text.Json.Nodes;
using Corroborate.Api.Http;

namespace Corroborate.Api.Features;

internal static class StatsEndpoints
{
    public static void MapStats(this RouteGroupBuilder api) =>
        api.MapGet("/stats", (StoreHost host) =>
        {
            var s = host.Current;
            return new JsonObject
            {
                ["documents"] = s.Documents.Count,
                ["entities"] = s.Entities.Count,
                ["events"] = s.Events.Count,
                ["statements"] = s.Statements.Count,
                ["facts"] = s.Facts.Count,
                ["disagreements"] = s.Disagreements.Count,
                ["judgements"] = s.Judgements.Count,
            };
        }).WithTags("record").WithSummary("How much the store holds");

    public static void MapSearch(this RouteGroupBuilder api) =>
        api.MapGet("/search", (HttpRequest r, StoreHost host) =>
        {
            var q = r.Text("q") ?? throw new ApiException(400, "q: give a name to search for (any script)");
            var limit = r.Int("limit", 20, 1, 200);
            return new JsonObject { ["items"] = Shapes.Array(host.Current.Search(q, limit).Select(Shapes.Entity)) };
        }).WithTags("entities").WithSummary("Entities by any of their names, in any script or spelling, best first");
}
