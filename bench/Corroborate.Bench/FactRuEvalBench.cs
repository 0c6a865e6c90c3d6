using System.Diagnostics;
using Corroborate.Analysis;
using Corroborate.Analysis.Annotation;
using Corroborate.Domain;
using Corroborate.Reference;
using static Corroborate.Analysis.Annotation.AnnotationTypes;

namespace Corroborate.Bench;

/// <summary>
/// Russian named-entity recognition on factRuEval-2016 (Dialogue 2016; read at run time from
/// ../shared/bench/factrueval-2016, see its SOURCE.txt): the official track-1 score with locorg counted as loc
/// (t1_eval.py -l), a strict exact-span, exact-type F1 over the .objects mentions, and the tagger's throughput. The
/// analysis stage tags each whole document; the NER model tags the gold sentences of the .tokens files, each document as a whole.
/// </summary>
public static class FactRuEvalBench
{
    /// <summary>Set names and their folders in the shared copy.</summary>
    public static readonly IReadOnlyDictionary<string, string> Sets = new Dictionary<string, string>
    {
        ["factrueval"] = "testset",
        // The Russian model learns from the development set: its figure shows the fit, not how well the model generalizes.
        ["factrueval-dev"] = "devset",
    };

    public static int Run(string shared, string set, string tagger, Analyzer analyzer)
    {
        var folder = Path.Combine(shared, "bench", "factrueval-2016", Sets[set]);
        if (!Directory.Exists(folder)) { Console.Error.WriteLine($"corroborate bench: {folder} not found (needs ../shared)"); return 1; }
        var model = tagger == "model" ? NerModel.For("ru") ?? throw new InvalidOperationException("no model for ru") : null;
        var official = new Track1Score();
        var strict = new NerScore();
        var documents = 0;
        long chars = 0;
        var tagging = TimeSpan.Zero;
        foreach (var doc in FreDocument.ReadFolder(folder))
        {
            var t0 = Stopwatch.GetTimestamp();
            var predicted = model is null ? FromAnalysis(analyzer, doc) : FromModel(model, doc);
            tagging += Stopwatch.GetElapsedTime(t0);
            documents++;
            chars += doc.Text.Length;
            official.Add(doc, predicted);
            if (NerBench.Detail) foreach (var line in Misses(doc, predicted)) Console.WriteLine(line);
            strict.Add(doc.Mentions.Select(m => new GoldSpan(m.Extent, m.Type)).Select(Triple), predicted.Select(Triple));
        }
        Console.WriteLine($"{set} (ru, {tagger}): {documents} documents, {chars / 1024.0 / 1024.0 / tagging.TotalSeconds:F2} MB/s on one core");
        Print("official track 1 (t1_eval.py -l: locorg counted as loc; weighted token overlap, one-to-one matching)", official.Rows());
        Print("strict: exact span and type of the .objects mentions", strict.Rows());
        return 0;
    }

    /// <summary>
    /// Gold mentions with a name (outermost, LocOrg as LOC) that no predicted name of their type overlaps, with what was predicted
    /// there, and predicted names that overlap no gold mention: the errors the official score counts most.
    /// </summary>
    private static IEnumerable<string> Misses(FreDocument doc, List<GoldSpan> predicted)
    {
        var gold = doc.Mentions.Where(m => m.Spans.Any(s => FreDocument.NameWords[m.Type].Contains(s.Type)))
            .Select(m => new GoldSpan(m.Extent, m.Type)).ToList();
        bool Overlap(Span a, Span b) => a.Start < b.End && b.Start < a.End;
        string Text(GoldSpan g) => $"{g.Type} {doc.Text[g.Span.Start..g.Span.End].ReplaceLineEndings(" ")}";
        string Context(Span s) => doc.Text[Math.Max(0, s.Start - 60)..Math.Min(doc.Text.Length, s.End + 60)].ReplaceLineEndings(" ");
        foreach (var g in gold.Where(g => !gold.Any(o => o != g && o.Span.Start <= g.Span.Start && g.Span.End <= o.Span.End && o.Span.Length > g.Span.Length)))
            if (!predicted.Any(p => p.Type == g.Type && Overlap(p.Span, g.Span)))
                yield return $"miss  [{Text(g)}] → {string.Join(", ", predicted.Where(p => Overlap(p.Span, g.Span)).Select(p => $"[{Text(p)}]").DefaultIfEmpty("nothing"))}  | {Context(g.Span)}";
        foreach (var p in predicted.Where(p => !gold.Any(g => Overlap(g.Span, p.Span))))
            yield return $"extra [{Text(p)}]  | {Context(p.Span)}";
    }

    private static (int, int, string) Triple(GoldSpan s) => (s.Span.Start, s.Span.End, s.Type);

