using System.Diagnostics;
using Corroborate.Analysis;
using Corroborate.Analysis.Annotation;

namespace Corroborate.Bench;

/// <summary>
/// Named-entity recognition on the public gold sets in ../shared/bench (or any CoNLL/IOB2 file): exact-span
/// precision/recall/F1 per type (PER, ORG, LOC, and MISC where the set marks other names) and overall, and the analysis stage's throughput. The sets named
/// ner-uk is the test split of the NER-UK corpus; ours-{en,ru,uk} are the test split of the project's own annotated corpus (data/annotated, docs/annotation.md);
/// factrueval and factrueval-dev are scored by <see cref="FactRuEvalBench"/>. CORROBORATE_BENCH_DETAIL=1 lists every error.
/// </summary>
public static class NerBench
{
    private static readonly Dictionary<string, (string Path, string Language)> Sets = new()
    {
        ["uner-en_ewt"] = ("bench/uner/en_ewt/en_ewt-ud-test.iob2", "en"),
        ["uner-en_pud"] = ("bench/uner/en_pud/en_pud-ud-test.iob2", "en"),
        ["uner-ru_pud"] = ("bench/uner/ru_pud/ru_pud-ud-test.iob2", "ru"),
        ["wnut17"] = ("bench/wnut17/emerging.test.annotated", "en"),
        // NER-UK's own test split, the only Ukrainian gold in ../shared: measured on, never trained on (it is non-commercial,
        // and no shipped model learns from any part of that corpus). Its works and documents are not scored; its MISC is.
        ["ner-uk"] = ("train/ner/nc-ukrainian/test.conll.gz", "uk"),
    };

    private static readonly string[] OwnLanguages = ["en", "ru", "uk"];

