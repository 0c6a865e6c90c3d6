using System.Text.RegularExpressions;
using Corroborate.Reference;

namespace Corroborate.Analysis;

/// <summary>
/// Nominative forms of inflected Russian and Ukrainian personal names (Меркулова→Меркулов, Павла→Павел,
/// Андрея→Андрей) by suffix rules, checked against the given-name list where one is known.
/// </summary>
public static partial class NameMorphology
{
    [GeneratedRegex(@"^(\p{L}+?)(ов|ев|ёв|єв|ин|ын|їн)(а|у|ым|ом|им|е|і)$")]
    private static partial Regex PossessiveSurname();

    [GeneratedRegex(@"^(\p{L}+?)(ск|цк|зьк|ськ|цьк)(ого|ому|им|ом|ем|ой|ий|ій|ым)$")]
    private static partial Regex AdjectivalSurname();

    [GeneratedRegex(@"(ов|ев|ёв|ин|ын|ский|цкий|ской|ський|цький|енко|ук|юк|чук|ич|ова|ева|ина|ская|ська|ov|ev|in|yn|sky|skiy|skyi|ski|enko|uk|yuk|chuk|ich|vich|ova|eva|ina|skaya)$")]
    private static partial Regex SurnameEnding();

    public static bool LooksLikeSurname(string word) =>
        word.Length >= 4 && char.IsUpper(word[0]) && (SurnameEnding().IsMatch(Casing.Lower(word)) || PossessiveSurname().IsMatch(Casing.Lower(word)));

    /// <summary>The nominative of one name word (given name or surname); other words come back unchanged.</summary>
    public static string Nominative(string word, ISet<string> givenNames)
    {
        if (word.Length < 3 || !NameKey.IsCyrillic(word[0])) return word;
        var lower = Casing.Lower(word);
        if (givenNames.Contains(lower)) return word;
        foreach (var candidate in GivenNameCandidates(lower))
            if (givenNames.Contains(candidate)) return Capitalize(candidate);
        var m = PossessiveSurname().Match(lower);
        if (m.Success) return Capitalize(m.Groups[1].Value + m.Groups[2].Value);
        m = AdjectivalSurname().Match(lower);
        if (m.Success) return Capitalize(m.Groups[1].Value + (m.Groups[2].Value is "ськ" or "цьк" or "зьк" ? m.Groups[2].Value + "ий" : m.Groups[2].Value + "ий"));
        if (lower.EndsWith("енка", StringComparison.Ordinal) || lower.EndsWith("енку", StringComparison.Ordinal)) return Capitalize(lower[..^1] + "о");
        return word;
    }

    /// <summary>Whether a word is a given name of the list as written or in its nominative ("Тетяні" → Тетяна, "Миколою" → Микола).</summary>
    public static bool IsGivenName(string word, ISet<string> givenNames) =>
        givenNames.Contains(Casing.Lower(word)) || givenNames.Contains(Casing.Lower(Nominative(word, givenNames)));

    private static IEnumerable<string> GivenNameCandidates(string w)
    {
        // Ukrainian instrumental and dative forms too: Миколою, Марією, Тарасові, Андрієві.
        foreach (var ending in new[] { "ою", "ею", "єю", "ові", "еві", "єві", "ом", "ем", "ым", "ой", "ей", "а", "я", "у", "ю", "е", "і", "и" })
        {
            if (!w.EndsWith(ending, StringComparison.Ordinal) || w.Length - ending.Length < 2) continue;
            var stem = w[..^ending.Length];
            yield return stem;
            yield return stem + "а";
            yield return stem + "я";
            yield return stem + "й";
            yield return stem + "ь";
            yield return stem + "о";
            // Fleeting vowel: Павла→Павел, Петра→Пётр is beyond rules.
            if (stem.Length >= 3) yield return stem[..^1] + "е" + stem[^1];
        }
    }

    private static string Capitalize(string s) => Casing.Capitalize(s);
}
