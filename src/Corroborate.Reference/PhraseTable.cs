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
        // Prefix entries by prefix, looked up by the word's own prefixes (longest first) without copying them.
        public Dictionary<string, T>? Prefixes;
        public int LongestPrefix;
        public int ShortestPrefix = int.MaxValue;
        // The letters prefixes start with: most words start with none of them and are answered without a lookup.
        public HashSet<char>? PrefixStarts;
        public bool HasValue;
        public T Value = default!;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(string phrase, T value)
    {
        if (!_words.IsEmpty) _words.Clear();
        var words = Words(phrase);
        if (words.Length == 0) return;
        var node = _root;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (i == words.Length - 1 && w.Length > 1 && w.EndsWith('*'))
            {
                var prefix = w[..^1];
                (node.Prefixes ??= new Dictionary<string, T>(StringComparer.Ordinal))[prefix] = value;
                node.LongestPrefix = Math.Max(node.LongestPrefix, prefix.Length);
                node.ShortestPrefix = Math.Min(node.ShortestPrefix, prefix.Length);
                (node.PrefixStarts ??= []).Add(prefix[0]);
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
            if (node.Prefixes is not null && LongestPrefixOf(node, w) is { } byPrefix) best = (i - start + 1, byPrefix.Value);
            if (node.Next is null || !node.Next.TryGetValue(w, out var child)) break;
            node = child;
            if (node.HasValue) best = (i - start + 1, node.Value);
        }
        return best;
    }

    private static KeyValuePair<string, T>? LongestPrefixOf(Node node, string word)
    {
        if (word.Length < node.ShortestPrefix || !node.PrefixStarts!.Contains(word[0])) return null;
        var lookup = node.Prefixes!.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = Math.Min(word.Length, node.LongestPrefix); length >= node.ShortestPrefix; length--)
            if (lookup.TryGetValue(word.AsSpan(0, length), out var key, out var value)) return new(key, value);
        return null;
    }

    // Phrases and capitalized words are asked about again and again: answers are kept.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (bool Found, T Value)> _words = new(StringComparer.Ordinal);
    private int _remembered;

    public bool TryGet(string phrase, out T value)
    {
        // One lower-case word (what taggers ask for every token) is two lookups without copying or splitting: answered directly.
        if (IsOneLowerWord(phrase)) return TryGetWord(phrase, out value);
        if (_words.TryGetValue(phrase, out var known)) { value = known.Value; return known.Found; }
        var found = Find(phrase, out value);
        if (Interlocked.Increment(ref _remembered) <= 200_000) _words.TryAdd(phrase, (found, value));
        return found;
    }

    /// <summary>A whole phrase of one word: its own entry, else the longest listed prefix of it.</summary>
    private bool TryGetWord(string word, out T value)
    {
        if (_root.Next is not null && _root.Next.TryGetValue(word, out var node) && node.HasValue) { value = node.Value; return true; }
        if (_root.Prefixes is not null && LongestPrefixOf(_root, word) is { } byPrefix) { value = byPrefix.Value; return true; }
        value = default!;
        return false;
    }

    private bool Find(string phrase, out T value)
    {
        var words = Words(phrase);
        var m = Match(words, 0);
        if (m is { } hit && hit.Length == words.Length) { value = hit.Value; return true; }
        value = default!;
        return false;
    }

    private static bool IsOneLowerWord(string phrase)
    {
        foreach (var ch in phrase)
            if (ch is ' ' or '\'' || Casing.Lower(ch) != ch) return false;
        return phrase.Length > 0;
    }

    public static string[] Words(string phrase) =>
        Casing.Lower(phrase).Replace('\'', '’').Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