    private static void Print(string title, IEnumerable<(string Type, double Precision, double Recall, double F1, int Gold)> rows)
    {
        Console.WriteLine($"  {title}");
        NerBench.PrintRows(rows, "    ");
    }

    /// <summary>The analysis stage's names in the whole text.</summary>
    private static List<GoldSpan> FromAnalysis(Analyzer analyzer, FreDocument doc) =>
        analyzer.Analyze(new Document(doc.Name, doc.Text, null, null, null, "ru", null, "factrueval", "factrueval")).Mentions
            // Lowercase anaphors ("он", "батальон") are not names, nor pronouns capitalized at a sentence's start ("Он");
            // another capitalized one repeats a name ("Легион") and is scored as one.
            .Where(m => m.IsName || !m.Descriptive && (char.IsUpper(m.Text[0]) && !AnalysisLexicons.Shared.IsFunctionWord(Casing.Lower(m.Text))))
            .Select(m => new GoldSpan(m.Span, AnnotationTypes.Of(m.Kind)))
            .Distinct()
            .ToList();

    /// <summary>The NER model's entities, sentence by sentence on the gold tokens, as character spans.</summary>
    private static List<GoldSpan> FromModel(NerModel model, FreDocument doc)
    {
        var sentences = doc.Tokens.GroupBy(t => t.Sentence).Select(s => s.ToList()).ToList();
        var tags = model.PredictDocument(sentences.Select(s => (IReadOnlyList<string>)s.Select(t => t.Text).ToList()).ToList());
        return sentences.SelectMany((tokens, k) => Conll.Entities(tags[k])
            .Select(e => new GoldSpan(new Span(tokens[e.First].Start, tokens[e.End - 1].End), e.Type))).ToList();
    }
}

/// <summary>
/// The official factRuEval-2016 track-1 score (scripts/dialent/task1/eval.py of dialogue-evaluation/factRuEval-2016,
/// run with -l), reimplemented. Gold and predicted mentions become sets of gold-file tokens; a gold token weighs 1 when a
/// name span covers it and 0 otherwise (descriptors, jobs, geo adjectives). A pair of the same type scores
/// tp/(tp+fp+fn), and per document the one-to-one matching that the official search reaches with the best F1 counts:
/// P = Σquality/#predicted, R = Σquality/#relevant gold. Gold mentions without a name, embedded in another mention, or
/// the dropped twin of two mentions over the same tokens are ignored, and so is a prediction matched to one.
/// </summary>
internal sealed class Track1Score
{
    // The order in which the official search visits gold mentions: per, loc, org (locorg counts as loc), then by id.
    private static readonly string[] Visit = [Person, Location, Organization];

    // The rows reported: all types, then each type.
    private static readonly string?[] Filters = [null, Person, Organization, Location];

    // Mentions of the key type are embedded in (or twins of) mentions of these types (config.py PARENT_TAGS under -l).
    private static readonly Dictionary<string, string[]> Containers = new()
    {
        [Person] = [Location, Organization],
        [Location] = [Location, Organization],
        [Organization] = [Organization],
    };


    private readonly Tally[] _totals = new Tally[Filters.Length];

    /// <summary>Sums that make precision and recall: matched quality, relevant gold mentions, counted predictions.</summary>
    private readonly record struct Tally(double Quality, int Gold, int Predicted)
    {
        public int Size => Gold + Predicted;
        public static Tally operator +(Tally a, Tally b) => new(a.Quality + b.Quality, a.Gold + b.Gold, a.Predicted + b.Predicted);
    }

    /// <summary>A gold mention as the scorer sees it: its token indexes and those a name span covers.</summary>
    private sealed record Gold(string Type, IReadOnlySet<int> Tokens, IReadOnlySet<int> Named)
    {
        public bool Embedded { get; init; }
        public int Twin { get; init; } = -1;
        public bool DroppedTwin { get; init; }
    }

    private sealed record Guess(string Type, IReadOnlySet<int> Tokens);

    public void Add(FreDocument doc, IReadOnlyList<GoldSpan> predicted)
    {
        var match = new DocumentMatch(doc, predicted);
        foreach (var leaf in Best(match.Components().Select(match.Leaves).ToList()))
            for (var f = 0; f < Filters.Length; f++) _totals[f] += leaf[f];
    }

    public IEnumerable<(string Type, double Precision, double Recall, double F1, int Gold)> Rows()
    {
        foreach (var f in new[] { 1, 2, 3, 0 })
        {
            var (q, gold, predicted) = _totals[f];
            // metrics.py: an empty side scores 1, and F1 is 1 when both are empty.
            var p = predicted > 0 ? q / predicted : 1;
            var r = gold > 0 ? q / gold : 1;
            var f1 = gold + predicted == 0 ? 1 : p + r > 0 ? 2 * p * r / (p + r) : 0;
            yield return (Filters[f] ?? "ALL", p, r, f1, gold);
        }
    }

