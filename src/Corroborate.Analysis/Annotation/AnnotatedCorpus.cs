using System.IO.Compression;
using System.Text.Json;
using Corroborate.Domain;

namespace Corroborate.Analysis.Annotation;

/// <summary>
/// The annotated corpus on disk: data/annotated/{lang}/{train|test}/ID.txt + ID.ann, a second pass under
/// data/annotated/second-pass/{lang}/. A folder's language is the first path segment that names one.
/// </summary>
public static class AnnotatedCorpus
{
    /// <summary>Every annotated text under <paramref name="path"/> (a folder, or one ID.txt / ID.ann file).</summary>
    public static IEnumerable<AnnotatedText> Read(string path, string? language = null) =>
        TextFiles(path).Select(p => Standoff.Read(p, language ?? LanguageOf(p) ?? "en"));

    /// <summary>The ID.txt files under a folder (recursively, in path order), or the one a file path names.</summary>
    public static IReadOnlyList<string> TextFiles(string path)
    {
        if (File.Exists(path)) return [Path.ChangeExtension(path, ".txt")];
        if (!Directory.Exists(path)) throw new DirectoryNotFoundException($"{path}: no such file or folder");
        return Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    }

    public static string? LanguageOf(string path) =>
        Path.GetFullPath(path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .LastOrDefault(s => Document.AnalysedLanguages.Contains(s));

    /// <summary>A raw text to annotate: from a plain text file (one document) or a JSON-lines file (.jsonl, .jsonl.gz).</summary>
    public sealed record RawText(string Id, string? Language, string Text, DateValue? Date);

    public static IEnumerable<RawText> ReadRaw(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file");
        var name = Path.GetFileName(path);
        if (!name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase))
        {
            yield return new RawText(SafeId(Path.GetFileNameWithoutExtension(path)), null, File.ReadAllText(path), null);
            yield break;
        }
        using var stream = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? (Stream)new GZipStream(File.OpenRead(path), CompressionMode.Decompress) : File.OpenRead(path);
        using var reader = new StreamReader(stream);
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Trim().Length == 0) continue;
            JsonElement e;
            try { e = JsonDocument.Parse(line).RootElement; }
            catch (JsonException) { throw new FormatException($"{path}:{lineNo}: not a JSON object"); }
            string? Field(string f) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var text = Field("text") ?? throw new FormatException($"{path}:{lineNo}: no \"text\" field");
            var id = Field("id") ?? $"{Path.GetFileNameWithoutExtension(name)}-{lineNo}";
            yield return new RawText(SafeId(id), Field("lang"), text, DateValue.TryParse(Field("date"), out var d) ? d : null);
        }
    }

    /// <summary>An id usable as a file name on every system.</summary>
    public static string SafeId(string id) =>
        new(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
}
