#:property PublishAot=false
// Chooses the texts of the annotated corpus from ../shared/train/raw and assigns each to train or test, then writes
// data/annotated/documents.tsv and one JSON-lines file per language to pre-annotate (`corroborate annotate pretag`).
// Deterministic: the same raw files always give the same choice and split.
// Run from the repository root: dotnet run scripts/select-annotation-texts.cs -- ../shared /tmp/annotation-raw
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

var shared = args.Length > 0 ? args[0] : "../shared";
var output = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "annotation-raw");
var raw = Path.Combine(shared, "train", "raw");
Directory.CreateDirectory(output);

// Tokens as CoNLL counts them: words, numbers and punctuation marks.
static int Tokens(string text) => Regex.Count(text, @"\w+(?:[-'’]\w+)*|[^\w\s]");

static IEnumerable<JsonElement> Lines(string path)
{
    using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
    while (reader.ReadLine() is { } line) if (line.Length > 0) yield return JsonDocument.Parse(line).RootElement.Clone();
}

static string S(JsonElement e, string f) => e.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

var docs = new List<(string Id, string Lang, string Source, string License, string Group, string Date, string Title, string Text)>();

// 1. Official wartime addresses, English and Ukrainian: parallel pairs first (same group on both sides), spread
//    over the whole period, then Ukrainian-only ones until Ukrainian has enough.
const string Cc0 = "CC0-1.0 (resistinua repository dedication)";
var en = Lines(Path.Combine(raw, "zelensky-addresses-en.jsonl.gz")).ToDictionary(e => S(e, "id")["resistinua-en-".Length..]);
var uk = Lines(Path.Combine(raw, "zelensky-addresses-uk.jsonl.gz")).ToDictionary(e => S(e, "id")["resistinua-uk-".Length..]);
var pairs = en.Keys.Where(uk.ContainsKey).OrderBy(k => S(en[k], "date")).ThenBy(k => k, StringComparer.Ordinal).ToList();
var chosenPairs = new List<string>();
int enTokens = 0, ukTokens = 0;
// Every other pair by date until English has its share: the period stays covered end to end.
foreach (var k in pairs.Where((_, i) => i % 2 == 0).Concat(pairs.Where((_, i) => i % 2 == 1)))
{
    if (enTokens >= 39_000) break;
    chosenPairs.Add(k);
    enTokens += Tokens(S(en[k], "text"));
    ukTokens += Tokens(S(uk[k], "text"));
}
// One "English" address is in Ukrainian in the source: it stays out of English (its pair still counts as chosen).
static bool IsLatin(string text) => text.Count(char.IsAsciiLetter) > text.Count(c => c is >= 'А' and <= 'я' or 'і' or 'ї' or 'є' or 'ґ');
foreach (var k in chosenPairs)
{
    if (IsLatin(S(en[k], "text")))
        docs.Add((S(en[k], "id"), "en", "zelensky-addresses-en", Cc0, "address-" + k, S(en[k], "date"), S(en[k], "title"), S(en[k], "text")));
    docs.Add((S(uk[k], "id"), "uk", "zelensky-addresses-uk", Cc0, "address-" + k, S(uk[k], "date"), S(uk[k], "title"), S(uk[k], "text")));
}
foreach (var k in uk.Keys.Where(k => !chosenPairs.Contains(k)).OrderBy(k => S(uk[k], "date")).ThenBy(k => k, StringComparer.Ordinal).Where((_, i) => i % 2 == 0))
{
    if (ukTokens >= 60_500) break;
    docs.Add((S(uk[k], "id"), "uk", "zelensky-addresses-uk", Cc0, "address-" + k, S(uk[k], "date"), S(uk[k], "title"), S(uk[k], "text")));
    ukTokens += Tokens(S(uk[k], "text"));
}

// 2. Wikipedia "In the news" blurbs, all of them, one document per language and month (a month is one group
//    across languages, so one story's versions share a side of the split); blurbs separated by a blank line.
foreach (var lang in new[] { "en", "ru", "uk" })
    foreach (var month in Lines(Path.Combine(raw, $"wikipedia-itn-{lang}.jsonl.gz")).GroupBy(e => S(e, "date")[..7]).OrderBy(g => g.Key, StringComparer.Ordinal))
        docs.Add(($"itn-{lang}-{month.Key}", lang, $"wikipedia-itn-{lang}", "CC-BY-SA-3.0 (Wikipedia; ITN-corpus)", "itn-" + month.Key,
            month.Key, $"Wikipedia In the news, {month.Key}",
            string.Join("\n\n", month.OrderBy(e => S(e, "date"), StringComparer.Ordinal).ThenBy(e => S(e, "id"), StringComparer.Ordinal).Select(e => S(e, "text")))));

