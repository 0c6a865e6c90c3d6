#:project ../src/Corroborate.Analysis/Corroborate.Analysis.csproj
// Trains the shipped NER models from ../shared/train/ner (permissive sets only; the non-commercial Ukrainian set is
// never used) and writes src/Corroborate.Analysis/Models/ner-{en,ru}.tsv.gz. Deterministic for the same input.
// Run from the repository root: dotnet run scripts/train-ner.cs -- ../shared
using System.IO.Compression;
using Corroborate.Analysis;

var shared = args.Length > 0 ? args[0] : "../shared";
var sets = new Dictionary<string, string[]>
{
    ["en"] = ["uner-en-ewt", "btc", "wnut17", "wikigold", "re3d"],
    ["ru"] = ["wikiner-ru"],
};
var epochs = 6;
foreach (var (lang, folders) in sets)
{
    var data = new List<(string[] Tokens, string[] Tags)>();
    foreach (var folder in folders)
    {
        var path = Path.Combine(shared, "train", "ner", folder, "train.conll.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var before = data.Count;
        foreach (var s in Conll.Read(reader)) data.Add((s.Tokens.ToArray(), s.Gold.ToArray()));
        Console.WriteLine($"{lang}: {folder}: {data.Count - before:N0} sentences");
    }
    var model = NerModel.Train(data, epochs, Console.WriteLine);
    var output = Path.Combine("src", "Corroborate.Analysis", "Models", $"ner-{lang}.tsv.gz");
    using (var file = File.Create(output)) model.Write(file);
    Console.WriteLine($"{lang}: wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:F1} MB, {model.FeatureCount:N0} features before pruning)");
}
