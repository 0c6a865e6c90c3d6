using System.Text;
using Corroborate.Domain;

namespace Corroborate.Reconciliation;

/// <summary>
/// Finds documents that are one story retold (syndicated copies, light rewrites) with MinHash over word
/// 5-shingles and banded locality-sensitive hashing, then confirms candidates by the estimated Jaccard similarity.
/// Such documents share an origin even when neither cites the other.
/// </summary>
public sealed class Syndication(double threshold = 0.5)
{
    private const int Hashes = 64, Bands = 16, Rows = Hashes / Bands, Shingle = 5;

    private static readonly ulong[] Seeds = Enumerable.Range(0, Hashes).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL + 12345)).ToArray();

    /// <summary>For each document id, the id of the earliest document of its group (itself when it has no copies).</summary>
    public IReadOnlyDictionary<string, string> Originals(IReadOnlyList<Document> documents)
    {
        var signatures = documents.Select(d => Signature(d.Text)).ToArray();
        var parent = Enumerable.Range(0, documents.Count).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        var buckets = new Dictionary<(int, ulong), List<int>>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (signatures[i] is not { } sig) continue;
            for (var b = 0; b < Bands; b++)
            {
                var h = 1469598103934665603UL;
                for (var r = 0; r < Rows; r++) h = (h ^ sig[b * Rows + r]) * 1099511628211UL;
                if (!buckets.TryGetValue((b, h), out var list)) buckets[(b, h)] = list = [];
                foreach (var j in list)
                    if (Find(i) != Find(j) && Similarity(sig, signatures[j]!) >= threshold) parent[Find(i)] = Find(j);
                list.Add(i);
            }
        }
        var result = new Dictionary<string, string>();
        foreach (var group in Enumerable.Range(0, documents.Count).GroupBy(Find))
        {
            var original = group.OrderBy(i => documents[i].Published?.Range?.First ?? DateOnly.MaxValue).ThenBy(i => i).First();
            foreach (var i in group) result[documents[i].Id] = documents[original].Id;
        }
        return result;
    }

    public static double Similarity(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var i = 0; i < Hashes; i++) if (a[i] == b[i]) same++;
        return same / (double)Hashes;
    }

    /// <summary>The MinHash signature of a text's word shingles; null for texts too short to judge.</summary>
    public static ulong[]? Signature(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        if (words.Count < Shingle + 10) return null;
        var sig = Enumerable.Repeat(ulong.MaxValue, Hashes).ToArray();
        for (var i = 0; i + Shingle <= words.Count; i++)
        {
            var h = 1469598103934665603UL;
            for (var k = 0; k < Shingle; k++)
                foreach (var c in words[i + k]) h = (h ^ c) * 1099511628211UL;
            for (var j = 0; j < Hashes; j++)
            {
                var v = Mix(h ^ Seeds[j]);
                if (v < sig[j]) sig[j] = v;
            }
        }
        return sig;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33; x *= 0xff51afd7ed558ccdUL; x ^= x >> 33; x *= 0xc4ceb9fe1a85ec53UL; x ^= x >> 33;
        return x;
    }
}
