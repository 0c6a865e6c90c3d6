namespace Corroborate.Reference;

/// <summary>
/// Phrases over lower-cased word tokens, matched longest-first. A phrase's last word may end in '*'
/// to match any word with that prefix (how Russian and Ukrainian inflections are listed).
/// </summary>
public sealed class PhraseTable<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public List<(string Prefix, T Value)>? Prefixes;
        public bool HasValue;
        public T Value = default!;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(string phrase, T value)
    {
        var words = Words(phrase);
        if (words.Length == 0) return;
        var node = _root;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (i == words.Length - 1 && w.Length > 1 && w.EndsWith('*'))
            {
                (node.Prefixes ??= []).Add((w[..^1], value));
                Count++;
                return;
            }
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(w, out var child)) node.Next[w] = child = new Node();
            node = child;
        }
        if (!node.HasValue) Count++;
        node.HasValue = true;
        node.Value = value;
    }

    /// <summary>The longest phrase starting at <paramref name="start"/>: its length in words and its value.</summary>
    public (int Length, T Value)? Match(IReadOnlyList<string> lowerWords, int start)
    {
        (int, T)? best = null;
        var node = _root;
        for (var i = start; i < lowerWords.Count && node is not null; i++)
        {
            var w = lowerWords[i];
            if (node.Prefixes is not null)
                foreach (var (prefix, value) in node.Prefixes)
                    if (w.StartsWith(prefix, StringComparison.Ordinal) && (best is null || best.Value.Item1 <= i - start))
                        best = (i - start + 1, value);
            if (node.Next is null || !node.Next.TryGetValue(w, out var child)) break;
            node = child;
            if (node.HasValue) best = (i - start + 1, node.Value);
        }
        return best;
    }

    public bool TryGet(string phrase, out T value)
    {
        var words = Words(phrase);
        var m = Match(words, 0);
        if (m is { } hit && hit.Length == words.Length) { value = hit.Value; return true; }
        value = default!;
        return false;
    }

    public static string[] Words(string phrase) =>
        phrase.ToLowerInvariant().Replace('\'', '’').Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
