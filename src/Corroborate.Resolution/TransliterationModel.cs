using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Corroborate.Resolution;

/// <summary>
/// A learned model of how Latin spellings are written in Cyrillic: the joint probability of a run of up to three Latin
/// letters and up to two Cyrillic letters standing for the same sound (ch/ч, chi/ти, eau/о, j/дж, x/кс), estimated by
/// expectation–maximisation over the many-to-many alignments of names written in both scripts. One table covers the
/// conventions of many languages (French, Japanese, Polish, Turkish… as Russian and Ukrainian write them), which no
/// hand-written scheme does. A pair is scored by how much likelier its best alignment is than its letters written
/// independently, per letter.
/// </summary>
public sealed class TransliterationModel
{
    private const int MaxLatin = 3;
    private const int MaxCyrillic = 2;

    /// <summary>Log probability of a Latin run and a Cyrillic run aligned; keys from <see cref="Key"/>.</summary>
    private readonly Dictionary<long, float> joint;

    private readonly Dictionary<char, float> latinLetters;
    private readonly Dictionary<char, float> cyrillicLetters;

    /// <summary>What a one-letter substitution, insertion or deletion never seen in training costs.</summary>
    private readonly float unseen;

    private TransliterationModel(Dictionary<long, float> joint, Dictionary<char, float> latinLetters, Dictionary<char, float> cyrillicLetters)
    {
        this.joint = joint;
        this.latinLetters = latinLetters;
        this.cyrillicLetters = cyrillicLetters;
        unseen = joint.Count == 0 ? -20f : joint.Values.Min() - 2f;
    }

    public bool IsTrained => joint.Count > 0;

    /// <summary>The shipped model, trained by scripts/train-transliteration.cs.</summary>
    public static TransliterationModel Shipped => shipped.Value;

    private static readonly Lazy<TransliterationModel> shipped = new(() =>
    {
        using var stream = Corroborate.Reference.Lexicon.Open(typeof(TransliterationModel).Assembly, "Models/transliteration.tsv.gz");
        return stream is null ? new TransliterationModel([], [], []) : Read(new StreamReader(stream));
    });

    /// <summary>
    /// The log-likelihood ratio per letter of a Latin and a Cyrillic spelling being one name: their best alignment under
    /// the model against each letter drawn on its own. Around 2 for true pairs, below 0 for unrelated names.
    /// </summary>
    public double Score(string latin, string cyrillic)
    {
        var l = NormalizeLatin(latin);
        var c = NormalizeCyrillic(cyrillic);
        if (l.Length == 0 || c.Length == 0) return double.NegativeInfinity;
        var best = BestAlignment(l, c);
        var independent = 0.0;
        foreach (var ch in l) independent += latinLetters.GetValueOrDefault(ch, unseen);
        foreach (var ch in c) independent += cyrillicLetters.GetValueOrDefault(ch, unseen);
        return (best - independent) / (l.Length + c.Length);
    }

    private double BestAlignment(string l, string c)
    {
        var n = l.Length;
        var m = c.Length;
        Span<double> best = n * m <= 1024 ? stackalloc double[(n + 1) * (m + 1)] : new double[(n + 1) * (m + 1)];
        best.Fill(double.NegativeInfinity);
        best[0] = 0;
        for (var i = 0; i <= n; i++)
            for (var j = 0; j <= m; j++)
            {
                var here = best[i * (m + 1) + j];
                if (double.IsNegativeInfinity(here)) continue;
                foreach (var (a, b) in Steps)
                    {
                        if (i + a > n || j + b > m) continue;
                        var key = Key(l.AsSpan(i, a), c.AsSpan(j, b));
                        float weight;
                        if (!joint.TryGetValue(key, out weight))
                        {
                            if (a > 1 || b > 1) continue;
                            weight = unseen;
                        }
                        ref var there = ref best[(i + a) * (m + 1) + j + b];
                        if (here + weight > there) there = here + weight;
                    }
            }
        return best[n * (m + 1) + m];
    }

