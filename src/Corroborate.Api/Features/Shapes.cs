using System.Text.Json.Nodes;
using Corroborate.Domain;
using Corroborate.Pipeline;

namespace Corroborate.Api.Features;

/// <summary>Records as the API returns them: the export contract's shapes, plus the few fields a page needs on top.</summary>
internal static class Shapes
{
    public static JsonNode Entity(Entity e) => ExportContract.Entity(e);

    public static JsonNode Record<T>(T value) => ExportContract.ToNode(value);

    /// <summary>
    /// How many ids or sources a record in a list carries. A fact or event read in thousands of reports would otherwise
    /// make every page megabytes; a capped array is followed by its full count as "{name}_total", and the record's own
    /// page (or the statements endpoint) has them all.
    /// </summary>
    public const int ListCap = 20;

    /// <summary>A record for a list: the export shape with long arrays capped (see <see cref="ListCap"/>).</summary>
    public static JsonObject Listed<T>(T value)
    {
        var o = ExportContract.ToNode(value);
        Cap(o);
        return o;
    }

    private static readonly HashSet<string> Capped = ["statements", "origins", "sources", "valid_at"];

    private static void Cap(JsonObject o)
    {
        foreach (var (name, node) in o.ToList())
        {
            if (node is not JsonArray a) continue;
            if (Capped.Contains(name) && a.Count > ListCap)
            {
                o[name + "_total"] = a.Count;
                while (a.Count > ListCap) a.RemoveAt(a.Count - 1);
            }
            foreach (var item in a) if (item is JsonObject child) Cap(child);
        }
    }

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

    /// <summary>
    /// A statement as one side of a disagreement shows it: who said it, how, from which origin, and where to read it;
    /// subject, property and value are the disagreement's own.
    /// </summary>
    public static JsonObject Quoted(StatementRecord s, Snapshot snapshot)
    {
        var o = new JsonObject
        {
            ["id"] = s.Id, ["document"] = s.Document, ["start"] = s.Start, ["end"] = s.End, ["quote"] = s.Quote,
            ["speaker_name"] = s.SpeakerName, ["stance"] = Json.Name(s.Stance), ["origin_name"] = s.OriginName, ["valid_at"] = s.ValidAt,
        };
        AddSource(o, s.Document, snapshot);
        return o;
    }

    /// <summary>
    /// An event as a map or a long list needs it: what, when, where, who, how many killed, how well sourced; without
    /// the source quotes and merge reasons, which the event's own page has.
    /// </summary>
    public static JsonObject Brief(EventRecord e)
    {
        var o = ExportContract.ToNode(e);
        o.Remove("sources");
        o.Remove("merge_reasons");
        o["sources_total"] = e.Sources.Count;
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
