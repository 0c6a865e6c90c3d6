// Builds the word lists the analysis reads, per language (src/Corroborate.Analysis/Lexicons/{en,ru,uk}/):
// - common-words.txt.gz: words written in lower case inside sentences of ../shared's raw text and treebanks, at least
//   twice. A capitalized word that opens a sentence or a quote and is such a word ("Гости", "Правда", "Атака") is
//   capitalized only by its place.
// - word-forms.txt.gz: each word's usual form inside a sentence where that is not a capitalized word ("the", "NATO",
//   "McCain"), counted over the same texts, the permissive NER training sets and the project's annotated texts: how
//   the truecaser writes a headline's words that were written in capitals.
// Sources (see NOTICE): ../shared/train/raw (Russian Wikinews via NEREL, CC BY; Wikipedia "In the news", CC BY-SA;
// the addresses in English and Ukrainian, CC0), ../shared/train/ud (UD English-EWT, Russian-Taiga, Russian-GSD,
// Ukrainian-ParlaMint: CC BY-SA; the non-commercial Ukrainian-IU is not read), ../shared/train/ner (UNER English-EWT,
// CC BY-SA; WikiGold, CC BY; re3d; WikiNER Russian, CC BY; the non-commercial Ukrainian set is not read) and
// data/annotated. Proper nouns of the treebanks are left out of the common words.
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
var taggedSets = new Dictionary<string, string[]>
{
    ["en"] = ["uner-en-ewt", "wikigold", "re3d"],
    ["ru"] = ["wikiner-ru"],
    ["uk"] = [],
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
    // Each word's forms inside sentences, by its lower-case key.
    var forms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
    void CountForm(string w)
    {
        if (w.Length == 0 || !char.IsLetter(w[0])) return;
        var key = w.ToLowerInvariant();
        if (!forms.TryGetValue(key, out var seen)) forms[key] = seen = new(StringComparer.Ordinal);
        seen[w] = seen.GetValueOrDefault(w) + 1;
    }
    // Inside a sentence: not after a sentence's end, a line break or an opening quote.
    void ReadText(string text, Action<string> count)
    {
        foreach (Match m in word.Matches(text))
        {
            var before = text[..m.Index].TrimEnd(' ');
            if (before.Length == 0 || ".!?…\n«\"“„—–-:(".Contains(before[^1])) continue;
            count(m.Value);
        }
    }
    foreach (var file in raw[lang])
        foreach (var line in Lines(Path.Combine(shared, "train", "raw", file)))
        {
            var text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "";
            ReadText(text, w => { Count(w); CountForm(w); });
        }
    foreach (var bank in treebanks[lang])
        foreach (var file in Directory.EnumerateFiles(Path.Combine(shared, "train", "ud", bank), "*.conllu.gz"))
            foreach (var line in Lines(file))
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var c = line.Split('\t');
                if (c.Length < 4 || c[0].Contains('-') || c[0].Contains('.') || c[0] == "1") continue;
                CountForm(c[1]);
                if (c[3] != "PROPN") Count(c[1]);
            }
    foreach (var set in taggedSets[lang])
        foreach (var file in Directory.EnumerateFiles(Path.Combine(shared, "train", "ner", set), "*.conll.gz"))
        {
            var previous = "";
            foreach (var line in Lines(file))
            {
                if (line.Length == 0 || line[0] == '#') { previous = ""; continue; }
                var token = line.Split('\t')[0];
                if (previous.Length > 0 && !".!?…«\"“„—–-:(".Contains(previous[^1])) CountForm(token);
                previous = token;
            }
        }
    foreach (var file in Directory.EnumerateFiles(Path.Combine(repository, "data", "annotated", lang), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        ReadText(File.ReadAllText(file), CountForm);

    var words = counts.Where(kv => kv.Value >= 2).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
    Write(lang, "common-words.txt.gz", "words written in lower case inside sentences at least twice", words);
    // The usual form where it is not the capitalized word every unknown word of a headline becomes: seen twice at least,
    // unless in lower case, and more often than any other form.
    var usual = new List<string>();
    foreach (var (key, seen) in forms)
    {
        var (form, n) = seen.MaxBy(kv => (kv.Value, kv.Key));
        if (seen.Values.Sum() < 2 && form != key || form == Capitalized(key)) continue;
        usual.Add(form);
    }
    usual.Sort(StringComparer.Ordinal);
    Write(lang, "word-forms.txt.gz", "each word's usual form inside sentences where it is not capitalized (seen twice at least, unless in lower case)", usual);
}

void Write(string lang, string name, string what, List<string> lines)
{
    var target = Path.Combine(repository, "src", "Corroborate.Analysis", "Lexicons", lang, name);
    using (var output = new GZipStream(File.Create(target), CompressionLevel.SmallestSize))
    using (var writer = new StreamWriter(output, new UTF8Encoding(false)) { NewLine = "\n" })
    {
        writer.WriteLine($"# {lang}: {what}; built by scripts/build-common-words.cs from ../shared (see NOTICE)");
        foreach (var w in lines) writer.WriteLine(w);
    }
    Console.WriteLine($"{lang}: {lines.Count} words → {Path.GetRelativePath(repository, target)} ({new FileInfo(target).Length / 1024} KB)");
}

static IEnumerable<string> Lines(string path)
{
    using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
    while (reader.ReadLine() is { } line) yield return line;
}

static string Capitalized(string lower) => lower.Length == 0 ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
