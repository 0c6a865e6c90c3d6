using System.Diagnostics;
using Corroborate.Analysis;

namespace Corroborate.Bench;

/// <summary>
/// Named-entity recognition on the public gold sets in ../shared/bench (or any CoNLL/IOB2 file): exact-span
/// precision/recall/F1 per type (PER, ORG, LOC) and overall, and the analysis stage's throughput.
/// </summary>
public static class NerBench
{
    private static readonly Dictionary<string, (string Path, string Language)> Sets = new()
    {
        ["uner-en_ewt"] = ("bench/uner/en_ewt/en_ewt-ud-test.iob2", "en"),
        ["uner-en_pud"] = ("bench/uner/en_pud/en_pud-ud-test.iob2", "en"),
        ["uner-ru_pud"] = ("bench/uner/ru_pud/ru_pud-ud-test.iob2", "ru"),
        ["wnut17"] = ("bench/wnut17/emerging.test.annotated", "en"),
    };

    public static int Run(string shared, string? set, string? file, string language, string tagger = "analysis")
    {
        var runs = file is not null ? [(Path.GetFileName(file), file, language)]
            : Sets.Where(s => set is null or "all" || s.Key == set).Select(s => (s.Key, Path.Combine(shared, s.Value.Path), s.Value.Language)).ToList();
        if (runs.Count == 0) { Console.Error.WriteLine($"corroborate bench: unknown set '{set}' (available: {string.Join(", ", Sets.Keys)}, all)"); return 1; }
        var analyzer = Analyzer.CreateDefault();
        foreach (var (name, path, lang) in runs)
        {
            if (!File.Exists(path)) { Console.Error.WriteLine($"corroborate bench: {path} not found (needs ../shared)"); return 1; }
            var score = new NerScore();
            long chars = 0;
            var timer = Stopwatch.StartNew();
            using (var reader = new StreamReader(path))
                foreach (var sentence in Conll.Read(reader))
                {
                    chars += sentence.Tokens.Sum(t => t.Length + 1);
                    score.Add(sentence.Gold, tagger == "model"
                        ? (NerModel.For(lang) ?? throw new InvalidOperationException($"no model for {lang}")).Predict(sentence.Tokens)
                        : Conll.Tag(analyzer, sentence, lang));
                }
            var seconds = timer.Elapsed.TotalSeconds;
            Console.WriteLine($"{name} ({lang}, {tagger}): exact-span entities, {chars / 1024.0 / 1024.0 / seconds:F2} MB/s on one core");
            foreach (var (type, p, r, f1, gold) in score.Rows())
                Console.WriteLine($"  {type,-4} precision {p:F3} · recall {r:F3} · F1 {f1:F3} · {gold} gold");
        }
        return 0;
    }
}
