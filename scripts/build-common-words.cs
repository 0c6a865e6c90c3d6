// Builds the common-word lists the name recognizer reads (src/Corroborate.Analysis/Lexicons/{en,ru,uk}/common-words.txt.gz):
// words written in lower case inside sentences of ../shared's raw text and treebanks, at least twice. A capitalized
// word that opens a sentence or a quote and is such a word ("Гости", "Правда", "Атака") is capitalized only by its place.
// Sources (see NOTICE): ../shared/train/raw (Russian Wikinews via NEREL, CC BY; Wikipedia "In the news", CC BY-SA;
// the addresses in English and Ukrainian, CC0) and ../shared/train/ud (UD English-EWT, Russian-Taiga, Russian-GSD,
// Ukrainian-ParlaMint: CC BY-SA; the non-commercial Ukrainian-IU is not read). Proper nouns of the treebanks are left out.
// Run from the repository root: dotnet run scripts/build-common-words.cs -- ../shared
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

var shared = args.Length > 0 ? args[0] : "../shared";
var repository = Directory.GetCurrentDirectory();
var raw = new Dictionary<string, string[]>
{
    ["en"] = ["zelensky-addresses-en.jsonl.gz", "wikipedia-itn-en.jsonl.gz"],
    ["ru"] = ["wikinews-nerel-ru.jsonl.gz", "wikipedia-itn-ru.jsonl.gz"],
    ["uk"] = ["zelensky-addresses-uk.jsonl.gz", "wikipedia-itn-uk.jsonl.gz"],
};
var treebanks = new Dictionary<string, string[]>
{
    ["en"] = ["UD_English-EWT"],
    ["ru"] = ["UD_Russian-Taiga", "UD_Russian-GSD"],
    ["uk"] = ["UD_Ukrainian-ParlaMint"],
};
var word = new Regex(@"\p{L}[\p{L}'’\-]*", RegexOptions.Compiled);
foreach (var lang in raw.Keys)
{
    var counts = new Dictionary<string, int>(StringComparer.Ordinal);
    void Count(string w)
    {
        if (w.Length < 2 || !char.IsLower(w[0]) || w.Any(char.IsUpper)) return;
        counts[w] = counts.GetValueOrDefault(w) + 1;
    }
    foreach (var file in raw[lang])
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(shared, "train", "raw", file)), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            var text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "";
            // Inside a sentence: not after a sentence's end, a line break or an opening quote.
            foreach (Match m in word.Matches(text))
            {
                var before = text[..m.Index].TrimEnd(' ');
                if (before.Length == 0 || ".!?…\n«\"“„—–-:(".Contains(before[^1])) continue;
                Count(m.Value);
            }
        }
    }
    foreach (var bank in treebanks[lang])
        foreach (var file in Directory.EnumerateFiles(Path.Combine(shared, "train", "ud", bank), "*.conllu.gz"))
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var c = line.Split('\t');
                if (c.Length < 4 || c[0].Contains('-') || c[0].Contains('.') || c[0] == "1" || c[3] == "PROPN") continue;
                Count(c[1]);
            }
        }
    var words = counts.Where(kv => kv.Value >= 2).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
    var target = Path.Combine(repository, "src", "Corroborate.Analysis", "Lexicons", lang, "common-words.txt.gz");
    using (var output = new GZipStream(File.Create(target), CompressionLevel.SmallestSize))
    using (var writer = new StreamWriter(output, new UTF8Encoding(false)) { NewLine = "\n" })
    {
        writer.WriteLine($"# {lang}: words written in lower case inside sentences at least twice; built by scripts/build-common-words.cs from ../shared (see NOTICE)");
        foreach (var w in words) writer.WriteLine(w);
    }
    Console.WriteLine($"{lang}: {words.Count} words → {Path.GetRelativePath(repository, target)} ({new FileInfo(target).Length / 1024} KB)");
}
