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

    // Also Georgian (-дзе, -швили), South Slavic (-vic), Romanian (-escu) and Armenian (-yan) endings in Latin letters.
    [GeneratedRegex(@"(ов|ев|ёв|ин|ын|ский|цкий|ской|ський|цький|енко|ук|юк|чук|ич|ова|ева|ина|ская|ська|дзе|швили|ov|ev|in|yn|sky|skiy|skyi|ski|enko|uk|yuk|chuk|ich|vich|ova|eva|ina|skaya|dze|shvili|vic|escu|yan)$")]
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
            if (givenNames.Contains(candidate)) return CapitalizedAs(candidate, word);
        if (lower.AsSpan().IndexOfAny('і', 'є') >= 0)
            foreach (var candidate in GivenNameCandidates(lower))
                if (IsUkrainianFormOfListed(candidate, givenNames)) return CapitalizedAs(candidate, word);
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
            // A woman's name in the accusative or the instrumental ("Марію", "Марією") before a man's stem that a list may
            // also hold ("Марі").
            if (ending is "ю" or "ою" or "ею" or "єю")
            {
                yield return stem + "я";
                yield return stem + "а";
            }
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

    /// <summary>
    /// A Ukrainian spelling of a listed Russian given name, і and є for и and е ("асія" for Асия, "есфір" for Эсфирь aside):
    /// the list is mostly Russian, and a Ukrainian text's name in an oblique case finds its nominative through it.
    /// </summary>
    private static bool IsUkrainianFormOfListed(string candidate, ISet<string> givenNames) =>
        candidate.AsSpan().IndexOfAny('і', 'є') >= 0 && givenNames.Contains(candidate.Replace('і', 'и').Replace('є', 'е'));

    /// <summary>"жан-клод" as "Жан-Клодом" is written: each part after a hyphen keeps its capital.</summary>
    private static string CapitalizedAs(string lower, string written)
    {
        var parts = lower.Split('-');
        var cased = written.Split('-');
        for (var i = 0; i < parts.Length; i++)
            if (i == 0 || i < cased.Length && cased[i].Length > 0 && char.IsUpper(cased[i][0])) parts[i] = Casing.Capitalize(parts[i]);
        return string.Join('-', parts);
    }

    /// <summary>
    /// The nominative of a full name's words. A foreign surname of a consonant's stem ("Трампом", "Юнкера", "Шольцу") takes
    /// the case a man's given name before it shows ("Дональдом", "Жан-Клода", "Олафу"), which the rules of one word cannot
    /// see: it loses that ending. A stem in к is left as it is, since "Бойка" may be Бойко's as well as "Ермака" Ермак's.
    /// </summary>
    public static IReadOnlyList<string> Nominatives(IReadOnlyList<string> words, ISet<string> givenNames)
    {
        var forms = words.Select(w => Nominative(w, givenNames)).ToArray();
        if (forms.Length < 2 || !NameKey.IsCyrillic(words[^1][0]) || forms[^1] != words[^1]) return forms;
        var given = Array.FindLastIndex(forms, forms.Length - 2, forms.Length - 1, f => f.Length > 1 && char.IsUpper(f[0]) && givenNames.Contains(Casing.Lower(f)));
        if (given < 0 || forms[given] == words[given] || !IsConsonant(forms[given][^1]) && forms[given][^1] is not ('й' or 'ь')) return forms;
        var ending = CaseEnding(Casing.Lower(words[given]), Casing.Lower(forms[given]));
        if (ending is null) return forms;
        var surname = Casing.Lower(words[^1]);
        foreach (var e in ending)
            if (surname.EndsWith(e, StringComparison.Ordinal) && surname.Length - e.Length >= 3 && IsConsonant(surname[^(e.Length + 1)]) && surname[^(e.Length + 1)] != 'к')
            {
                forms[^1] = words[^1][..^e.Length];
                break;
            }
        return forms;
    }

    /// <summary>The endings a consonant-stem surname has in the case of a man's given name written so (Дональду → у, ю, ові, еві).</summary>
    private static string[]? CaseEnding(string written, string nominative)
    {
        var common = 0;
        while (common < written.Length && common < nominative.Length && written[common] == nominative[common]) common++;
        return written[common..] switch
        {
            "а" or "я" => ["а", "я"],
            "у" or "ю" or "ові" or "еві" or "єві" => ["ові", "еві", "у", "ю"],
            "ом" or "ем" or "ём" or "єм" => ["ом", "ем", "ём"],
            "е" or "і" => ["е", "і"],
            _ => null,
        };
    }

    private static bool IsConsonant(char c) => char.IsLetter(c) && "аеёиоуыэюяіїєaeiouy".IndexOf(char.ToLowerInvariant(c)) < 0 && c is not ('ь' or 'ъ' or 'й');
}