    /// <summary>
    /// One leaf per component, together giving the best document F1 = 2·Σquality/Σ(gold + predicted) (the official
    /// search's objective), found exactly by Dinkelbach's method since the components add up independently.
    /// </summary>
    private static IEnumerable<Tally[]> Best(List<List<Tally[]>> components)
    {
        // metrics.py scores a document with nothing left to count F1 1, the most any matching can reach.
        if (components.All(c => c.Any(l => l[0].Size == 0))) return components.Select(c => c.First(l => l[0].Size == 0));
        var pick = components.Select(c => c[0]).ToList();
        while (true)
        {
            var ratio = Ratio(pick);
            var next = components.Select(c => c.MaxBy(l => l[0].Quality - ratio * l[0].Size)!).ToList();
            if (Ratio(next) <= ratio + 1e-12) return pick;
            pick = next;
        }
    }

    private static double Ratio(List<Tally[]> leaves) => leaves.Sum(l => l[0].Quality) / Math.Max(1, leaves.Sum(l => l[0].Size));

    /// <summary>One document's gold mentions, predictions and their pairwise token overlap.</summary>
    private sealed class DocumentMatch
    {
        private readonly List<Gold> _gold;
        private readonly List<Guess> _guesses;
        private readonly bool[] _punctuation;
        private readonly double[,] _overlap;

        public DocumentMatch(FreDocument doc, IReadOnlyList<GoldSpan> predicted)
        {
            var tokens = doc.Tokens.OrderBy(t => t.Start).ToList();
            var index = tokens.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i);
            _punctuation = tokens.Select(t => t.Text.Length == 1 && !IsCased(t.Text[0])).ToArray();
            var ignored = tokens.Select((t, i) => IsGlued(tokens, i)).ToArray();
            _gold = Relate(doc.Mentions.OrderBy(m => Array.IndexOf(Visit, m.Type)).ThenBy(m => m.Id, StringComparer.Ordinal)
                .Select(m => ToGold(m, index)).ToList());
            _guesses = predicted.OrderBy(s => Array.IndexOf(Visit, s.Type))
                .Select(s => new Guess(s.Type, Enumerable.Range(0, tokens.Count)
                    .Where(i => !ignored[i] && tokens[i].Start >= s.Span.Start && tokens[i].End <= s.Span.End).ToHashSet()))
                .ToList();
            _overlap = new double[_gold.Count, _guesses.Count];
            for (var g = 0; g < _gold.Count; g++)
                for (var r = 0; r < _guesses.Count; r++) _overlap[g, r] = Overlap(_gold[g], _guesses[r]);
        }

        private static bool IsCased(char c) => char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c;

        // token.py isIgnored: a one-character non-letter touching a neighbour is left out of predicted token sets.
        private static bool IsGlued(List<FreToken> tokens, int i) =>
            tokens[i].Length == 1 && !IsCased(tokens[i].Text[0])
            && (i > 0 && tokens[i - 1].End == tokens[i].Start || i + 1 < tokens.Count && tokens[i].End == tokens[i + 1].Start);

        private static Gold ToGold(FreMention m, Dictionary<string, int> index) => new(
            m.Type,
            m.Spans.SelectMany(s => s.Tokens).Select(id => index[id]).ToHashSet(),
            m.Spans.Where(s => FreDocument.NameWords[m.Type].Contains(s.Type)).SelectMany(s => s.Tokens).Select(id => index[id]).ToHashSet());

        /// <summary>Marks embedded mentions and twins (same tokens): the official scorer flags the later of two same-type twins to drop.</summary>
        private static List<Gold> Relate(List<Gold> gold) => gold.Select((s, i) =>
        {
            var around = Enumerable.Range(0, gold.Count).Where(j => j != i && Containers[s.Type].Contains(gold[j].Type)).ToList();
            var twin = around.FirstOrDefault(j => gold[j].Tokens.SetEquals(s.Tokens), -1);
            return s with
            {
                Embedded = around.Any(j => s.Tokens.IsProperSubsetOf(gold[j].Tokens)),
                Twin = twin,
                // The first twin the scorer checks sets the other's flag; a nameless twin never gets that far.
                DroppedTwin = twin >= 0 && twin < i && gold[twin].Type == s.Type && gold[twin].Named.Count > 0,
            };
        }).ToList();

        // eval.py priority: unweighted tokens in common over tokens in either, 0 across types.
        private static double Overlap(Gold s, Guess t)
        {
            if (s.Type != t.Type) return 0;
            var common = s.Tokens.Count(t.Tokens.Contains);
            return (double)common / (s.Tokens.Count + t.Tokens.Count - common);
        }