    /// <summary>
    /// Learns the table from name pairs by EM: each iteration counts every aligned run in every alignment of every pair,
    /// weighted by that alignment's probability under the previous table (forward–backward), then renormalises.
    /// </summary>
    public static TransliterationModel Train(IReadOnlyList<(string Latin, string Cyrillic)> pairs, int iterations = 6, TextWriter? log = null)
    {
        var data = pairs.Select(p => (L: NormalizeLatin(p.Latin), C: NormalizeCyrillic(p.Cyrillic)))
            .Where(p => p.L.Length is > 0 and <= 40 && p.C.Length is > 0 and <= 40).ToList();
        var probability = new Dictionary<long, double>();
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var counts = new Dictionary<long, double>();
            var logLikelihood = 0.0;
            foreach (var (l, c) in data)
                logLikelihood += Expect(l, c, iteration == 0 ? null : probability, counts);
            var total = counts.Values.Sum();
            probability = counts.Where(kv => kv.Value >= 0.05).ToDictionary(kv => kv.Key, kv => kv.Value / total);
            log?.WriteLine($"iteration {iteration + 1}: log-likelihood {logLikelihood:N0}, {probability.Count:N0} aligned runs");
        }
        var latin = LetterLogs(data.Select(p => p.L));
        var cyrillic = LetterLogs(data.Select(p => p.C));
        // Runs seen less than once in all the data are noise of the alignment, not conventions.
        var kept = probability.Where(kv => kv.Value * data.Count >= 1.0).ToDictionary(kv => kv.Key, kv => (float)Math.Log(kv.Value));
        return new TransliterationModel(kept, latin, cyrillic);
    }

    private static Dictionary<char, float> LetterLogs(IEnumerable<string> words)
    {
        var counts = new Dictionary<char, long>();
        foreach (var w in words) foreach (var ch in w) counts[ch] = counts.GetValueOrDefault(ch) + 1;
        var total = (double)counts.Values.Sum();
        return counts.Where(kv => kv.Value >= 5).ToDictionary(kv => kv.Key, kv => (float)Math.Log(kv.Value / total));
    }

    /// <summary>Adds one pair's expected run counts; returns its log-likelihood. No table yet means every run weighs 1.</summary>
    private static double Expect(string l, string c, Dictionary<long, double>? probability, Dictionary<long, double> counts)
    {
        var n = l.Length;
        var m = c.Length;
        var width = m + 1;
        var forward = new double[(n + 1) * width];
        var backward = new double[(n + 1) * width];
        double Weight(int i, int a, int j, int b)
        {
            if (probability is null) return 1;
            return probability.TryGetValue(Key(l.AsSpan(i, a), c.AsSpan(j, b)), out var p) ? p : a <= 1 && b <= 1 ? 1e-9 : 0;
        }
        forward[0] = 1;
        for (var i = 0; i <= n; i++)
            for (var j = 0; j <= m; j++)
            {
                var f = forward[i * width + j];
                if (f == 0) continue;
                foreach (var (a, b) in Steps)
                    if (i + a <= n && j + b <= m) forward[(i + a) * width + j + b] += f * Weight(i, a, j, b);
            }
        backward[n * width + m] = 1;
        for (var i = n; i >= 0; i--)
            for (var j = m; j >= 0; j--)
            {
                if (i == n && j == m) continue;
                var sum = 0.0;
                foreach (var (a, b) in Steps)
                    if (i + a <= n && j + b <= m) sum += Weight(i, a, j, b) * backward[(i + a) * width + j + b];
                backward[i * width + j] = sum;
            }
        var z = forward[n * width + m];
        if (z <= 0 || double.IsInfinity(z)) return 0;
        for (var i = 0; i <= n; i++)
            for (var j = 0; j <= m; j++)
            {
                var f = forward[i * width + j];
                if (f == 0) continue;
                foreach (var (a, b) in Steps)
                    {
                        if (i + a > n || j + b > m) continue;
                        var posterior = f * Weight(i, a, j, b) * backward[(i + a) * width + j + b] / z;
                        if (posterior < 1e-6) continue;
                        var key = Key(l.AsSpan(i, a), c.AsSpan(j, b));
                        counts[key] = counts.GetValueOrDefault(key) + posterior;
                    }
            }
        return Math.Log(z);
    }

    private static bool Allowed(int a, int b) => !(a == 0 && b == 0) && !(a == 0 && b > 1);

    /// <summary>Every allowed step of an alignment (Latin run length, Cyrillic run length), in the order the passes visit them.</summary>
    private static readonly (int A, int B)[] Steps =
        [.. Enumerable.Range(0, MaxLatin + 1).SelectMany(a => Enumerable.Range(0, MaxCyrillic + 1).Select(b => (a, b))).Where(s => Allowed(s.a, s.b))];

    /// <summary>Up to three Latin letters (16 bits each) and up to two Cyrillic letters (7 bits each) in one number; 0 pads.</summary>
    private static long Key(ReadOnlySpan<char> latin, ReadOnlySpan<char> cyrillic)
    {
        long key = 0;
        for (var k = 0; k < MaxLatin; k++) key = key << 16 | (long)(k < latin.Length ? latin[k] : (char)0);
        for (var k = 0; k < MaxCyrillic; k++) key = key << 7 | (long)(k < cyrillic.Length ? CyrillicAlphabet.IndexOf(cyrillic[k]) + 1 : 0);
        return key;
    }

    private static (string Latin, string Cyrillic) Unkey(long key)
    {
        var cyrillic = new char[MaxCyrillic];
        var latin = new char[MaxLatin];
        for (var k = MaxCyrillic - 1; k >= 0; k--) { var i = (int)(key & 0x7F); cyrillic[k] = i == 0 ? '\0' : CyrillicAlphabet[i - 1]; key >>= 7; }
        for (var k = MaxLatin - 1; k >= 0; k--) { latin[k] = (char)(key & 0xFFFF); key >>= 16; }
        return (new string(latin).TrimEnd('\0'), new string(cyrillic).TrimEnd('\0'));
    }

    private const string CyrillicAlphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ";

    /// <summary>Lower-case letters only; letters outside the common Latin alphabets fall back to their base letter.</summary>
    public static string NormalizeLatin(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var raw in s.ToLowerInvariant())
        {
            if (!char.IsLetter(raw)) continue;
            var ch = raw switch { 'ı' => 'i', 'ə' => 'a', 'đ' => 'd', 'ø' => 'o', 'ł' => 'l', 'ħ' => 'h', _ => raw };
            if (ch < 'a' || ch > 'z' && !CommonLatin.Contains(ch))
            {
                var d = ch.ToString().Normalize(NormalizationForm.FormD);
                ch = d.FirstOrDefault(x => CharUnicodeInfo.GetUnicodeCategory(x) != UnicodeCategory.NonSpacingMark, ch);
                if (ch is < 'a' or > 'z' && !CommonLatin.Contains(ch)) continue;
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>Accented letters whose sound differs from their base letter in the languages names most come from.</summary>
    private const string CommonLatin = "äöüßéèêëàâçñóòôõúùûíìîïáãåæœśźżćńłčšžřěůýğşţșțőű";

    /// <summary>Lower-case Russian and Ukrainian letters only.</summary>
    public static string NormalizeCyrillic(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var raw in s.ToLowerInvariant())
            if (raw is >= 'а' and <= 'я' or 'ё' or 'і' or 'ї' or 'є' or 'ґ') sb.Append(raw);
        return sb.ToString();
    }

    /// <summary>Whether a Cyrillic word uses only Russian and Ukrainian letters (not Serbian, Macedonian or Belarusian ones).</summary>
    public static bool IsRussianOrUkrainian(string s) =>
        s.All(ch => !char.IsLetter(ch) || char.ToLowerInvariant(ch) is >= 'а' and <= 'я' or 'ё' or 'і' or 'ї' or 'є' or 'ґ');

    public void Write(TextWriter writer)
    {
        writer.WriteLine("# latin\tcyrillic\tlog_probability   (runs; '#letter' rows are single-letter log frequencies)");
        foreach (var (key, value) in joint.OrderBy(kv => kv.Key))
        {
            var (l, c) = Unkey(key);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{l}\t{c}\t{value:F3}"));
        }
        foreach (var (ch, value) in latinLetters.OrderBy(kv => kv.Key)) writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"#letter\t{ch}\t{value:F3}"));
        foreach (var (ch, value) in cyrillicLetters.OrderBy(kv => kv.Key)) writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"#letter\t{ch}\t{value:F3}"));
    }

    public static TransliterationModel Read(TextReader reader)
    {
        var joint = new Dictionary<long, float>();
        var latin = new Dictionary<char, float>();
        var cyrillic = new Dictionary<char, float>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("# ", StringComparison.Ordinal) || line.Length == 0) continue;
            var cols = line.Split('\t');
            var value = float.Parse(cols[2], CultureInfo.InvariantCulture);
            if (cols[0] == "#letter")
                (Corroborate.Reference.NameKey.IsCyrillic(cols[1][0]) ? cyrillic : latin)[cols[1][0]] = value;
            else
                joint[Key(cols[0], cols[1])] = value;
        }
        return new TransliterationModel(joint, latin, cyrillic);
    }
}
