using Corroborate.Reference;

namespace Corroborate.Resolution;

/// <summary>
/// Whether two spellings of a name, in Latin or Cyrillic script, can be the same name. A Latin and a Cyrillic spelling
/// are scored by the learned <see cref="TransliterationModel"/> (Ichijima/Итидзима, Diderot/Дидро, Szarzyńska/Шажиньская).
/// Two spellings in one script are reduced to a phonetic Latin skeleton (transliteration variants folded:
/// Gladkov/Hladkov, Андроников/Андроніков), then compared by an edit distance in which vowels and near-sounds substitute
/// cheaply. Both scores share one scale: 1 is the same name, <see cref="Threshold"/> is where a match starts.
/// </summary>
public static class NameMatcher
{
    /// <summary>
    /// The score at and above which two names are taken to match: the F1-optimal value on Latin/Cyrillic name pairs of the
    /// shipped gazetteer (`./corroborate bench names` prints the calibration), never tuned on the benchmark.
    /// </summary>
    public const double Threshold = 0.76;

    public static bool IsMatch(string a, string b) => Score(a, b) >= Threshold;

    /// <summary>
    /// The model's per-letter log-likelihood ratio at and above which a Latin and a Cyrillic spelling match: the
    /// F1-optimal value on held-out place names (scripts/train-transliteration.cs prints it), never tuned on the benchmark.
    /// </summary>
    public const double ModelThreshold = 0.10;

    public static double Score(string a, string b)
    {
        var latinA = NameKey.ScriptOf(a) == "Latn";
        if (latinA == (NameKey.ScriptOf(b) == "Latn") || !TransliterationModel.Shipped.IsTrained) return SkeletonScore(a, b);
        // One skeleton is a standard transliteration of the other: no need to ask the model.
        if (Fold(a) == Fold(b)) return 1;
        var ratio = latinA ? TransliterationModel.Shipped.Score(a, b) : TransliterationModel.Shipped.Score(b, a);
        return OnSkeletonScale(ratio);
    }

    /// <summary>
    /// Maps the model's ratio onto the skeleton score's scale, monotonically: <see cref="ModelThreshold"/> becomes
    /// <see cref="Threshold"/>, and the ends tend to 0 and 1.
    /// </summary>
    private static double OnSkeletonScale(double ratio)
    {
        if (double.IsNegativeInfinity(ratio)) return 0;
        var x = Math.Tanh(ratio - ModelThreshold);
        return x >= 0 ? Threshold + (1 - Threshold) * x : Threshold * (1 + x);
    }

    /// <summary>The hand-written part: 1 minus the weighted edit distance of the two skeletons over the longer one.</summary>
    public static double SkeletonScore(string a, string b)
    {
        var x = Fold(a);
        var y = Fold(b);
        if (x.Length == 0 || y.Length == 0) return 0;
        if (x == y) return 1;
        return 1 - Distance(x, y) / Math.Max(x.Length, y.Length);
    }

    /// <summary>The skeleton with Latin spelling conventions folded onto the sounds Cyrillic writes.</summary>
    public static string Fold(string name)
    {
        var lower = NameKey.Clean(name);
        if (NameKey.ScriptOf(lower) == "Latn")
        {
            lower = lower.Replace("ä", "e").Replace("ö", "e").Replace("ü", "u").Replace("ae", "e").Replace("oe", "e").Replace("ue", "u")
                .Replace("ph", "f").Replace("th", "t").Replace("ck", "k").Replace("qu", "kv").Replace("q", "k")
                .Replace("ce", "se").Replace("ci", "si").Replace("cy", "si").Replace("ch", "\u0001").Replace("c", "k").Replace("\u0001", "ch");
        }
        return NameKey.Skeleton(lower).Replace(" ", "");
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Levenshtein distance where vowel-for-vowel and sibling consonants (s/z, g/k, d/t, b/p, v/f) cost half.</summary>
    private static double Distance(string a, string b)
    {
        var prev = new double[b.Length + 1];
        var cur = new double[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var sub = prev[j - 1] + SubstitutionCost(a[i - 1], b[j - 1]);
                var gap = IsVowel(a[i - 1]) ? 0.75 : 1.0;
                var gapB = IsVowel(b[j - 1]) ? 0.75 : 1.0;
                cur[j] = Math.Min(sub, Math.Min(prev[j] + gap, cur[j - 1] + gapB));
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    private static double SubstitutionCost(char x, char y)
    {
        if (x == y) return 0;
        if (IsVowel(x) && IsVowel(y)) return 0.5;
        return (x, y) switch
        {
            ('s', 'z') or ('z', 's') or ('g', 'k') or ('k', 'g') or ('d', 't') or ('t', 'd') or ('b', 'p') or ('p', 'b') or ('v', 'f') or ('f', 'v') => 0.5,
            _ => 1,
        };
    }
}
