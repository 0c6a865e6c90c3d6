using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Analysis;

// Names in Latin letters inside Russian and Ukrainian text: those texts write people and places in Cyrillic, so what
// they leave in Latin is a company, a medium, a brand or a site, unless it glosses a name in brackets.
public sealed partial class NameRecognizer
{
    /// <summary>
    /// Names that Russian and Ukrainian texts write in Latin letters and nothing else claimed: companies, media and
    /// groupings (агентство Amaq, S&amp;P, G-20) and sites (NEWSru.com, lifenews.ru). People and places they write in Cyrillic.
    /// </summary>
    private static void LatinNamesPass(AnalyzedDocument doc, List<Draft> drafts, bool[] claimed)
    {
        if (doc.Language is not ("ru" or "uk")) return;
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (claimed[i] || !(IsLatinName(tokens[i].Text) || IsSite(tokens[i].Text))) continue;
            var j = i + 1;
            while (j < tokens.Count && !claimed[j] && tokens[j].Sentence == tokens[i].Sentence && IsLatinName(tokens[j].Text)) j++;
            // A site, a name with "&" or digits (S&P, G-20), or one that an organization's word introduces ("агентство Amaq",
            // "компания Access Industries"); not a gloss in brackets, nor titles and words quoted in English.
            var introduced = i > 0 && char.IsLower(tokens[i - 1].Text[0]) && IsOrgHeadWord(doc.LowerTokens[i - 1]);
            var shaped = j == i + 1 && (IsSite(tokens[i].Text) || tokens[i].Text.Any(c => c is '&' || char.IsDigit(c)));
            if ((introduced || shaped) && LatinInCyrillicText(doc, i, j))
            {
                drafts.Add(new Draft(i, j, MentionKind.Organization, JoinTokens(doc, i, j)));
                for (var k = i; k < j; k++) claimed[k] = true;
            }
            i = j - 1;
        }
    }

    private static bool InBrackets(AnalyzedDocument doc, int at)
    {
        var first = doc.TokenRange(doc.Tokens[at].Sentence).First;
        for (var k = at - 1; k >= first; k--)
            if (doc.Tokens[k].Text is ")" or "]") return false;
            else if (doc.Tokens[k].Text is "(" or "[") return true;
        return false;
    }

    /// <summary>A capitalized Latin word ("Bonhams", "G-20", "S&amp;P"), not a lone letter or a Roman numeral.</summary>
    private static bool IsLatinName(string t) =>
        t.Length >= 2 && char.IsAsciiLetterUpper(t[0]) && t.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '&' or '.' or '\'')
        && !IsRomanNumeral(t);

    /// <summary>A site's name: "NEWSru.com", "lifenews.ru", "news.yandex.ru".</summary>
    private static bool IsSite(string t)
    {
        var dot = t.LastIndexOf('.');
        return dot > 0 && t.Length - dot - 1 is >= 2 and <= 4 && t[(dot + 1)..].All(char.IsAsciiLetterLower)
               && t[..dot].All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.') && t.Any(char.IsAsciiLetter);
    }


    /// <summary>Whether the tokens [first, end) are all in Latin letters, not in brackets, in a sentence written mostly in Cyrillic.</summary>
    private static bool LatinInCyrillicText(AnalyzedDocument doc, int first, int end)
    {
        if (end <= first || Enumerable.Range(first, end - first).Any(k => doc.Tokens[k].Text.Any(NameKey.IsCyrillic))
            || !Enumerable.Range(first, end - first).Any(k => doc.Tokens[k].Text.Any(char.IsLetter))) return false;
        var (from, to) = doc.TokenRange(doc.Tokens[first].Sentence);
        // A name's original spelling in brackets is the name again, of whatever kind: "Фрэнка Помероя (Frank Pomeroy)".
        if (InBrackets(doc, first)) return false;
        int cyrillic = 0, latin = 0;
        for (var k = from; k < to; k++)
            if (char.IsLetter(doc.Tokens[k].Text[0])) { if (NameKey.IsCyrillic(doc.Tokens[k].Text[0])) cyrillic++; else latin++; }
        return cyrillic > latin;
    }

    /// <summary>A Latin name joined to a Cyrillic common noun: "Telegram-канале", "YouTube-канал".</summary>
    private static bool IsLatinWithCyrillicWord(string token) =>
        token.IndexOf('-') is > 1 and var dash && dash + 1 < token.Length && char.IsAsciiLetter(token[0]) && NameKey.IsCyrillic(token[dash + 1]) && char.IsLower(token[dash + 1]);
}
