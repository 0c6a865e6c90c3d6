#:project ../src/Corroborate.Analysis/Corroborate.Analysis.csproj
// Builds src/Corroborate.Analysis/Lexicons/en/world-given-names.txt.gz: given names of many countries written in Latin
// letters (Ruud, Goran, Hakan, Gheorghe, Zinedine), from the locale data of faker (npm @faker-js/faker 10.6.0, MIT; see
// NOTICE). The shipped list of given names holds Russian names and U.S. births only, so that wire copy's foreign
// players and ministers went unrecognized. A name is left out where it is also a common word, a nationality, a title,
// a month or a place of note ("Jordan", "Georgian", "Bon"), or where the shipped list holds it already.
// Get the package first (it is read here only, never at run time):
//   mkdir -p /tmp/faker && cd /tmp/faker && npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
// Run from the repository root, after setup (places of note come from the world's places):
//   dotnet run scripts/build-world-given-names.cs -- /tmp/faker/package/dist
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Corroborate.Analysis;
using Corroborate.Reference;

var dist = args.Length > 0 ? args[0] : "/tmp/faker/package/dist";
if (!Directory.Exists(dist)) { Console.Error.WriteLine($"build-world-given-names: {dist} not found"); return 1; }
var world = Path.GetFullPath(Gazetteer.WorldPlacesRelativePath);
if (!File.Exists(world)) { Console.Error.WriteLine($"build-world-given-names: {world} not found; run setup first"); return 1; }
Environment.SetEnvironmentVariable("CORROBORATE_WORLD_PLACES", world);

// Each locale's chunk holds `first_name:{generic:[`A`,`B`],female:`C.D`.split(`.`),male:…}`: lists as arrays or as one
// string split on points.
var block = new Regex(@"first_name:\{(.*?)\}", RegexOptions.Singleline);
var item = new Regex(@"`([^`]*)`");
var shape = new Regex(@"^\p{Lu}\p{Ll}{2,}(-\p{Lu}\p{Ll}+)?$");
var found = new SortedSet<string>(StringComparer.Ordinal);
foreach (var file in Directory.EnumerateFiles(dist, "*.js").Order(StringComparer.Ordinal))
    foreach (Match m in block.Matches(File.ReadAllText(file)))
        foreach (Match quoted in item.Matches(m.Groups[1].Value))
            foreach (var name in quoted.Groups[1].Value.Split('.', ','))
                if (shape.IsMatch(name.Trim())) found.Add(name.Trim());

var lex = AnalysisLexicons.Shared;
var words = WordNetWords.Shared;
var gazetteer = Gazetteer.Shared;
var shipped = Lexicon.Rows(typeof(Gazetteer).Assembly, "Data/given-names.tsv.gz").Select(r => r[0].ToLowerInvariant()).ToHashSet();
var kept = found.Where(name =>
{
    var lower = name.ToLowerInvariant();
    if (shipped.Contains(lower) || lex.CommonWords.Contains(lower) || lex.IsFunctionWord(lower) || words.IsCommon(lower)) return false;
    if (lex.Demonyms.TryGet(lower, out _) || lex.Titles.TryGet(lower, out _) || lex.Months.TryGet(lower, out _) || lex.Weekdays.TryGet(lower, out _)) return false;
    if (lex.OrgHeadsLast.TryGet(lower, out _) || lex.OrgHeadsFirst.TryGet(lower, out _) || lex.PlaceHeads.TryGet(lower, out _)) return false;
    // WordNet's proper nouns: a word that alone names a place or a group and no person.
    if (words.Proper(name) is { } kinds && kinds.Alone.Length > 0 && !kinds.Alone.Contains('P')) return false;
    // A country, a first-level region or a city of 100,000 people, as the rules take a large place.
    return gazetteer.Major(name) is null && !gazetteer.Lookup(name).Any(p => p.Population >= 100_000 || p.FeatureCode is "PCLI" or "ADM1");
}).ToList();

var target = Path.Combine("src", "Corroborate.Analysis", "Lexicons", "en", "world-given-names.txt.gz");
using (var output = new GZipStream(File.Create(target), CompressionLevel.SmallestSize))
using (var writer = new StreamWriter(output, new UTF8Encoding(false)) { NewLine = "\n" })
{
    writer.WriteLine("# given names of many countries in Latin letters; built by scripts/build-world-given-names.cs from faker's locales (MIT, see NOTICE)");
    foreach (var name in kept) writer.WriteLine(name);
}
Console.WriteLine($"{found.Count} names in faker's locales, {kept.Count} kept → {target} ({new FileInfo(target).Length / 1024} KB)");
return 0;
