using System.Globalization;
using System.IO.Compression;
using System.Text;
using Corroborate.Reference;

namespace Corroborate.Analysis;

/// <summary>
/// A named-entity tagger of our own: an averaged perceptron over word, affix, shape, context and lexicon features, decoded
/// left to right with the previous tags as features and IOB2 constraints (optionally by a beam over tag sequences). Trained from
/// ../shared/train and data/annotated by scripts/train-ner.cs and shipped compact in Models/ner-{lang}.tsv.gz.
/// </summary>
public sealed class NerModel
{
    public static readonly string[] Tags = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];
    private static readonly int T = Tags.Length;

    // Trained models keep their feature names (to be written); every model scores through a compact table: open
    // addressing over 64-bit feature hashes, each slot holding its hash and its T weights side by side, so that a lookup
    // touches one or two cache lines instead of a dictionary's buckets, entries and a separate weight array.
    private readonly Dictionary<string, float[]>? _weights;
    private readonly ulong[] _keys;
    private readonly float[] _table;
    private readonly int _mask;

    private NerModel(IEnumerable<KeyValuePair<string, float[]>> weights, bool keepNames)
    {
        _weights = keepNames ? new Dictionary<string, float[]>(weights, StringComparer.Ordinal) : null;
        var all = weights as ICollection<KeyValuePair<string, float[]>> ?? weights.ToList();
        var capacity = 16;
        while (capacity < all.Count * 2) capacity *= 2;
        _keys = new ulong[capacity];
        _table = new float[capacity * T];
        _mask = capacity - 1;
        foreach (var (feature, w) in all)
        {
            // 0 marks an empty slot; a feature hashing to 0 is vanishingly rare and simply dropped.
            var h = Hash(feature);
            if (h == 0) continue;
            var slot = Slot(h);
            while (_keys[slot] != 0 && _keys[slot] != h) slot = (slot + 1) & _mask;
            if (_keys[slot] == h) continue;
            _keys[slot] = h;
            w.AsSpan(0, T).CopyTo(_table.AsSpan(slot * T, T));
            FeatureCount++;
        }
        _knowsDocument = WeightsOf(DocumentKinds[1]).Length > 0 || WeightsOf(DocumentKinds[3]).Length > 0;
        ReadsDictionary = WeightsOf(DictionaryMark).Length > 0;
    }

    /// <summary>Whether the model learned the English dictionary's features (DictionaryFeatures): one trained without them never asks.</summary>
    public bool ReadsDictionary { get; }

    /// <summary>FNV's last step is a multiplication, so its high bits are the well-mixed ones.</summary>
    private int Slot(ulong hash) => (int)(hash >> 32) & _mask;

    /// <summary>The weights of a feature, or an empty span when the model does not know it.</summary>
    private ReadOnlySpan<float> WeightsOf(ReadOnlySpan<char> feature)
    {
        var h = Hash(feature);
        for (var slot = Slot(h); ; slot = (slot + 1) & _mask)
        {
            var key = _keys[slot];
            if (key == h) return _table.AsSpan(slot * T, T);
            if (key == 0) return [];
        }
    }

    public int FeatureCount { get; }

    /// <summary>FNV-1a over the feature's characters: collisions among a million features are vanishingly unlikely at 64 bits.</summary>
    private static ulong Hash(ReadOnlySpan<char> feature)
    {
        var h = 14695981039346656037UL;
        foreach (var ch in feature) { h ^= ch; h *= 1099511628211UL; }
        return h;
    }

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
        var weights = new List<KeyValuePair<string, float[]>>();
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var c = line.Split('\t');
            if (c.Length != T + 1) continue;
            var w = new float[T];
            for (var k = 0; k < T; k++) w[k] = c[k + 1].Length == 0 ? 0 : float.Parse(c[k + 1], CultureInfo.InvariantCulture);
            weights.Add(new(c[0], w));
        }
        return new NerModel(weights, keepNames: false);
    }

    /// <summary>
    /// Writes weights rounded to <paramref name="decimals"/>, dropping features whose weights all round to zero or stay below
    /// <paramref name="prune"/>: such features barely move a decision, and every one kept costs memory and load time.
    /// </summary>
    public void Write(Stream stream, int decimals = 1, double prune = 0)
    {
        if (_weights is null) throw new InvalidOperationException("only a trained model can be written: a model read from a file keeps hashed features");
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize);
        using var w = new StreamWriter(gz, new UTF8Encoding(false));
        foreach (var (feature, weights) in _weights.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            var rounded = weights.Select(x => Math.Round(x, decimals)).ToArray();
            // The dictionary's mark is always kept: it tells the model read back to ask the dictionary.
            if ((rounded.All(x => x == 0 || Math.Abs(x) < prune) && feature != DictionaryMark) || feature.Contains('\t') || feature.Contains('\n')) continue;
            w.Write(feature);
            foreach (var x in rounded) { w.Write('\t'); if (x != 0) w.Write(x.ToString(CultureInfo.InvariantCulture)); }
            w.Write('\n');
        }
    }

    /// <summary>Tags by beam search over tag sequences (<paramref name="beam"/> 1 is greedy): word features scored once per token, tag-history features per hypothesis.</summary>
    public string[] Predict(IReadOnlyList<string> tokens, int beam = DefaultBeam)
    {
        var sentence = new Sentence(tokens, ReadsDictionary);
        return Decode(sentence, WordScores(sentence), null, beam);
    }

    /// <summary>The word features' scores of every token, T per token: what both passes over a document share.</summary>
    private float[] WordScores(Sentence sentence)
    {
        var all = new float[sentence.Count * T];
        Span<char> scratch = stackalloc char[ScratchLength];
        var words = new float[sentence.Count][];
        for (var i = 0; i < words.Length; i++) words[i] = Contributions(sentence.Tokens[i], sentence.Lower[i], sentence.Shapes[i]);
        for (var i = 0; i < sentence.Count; i++) ScoreWord(sentence, words, i, new ArraySegment<float>(all, i * T, T), scratch);
        return all;
    }

    /// <summary>The best tags by beam search over the words' scores, with document features where given.</summary>
    private string[] Decode(Sentence sentence, float[] wordScores, IReadOnlyList<string[]?>? document, int beam)
    {
        var n = sentence.Count;
        if (n == 0) return [];
        // Hypotheses per position in flat arrays (beam slots per position), each pointing back to its parent at the previous
        // position: a sentence costs a few arrays, not a list per token.
        var parentOf = new int[n * beam];
        var tagOf = new int[n * beam];
        var scoreOf = new float[n * beam];
        var alive = new int[n];
        var candidates = new (int Parent, int Tag, float Score)[beam * T];
        var word = new float[T];
        var scores = new float[T];
        Span<char> scratch = stackalloc char[ScratchLength];
        for (var i = 0; i < n; i++)
        {
            Array.Copy(wordScores, i * T, word, 0, T);
            if (document?[i] is { } features)
            {
                var sink = new ScoreSink(this, word);
                foreach (var f in features) sink.Add(f);
            }
            var lower = sentence.Lower[i];
            var endsPerson = i > 0 && EndsWrittenName(sentence, i);
            var count = 0;
            for (var h = 0; h < (i == 0 ? 1 : alive[i - 1]); h++)
            {
                var (prev, score) = i == 0 ? (-1, 0f) : (tagOf[(i - 1) * beam + h], scoreOf[(i - 1) * beam + h]);
                var prev2 = i > 1 ? tagOf[(i - 2) * beam + parentOf[(i - 1) * beam + h]] : -1;
                word.CopyTo(scores, 0);
                var historySink = new ScoreSink(this, scores);
                HistoryFeatures(lower, prev < 0 ? "<s>" : Tags[prev], prev2 < 0 ? "<s>" : Tags[prev2], ref historySink, scratch);
                // Scores become log-probabilities per step (a softmax over the allowed tags), so that paths compare.
                var max = float.NegativeInfinity;
                for (var k = 0; k < T; k++) if (Allowed(k, prev, endsPerson)) max = Math.Max(max, scores[k]);
                var sum = 0.0;
                for (var k = 0; k < T; k++) if (Allowed(k, prev, endsPerson)) sum += Math.Exp(scores[k] - max);
                var log = max + (float)Math.Log(sum);
                for (var k = 0; k < T; k++)
                    if (Allowed(k, prev, endsPerson)) candidates[count++] = (h, k, score + scores[k] - log);
            }
            // The best `beam` candidates, best first (a partial selection sort: the beam is small).
            var keep = Math.Min(beam, count);
            for (var b = 0; b < keep; b++)
            {
                var best = b;
                for (var c = b + 1; c < count; c++) if (candidates[c].Score > candidates[best].Score) best = c;
                (candidates[b], candidates[best]) = (candidates[best], candidates[b]);
                (parentOf[i * beam + b], tagOf[i * beam + b], scoreOf[i * beam + b]) = candidates[b];
            }
            alive[i] = keep;
        }
        var tags = new string[n];
        for (int i = n - 1, h = 0; i >= 0; h = parentOf[i * beam + h], i--) tags[i] = Tags[tagOf[i * beam + h]];
        return tags;
    }

    /// <summary>
    /// Tags a document's sentences in two passes when the model knows document features: first each sentence alone, then
    /// again with what the first pass found for the same word elsewhere in the document ("Гунвор" tagged ORG in one
    /// sentence makes it likelier an ORG in the next). A model without them tags each sentence once.
    /// </summary>
    public IReadOnlyList<string[]> PredictDocument(IReadOnlyList<IReadOnlyList<string>> sentences, int beam = DefaultBeam)
    {
        var prepared = sentences.Select(s => new Sentence(s, ReadsDictionary)).Select(s => (Sentence: s, Scores: WordScores(s))).ToList();
        var first = prepared.Select(p => Decode(p.Sentence, p.Scores, null, beam)).ToList();
        if (!_knowsDocument) return first;
        var features = DocumentFeatures(sentences, first);
        // A word left out everywhere in the first pass only learns that it is left out: its sentence need not be tagged again.
        return prepared.Select((p, k) => features[k] is { } f && f.Any(x => x is not null && !x.All(IsOutside)) ? Decode(p.Sentence, p.Scores, f, beam) : first[k]).ToList();
    }

    private readonly bool _knowsDocument;

    /// <summary>
    /// Per sentence and token, the tags that other occurrences of the token's word got in <paramref name="tags"/> (null for
    /// a sentence where no token has any): "doc=PER" for each kind of name they were part of, "doc=O" when one was left out,
    /// "doc1=…" for the word's first occurrence. Only capitalized words, matched by <see cref="DocumentKey"/>.
    /// </summary>
    public static IReadOnlyList<string[]?[]?> DocumentFeatures(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<string>> tags)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var firsts = new Dictionary<string, (int Sentence, int Token, int Kind)>(StringComparer.Ordinal);
        var keys = sentences.Select(s => s.Select(DocumentKey).ToArray()).ToArray();
        for (var s = 0; s < sentences.Count; s++)
            for (var i = 0; i < sentences[s].Count; i++)
                if (keys[s][i] is { } key)
                {
                    var kind = KindOf(tags[s][i]);
                    if (!counts.TryGetValue(key, out var c)) counts[key] = c = new int[DocumentKinds.Length];
                    c[kind]++;
                    firsts.TryAdd(key, (s, i, kind));
                }
        var result = new string[]?[]?[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
            for (var i = 0; i < sentences[s].Count; i++)
            {
                if (keys[s][i] is not { } key) continue;
                var own = KindOf(tags[s][i]);
                var c = counts[key];
                var list = new List<string>(3);
                for (var k = 0; k < DocumentKinds.Length; k++)
                    if (c[k] - (k == own ? 1 : 0) > 0) list.Add(DocumentKinds[k]);
                if (list.Count == 0) continue;
                var f = firsts[key];
                if ((f.Sentence, f.Token) != (s, i)) list.Add(FirstKinds[f.Kind]);
                (result[s] ??= new string[]?[sentences[s].Count])[i] = [.. list];
            }
        return result;
    }

    private static bool IsOutside(string feature) => feature is "doc=O" or "doc1=O";

    private static readonly string[] DocumentKinds = ["doc=O", "doc=PER", "doc=ORG", "doc=LOC"];
    private static readonly string[] FirstKinds = ["doc1=O", "doc1=PER", "doc1=ORG", "doc1=LOC"];

    private static int KindOf(string tag) => tag.Length > 2 ? tag[2..] switch { "PER" => 1, "ORG" => 2, "LOC" => 3, _ => 0 } : 0;

    /// <summary>
    /// The key under which a capitalized word meets its other occurrences: its lower-case form, or for a longer Cyrillic word
    /// its first five letters, so that inflected forms meet (Лужков, Лужкова; России, Россией). Null for other words.
    /// </summary>
    public static string? DocumentKey(string token)
    {
        if (token.Length < 2 || !char.IsUpper(token[0])) return null;
        var lower = Casing.Lower(token);
        return lower.Length > 5 && lower[0] is >= 'а' and <= 'я' or 'ё' or 'і' or 'ї' or 'є' or 'ґ' ? lower[..5] : lower;
    }

    /// <summary>The beam the shipped models run with: greedy, since a beam of 2 measured the same F1 on every gold set at more cost.</summary>
    public const int DefaultBeam = 1;

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

    private static bool Allowed(int k, int previous, bool endsPerson) => Follows[previous + 1, k] && !(endsPerson && k == InsidePerson);

    private static readonly int InsidePerson = Array.IndexOf(Tags, "I-PER");

    /// <summary>
    /// A lower-case word after a capitalized one goes on no person's name but as a particle ("bin", "de", "al-Zawahiri"): a
    /// name written with capitals keeps them ("John Smith met…" ends at "met"). Names in all lower case, as tweets write
    /// them, are left to the model.
    /// </summary>
    private static bool EndsWrittenName(Sentence sentence, int i)
    {
        var word = sentence.Tokens[i];
        var before = sentence.Tokens[i - 1];
        return word.Length > 0 && char.IsLower(word[0]) && before.Length > 0 && char.IsUpper(before[0])
               && !Lex.NameParticles.Contains(sentence.Lower[i]) && word.IndexOf('-') < 0;
    }

    /// <summary>The best tag that keeps IOB2 valid, after the tag <paramref name="previous"/> (-1 at the start).</summary>
    private static int Best(float[] scores, int previous)
    {
        var best = 0;
        for (var k = 1; k < T; k++)
            if (Allowed(k, previous) && scores[k] > scores[best]) best = k;
        return best;
    }

    private static AnalysisLexicons Lex => AnalysisLexicons.Shared;

    /// <summary>A token's features as strings (for training); prediction looks them up without building strings.</summary>
    private static List<string> Features(Sentence sentence, int i, string prev, string prev2)
    {
        var sink = new ListSink([]);
        Span<char> scratch = stackalloc char[ScratchLength];
        WordFeatures(sentence, i, ref sink, scratch);
        HistoryFeatures(sentence.Lower[i], prev, prev2, ref sink, scratch);
        return sink.Features;
    }

    /// <summary>A sentence's tokens with their lower-case forms and shapes, computed once: features look at each word several times.</summary>
    private sealed class Sentence(IReadOnlyList<string> tokens, bool dictionary)
    {
        public IReadOnlyList<string> Tokens { get; } = tokens;
        /// <summary>Whether its words' features include the English dictionary's.</summary>
        public bool Dictionary { get; } = dictionary;
        public string[] Lower { get; } = tokens.Select(Casing.Lower).ToArray();
        public string[] Shapes { get; } = tokens.Select(Shape).ToArray();
        public int Count => Tokens.Count;
    }

    private const int ScratchLength = 256;

    private interface IFeatureSink { void Add(ReadOnlySpan<char> feature); }

    private readonly struct ListSink(List<string> features) : IFeatureSink
    {
        public List<string> Features => features;
        public void Add(ReadOnlySpan<char> feature) => features.Add(feature.ToString());
    }

    /// <summary>Adds the weights of each feature it is given to <paramref name="scores"/>.</summary>
    private readonly struct ScoreSink(NerModel model, ArraySegment<float> scores) : IFeatureSink
    {
        public void Add(ReadOnlySpan<char> feature)
        {
            var w = model.WeightsOf(feature);
            var target = scores.AsSpan();
            for (var k = 0; k < w.Length; k++) target[k] += w[k];
        }
    }

    /// <summary>Writes a feature name from its parts into <paramref name="scratch"/> and hands it to the sink (names longer than the scratch are cut).</summary>
    private static void Emit<TSink>(ref TSink sink, Span<char> scratch, ReadOnlySpan<char> a, ReadOnlySpan<char> b = default,
        ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default) where TSink : struct, IFeatureSink
    {
        var n = 0;
        Append(scratch, ref n, a);
        Append(scratch, ref n, b);
        Append(scratch, ref n, c);
        Append(scratch, ref n, d);
        sink.Add(scratch[..n]);
    }

    private static void Append(Span<char> scratch, ref int n, ReadOnlySpan<char> part)
    {
        var take = Math.Min(part.Length, scratch.Length - n);
        part[..take].CopyTo(scratch[n..]);
        n += take;
    }

    private static void HistoryFeatures<TSink>(string lower, string prev, string prev2, ref TSink sink, Span<char> scratch) where TSink : struct, IFeatureSink
    {
        Emit(ref sink, scratch, "t-1=", prev);
        Emit(ref sink, scratch, "t-2=", prev2, "|", prev);
        Emit(ref sink, scratch, "t-1&w=", prev, "|", lower);
    }

    private static void WordFeatures<TSink>(Sentence sentence, int i, ref TSink sink, Span<char> scratch) where TSink : struct, IFeatureSink
    {
        var tokens = sentence.Tokens;
        SelfFeatures(tokens[i], sentence.Lower[i], sentence.Shapes[i], sentence.Dictionary, ref sink, scratch);
        NeighbourFeatures(i > 0 ? tokens[i - 1] : null, i > 0 ? sentence.Lower[i - 1] : Start, Neighbour.Previous, sentence.Dictionary, ref sink, scratch);
        NeighbourFeatures(i + 1 < tokens.Count ? tokens[i + 1] : null, i + 1 < tokens.Count ? sentence.Lower[i + 1] : End, Neighbour.Next, sentence.Dictionary, ref sink, scratch);
        NeighbourFeatures(null, i > 1 ? sentence.Lower[i - 2] : Start, Neighbour.SecondPrevious, sentence.Dictionary, ref sink, scratch);
        NeighbourFeatures(null, i + 2 < tokens.Count ? sentence.Lower[i + 2] : End, Neighbour.SecondNext, sentence.Dictionary, ref sink, scratch);
        PairFeatures(sentence, i, ref sink, scratch);
    }

    private const string Start = "<s>";
    private const string End = "</s>";

    private enum Neighbour { Previous, Next, SecondPrevious, SecondNext }

    /// <summary>What a word says of itself: its form, affixes, shape and lexicon memberships.</summary>
    private static void SelfFeatures<TSink>(string word, string lower, string shape, bool dictionary, ref TSink sink, Span<char> scratch) where TSink : struct, IFeatureSink
    {
        Emit(ref sink, scratch, "b");
        Emit(ref sink, scratch, "w=", lower);
        if (lower.Length > 3) { Emit(ref sink, scratch, "s3=", lower.AsSpan(lower.Length - 3)); Emit(ref sink, scratch, "p3=", lower.AsSpan(0, 3)); }
        if (lower.Length > 4) Emit(ref sink, scratch, "s4=", lower.AsSpan(lower.Length - 4));
        // A stem for inflected Cyrillic names (России, Россией → росси).
        if (lower.Length > 5) Emit(ref sink, scratch, "p5=", lower.AsSpan(0, 5));
        if (lower.Length > 2) Emit(ref sink, scratch, "s2=", lower.AsSpan(lower.Length - 2));
        Emit(ref sink, scratch, "sh=", shape);
        if (Lex.GivenNames.Contains(lower)) Emit(ref sink, scratch, "given");
        else if (IsInflectedGivenName(word)) Emit(ref sink, scratch, "given~");
        if (Lex.Surnames.Contains(lower)) Emit(ref sink, scratch, "surname");
        if (Lex.OrgHeadsLast.TryGet(lower, out _)) Emit(ref sink, scratch, "orghead");
        if (Lex.OrgHeadsFirst.TryGet(lower, out _)) Emit(ref sink, scratch, "orgfirst");
        if (Lex.Demonyms.TryGet(lower, out _)) Emit(ref sink, scratch, "demonym");
        if (char.IsUpper(word[0]) && Gazetteer.Shared.Contains(word)) Emit(ref sink, scratch, "geo");
        // Countries, capitals, continents and first-level regions of the world, in any inflected form.
        if (char.IsUpper(word[0]) && word.Length > 2)
        {
            if (Gazetteer.Shared.Best(word, prominentOnly: true) is { } major) Emit(ref sink, scratch, "geo-major=", major.FeatureCode);
            // Not the seas, rivers and regions of world-features.tsv: the rules name them, and the tagger learned without them.
            else if (WorldPlaces.Major(Gazetteer.Shared, word) is { IsNaturalFeature: false } world) Emit(ref sink, scratch, "geo-world=", world.FeatureCode);
        }
        // Capitalized only: the Islamic State's "IS" is no reason to suspect the verb "is".
        if (!char.IsLower(word[0]) && Lex.OrgNames.ContainsKey(lower)) Emit(ref sink, scratch, "orgname");
        // Reviews and posts write companies in lower case too ("my tmobile bill"): the two are weighed apart. A place's
        // name that opens a company's ("Texas Instruments", "Miami International") says nothing of companies.
        if (Lex.CompanyWords.Contains(lower) && !Gazetteer.Shared.Contains(word) && !WorldPlaces.Large(Gazetteer.Shared, word)) Emit(ref sink, scratch, char.IsLower(word[0]) ? "company-lc" : "company");
        if (dictionary) DictionaryFeatures(word, lower, ref sink, scratch);
    }

    /// <summary>
    /// A capitalized Cyrillic given name in another case than the lists' nominative ("Тетяні", "Колею", "Тараса"): weighed
    /// apart from the listed form, since a case ending stripped by rule also turns some places and words into names.
    /// </summary>
    private static bool IsInflectedGivenName(string word) =>
        word.Length > 2 && char.IsUpper(word[0]) && NameKey.IsCyrillic(word[0]) && NameMorphology.IsGivenName(word, Lex.GivenNames);

    /// <summary>The feature of a capitalized word the dictionary does not know; a model that weighs it reads the dictionary.</summary>
    private const string DictionaryMark = "wn-unknown";

    /// <summary>
    /// What English's dictionary says of a Latin word (WordNetWords): the kinds of proper nouns it names alone, opens or
    /// ends, apart for a word written in lower case ("lincoln"), and whether it is also a lower-case word, apart for a
    /// capitalized one. A rare word the training sets never showed still says "a person's surname" or "a common noun".
    /// </summary>
    private static void DictionaryFeatures<TSink>(string word, string lower, ref TSink sink, Span<char> scratch) where TSink : struct, IFeatureSink
    {
        if (word.Length < 2 || !char.IsAsciiLetter(word[0])) return;
        var capitalized = char.IsUpper(word[0]);
        var proper = WordNetWords.Shared.Proper(word);
        var common = WordNetWords.Shared.IsCommon(lower);
        // A capitalized word the dictionary does not know at all is most often a name.
        if (capitalized && proper is null && !common) Emit(ref sink, scratch, DictionaryMark);
        if (proper is { } kinds)
        {
            var prefix = capitalized ? "wn" : "wnl";
            foreach (var k in kinds.Alone) Emit(ref sink, scratch, prefix, "=", new ReadOnlySpan<char>(in k));
            foreach (var k in kinds.Opens) Emit(ref sink, scratch, prefix, "1=", new ReadOnlySpan<char>(in k));
            foreach (var k in kinds.Ends) Emit(ref sink, scratch, prefix, "2=", new ReadOnlySpan<char>(in k));
        }
        if (common) Emit(ref sink, scratch, capitalized ? "wnc=X" : "wnc=x");
        ClassFeatures(lower, "", ref sink, scratch);
    }

    /// <summary>The dictionary's classes of a Latin word's noun and verb senses, for the word itself or a neighbour (<paramref name="position"/>).</summary>
    private static void ClassFeatures<TSink>(string lower, string position, ref TSink sink, Span<char> scratch) where TSink : struct, IFeatureSink
    {
        if (lower.Length < 2 || !char.IsAsciiLetter(lower[0])) return;
        var (noun, verb) = WordNetWords.Shared.Classes(lower);
        if (noun.Length > 0) Emit(ref sink, scratch, "nc", position, "=", noun);
        if (verb.Length > 0) Emit(ref sink, scratch, "vc", position, "=", verb);
    }

    /// <summary>
    /// What a word says of the word one or two places after or before it: its form, the ending of a near neighbour
    /// (case agreement), lexicon memberships. <paramref name="word"/> is null at the sentence's edges and for the far ones.
    /// </summary>
    private static void NeighbourFeatures<TSink>(string? word, string lower, Neighbour role, bool dictionary, ref TSink sink, Span<char> scratch) where TSink : struct, IFeatureSink
    {
        switch (role)
        {
            case Neighbour.Previous:
                Emit(ref sink, scratch, "w-1=", lower);
                if (word is null) return;
                if (word.Length > 3) Emit(ref sink, scratch, "s3-1=", lower.AsSpan(lower.Length - 3));
                if (Lex.GivenNames.Contains(lower)) Emit(ref sink, scratch, "given-1");
                else if (IsInflectedGivenName(word)) Emit(ref sink, scratch, "given~-1");
                if (Lex.Titles.TryGet(lower, out var title)) Emit(ref sink, scratch, "title-1=", title);
                if (dictionary) NeighbourDictionaryFeatures(word, lower, before: true, ref sink, scratch);
                return;
            case Neighbour.Next:
                Emit(ref sink, scratch, "w+1=", lower);
                if (word is not null && word.Length > 3) Emit(ref sink, scratch, "s3+1=", lower.AsSpan(lower.Length - 3));
                if (word is not null && Lex.OrgHeadsLast.TryGet(lower, out _)) Emit(ref sink, scratch, "orghead+1");
                // A given name next starts a person: the word before it is a title, an office or a place, not part of that name.
                if (word is not null && Lex.GivenNames.Contains(lower)) Emit(ref sink, scratch, "given+1");
                else if (word is not null && IsInflectedGivenName(word)) Emit(ref sink, scratch, "given~+1");
                if (Lex.PlaceHeads.TryGet(lower, out _)) Emit(ref sink, scratch, "placehead+1");
                if (word is not null && dictionary) NeighbourDictionaryFeatures(word, lower, before: false, ref sink, scratch);
                return;
            case Neighbour.SecondPrevious:
                Emit(ref sink, scratch, "w-2=", lower);
                if (dictionary) ClassFeatures(lower, "-2", ref sink, scratch);
                return;
            case Neighbour.SecondNext:
                Emit(ref sink, scratch, "w+2=", lower);
                if (dictionary) ClassFeatures(lower, "+2", ref sink, scratch);
                return;
        }
    }

    /// <summary>
    /// The dictionary's classes of the word just before or after, and the kinds of names it opens (before: "Abraham …") or
    /// ends (after: "… Lincoln") when capitalized.
    /// </summary>
    private static void NeighbourDictionaryFeatures<TSink>(string word, string lower, bool before, ref TSink sink, Span<char> scratch) where TSink : struct, IFeatureSink
    {
        ClassFeatures(lower, before ? "-1" : "+1", ref sink, scratch);
        if (!char.IsAsciiLetterUpper(word[0]) || WordNetWords.Shared.Proper(word) is not { } kinds) return;
        foreach (var k in before ? kinds.Opens : kinds.Ends) Emit(ref sink, scratch, before ? "wn1-1=" : "wn2+1=", new ReadOnlySpan<char>(in k));
    }

    /// <summary>Features of a word together with a neighbour, and of its place in the sentence.</summary>
    private static void PairFeatures<TSink>(Sentence sentence, int i, ref TSink sink, Span<char> scratch) where TSink : struct, IFeatureSink
    {
        var n = sentence.Count;
        var lower = sentence.Lower[i];
        var shape = sentence.Shapes[i];
        Emit(ref sink, scratch, "w-1|w=", i > 0 ? sentence.Lower[i - 1] : Start, "|", lower);
        Emit(ref sink, scratch, "w|w+1=", lower, "|", i + 1 < n ? sentence.Lower[i + 1] : End);
        Emit(ref sink, scratch, "sh-1=", i > 0 ? sentence.Shapes[i - 1] : Start, "|", shape);
        Emit(ref sink, scratch, "sh+1=", shape, "|", i + 1 < n ? sentence.Shapes[i + 1] : End);
        if (i == 0) Emit(ref sink, scratch, "first&sh=", shape);
        // Two capitalized words in different cases are seldom one name ("России Крыму"): their endings together.
        if (i > 0 && char.IsUpper(sentence.Tokens[i][0]) && char.IsUpper(sentence.Tokens[i - 1][0]) && lower.Length > 2 && sentence.Lower[i - 1].Length > 2)
            Emit(ref sink, scratch, "s2-1|s2=", sentence.Lower[i - 1].AsSpan(sentence.Lower[i - 1].Length - 2), "|", lower.AsSpan(lower.Length - 2));
    }

    /// <summary>
    /// The weights a word adds to its own scores and to its neighbours', summed once per distinct word and kept:
    /// text repeats its words, so most tokens cost five additions instead of some twenty lookups.
    /// </summary>
    private float[] Contributions(string word, string lower, string shape)
    {
        if (_contributions.TryGetValue(word, out var known)) return known;
        var all = new float[5 * T];
        Span<char> scratch = stackalloc char[ScratchLength];
        var self = new ScoreSink(this, new ArraySegment<float>(all, 0, T));
        SelfFeatures(word, lower, shape, ReadsDictionary, ref self, scratch);
        var previous = new ScoreSink(this, new ArraySegment<float>(all, T, T));
        NeighbourFeatures(word, lower, Neighbour.Previous, ReadsDictionary, ref previous, scratch);
        var next = new ScoreSink(this, new ArraySegment<float>(all, 2 * T, T));
        NeighbourFeatures(word, lower, Neighbour.Next, ReadsDictionary, ref next, scratch);
        var second = new ScoreSink(this, new ArraySegment<float>(all, 3 * T, T));
        NeighbourFeatures(null, lower, Neighbour.SecondPrevious, ReadsDictionary, ref second, scratch);
        var secondNext = new ScoreSink(this, new ArraySegment<float>(all, 4 * T, T));
        NeighbourFeatures(null, lower, Neighbour.SecondNext, ReadsDictionary, ref secondNext, scratch);
        if (Interlocked.Increment(ref _remembered) <= MaxRemembered) _contributions.TryAdd(word, all);
        return all;
    }

    private const int MaxRemembered = 100_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, float[]> _contributions = new(StringComparer.Ordinal);
    private int _remembered;

    /// <summary>The word features' scores of token <paramref name="i"/>, from the contributions of the sentence's words (<paramref name="words"/>, looked up once per sentence).</summary>
    private void ScoreWord(Sentence sentence, float[][] words, int i, ArraySegment<float> scores, Span<char> scratch)
    {
        var n = sentence.Count;
        Add(scores, words[i], 0);
        if (i > 0) Add(scores, words[i - 1], 1);
        else Add(scores, Edge(Start, Neighbour.Previous), 0);
        if (i + 1 < n) Add(scores, words[i + 1], 2);
        else Add(scores, Edge(End, Neighbour.Next), 0);
        if (i > 1) Add(scores, words[i - 2], 3);
        else Add(scores, Edge(Start, Neighbour.SecondPrevious), 0);
        if (i + 2 < n) Add(scores, words[i + 2], 4);
        else Add(scores, Edge(End, Neighbour.SecondNext), 0);
        var pairs = new ScoreSink(this, scores);
        PairFeatures(sentence, i, ref pairs, scratch);
    }

    private static void Add(ArraySegment<float> scores, float[] contributions, int part)
    {
        var target = scores.AsSpan();
        for (var k = 0; k < T; k++) target[k] += contributions[part * T + k];
    }

    /// <summary>The scores the sentence's edges add (as a neighbour that is not there), computed once.</summary>
    private float[] Edge(string edge, Neighbour role)
    {
        var index = (int)role;
        if (_edges[index] is { } known) return known;
        var scores = new float[T];
        Span<char> scratch = stackalloc char[ScratchLength];
        var sink = new ScoreSink(this, scores);
        NeighbourFeatures(null, edge, role, false, ref sink, scratch);
        return _edges[index] = scores;
    }

    private readonly float[]?[] _edges = new float[4][];

    /// <summary>
    /// Word shape: X, x, d and other characters, runs collapsed, except that a run of capitals stays two long ("Ivan" → Xx,
    /// "NATO" → XX, "I" → X, "2023" → d, "ДНР-1" → XX-d): an inflected acronym ("МИДа", "СИБУРом" → XXx) is not a name like "Иван".
    /// </summary>
    private static string Shape(string w)
    {
        Span<char> shape = stackalloc char[6];
        var n = 0;
        foreach (var ch in w)
        {
            var c = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            if (n == 0 || shape[n - 1] != c || (c == 'X' && (n < 2 || shape[n - 2] != 'X'))) shape[n++] = c;
            if (n >= 6) break;
        }
        // The common shapes are shared strings, not one per token.
        return shape[..n] switch { "Xx" => "Xx", "x" => "x", "XX" => "XX", "X" => "X", "d" => "d", "," => ",", "." => ".", _ => new string(shape[..n]) };
    }

    /// <summary>Trains by the averaged perceptron on tagged sentences (PER/ORG/LOC in IOB2; other tags count as O).</summary>
    public static NerModel Train(IReadOnlyList<(string[] Tokens, string[] Tags)> data, int epochs, Action<string>? log = null) =>
        Train(data.Select((x, k) => new Example(x.Tokens, x.Tags, null, k)).ToList(), epochs, 0, 1, dictionary: false, log);

    /// <summary>
    /// Trains a model that also reads document features (see <see cref="PredictDocument"/>). They must come from a tagger
    /// that has not seen the document, as at run time: the documents are split in two halves, a model trained on each half
    /// tags the other, and the final model learns from those tags. Each document's features are left out in half the
    /// epochs at random, so that the same model also tags well in the first pass, without them. A document counts
    /// <c>Repeats</c> times, always on the same side of the split. With <paramref name="seeds"/> above one, the final model
    /// averages the weights of models trained in as many shuffled orders: one retraining then moves scores less, and the
    /// average tags like the ensemble of those models at the cost of one.
    /// </summary>
    public static NerModel TrainWithDocuments(IReadOnlyList<(IReadOnlyList<(string[] Tokens, string[] Tags)> Sentences, int Repeats)> documents,
        int epochs, int seeds = 1, Action<string>? log = null, bool dictionary = false)
    {
        var fold = new Random(7);
        var side = documents.Select(_ => fold.Next(2)).ToArray();
        var features = new IReadOnlyList<string[]?[]?>[documents.Count];
        for (var half = 0; half < 2; half++)
        {
            var training = Enumerable.Range(0, documents.Count).Where(d => side[d] != half)
                .SelectMany(d => Enumerable.Repeat(documents[d].Sentences, documents[d].Repeats).SelectMany(x => x)).ToList();
            log?.Invoke($"half {half + 1} of the document features: {training.Count:N0} sentences");
            var model = Train(training.Select((x, k) => new Example(x.Tokens, x.Tags, null, k)).ToList(), epochs, 0, 1, dictionary, log);
            foreach (var d in Enumerable.Range(0, documents.Count).Where(d => side[d] == half))
            {
                var sentences = documents[d].Sentences.Select(x => (IReadOnlyList<string>)x.Tokens).ToList();
                features[d] = DocumentFeatures(sentences, sentences.Select(x => (IReadOnlyList<string>)model.Predict(x)).ToList());
            }
        }
        var examples = new List<Example>();
        for (var d = 0; d < documents.Count; d++)
            for (var r = 0; r < documents[d].Repeats; r++)
                examples.AddRange(documents[d].Sentences.Select((x, k) => new Example(x.Tokens, x.Tags, features[d][k], d * 1000 + r)));
        log?.Invoke($"with document features: {examples.Count:N0} sentences, {seeds} order(s)");
        var models = new NerModel[seeds];
        Parallel.For(0, seeds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            k => models[k] = Train(examples, epochs, 0.5, k + 1, dictionary, log));
        return seeds == 1 ? models[0] : Average(models);
    }

    /// <summary>The mean of the models' weights; a feature a model lacks weighs zero in it. Summed in model order, so the same models give the same mean.</summary>
    private static NerModel Average(IReadOnlyList<NerModel> models)
    {
        var sum = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var model in models)
            foreach (var (f, w) in model._weights!)
            {
                if (!sum.TryGetValue(f, out var a)) sum[f] = a = new float[T];
                for (var k = 0; k < T; k++) a[k] += w[k] / models.Count;
            }
        return new NerModel(sum, keepNames: true);
    }

    /// <summary>A training sentence, its document features (or null) and the copy of the document it belongs to.</summary>
    private sealed record Example(string[] Tokens, string[] Tags, string[]?[]? Document, int DocumentCopy);

    private static NerModel Train(IReadOnlyList<Example> data, int epochs, double leaveOut, int seed, bool dictionary, Action<string>? log)
    {
        var weights = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var totals = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var stamps = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var index = Tags.Select((t, k) => (t, k)).ToDictionary(x => x.t, x => x.k);
        var step = 0;
        var rng = new Random(seed);
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
            var left = new Dictionary<int, bool>();
            foreach (var s in order)
            {
                var (tokens, gold, document, copy) = data[s];
                if (document is not null && (left.TryGetValue(copy, out var drop) ? drop : left[copy] = rng.NextDouble() < leaveOut)) document = null;
                var guessed = new string[tokens.Length];
                var sentence = new Sentence(tokens, dictionary);
                for (var i = 0; i < tokens.Length; i++)
                {
                    step++;
                    var prev = i > 0 ? guessed[i - 1] : "<s>";
                    var prev2 = i > 1 ? guessed[i - 2] : "<s>";
                    var features = Features(sentence, i, prev, prev2);
                    if (document?[i] is { } own) features.AddRange(own);
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
        return new NerModel(averaged, keepNames: true);
    }
}
