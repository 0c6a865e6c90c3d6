using System.Text.Json;
using System.Text.Json.Nodes;
using Corroborate.Domain;

namespace Corroborate.Pipeline;

/// <summary>
/// The export contract: each record as the JSON object of DESIGN's JSONL shapes (extra fields allowed). The command
/// line's exports and the HTTP API both write records through here, so the two never drift apart.
/// </summary>
public static class ExportContract
{
    public static JsonObject ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, Json.Options)!.AsObject();

    public static JsonObject Entity(Entity e)
    {
        var o = new JsonObject
        {
            ["id"] = e.Id,
            ["kind"] = Json.Name(e.Kind),
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
}
