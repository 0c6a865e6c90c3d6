using System.Globalization;
using System.Text;

namespace Corroborate.Reference;

/// <summary>
/// Script- and spelling-insensitive keys for names: Андроников, Андроніков and Andronikov share one key;
/// so do Gladkov and Hladkov, Tyotkino and Tetkino, Grayvoron and Graivoron.
/// </summary>
public static class NameKey
{
    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ґ'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e",
        ['є'] = "e", ['ж'] = "zh", ['з'] = "z", ['и'] = "i", ['і'] = "i", ['ї'] = "i", ['й'] = "i", ['к'] = "k",
        ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t",
        ['у'] = "u", ['ф'] = "f", ['х'] = "h", ['ц'] = "c", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch",
        ['ъ'] = "", ['ы'] = "i", ['ь'] = "", ['э'] = "e", ['ю'] = "iu", ['я'] = "ia", ['’'] = "", ['\''] = "",
    };

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    public static string ScriptOf(string s)
    {
        int cyr = 0, lat = 0;
        foreach (var c in s) { if (IsCyrillic(c)) cyr++; else if (c is >= 'A' and <= 'z' || c is >= 'À' and <= 'ž') lat++; }
        return cyr > lat ? "Cyrl" : "Latn";
    }

    /// <summary>Lower case, quotes and punctuation dropped, a leading article removed, spaces collapsed.</summary>
    public static string Clean(string name)
    {
        // One pass over the text: names are cleaned by the million when the gazetteer loads.
        var source = IsPlainlyComposed(name) || name.IsNormalized(NormalizationForm.FormC) ? name : name.Normalize(NormalizationForm.FormC);
        Span<char> buffer = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        var n = 0;
        foreach (var ch in source)
        {
            if (char.IsLetterOrDigit(ch)) buffer[n++] = Casing.Lower(ch);
            else if (ch is '-' or ' ' or '\u00a0' or '.' or ',') { if (n > 0 && buffer[n - 1] != ' ') buffer[n++] = ' '; }
            else if (ch is '\'' or '’') buffer[n++] = '’';
        }
        if (n > 0 && buffer[n - 1] == ' ') n--;
        var start = n > 4 && buffer[..4].SequenceEqual("the ") ? 4 : 0;
        return new string(buffer[start..n]);
    }

    /// <summary>
    /// Text of Latin-1 and basic Cyrillic letters without combining marks is already in form C: a cheap test that spares
    /// the costly check of the general case for nearly every name.
    /// </summary>
    private static bool IsPlainlyComposed(string s)
    {
        foreach (var ch in s)
            if (!(ch < '\u0300' || ch is >= '\u0400' and < '\u0483' || ch is >= '\u048A' and < '\u0530' || ch is >= '\u2010' and <= '\u201F'))
                return false;
        return true;
    }

    /// <summary>A phonetic Latin skeleton of a cleaned name, the same for its Cyrillic and Latin spellings.</summary>
    public static string Skeleton(string name)
    {
        var clean = Clean(name);
        var sb = new StringBuilder(clean.Length + 8);
        foreach (var ch in clean)
        {
            if (ch < 128) { if (ch != '\'') sb.Append(ch); }
            else if (Cyrillic.TryGetValue(ch, out var latin)) sb.Append(latin);
            else if (ch == '’') continue;
            else sb.Append(RemoveDiacritics(ch));
        }
        var s = sb.ToString();
        // Spelling variants that transliteration schemes disagree on.
        s = s.Replace("kh", "h").Replace("ts", "c").Replace("tz", "c").Replace("cz", "c").Replace("x", "ks")
             .Replace("w", "v").Replace("j", "i").Replace("y", "i").Replace("h", "g").Replace("ie", "e")
             .Replace("io", "e").Replace("yo", "e").Replace("ii", "i").Replace("ia", "a").Replace("iu", "u");
        // Collapse doubled letters (Gorodishche/Gorodische, Ilyich/Ilich).
        var outSb = new StringBuilder(s.Length);
        foreach (var ch in s) if (outSb.Length == 0 || outSb[^1] != ch || ch == ' ') outSb.Append(ch);
        return outSb.ToString().Replace("shch", "sh").Replace("sch", "sh");
    }

    private static char RemoveDiacritics(char c)
    {
        if (c < 128) return c;
        var d = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var x in d) if (CharUnicodeInfo.GetUnicodeCategory(x) != UnicodeCategory.NonSpacingMark) return x;
        return c;
    }

    private static readonly string[] CyrillicEndings =
    [
        "ами", "ями", "ого", "его", "ому", "ему", "ими", "ыми", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее",
        "ом", "ем", "ах", "ях", "ую", "юю", "ою", "ею", "єю", "ій", "ої", "ім", "ові", "еві", "ів", "ов", "ев", "ым", "им", "а", "я", "у", "ю", "е",
        "и", "ы", "і", "о", "ь", "й", "є",
    ];

    /// <summary>
    /// A crude stem for one inflected Cyrillic word (Белгородской→белгородск, Козинке→козинк), used only to
    /// match inflected forms against a lexicon; Latin words come back cleaned.
    /// </summary>
    public static string Stem(string word) => Stem(word, minStem: 4);

    private static string Stem(string word, int minStem)
    {
        var w = Casing.Lower(word);
        if (w.Length == 0 || !IsCyrillic(w[0])) return w;
        foreach (var e in CyrillicEndings)
            if (w.Length - e.Length >= minStem && w.EndsWith(e, StringComparison.Ordinal)) return w[..^e.Length];
        return w;
    }

    /// <summary>
    /// A looser key for Cyrillic place names: short words lose their endings too (Сумами→сум, Новой→нов, Яру→яр), and a
    /// second ending goes where the first left one (Часового→часов→час, as Часів→час). Only a fallback: it finds
    /// more, and more wrongly.
    /// </summary>
    public static string LooseStemKey(string name) =>
        Skeleton(string.Join(' ', Clean(name).Split(' ').Select(w => Stem(w, minStem: 2) is var once && once != Casing.Lower(w) ? Stem(once, minStem: 3) : once)));


    /// <summary>Skeleton of the stemmed words: a key that survives case endings and script.</summary>
    public static string StemKey(string name) =>
        Skeleton(string.Join(' ', Clean(name).Split(' ').Select(w => Stem(w))));
}
