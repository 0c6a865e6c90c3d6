using System.Text.Json.Nodes;
using Corroborate.Domain;
using Corroborate.Pipeline;

namespace Corroborate.Api.Features;

/// <summary>Records as the API returns them: the export contract's shapes, plus the few fields a page needs on top.</summary>
internal static class Shapes
{
    public static JsonNode Entity(Entity e) => ExportContract.Entity(e);

    public static JsonNode Record<T>(T value) => ExportContract.ToNode(value);

    public static JsonObject Judgement(Judgement j, IReadOnlyList<Judgement> all)
    {
        var o = ExportContract.ToNode(j);
        o["undone"] = JudgementDesk.IsUndone(all, j.Number);
        return o;
    }

    public static JsonObject Document(DocumentHeader d) => ExportContract.ToNode(d);

    /// <summary>A statement with the title, publisher and date of the document it is quoted from.</summary>
    public static JsonObject Sourced(StatementRecord s, Snapshot snapshot)
    {
        var o = ExportContract.ToNode(s);
        AddSource(o, s.Document, snapshot);
        return o;
    }

    public static void AddSource(JsonObject o, string document, Snapshot snapshot)
    {
        if (!snapshot.DocumentById.TryGetValue(document, out var d)) return;
        o["title"] = d.Title;
        o["publisher"] = d.Publisher;
        o["published"] = d.Published?.ToString();
        o["url"] = d.Url;
    }

    public static JsonArray Array(IEnumerable<JsonNode> nodes) => new(nodes.ToArray());
}
