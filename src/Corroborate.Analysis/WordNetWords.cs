using Corroborate.Reference;

namespace Corroborate.Analysis;

/// <summary>
/// What WordNet says of an English word (Lexicons/en/wordnet-words.tsv.gz, built by scripts/build-wordnet-words.cs): the
/// kinds of proper nouns it names alone, opens or ends (P person, D kind of people, L place, G group, O other), and
/// whether it is also one of the dictionary's lower-case words. Tagger features only: "Lincoln" names a person, a place
/// and a car, and the context decides.
/// </summary>
public sealed class WordNetWords
{
    private static readonly Lazy<WordNetWords> _shared = new(() => new WordNetWords());
    public static WordNetWords Shared => _shared.Value;

    /// <summary>The kinds of proper nouns a word names alone, opens and ends: each a string of kind letters, empty for none.</summary>
    public readonly record struct ProperKinds(string Alone, string Opens, string Ends);

    private readonly Dictionary<string, ProperKinds> _proper = new(StringComparer.Ordinal);
    private readonly HashSet<string> _common = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Noun, string Verb)> _classes = new(StringComparer.Ordinal);

    private WordNetWords()
    {
        foreach (var r in Lexicon.Rows(typeof(WordNetWords).Assembly, "en", "wordnet-words.tsv.gz"))
        {
            if (r.Length < 5) continue;
            if (r[1].Length + r[2].Length + r[3].Length > 0) _proper[r[0]] = new(string.Intern(r[1]), string.Intern(r[2]), string.Intern(r[3]));
            if (r[4] == "c") _common.Add(r[0]);
            if (r.Length >= 7 && r[5].Length + r[6].Length > 0) _classes[r[0]] = (string.Intern(r[5]), string.Intern(r[6]));
        }
    }

    /// <summary>
    /// The proper-noun kinds of a word as written, or of its capitalized form when written in lower case or in capitals
    /// ("lincoln", "LINCOLN" → Lincoln); null when WordNet names nothing so.
    /// </summary>
    public ProperKinds? Proper(string word)
    {
        if (_proper.TryGetValue(word, out var kinds)) return kinds;
        if (word.Length < 2) return null;
        var capitalized = Casing.Capitalize(Casing.Lower(word));
        return capitalized != word && _proper.TryGetValue(capitalized, out kinds) ? kinds : null;
    }

    /// <summary>Whether a lower-case word is one of the dictionary's words, inflected or not ("armies" → army, "seized" → seize).</summary>
    public bool IsCommon(string lower)
    {
        var common = _common.GetAlternateLookup<ReadOnlySpan<char>>();
        return _common.Contains(lower) || AnyLemma(lower, lemma => common.Contains(lemma));
    }

    /// <summary>
    /// The lexicographer's classes of a lower-case word's most frequent noun and verb senses ("envoys": person, none;
    /// "told": none, communication); empty strings where it has none.
    /// </summary>
    public (string Noun, string Verb) Classes(string lower)
    {
        if (_classes.TryGetValue(lower, out var classes)) return classes;
        var lookup = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
        return AnyLemma(lower, lemma => lookup.TryGetValue(lemma, out classes)) ? classes : ("", "");
    }

    private delegate bool LemmaTest(ReadOnlySpan<char> lemma);

    /// <summary>Whether any lemma a regularly inflected word may have, by WordNet's rules of detachment, passes the test (tried in the rules' order).</summary>
    private static bool AnyLemma(string lower, LemmaTest test)
    {
        Span<char> buffer = stackalloc char[64];
        foreach (var (ending, replacement) in Detachments)
            if (Lemma(lower, ending, replacement, buffer) is { Length: > 0 } lemma && test(lemma)) return true;
        return false;
    }

    /// <summary>The lemma a regularly inflected word has by one of WordNet's rules of detachment, written into <paramref name="buffer"/>; empty if the rule does not apply.</summary>
    private static ReadOnlySpan<char> Lemma(string lower, string ending, string replacement, Span<char> buffer)
    {
        if (lower.Length <= ending.Length + 2 || !lower.EndsWith(ending, StringComparison.Ordinal)) return [];
        var stem = lower.Length - ending.Length;
        if (stem + replacement.Length > buffer.Length) return [];
        lower.AsSpan(0, stem).CopyTo(buffer);
        replacement.CopyTo(buffer[stem..]);
        return buffer[..(stem + replacement.Length)];
    }

    // WordNet's own rules of detachment for regular inflection (morphy), over nouns, verbs and adjectives together.
    private static readonly (string Ending, string Replacement)[] Detachments =
    [
        ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y"),
        ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""), ("er", "e"), ("est", "e"),
    ];
}
