using System.Text;
using Corroborate.Domain;
using Corroborate.Ingestion.Readers;

namespace Corroborate.Ingestion;

/// <summary>One file's outcome: the documents read from it, or the one-line reason it was skipped.</summary>
public sealed record FileResult(string Path, IReadOnlyList<Document> Documents, string? Error);

/// <summary>
/// Reads files and folders (recursively) into documents: picks a reader, checks the bytes are readable text,
/// detects the language and hashes the content into the document id.
/// </summary>
public sealed class Ingestor(IReadOnlyList<IDocumentReader> readers, Func<string, string> detectLanguage)
{
    public const long MaxFileBytes = 64L * 1024 * 1024;

    public static Ingestor CreateDefault() =>
        new([new TelegramExportReader(), new FeedReader(), new HtmlReader(), new PlainTextReader()], t => LanguageDetector.Shared.Detect(t));

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { ".db", ".db-wal", ".db-shm", ".md5", ".sha256" };

    /// <summary>The files to read, in a stable order; a path that does not exist is reported, not thrown.</summary>
    public static IEnumerable<(string Path, string? Error)> Expand(IEnumerable<string> paths)
    {
        foreach (var p in paths)
        {
            if (File.Exists(p)) yield return (p, null);
            else if (Directory.Exists(p))
            {
                var files = Directory.EnumerateFiles(p, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
                    .Where(f => !Skipped.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal);
                foreach (var f in files) yield return (f, null);
            }
            else yield return (p, "no such file or directory");
        }
    }

    public FileResult ReadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes) return Fail(path, $"file is larger than {MaxFileBytes / 1024 / 1024} MB");
            var bytes = File.ReadAllBytes(path);
            var content = Decode(bytes);
            if (string.IsNullOrWhiteSpace(content)) return Fail(path, "empty file");
            var head = content.Length > 4096 ? content[..4096] : content;
            var reader = readers.FirstOrDefault(r => r.CanRead(path, head))
                         ?? throw new UnreadableFileException($"unsupported file type '{Path.GetExtension(path)}' (read: text, HTML, RSS/Atom, Telegram result.json)");
            var docs = reader.Read(path, content).Select(raw => ToDocument(raw, path)).Where(d => d is not null).Select(d => d!).ToList();
            if (docs.Count == 0) return Fail(path, "no text found");
            return new FileResult(path, docs, null);
        }
        catch (UnreadableFileException e) { return Fail(path, e.Message); }
        catch (UnauthorizedAccessException) { return Fail(path, "permission denied"); }
        catch (IOException e) { return Fail(path, "cannot be read: " + e.Message); }
    }

    private static FileResult Fail(string path, string reason) => new(path, [], reason);

    private static string Decode(byte[] bytes)
    {
        var probe = Math.Min(bytes.Length, 8192);
        for (var i = 0; i < probe; i++)
            if (bytes[i] == 0) throw new UnreadableFileException("binary file, not text");
        try
        {
            var text = new UTF8Encoding(false, true).GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException) { throw new UnreadableFileException("not valid UTF-8 text"); }
    }

    private Document? ToDocument(RawDocument raw, string path)
    {
        var text = Normalize(raw.Text);
        if (text.Length == 0) return null;
        var detected = detectLanguage(text);
        var lang = raw.Language is { Length: 2 } declared && Document.AnalysedLanguages.Contains(declared) ? declared : detected;
        var id = Ids.Of("doc", raw.Title, raw.Publisher, text);
        return new Document(id, text, raw.Title, raw.Publisher, raw.Url, lang, raw.Published, Path.GetFullPath(path), raw.Format);
    }

    /// <summary>Unix newlines, no trailing spaces, at most one blank line between paragraphs.</summary>
    internal static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd());
        var sb = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var l in lines)
        {
            if (l.Length == 0) { blank++; continue; }
            if (sb.Length > 0) sb.Append(blank > 0 ? "\n\n" : "\n");
            blank = 0;
            sb.Append(l);
        }
        return sb.ToString();
    }
}
