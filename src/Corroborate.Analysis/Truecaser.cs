using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Analysis;

/// <summary>
/// Gives the words of a headline written in capitals ("RUSSIA SAYS DRONES HIT REFINERY IN VOLGOGRAD", "ВСУ ОТБИЛИ АТАКУ
/// ПОД БАХМУТОМ") the case they would have in running text, so that the name recognizer reads them as it reads any
/// sentence: there every capitalized word would be a name and every short word an acronym. A word takes its usual form
/// inside sentences (word-forms.txt.gz: "the", "NATO"), known acronyms and words without a vowel stay in capitals, and
/// any other word becomes capitalized. A headline in title case ("Russian Forces Shell Kharkiv Region") is read the same
/// way, its acronyms kept. A sentence written all in lower case gets back the capitals of the names the lexicons know
/// ("i live in chicago"). Only token texts change; spans, and so mentions' texts, keep what was written.
/// </summary>
public sealed class Truecaser(Gazetteer gazetteer) : IAnnotator
{
    public string Name => "truecase";
    public IReadOnlyList<string> Requires => ["tokens", "sentences"];
    public IReadOnlyList<string> Produces => ["truecase"];

    private static AnalysisLexicons Lex => AnalysisLexicons.Shared;

    private readonly Dictionary<string, string> _forms = WordForms.Value;
    private readonly HashSet<string> _lowerStems = LowerStems.Value;

    /// <summary>Fewer words in capitals in a row are acronyms or stress ("NATO and the EU", "ЩО вони хочуть").</summary>
    private const int ShoutedRun = 3;

