using Corroborate.Reference;

namespace Corroborate.Resolution;

/// <summary>
/// Keys organization names by meaning: "Freedom of Russia Legion", "Free Russia Legion", "Легион «Свобода России»"
/// and "Легіон «Свобода Росії»" all become {freedom, legion, russia}. A name with any word outside the groups has no key,
/// so names that merely share words ("Russian Volunteer Corps") never collide with it.
/// </summary>
public sealed class TranslationGroups
{
    private static readonly Lazy<TranslationGroups> _shared = new(() => new TranslationGroups(
        Lexicon.Rows(typeof(TranslationGroups).Assembly, "Lexicons/translation-groups.tsv")));
    public static TranslationGroups Shared => _shared.Value;

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    { "of", "the", "for", "and", "in", "и", "та", "і", "й", "в", "у", "за", "для", "of’s" };

    private readonly PhraseTable<string> _forms = new();

    public TranslationGroups(IEnumerable<string[]> rows)
    {
        foreach (var r in rows)
            if (r.Length >= 2) foreach (var form in r[1].Split('|', StringSplitOptions.RemoveEmptyEntries)) _forms.Add(form, r[0]);
    }

    public string? KeyOf(string name)
    {
        var words = NameKey.Clean(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Ignored.Contains(w)).ToArray();
        if (words.Length < 2) return null;
        var concepts = new SortedSet<string>(StringComparer.Ordinal);
        // Longest phrase first: "Russian Federation" and "РФ" are one word of meaning, as is "Main Intelligence Directorate".
        for (var i = 0; i < words.Length;)
        {
            if (_forms.Match(words, i) is not { } hit) return null;
            concepts.Add(hit.Value);
            i += hit.Length;
        }
        return concepts.Count >= 2 || words.Length >= 2 && concepts.Count == 1 ? string.Join('+', concepts) : null;
    }
}
