using System.Globalization;
using System.IO.Compression;
using System.Text;
using Corroborate.Reference;

namespace Corroborate.Analysis;

/// <summary>
/// A named-entity tagger of our own: an averaged perceptron over word, affix, shape, context and lexicon features, decoded
/// by a small beam over tag sequences with the previous tags as features and IOB2 constraints. Trained from
/// ../shared/train and data/annotated by scripts/train-ner.cs and shipped compact in Models/ner-{lang}.tsv.gz.
/// </summary>
public sealed class NerModel
{
    public static readonly string[] Tags = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];
    private static readonly int T = Tags.Length;

    private readonly Dictionary<string, float[]> _weights;

    private NerModel(Dictionary<string, float[]> weights) => _weights = weights;

    public int FeatureCount => _weights.Count;

    private static readonly Dictionary<string, NerModel?> Loaded = [];

    /// <summary>The shipped model for a language, or null when none is shipped.</summary>
    public static NerModel? For(string language)
    {
        var lang = language;
        lock (Loaded)
        {
            if (Loaded.TryGetValue(lang, out var m)) return m;
            using var stream = typeof(NerModel).Assembly.GetManifestResourceStream($"Models/ner-{lang}.tsv.gz");
            return Loaded[lang] = stream is null ? null : Read(new GZipStream(stream, CompressionMode.Decompress));
        }
    }

    public static NerModel Read(Stream stream)
    {
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var c = line.Split('\t');
            if (c.Length != T + 1) continue;
            var w = new float[T];
            for (var k = 0; k < T; k++) w[k] = c[k + 1].Length == 0 ? 0 : float.Parse(c[k + 1], CultureInfo.InvariantCulture);
            weights[c[0]] = w;
        }
        return new NerModel(weights);
    }

    /// <summary>Writes weights rounded to <paramref name="decimals"/>, dropping features whose weights all round to zero.</summary>
    public void Write(Stream stream, int decimals = 1)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize);
        using var w = new StreamWriter(gz, new UTF8Encoding(false));
        foreach (var (feature, weights) in _weights.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            var rounded = weights.Select(x => Math.Round(x, decimals)).ToArray();
            if (rounded.All(x => x == 0) || feature.Contains('\t') || feature.Contains('\n')) continue;
            w.Write(feature);
            foreach (var x in rounded) { w.Write('\t'); if (x != 0) w.Write(x.ToString(CultureInfo.InvariantCulture)); }
            w.Write('\n');
        }
    }

    /// <summary>Tags by beam search over tag sequences (<paramref name="beam"/> 1 is greedy): word features scored once per token, tag-history features per hypothesis.</summary>
    public string[] Predict(IReadOnlyList<string> tokens, int beam = DefaultBeam)
    {
        var n = tokens.Count;
        if (n == 0) return [];
        // Hypotheses per position, each pointing back to its parent at the previous position.
        var steps = new List<(int Parent, int Tag, float Score)>[n];
        var word = new float[T];
        var scores = new float[T];
        for (var i = 0; i < n; i++)
        {
            Array.Clear(word);
            foreach (var f in WordFeatures(tokens, i))
                if (_weights.TryGetValue(f, out var w))
                    for (var k = 0; k < T; k++) word[k] += w[k];
            var lower = tokens[i].ToLowerInvariant();
            var parents = i == 0 ? [(-1, -1, 0f)] : steps[i - 1];
            var next = new List<(int Parent, int Tag, float Score)>(parents.Count * T);
            for (var h = 0; h < parents.Count; h++)
            {
                var (parent, prev, score) = parents[h];
                var prev2 = i > 1 ? steps[i - 2][parent].Tag : -1;
                word.CopyTo(scores, 0);
                foreach (var f in HistoryFeatures(lower, prev < 0 ? "<s>" : Tags[prev], prev2 < 0 ? "<s>" : Tags[prev2]))
                    if (_weights.TryGetValue(f, out var w))
                        for (var k = 0; k < T; k++) scores[k] += w[k];
                // Scores become log-probabilities per step (a softmax over the allowed tags), so that paths compare.
                var max = float.NegativeInfinity;
                for (var k = 0; k < T; k++) if (Allowed(k, prev)) max = Math.Max(max, scores[k]);
                var sum = 0.0;
                for (var k = 0; k < T; k++) if (Allowed(k, prev)) sum += Math.Exp(scores[k] - max);
                var log = max + (float)Math.Log(sum);
                for (var k = 0; k < T; k++)
                    if (Allowed(k, prev)) next.Add((h, k, score + scores[k] - log));
            }
            next.Sort((x, y) => y.Score.CompareTo(x.Score));
            steps[i] = next.Count > beam ? next.GetRange(0, beam) : next;
        }
        var tags = new string[n];
        for (int i = n - 1, h = 0; i >= 0; h = steps[i][h].Parent, i--) tags[i] = Tags[steps[i][h].Tag];
        return tags;
    }

    /// <summary>The beam the shipped models are measured with.</summary>
    public const int DefaultBeam = 2;

    /// <summary>IOB2: I-X only after B-X or I-X (tag indices; -1 is the sentence start).</summary>
    private static readonly bool[,] Follows = BuildFollows();

    private static bool[,] BuildFollows()
    {
        var ok = new bool[T + 1, T];
        for (var p = -1; p < T; p++)
            for (var k = 0; k < T; k++)
                ok[p + 1, k] = Tags[k][0] != 'I' || (p >= 0 && Tags[p].Length > 2 && Tags[p][2..] == Tags[k][2..]);
        return ok;
    }

    private static bool Allowed(int k, int previous) => Follows[previous + 1, k];

    /// <summary>The best tag that keeps IOB2 valid, after the tag <paramref name="previous"/> (-1 at the start).</summary>
    private static int Best(float[] scores, int previous)
    {
        var best = 0;
        for (var k = 1; k < T; k++)
            if (Allowed(k, previous) && scores[k] > scores[best]) best = k;
        return best;
    }

    private static AnalysisLexicons Lex => AnalysisLexicons.Shared;

    public static IEnumerable<string> Features(IReadOnlyList<string> tokens, int i, string prev, string prev2) =>
        WordFeatures(tokens, i).Concat(HistoryFeatures(tokens[i].ToLowerInvariant(), prev, prev2));

    private static IEnumerable<string> HistoryFeatures(string lower, string prev, string prev2)
    {
        yield return "t-1=" + prev;
        yield return "t-2=" + prev2 + "|" + prev;
        yield return "t-1&w=" + prev + "|" + lower;
    }

    private static IEnumerable<string> WordFeatures(IReadOnlyList<string> tokens, int i)
    {
        string L(int k) => k < 0 ? "<s>" : k >= tokens.Count ? "</s>" : tokens[k].ToLowerInvariant();
        var word = tokens[i];
        var lower = L(i);
        yield return "b";
        yield return "w=" + lower;
        yield return "w-1=" + L(i - 1);
        yield return "w+1=" + L(i + 1);
        yield return "w-2=" + L(i - 2);
        yield return "w+2=" + L(i + 2);
        if (lower.Length > 3) { yield return "s3=" + lower[^3..]; yield return "p3=" + lower[..3]; }
        if (lower.Length > 4) yield return "s4=" + lower[^4..];
        // A stem for inflected Cyrillic names (России, Россией → росси), and the neighbours' endings (case agreement).
        if (lower.Length > 5) yield return "p5=" + lower[..5];
        yield return "w-1|w=" + L(i - 1) + "|" + lower;
        yield return "w|w+1=" + lower + "|" + L(i + 1);
        if (i > 0 && tokens[i - 1].Length > 3) yield return "s3-1=" + L(i - 1)[^3..];
        if (i + 1 < tokens.Count && tokens[i + 1].Length > 3) yield return "s3+1=" + L(i + 1)[^3..];
        if (lower.Length > 2) yield return "s2=" + lower[^2..];
        var shape = Shape(word);
        yield return "sh=" + shape;
        yield return "sh-1=" + (i > 0 ? Shape(tokens[i - 1]) : "<s>") + "|" + shape;
        yield return "sh+1=" + shape + "|" + (i + 1 < tokens.Count ? Shape(tokens[i + 1]) : "</s>");
        if (i == 0) yield return "first&sh=" + shape;
        if (Lex.GivenNames.Contains(lower)) yield return "given";
        if (i > 0 && Lex.GivenNames.Contains(L(i - 1))) yield return "given-1";
        if (Lex.Surnames.Contains(lower)) yield return "surname";
        if (Lex.OrgHeadsLast.TryGet(lower, out _)) yield return "orghead";
        if (i + 1 < tokens.Count && Lex.OrgHeadsLast.TryGet(L(i + 1), out _)) yield return "orghead+1";
        if (Lex.OrgHeadsFirst.TryGet(lower, out _)) yield return "orgfirst";
        if (i > 0 && Lex.Titles.TryGet(L(i - 1), out var title)) yield return "title-1=" + title;
        if (Lex.PlaceHeads.TryGet(L(i + 1), out _)) yield return "placehead+1";
        if (Lex.Demonyms.TryGet(lower, out _)) yield return "demonym";
        if (char.IsUpper(word[0]) && Gazetteer.Shared.Contains(word)) yield return "geo";
        // Countries, capitals, continents and first-level regions of the world, in any inflected form.
        if (char.IsUpper(word[0]) && word.Length > 2 && Gazetteer.Shared.Best(word, prominentOnly: true) is { } major) yield return "geo-major=" + major.FeatureCode;
        if (Lex.OrgNames.ContainsKey(lower)) yield return "orgname";
    }

    /// <summary>Word shape: Xx, XX, x, d, with runs collapsed ("Ivan" → Xx, "NATO" → X, "2023" → d, "ДНР-1" → X-d).</summary>
    private static string Shape(string w)
    {
        var sb = new StringBuilder(6);
        foreach (var ch in w)
        {
            var c = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            if (sb.Length == 0 || sb[^1] != c) sb.Append(c);
            if (sb.Length >= 5) break;
        }
        return sb.ToString();
    }

    /// <summary>Trains by the averaged perceptron on tagged sentences (PER/ORG/LOC in IOB2; other tags count as O).</summary>
    public static NerModel Train(IReadOnlyList<(string[] Tokens, string[] Tags)> data, int epochs, Action<string>? log = null)
    {
        var weights = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var totals = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var stamps = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var index = Tags.Select((t, k) => (t, k)).ToDictionary(x => x.t, x => x.k);
        var step = 0;
        var rng = new Random(1);
        var order = Enumerable.Range(0, data.Count).ToArray();
        void Update(string f, int tag, double delta)
        {
            if (!weights.TryGetValue(f, out var w)) { weights[f] = w = new double[T]; totals[f] = new double[T]; stamps[f] = new int[T]; }
            totals[f][tag] += (step - stamps[f][tag]) * w[tag];
            stamps[f][tag] = step;
            w[tag] += delta;
        }
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var s in order)
            {
                var (tokens, gold) = data[s];
                var guessed = new string[tokens.Length];
                for (var i = 0; i < tokens.Length; i++)
                {
                    step++;
                    var prev = i > 0 ? guessed[i - 1] : "<s>";
                    var prev2 = i > 1 ? guessed[i - 2] : "<s>";
                    var features = Features(tokens, i, prev, prev2).ToList();
                    var scores = new float[T];
                    foreach (var f in features)
                        if (weights.TryGetValue(f, out var w)) for (var k = 0; k < T; k++) scores[k] += (float)w[k];
                    var guess = Best(scores, i > 0 ? index[guessed[i - 1]] : -1);
                    var truth = index.TryGetValue(gold[i], out var g) ? g : 0;
                    if (guess != truth)
                        foreach (var f in features) { Update(f, truth, 1); Update(f, guess, -1); }
                    else correct++;
                    total++;
                    guessed[i] = Tags[guess]; // train on its own history, as it will run
                }
            }
            log?.Invoke($"epoch {epoch + 1}: token accuracy {correct / (double)total:F4}, {weights.Count:N0} features");
        }
        var averaged = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (f, w) in weights)
        {
            var a = new float[T];
            for (var k = 0; k < T; k++) a[k] = (float)((totals[f][k] + (step - stamps[f][k]) * w[k]) / step);
            averaged[f] = a;
        }
        return new NerModel(averaged);
    }
}
