using System.Text.Json;
using System.Text.Json.Nodes;
using Corroborate.Domain;
using Corroborate.Storage;

namespace Corroborate.Cli;

/// <summary>The export contract: each record kind as the JSON object of DESIGN's JSONL shapes (extra fields allowed).</summary>
internal static class Exports
{
    public static readonly string[] Kinds = ["entities", "events", "statements", "facts", "disagreements"];

    public static IEnumerable<JsonObject> Records(IStore store, string kind)
    {
        switch (kind)
        {
            case "entities":
                return store.LoadResolution().Entities.Select(Entity);
            case "events":
                return store.LoadReconciliation().Events.Select(ToNode);
            case "statements":
                return store.LoadReconciliation().Statements.Select(ToNode);
            case "facts":
                return store.LoadReconciliation().Facts.Select(ToNode);
            case "disagreements":
                return store.LoadReconciliation().Disagreements.Select(ToNode);
            default:
                throw new CliException($"unknown export '{kind}' (expected one of: {string.Join(", ", Kinds)})");
        }
    }

    private static JsonObject ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, Json.Options)!.AsObject();

    public static JsonObject Entity(Entity e)
    {
        var o = new JsonObject
        {
            ["id"] = e.Id,
            ["kind"] = e.Kind.ToString().ToLowerInvariant(),
            ["name"] = e.Name,
            ["aliases"] = new JsonArray(e.Aliases.Select(a => a.Name).Where(n => n != e.Name).Select(n => (JsonNode)JsonValue.Create(n)!).ToArray()),
            ["mentions"] = e.Mentions,
            ["documents"] = e.Documents,
        };
        if (e.Place is { } p)
        {
            o["geonames_id"] = p.GeonamesId;
            o["lat"] = p.Lat;
            o["lon"] = p.Lon;
            o["country"] = p.Country;
            o["admin1"] = p.Admin1;
            o["precision"] = p.Precision;
        }
        o["alias_details"] = JsonSerializer.SerializeToNode(e.Aliases, Json.Options);
        o["explanations"] = JsonSerializer.SerializeToNode(e.Explanations, Json.Options);
        return o;
    }

    /// <summary>A record as flat columns: scalars as they are, lists and objects as compact JSON.</summary>
    public static IReadOnlyList<(string Column, string Value)> Flatten(JsonObject o) =>
        o.Select(kv => (kv.Key, kv.Value switch
        {
            null => "",
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            JsonArray a when a.All(x => x is JsonValue xv && xv.GetValueKind() == JsonValueKind.String) => string.Join("; ", a.Select(x => x!.GetValue<string>())),
            var n => n.ToJsonString(Json.Options),
        })).ToList();
}
