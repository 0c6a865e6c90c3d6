using System.Text;
using System.Text.Json;

namespace Corroborate.Ingestion.Readers;

/// <summary>A Telegram Desktop JSON export (result.json): one document per message, the channel as publisher.</summary>
public sealed class TelegramExportReader : IDocumentReader
{
    public string Format => "telegram";

    public bool CanRead(string path, string head) =>
        head.TrimStart().StartsWith('{') && head.Contains("\"messages\"", StringComparison.Ordinal);

    public IEnumerable<RawDocument> Read(string path, string content)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(content); }
        catch (JsonException e) { throw new UnreadableFileException("not valid JSON: " + e.Message.Split('\n')[0]); }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
                throw new UnreadableFileException("not a Telegram export: no \"messages\" array");
            var channel = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            var username = root.TryGetProperty("username", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            var docs = new List<RawDocument>();
            foreach (var m in messages.EnumerateArray())
            {
                if (m.ValueKind != JsonValueKind.Object || Str(m, "type") != "message") continue;
                var text = m.TryGetProperty("text", out var t) ? Flatten(t).Trim() : "";
                if (text.Length == 0) continue;
                var url = username is not null && m.TryGetProperty("id", out var id) ? $"https://t.me/{username}/{id}" : null;
                docs.Add(new RawDocument(text, null, Str(m, "from") ?? channel, url, null, Dates.Parse(Str(m, "date")), Format));
            }
            return docs;
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Message text is a string or an array of strings and {type, text} entities.</summary>
    private static string Flatten(JsonElement text)
    {
        if (text.ValueKind == JsonValueKind.String) return text.GetString() ?? "";
        if (text.ValueKind != JsonValueKind.Array) return "";
        var sb = new StringBuilder();
        foreach (var part in text.EnumerateArray())
        {
            if (part.ValueKind == JsonValueKind.String) sb.Append(part.GetString());
            else if (part.ValueKind == JsonValueKind.Object && Str(part, "text") is { } s) sb.Append(s);
        }
        return sb.ToString();
    }
}
