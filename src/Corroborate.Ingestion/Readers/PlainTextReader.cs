namespace Corroborate.Ingestion.Readers;

/// <summary>
/// Plain text, with an optional header block of "Key: value" lines (title, publisher, url, date, language)
/// ended by a blank line. A block counts as a header only if every line in it uses a known key.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    private static readonly HashSet<string> Keys = new(StringComparer.OrdinalIgnoreCase) { "title", "publisher", "url", "date", "language", "source" };

    public string Format => "text";

    /// <summary>Structured formats no reader understood are refused rather than ingested as prose.</summary>
    private static readonly HashSet<string> Structured = new(StringComparer.OrdinalIgnoreCase) { ".json", ".xml", ".csv", ".tsv", ".yaml", ".yml", ".rtf", ".svg" };

    public bool CanRead(string path, string head) => !Structured.Contains(Path.GetExtension(path));

    public IEnumerable<RawDocument> Read(string path, string content)
    {
        var text = content.Replace("\r\n", "\n").Replace('\r', '\n');
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        if (end > 0)
        {
            var lines = text[..end].Split('\n');
            var parsed = lines.Select(l => l.Split(':', 2)).ToList();
            if (parsed.All(p => p.Length == 2 && Keys.Contains(p[0].Trim())))
            {
                foreach (var p in parsed) header[p[0].Trim().ToLowerInvariant()] = p[1].Trim();
                text = text[(end + 2)..];
            }
        }
        string? Get(string k) => header.TryGetValue(k, out var v) && v.Length > 0 ? v : null;
        yield return new RawDocument(text.Trim('\n', ' '), Get("title"), Get("publisher") ?? Get("source"), Get("url"),
            Get("language")?.ToLowerInvariant(), Dates.Parse(Get("date")), Format);
    }
}