    public void Annotate(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        Token[]? cased = null;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsShouted(tokens[i].Text)) { i++; continue; }
            // A run of words in capitals, with punctuation, numbers and one-letter words ("A", "I") between them.
            var end = i;
            var words = 0;
            for (var k = i; k < tokens.Count && tokens[k].Sentence == tokens[i].Sentence; k++)
            {
                var text = tokens[k].Text;
                if (IsShouted(text)) { words++; end = k + 1; }
                else if (text.Any(char.IsLower)) break;
            }
            // A dateline's place is too short for a headline: its words would otherwise be read as an acronym's letters.
            if (words >= ShoutedRun || Dateline.PlaceEnd(doc, i, gazetteer) == end)
            {
                cased ??= [.. tokens];
                for (var k = i; k < end; k++)
                {
                    if (!tokens[k].Text.Any(char.IsLetter)) continue;
                    var afterOtherWord = k > i && char.IsLetter(tokens[k - 1].Text[0]) && !BeforeCountry.Contains(doc.LowerTokens[k - 1]);
                    cased[k] = tokens[k] with { Text = Cased(tokens[k].Text, doc.StartsSentence(k), afterOtherWord) };
                }
                CapitalizeNames(cased, doc.LowerTokens, i, end);
            }
            i = Math.Max(end, i + 1);
        }
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var (first, end) = doc.TokenRange(s);
            // Title case is an English habit: Russian and Ukrainian capitalize every word only in names ("Министерство Обороны").
            if (doc.Language == "en" && IsTitleCased(doc, first, end))
            {
                cased ??= [.. tokens];
                for (var k = first; k < end; k++)
                    if (char.IsUpper(tokens[k].Text[0]) && !IsShouted(tokens[k].Text))
                        cased[k] = tokens[k] with { Text = Cased(tokens[k].Text, k == first, k > first && char.IsLetter(tokens[k - 1].Text[0])) };
                CapitalizeNames(cased, doc.LowerTokens, first, end);
                continue;
            }
            if (!IsWhispered(tokens, first, end)) continue;
            cased ??= [.. tokens];
            for (var k = first; k < end; k++)
                if (tokens[k].Text.Any(char.IsLetter) && NameInLowerCase(tokens[k].Text) is { } name) cased[k] = tokens[k] with { Text = name };
            CapitalizeNames(cased, doc.LowerTokens, first, end);
        }
        if (cased is not null) doc.Tokens = cased;
    }

    /// <summary>
    /// A headline in title case ("Russian Forces Shell Kharkiv Region, Killing Three"): every word but the function words
    /// capitalized, two or more of them words usually written in lower case. Its words take their usual case as a
    /// headline's in capitals do; a sentence of names alone ("Vladimir Putin, Xi Jinping") is left as it is.
    /// </summary>
    private bool IsTitleCased(AnalyzedDocument doc, int first, int end)
    {
        var (content, common) = (0, 0);
        for (var k = first; k < end; k++)
        {
            var text = doc.Tokens[k].Text;
            if (!char.IsLetter(text[0]) || Lex.IsFunctionWord(doc.LowerTokens[k]) && k > first) continue;
            if (!char.IsUpper(text[0])) return false;
            content++;
            if (k > first && !IsShouted(text) && _forms.TryGetValue(doc.LowerTokens[k], out var usual) && usual == doc.LowerTokens[k]) common++;
        }
        return content >= TitleWords && common >= 2;
    }

    /// <summary>Fewer capitalized words are a name or a label, not a headline.</summary>
    private const int TitleWords = 4;

    /// <summary>
    /// A sentence of several words without a capital letter ("i live in chicago now"), as posts and comments are often
    /// written: its names lost their capitals with the rest.
    /// </summary>
    private static bool IsWhispered(IReadOnlyList<Token> tokens, int first, int end)
    {
        var words = 0;
        for (var k = first; k < end; k++)
        {
            var text = tokens[k].Text;
            if (text.Any(char.IsUpper)) return false;
            if (text.Length > 0 && char.IsLetter(text[0])) words++;
        }
        return words >= WhisperedWords;
    }

    /// <summary>Fewer words without a capital are a phrase or a greeting, not a sentence that lost its names' capitals.</summary>
    private const int WhisperedWords = 4;

    /// <summary>
    /// A word of a sentence in lower case as it would be written: its usual form where the word forms know it ("i" is "I",
    /// "nato" is "NATO"), capitalized where it is a given name, a known body or company, or a place of size spelt as the
    /// gazetteer spells it, and no common word ("chicago", "enron", "matt"), and otherwise as it is: unlike a headline's
    /// capitals, lower case is the usual form of an unknown word.
    /// </summary>
    private string? NameInLowerCase(string text)
    {
        if (text == "i") return "I";
        if (_forms.TryGetValue(text, out var usual)) return usual == text ? null : usual;
        if (text.Length < 3 || Lex.CommonWords.Contains(text) || EnglishStems(text).Any(Lex.CommonWords.Contains)) return null;
        var name = Capitalized(text);
        return Lex.GivenNames.Contains(text) || KnownOrganizations.Shared.IdOf(name) is not null || Lex.CompanyWords.Contains(text)
               || gazetteer.NamedExactly(name).Any(p => WorldPlaces.IsLarge(p) || p.FeatureCode == "CONT")
            ? name : null;
    }

    /// <summary>
    /// A name's head word in English is capitalized with the words of the name: "MOTION PICTURE ASSOCIATION OF AMERICA",
    /// "CENSUS BUREAU", "MINISTRY OF DEFENCE" are names, though each word alone is a common one. A head-last or place
    /// head after a capitalized word that is no nationality joins it ("BBC WORLD SERVICE", not "KOREAN COMPANY"); a
    /// head-first word takes the word after its "of".
    /// </summary>
    private void CapitalizeNames(Token[] cased, IReadOnlyList<string> low, int first, int end)
    {
        bool IsLowerWord(int k) => k >= first && k < end && cased[k].Text.Length > 0 && char.IsLower(cased[k].Text[0]) && !NameKey.IsCyrillic(cased[k].Text[0]);
        bool IsCapitalized(int k) => k >= first && k < end && char.IsUpper(cased[k].Text[0]) && !Lex.IsFunctionWord(low[k]);
        void Capitalize(int k) => cased[k] = cased[k] with { Text = Capitalized(cased[k].Text) };
        // Names of several words that the gazetteer or the known bodies hold: "UNITED STATES", "WHITE HOUSE", "SOUTH AFRICA".
        for (var k = first; k < end; k++)
            for (var n = Math.Min(4, end - k); n >= 2; n--)
            {
                if (Lex.IsFunctionWord(low[k]) || Enumerable.Range(k, n).Any(j => !char.IsLetter(low[j][0]))) continue;
                var phrase = string.Join(' ', Enumerable.Range(k, n).Select(j => Lex.IsFunctionWord(low[j]) && j > k ? low[j] : Capitalized(low[j])));
                if (!gazetteer.Lookup(phrase).Any() && KnownOrganizations.Shared.IdOf(phrase) is null) continue;
                for (var j = k; j < k + n; j++) if (j == k || !Lex.IsFunctionWord(low[j])) Capitalize(j);
                k += n - 1;
                break;
            }
        // A head written capitalized takes the words of its name before it: "DEFENSE DEPARTMENT".
        for (var k = first + 1; k < end; k++)
            if (IsCapitalized(k) && (Lex.OrgHeadsLast.TryGet(low[k], out _) || Lex.OrgHeadsFirst.TryGet(low[k], out _)) && !NameKey.IsCyrillic(low[k][0]))
                for (var j = k - 1; j >= first && j >= k - 2 && IsLowerWord(j) && !Lex.IsFunctionWord(low[j]); j--) Capitalize(j);
        for (var k = first; k < end; k++)
        {
            if (!IsLowerWord(k)) continue;
            if (Lex.OrgHeadsLast.TryGet(low[k], out _) || Lex.PlaceHeads.TryGet(low[k], out _))
            {
                if (IsCapitalized(k - 1) && !Lex.Demonyms.TryGet(low[k - 1], out _)) Capitalize(k);
            }
            else if (Lex.OrgHeadsFirst.TryGet(low[k], out _) && k + 2 < end && low[k + 1] == "of" && (IsLowerWord(k + 2) || IsCapitalized(k + 2)))
            {
                Capitalize(k);
                if (!Lex.IsFunctionWord(low[k + 2])) Capitalize(k + 2);
            }
        }
    }

    /// <summary>The words after which "US" in capitals is still the country: "THE US", "SANCTIONS BY US".</summary>
    private static readonly HashSet<string> BeforeCountry = new(StringComparer.Ordinal)
    {
        "the", "of", "in", "by", "and", "or", "from", "with", "for", "against", "on", "between", "into", "across", "at",
    };

    /// <summary>A word of two letters or more, all of them capitals.</summary>
    internal static bool IsShouted(ReadOnlySpan<char> text)
    {
        if (text.Length < 2) return false;
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c) || char.IsDigit(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private string Cased(string text, bool opensSentence, bool afterOtherWord)
    {
        var plain = Casing.Lower(text);
        var result = Usual(text, plain, afterOtherWord);
        return opensSentence && result.Length > 0 && char.IsLower(result[0]) ? char.ToUpperInvariant(result[0]) + result[1..] : result;
    }

    private string Usual(string text, string plain, bool afterOtherWord = false)
    {
        // "US", "РФ": a country's letters, unless a word other than an article or a preposition precedes ("TOLD US").
        if (text.Length is 2 or 3 && gazetteer.Best(text, prominentOnly: true) is { FeatureCode: "PCLI" } && !(Lex.IsFunctionWord(plain) && afterOtherWord)) return text;
        // "ENGLAND V PAKISTAN": versus between teams, which would otherwise stay in capitals as an initial or an acronym.
        if (plain is "v" or "vs") return plain;
        if (_forms.TryGetValue(plain, out var usual)) return usual;
        if (!char.IsLetter(plain[0])) return plain;
        if (Lex.Titles.TryGet(plain, out _)) return Capitalized(plain);
        // "TWO-YEAR-OLD", "AL-QAEDA": each part as it would be alone.
        if (plain.IndexOf('-') > 0 && !plain.EndsWith('-'))
            return string.Join('-', text.Split('-').Select(part => part.Length == 0 ? part : Usual(part, Casing.Lower(part))));
        // An acronym the lexicons know ("ОБСЕ", "ISIS"), or one without a vowel ("ДНР", "PKK").
        if (text.Length <= 6 && (KnownOrganizations.Shared.IdOf(text) is not null || text.Length <= 3 && gazetteer.Best(text, prominentOnly: true) is not null)
            || text.Length <= 5 && !text.Any(IsVowel))
            return text;
        // A name the lexicons know as one stays one, whatever common word shares its stem ("Россия", "российский").
        if (Lex.GivenNames.Contains(plain) || Lex.Surnames.Contains(plain) || gazetteer.Best(Capitalized(plain), prominentOnly: true) is not null
            || NameKey.IsCyrillic(text[0]) && NameMorphology.LooksLikeSurname(Capitalized(plain)))
            return Capitalized(plain);
        // Another form of the word is known in lower case: "curtailing", "lobbyists"; "позициям", "обсуждается".
        if (NameKey.IsCyrillic(text[0]) ? _lowerStems.Contains(Stem(plain)) : EnglishStems(plain).Any(stem => _forms.TryGetValue(stem, out var form) && form == stem))
            return plain;
        // A word English's dictionary knows as a common word and as no name ("SCOREBOARD").
        if (char.IsAsciiLetter(text[0]) && WordNetWords.Shared.IsCommon(plain) && WordNetWords.Shared.Proper(Capitalized(plain)) is null)
            return plain;
        return Capitalized(plain);
    }

    /// <summary>
    /// A Cyrillic word without its last two letters, which inflection changes ("позиции", "позициям" → "позиц"); short
    /// words are their own stems.
    /// </summary>
    private static string Stem(string lower) => lower.Length >= 6 ? lower[..^2] : lower;

    /// <summary>
    /// A word's usual form inside a sentence where it is not capitalized ("the", "NATO"), by its lower case
    /// (word-forms.txt.gz of the three languages): loaded once, with the first pipeline that holds a truecaser.
    /// </summary>
    private static readonly Lazy<Dictionary<string, string>> WordForms = new(() =>
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var lang in Document.AnalysedLanguages)
            foreach (var r in Lexicon.Rows(typeof(Truecaser).Assembly, lang, "word-forms.txt.gz")) forms.TryAdd(Casing.Lower(r[0]), r[0]);
        return forms;
    });

    /// <summary>The stems of the Cyrillic words usually written in lower case.</summary>
    private static readonly Lazy<HashSet<string>> LowerStems = new(() =>
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, form) in WordForms.Value)
            if (key == form && NameKey.IsCyrillic(key[0])) stems.Add(Stem(key));
        return stems;
    });

    private static readonly string[] EnglishEndings = ["s", "es", "ed", "d", "ing", "ly", "er", "ers"];

    private static IEnumerable<string> EnglishStems(string word)
    {
        foreach (var ending in EnglishEndings)
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = word[..^ending.Length];
                yield return stem;
                yield return stem + "e";
            }
    }

    private static bool IsVowel(char c) => "AEIOUYАЕЁИОУЫЭЮЯІЇЄ".Contains(c);

    /// <summary>"Al-Qaeda", "O'Neill", "Зеленский": a capital after the start, a hyphen or an apostrophe.</summary>
    private static string Capitalized(string lower)
    {
        var chars = lower.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
            if (k == 0 || chars[k - 1] is '-' or '\'' or '’') chars[k] = char.ToUpperInvariant(chars[k]);
        return new string(chars);
    }
}
