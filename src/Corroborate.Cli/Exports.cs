using System.Text.Json;
using System.Text.Json.Nodes;
using Corroborate.Domain;
using Corroborate.Pipeline;
using Corroborate.Storage;

namespace Corroborate.Cli;

/// <summary>The records each export kind prints (shapes in <see cref="ExportContract"/>), and FollowTheMoney.</summary>
internal static class Exports
{
    public static readonly string[] Kinds = ["entities", "events", "statements", "facts", "disagreements"];

    public static IEnumerable<JsonObject> Records(IStore store, string kind)
    {
        switch (kind)
        {
            case "entities":
                return store.LoadResolution().Entities.Select(ExportContract.Entity);
            case "events":
                return store.LoadReconciliation().Events.Select(ExportContract.ToNode);
            case "statements":
                return store.LoadReconciliation().Statements.Select(ExportContract.ToNode);
            case "facts":
                return store.LoadReconciliation().Facts.Select(ExportContract.ToNode);
            case "disagreements":
                return store.LoadReconciliation().Disagreements.Select(ExportContract.ToNode);
            default:
                throw new CliException($"unknown export '{kind}' (expected one of: {string.Join(", ", Kinds)})");
        }
    }

    /// <summary>
    /// An entity as a FollowTheMoney entity (Person, Organization, or Address for places): names and aliases, and
    /// the facts FtM has properties for, so that tools speaking FtM (Aleph, nomenklatura) can take it.
    /// </summary>
    public static JsonObject FollowTheMoney(Entity e, IReadOnlyList<FactRecord> facts)
    {
        var props = new Dictionary<string, List<string>>();
        void Add(string prop, string? value) { if (!string.IsNullOrWhiteSpace(value)) (props.TryGetValue(prop, out var l) ? l : props[prop] = []).Add(value); }
        Add(e.Kind == MentionKind.Place ? "full" : "name", e.Name);
        foreach (var a in e.Aliases.Where(a => a.Name != e.Name)) Add("alias", a.Name);
        foreach (var f in facts.Where(f => f.Subject == e.Id && f.Status != FactStatus.Denied))
            switch (f.Property)
            {
                case "role": Add("position", f.Value); break;
                case "occupation" or "ideology" or "goal" or "strength": Add("notes", $"{f.Property}: {f.Value} ({Json.Name(f.Status)}, {f.IndependentOrigins} independent origin(s))"); break;
                case "founded": Add("incorporationDate", f.Value); break;
                case "designation" when f.Value.Contains("terror", StringComparison.OrdinalIgnoreCase): Add("topics", "crime.terror"); break;
                case "designation": Add("topics", "sanction"); break;
            }
        if (e.Place is { } p)
        {
            Add("country", p.Country.ToLowerInvariant());
            Add("latitude", p.Lat.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add("longitude", p.Lon.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add("region", p.Admin1);
        }
        var properties = new JsonObject();
        foreach (var (k, v) in props) properties[k] = new JsonArray(v.Distinct().Select(x => (JsonNode)JsonValue.Create(x)!).ToArray());
        return new JsonObject
        {
            ["id"] = e.Id,
            ["schema"] = e.Kind switch { MentionKind.Person => "Person", MentionKind.Organization => "Organization", _ => "Address" },
            ["properties"] = properties,
        };
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