    public static int Run(string shared, string repository, string? set, string? file, string language, string tagger = "analysis")
    {
        var own = OwnLanguages.Select(l => ($"ours-{l}", Path.Combine(repository, "data", "annotated", l, "test"), l));
        var runs = file is not null ? [(Path.GetFileName(file), file, language)]
            : Sets.Select(s => (s.Key, Path.Combine(shared, s.Value.Path), s.Value.Language)).Concat(own)
                .Where(s => set is null or "all" || s.Item1 == set).ToList();
        var factRuEval = file is not null ? [] : FactRuEvalBench.Sets.Keys.Where(s => set is null or "all" || s == set).ToList();
        if (runs.Count + factRuEval.Count == 0) { Console.Error.WriteLine($"corroborate bench: unknown set '{set}' (available: {string.Join(", ", Sets.Keys.Concat(own.Select(o => o.Item1)).Concat(FactRuEvalBench.Sets.Keys))}, all)"); return 1; }
        var analyzer = Analyzer.CreateDefault();
        foreach (var (name, path, lang) in runs)
        {
            if (!File.Exists(path) && !Directory.Exists(path)) { Console.Error.WriteLine($"corroborate bench: {path} not found (needs ../shared)"); return 1; }
            var sentences = Sentences(path, lang).ToList();
            // Other names are scored where the set marks them (CoNLL-2003's MISC, BSNLP's events and products); elsewhere
            // what the set does not mark is left out of what was found, as of the gold.
            var marksOthers = sentences.Any(s => s.Gold.Any(t => t.EndsWith(Conll.Misc, StringComparison.Ordinal)));
            IReadOnlyList<string> Scored(IReadOnlyList<string> tags) => marksOthers ? tags : tags.Select(t => t.EndsWith(Conll.Misc, StringComparison.Ordinal) ? "O" : t).ToArray();
            // A file that marks its documents (UD's "# newdoc", CoNLL's -DOCSTART-) is read a document at a time first, as the
            // product reads a report and as `analyze --format conll` tags such a file: the same sentences, with what the rest of
            // their document says. Each sentence alone follows.
            if (File.Exists(path) && tagger == "analysis" && sentences.Any(s => s.StartsDocument))
            {
                var byDocument = new NerScore();
                foreach (var document in Conll.Documents(sentences))
                {
                    var tagged = Conll.TagDocument(analyzer, document, lang);
                    for (var k = 0; k < document.Count; k++) byDocument.Add(document[k].Gold, Scored(tagged[k]));
                }
                Console.WriteLine($"{name} ({lang}, {tagger}, by document): exact-span entities");
                Print(byDocument);
            }
            var score = new NerScore();
            // UNER marks a country that acts ("Russia said") as ORG, elsewhere as LOC; our guidelines always say LOC. Scored
            // also as factRuEval scores its LocOrg: a country found as a place where the gold says organization counts.
            var eitherWay = name.StartsWith("uner-", StringComparison.Ordinal) ? new NerScore() : null;
            // NER-UK's organizations take in a legal form before their quoted name ("ТОВ «Агробізнес ТСК»"); our guidelines keep
            // the form and the quotes outside. Scored also with the quoted name found counting for the whole.
            var legalForms = name == "ner-uk" ? new NerScore() : null;
            long chars = 0;
            var timer = Stopwatch.StartNew();
            var misses = new List<string>();
            foreach (var sentence in sentences)
            {
                chars += sentence.Tokens.Sum(t => t.Length + 1);
                var predicted = Scored(tagger == "model"
                    ? (NerModel.For(lang) ?? throw new InvalidOperationException($"no model for {lang}")).Predict(sentence.Tokens)
                    : Conll.Tag(analyzer, sentence, lang));
                score.Add(sentence.Gold, predicted);
                eitherWay?.Add(sentence.Gold, CountriesAsGold(sentence.Tokens, sentence.Gold, predicted));
                legalForms?.Add(sentence.Gold, LegalFormsAsGold(sentence.Tokens, sentence.Gold, predicted));
                if (Detail) misses.AddRange(Misses(sentence.Tokens, sentence.Gold, predicted));
            }
            var seconds = timer.Elapsed.TotalSeconds;
            Console.WriteLine($"{name} ({lang}, {tagger}, each sentence alone): exact-span entities, {chars / 1024.0 / 1024.0 / seconds:F2} MB/s on one core");
            Print(score);
            if (eitherWay is not null)
            {
                Console.WriteLine($"{name} ({lang}, {tagger}): the same, a country scored as LOC or ORG (factRuEval's LocOrg rule)");
                Print(eitherWay);
            }
            if (legalForms is not null)
            {
                Console.WriteLine($"{name} ({lang}, {tagger}): the same, a company's quoted name found without its legal form counted for the whole");
                Print(legalForms);
            }
            misses.ForEach(Console.WriteLine);
            // Our own texts are whole documents: the analysis stage also reads them as the product does, each text at once,
            // so that a name found once in a document informs its other mentions. Spans are compared in characters.
            if (Directory.Exists(path) && tagger == "analysis")
            {
                var byDocument = new NerScore();
                foreach (var doc in AnnotatedCorpus.Read(path, lang))
                    byDocument.Add(doc.Spans.Where(a => AnnotationTypes.Names.Contains(a.Type)).Select(a => (a.Span.Start, a.Span.End, a.Type)),
                        analyzer.Analyze(new Domain.Document(doc.Id, doc.Text, null, null, null, lang, null, doc.Id, "text")).Mentions
                            .Where(m => m.IsName).Select(m => (m.Span.Start, m.Span.End, AnnotationTypes.Of(m.Kind))));
                Console.WriteLine($"{name} ({lang}, {tagger}, by document): exact character spans");
                Print(byDocument);
            }
        }
        foreach (var name in factRuEval)
            if (FactRuEvalBench.Run(shared, name, tagger, analyzer) != 0) return 1;
        return 0;
    }

    /// <summary>The predicted tags, where a country found as LOC has the gold's ORG span, retagged ORG.</summary>
    private static IReadOnlyList<string> CountriesAsGold(IReadOnlyList<string> tokens, IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var tags = predicted.ToArray();
        var found = Conll.Entities(predicted).ToHashSet();
        foreach (var (first, end, type) in Conll.Entities(gold))
            if (type == "ORG" && found.Contains((first, end, "LOC"))
                && Reference.Gazetteer.Shared.Lookup(string.Join(' ', tokens.Skip(first).Take(end - first))).Any(p => p.FeatureCode.StartsWith("PCL", StringComparison.Ordinal)))
                for (var k = first; k < end; k++) tags[k] = (k == first ? "B-" : "I-") + "ORG";
        return tags;
    }

