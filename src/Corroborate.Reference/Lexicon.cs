using System.IO.Compression;
using System.Reflection;

namespace Corroborate.Reference;

/// <summary>
/// Reads the data files a stage embeds (logical name "Lexicons/{lang}/{file}" or "Data/{file}"):
/// UTF-8, tab-separated, '#' starts a comment line.
/// </summary>
public static class Lexicon
{
    public static IReadOnlyList<string[]> Rows(Assembly owner, string resource)
    {
        using var stream = Open(owner, resource);
        if (stream is null) return [];
        var rows = new List<string[]>();
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            rows.Add(line.Split('\t').Select(c => c.Trim()).ToArray());
        }
        return rows;
    }

    public static IReadOnlyList<string[]> Rows(Assembly owner, string lang, string file) => Rows(owner, $"Lexicons/{lang}/{file}");

    public static Stream? Open(Assembly owner, string resource)
    {
        var stream = owner.GetManifestResourceStream(resource);
        if (stream is null) return null;
        return resource.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }
}