        // eval.py quality: weighted tp/(tp+fp+fn); missed punctuation costs nothing, extra predicted tokens cost 1 each.
        private double Quality(int g, int r)
        {
            var (s, t) = (_gold[g], _guesses[r].Tokens);
            var tp = s.Named.Count(t.Contains);
            var fn = s.Named.Count(k => !t.Contains(k) && !_punctuation[k]);
            var fp = t.Count(k => !s.Tokens.Contains(k));
            return tp + fn + fp > 0 ? (double)tp / (tp + fn + fp) : _overlap[g, r];
        }

        /// <summary>Groups of gold mentions and predictions that can affect each other's score (overlap or twins), in visiting order.</summary>
        public IEnumerable<(List<int> Gold, List<int> Guesses)> Components()
        {
            var parent = Enumerable.Range(0, _gold.Count + _guesses.Count).ToArray();
            int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
            void Join(int a, int b) => parent[Find(a)] = Find(b);
            for (var g = 0; g < _gold.Count; g++)
            {
                if (_gold[g].Twin >= 0) Join(g, _gold[g].Twin);
                for (var r = 0; r < _guesses.Count; r++) if (_overlap[g, r] > 0) Join(g, _gold.Count + r);
            }
            return Enumerable.Range(0, parent.Length).GroupBy(Find).Select(c =>
                (c.Where(x => x < _gold.Count).ToList(), c.Where(x => x >= _gold.Count).Select(x => x - _gold.Count).ToList()));
        }

        /// <summary>The tallies (all types, then each type) of every matching the official search visits in a component.</summary>
        public List<Tally[]> Leaves((List<int> Gold, List<int> Guesses) component)
        {
            var leaves = new List<Tally[]>();
            Search(component, 0, component.Guesses, [], leaves);
            return leaves;
        }

        // eval.py _recursiveSearch restricted to one component: a gold mention with exact predictions may only take one
        // of those; a prediction that exactly fits a later gold mention is left to it; leaving a gold mention unmatched
        // is tried only when nothing else is possible or its one candidate is contested.
        private void Search((List<int> Gold, List<int> Guesses) c, int at, List<int> open, List<(int G, int R)> pairs, List<Tally[]> leaves)
        {
            if (at == c.Gold.Count || open.Count == 0) { leaves.Add(Filters.Select(f => Score(c, pairs, f)).ToArray()); return; }
            var g = c.Gold[at];
            var later = c.Gold.Skip(at + 1).ToList();
            var exact = open.Where(r => _overlap[g, r] == 1).ToList();
            var tried = 0;
            var rivals = 0;
            foreach (var r in exact.Count > 0 ? exact : open.Where(r => _overlap[g, r] > 0).ToList())
            {
                rivals = Math.Max(rivals, later.Count(k => _overlap[k, r] > 0));
                if (_overlap[g, r] < 1 && later.Any(k => _overlap[k, r] == 1)) continue;
                tried++;
                pairs.Add((g, r));
                Search(c, at + 1, open.Where(x => x != r).ToList(), pairs, leaves);
                pairs.RemoveAt(pairs.Count - 1);
            }
            if (tried == 0 || tried == 1 && rivals > 0 && exact.Count == 0) Search(c, at + 1, open, pairs, leaves);
        }

        // eval.py evaluate, for one type or all: ignored gold mentions count on neither side, not even their matched prediction.
        private Tally Score((List<int> Gold, List<int> Guesses) c, List<(int G, int R)> pairs, string? type)
        {
            var kept = pairs.Where(p => type is null || _gold[p.G].Type == type).ToList();
            var matched = kept.Select(p => p.G).ToHashSet();
            var relevant = kept.Where(p => !Ignored(p.G, matched)).ToList();
            var missed = c.Gold.Count(g => (type is null || _gold[g].Type == type) && !matched.Contains(g) && !Ignored(g, matched));
            var spurious = c.Guesses.Count(r => (type is null || _guesses[r].Type == type) && pairs.All(p => p.R != r));
            return new Tally(relevant.Sum(p => Quality(p.G, p.R)), relevant.Count + missed, relevant.Count + spurious);
        }

        // eval.py isStandardIgnored. Of two twins, the unmatched one is dropped; when both or neither are matched, the
        // flagged one of a same-type pair, or the non-organisation of a mixed pair.
        private bool Ignored(int g, HashSet<int> matched)
        {
            var s = _gold[g];
            if (s.Named.Count == 0 || s.Embedded) return true;
            if (s.Twin < 0) return false;
            if (matched.Contains(g) != matched.Contains(s.Twin)) return !matched.Contains(g);
            return _gold[s.Twin].Type == s.Type ? s.DroppedTwin : s.Type != Organization;
        }
    }
}