    /// <summary>The predicted tags, where an organization found as the quoted name of a gold "ТОВ «X»" span, retagged as that span.</summary>
    private static IReadOnlyList<string> LegalFormsAsGold(IReadOnlyList<string> tokens, IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var tags = predicted.ToArray();
        var found = Conll.Entities(predicted).ToHashSet();
        foreach (var (first, end, type) in Conll.Entities(gold))
        {
            if (type != "ORG" || end - first < 4 || !LegalForms.Contains(tokens[first]) || tokens[first + 1] != "«") continue;
            var inner = (first + 2, tokens[end - 1] == "»" ? end - 1 : end, "ORG");
            if (!found.Contains(inner)) continue;
            for (var k = first; k < end; k++) tags[k] = (k == first ? "B-" : "I-") + "ORG";
        }
        return tags;
    }

    /// <summary>Ukrainian and Russian legal forms written before a company's quoted name.</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
        { "ТОВ", "ТзОВ", "ПАТ", "ПрАТ", "АТ", "ВАТ", "ЗАТ", "ДП", "КП", "ПП", "ФОП", "ГО", "ВО", "ООО", "ОАО", "ЗАО", "ПАО", "АО" };

    /// <summary>With CORROBORATE_BENCH_DETAIL=1 each set also lists its errors, one line each.</summary>
    internal static bool Detail => Environment.GetEnvironmentVariable("CORROBORATE_BENCH_DETAIL") == "1";

    /// <summary>A sentence's gold entities that were not found exactly (with what was found there) and its spurious ones.</summary>
    private static IEnumerable<string> Misses(IReadOnlyList<string> tokens, IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var g = Conll.Entities(gold).ToList();
        var p = Conll.Entities(predicted).ToList();
        string Text((int First, int End, string Type) e) => $"{e.Type} {string.Join(' ', tokens.Skip(e.First).Take(e.End - e.First))}";
        bool Overlap((int First, int End, string) a, (int First, int End, string) b) => a.First < b.End && b.First < a.End;
        var sentence = string.Join(' ', tokens);
        foreach (var e in g.Where(e => !p.Contains(e)))
            yield return $"miss  [{Text(e)}] → {string.Join(", ", p.Where(x => Overlap(x, e)).Select(x => $"[{Text(x)}]").DefaultIfEmpty("nothing"))}  | {sentence}";
        foreach (var e in p.Where(e => !g.Any(x => Overlap(x, e))))
            yield return $"extra [{Text(e)}]  | {sentence}";
    }

    private static void Print(NerScore score) => PrintRows(score.Rows(), "  ");

    /// <summary>One line per type and one for all types, as every NER bench prints them.</summary>
    internal static void PrintRows(IEnumerable<(string Type, double Precision, double Recall, double F1, int Gold)> rows, string indent)
    {
        foreach (var (type, p, r, f1, gold) in rows)
            Console.WriteLine($"{indent}{type,-4} precision {p:F3} · recall {r:F3} · F1 {f1:F3} · {gold} gold");
    }

    /// <summary>A CoNLL/IOB2 file's sentences, or an annotated folder's texts as sentences of our tokenizer.</summary>
    private static IEnumerable<ConllSentence> Sentences(string path, string language)
    {
        if (Directory.Exists(path))
        {
            foreach (var doc in AnnotatedCorpus.Read(path, language))
                foreach (var s in AnnotatedConll.Sentences(doc)) yield return s;
            yield break;
        }
        using var stream = File.OpenRead(path);
        using var reader = new StreamReader(path.EndsWith(".gz", StringComparison.Ordinal) ? new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress) : stream);
        foreach (var s in Conll.Read(reader)) yield return s;
    }
}