// 3. Russian Wikinews (NEREL's train part only), the articles densest in conflict, security and politics words.
string[] topical = ["войн", "воен", "арми", "атак", "взрыв", "теракт", "обстрел", "ракет", "погиб", "убит", "ранен", "боевик", "сепаратист",
    "украин", "донбас", "донецк", "луганск", "крым", "сири", "афганист", "ирак", "ливи", "нато", "санкц", "протест", "митинг",
    "полици", "задерж", "арест", "суд", "президент", "правительств", "министр", "парламент", "выбор", "оппозиц", "спецслужб", "фсб", "мвд"];
var ruTokens = docs.Where(d => d.Lang == "ru").Sum(d => Tokens(d.Text));
var news = Lines(Path.Combine(raw, "wikinews-nerel-ru.jsonl.gz"))
    .Where(e => S(e, "nerel_split") == "train")
    .Select(e => (E: e, Text: S(e, "text")))
    .Select(x => (x.E, x.Text, Score: topical.Sum(w => Regex.Count(x.Text.ToLowerInvariant(), w)) * 1000.0 / Math.Max(500, x.Text.Length)))
    .OrderByDescending(x => x.Score).ThenBy(x => S(x.E, "id"), StringComparer.Ordinal);
// A second tranche, annotated later, goes to the train side whole, so the test side stays what it was.
var secondTranche = new HashSet<string>();
foreach (var (e, text, _) in news)
{
    if (ruTokens >= 101_000) break;
    docs.Add((S(e, "id"), "ru", "wikinews-nerel-ru", "CC-BY-2.5 (Russian Wikinews contributors, via NEREL)", "wikinews-" + S(e, "id"), "", S(e, "title"), text));
    if (ruTokens >= 61_000) secondTranche.Add(S(e, "id"));
    ruTokens += Tokens(text);
}

// Split by group: groups ordered by a hash of their key; the first ones, up to a fifth of each language's
// tokens, are the test side.
static string Hash(string s) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(s)));
var split = docs.Where(d => secondTranche.Contains(d.Id)).ToDictionary(d => d.Group, _ => "train");
docs = docs.Where(d => !secondTranche.Contains(d.Id)).Concat(docs.Where(d => secondTranche.Contains(d.Id))).ToList();
foreach (var group in docs.Where(d => !secondTranche.Contains(d.Id)).GroupBy(d => d.Group).OrderBy(g => Hash(g.Key), StringComparer.Ordinal))
{
    var test = group.All(d => docs.Where(x => x.Lang == d.Lang && split.TryGetValue(x.Group, out var s) && s == "test").Sum(x => Tokens(x.Text))
        + Tokens(d.Text) <= docs.Where(x => x.Lang == d.Lang && !secondTranche.Contains(x.Id)).Sum(x => Tokens(x.Text)) / 5);
    split[group.Key] = test ? "test" : "train";
}

var table = new StringBuilder("id\tlang\tsplit\tsource\tlicense\tgroup\tdate\ttokens\ttitle\n");
foreach (var d in docs.OrderBy(d => d.Lang, StringComparer.Ordinal).ThenBy(d => split[d.Group], StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal))
    table.Append($"{d.Id}\t{d.Lang}\t{split[d.Group]}\t{d.Source}\t{d.License}\t{d.Group}\t{d.Date}\t{Tokens(d.Text)}\t{d.Title.Replace('\t', ' ').Replace('\n', ' ')}\n");
File.WriteAllText(Path.Combine("data", "annotated", "documents.tsv"), table.ToString(), new UTF8Encoding(false));
foreach (var lang in new[] { "en", "ru", "uk" })
    foreach (var side in new[] { "train", "test" })
        File.WriteAllLines(Path.Combine(output, $"{lang}-{side}.jsonl"), docs.Where(d => d.Lang == lang && split[d.Group] == side)
            .Select(d => JsonSerializer.Serialize(new { id = d.Id, lang = d.Lang, date = d.Date.Length == 10 ? d.Date : null, text = d.Text })));
foreach (var g in docs.GroupBy(d => (d.Lang, Split: split[d.Group])).OrderBy(g => g.Key.Lang).ThenBy(g => g.Key.Split))
    Console.WriteLine($"{g.Key.Lang} {g.Key.Split}: {g.Count()} documents, {g.Sum(d => Tokens(d.Text)):N0} tokens");
