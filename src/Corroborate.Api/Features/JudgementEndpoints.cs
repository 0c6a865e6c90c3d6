using System.Text.Json.Nodes;
using Corroborate.Api.Http;
using Corroborate.Pipeline;

namespace Corroborate.Api.Features;

/// <summary>A user's merge and split judgements: listed by anyone, made and undone with the write token.</summary>
internal static class JudgementEndpoints
{
    public sealed record MergeRequest(string? A, string? B);

    public sealed record SplitRequest(string? Entity, string? Name);

    public static void MapJudgements(this RouteGroupBuilder api)
    {
        api.MapGet("/judgements", (StoreHost host) =>
        {
            var all = host.Current.Judgements;
            return new JsonObject { ["items"] = Shapes.Array(all.Select(j => Shapes.Judgement(j, all))) };
        }).WithTags("judgements").WithSummary("Every judgement, oldest first, with whether it was undone");

        api.MapPost("/judgements/merge", (MergeRequest? body, StoreHost host) =>
        {
            var a = Required(body?.A, "a");
            var b = Required(body?.B, "b");
            return Answer(host, (store, c) => new JudgementDesk(store, c).Merge(a, b));
        }).RequireWriteToken().WithTags("judgements").WithSummary("Judge two entities (names in any script, or ids) to be one");

        api.MapPost("/judgements/split", (SplitRequest? body, StoreHost host) =>
        {
            var entity = Required(body?.Entity, "entity");
            var name = Required(body?.Name, "name");
            return Answer(host, (store, c) => new JudgementDesk(store, c).Split(entity, name));
        }).RequireWriteToken().WithTags("judgements").WithSummary("Judge one name of an entity to denote something else");

        api.MapPost("/judgements/{number:long}/undo", (long number, StoreHost host) =>
            Answer(host, (store, c) => new JudgementDesk(store, c).Undo(number)))
            .RequireWriteToken().WithTags("judgements").WithSummary("Undo a judgement (the undo is itself recorded)");
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ApiException(400, $"{name}: required (JSON body)") : value.Trim();

    private static JsonObject Answer(StoreHost host, Func<Storage.IStore, Corroborator, JudgementDesk.Outcome> act)
    {
        var outcome = host.Write(act);
        var all = host.Current.Judgements;
        return new JsonObject
        {
            ["judgement"] = Shapes.Judgement(outcome.Judgement, all),
            ["entity"] = outcome.Entity is { } e ? Shapes.Entity(e) : null,
        };
    }
}
