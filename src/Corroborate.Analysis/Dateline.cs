using Corroborate.Reference;

namespace Corroborate.Analysis;

/// <summary>
/// A wire story's dateline: a line that opens with the place it was filed from and goes on to the date or the agency
/// ("TOKYO 1997-03-15", "AL-AIN, United Arab Emirates 1996-12-06", "MOSCOW, Dec 7 (Reuters) -", "КИЕВ, 3 марта /ТАСС/").
/// The place is written in capitals, or is one the gazetteer knows: a line that opens with a person ("President Biden,
/// March 3") is no dateline.
/// </summary>
public static class Dateline
{
    private static AnalysisLexicons Lex => AnalysisLexicons.Shared;

    /// <summary>Longer runs of words are a headline or a sentence, not a place.</summary>
    private const int MaxPlaceWords = 4;

    /// <summary>Where the dateline's place that opens at token <paramref name="first"/> ends, if a dateline opens there.</summary>
    public static int? PlaceEnd(AnalyzedDocument doc, int first, Gazetteer gazetteer)
    {
        if (!doc.OpensLine(first)) return null;
        var tokens = doc.Tokens;
        var low = doc.LowerTokens;
        var end = first;
        while (end < tokens.Count && end - first < MaxPlaceWords && (end == first || !doc.BreaksLineBefore(end))
               && (IsWord(tokens[end].Text) && char.IsUpper(tokens[end].Text[0]) || end > first && Lex.IsFunctionWord(low[end])))
            end++;
        while (end > first && Lex.IsFunctionWord(low[end - 1])) end--;
        if (end == first || !FiledFrom(doc, end)) return null;
        var written = doc.Text[tokens[first].Span.Start..tokens[end - 1].Span.End];
        var shouted = !written.Any(char.IsLower) && written.Count(char.IsLetter) >= 2;
        return shouted || gazetteer.Lookup(string.Join(' ', Enumerable.Range(first, end - first).Select(k => tokens[k].Text))).Count > 0 ? end : null;
    }

    /// <summary>
    /// What follows a dateline's place on its line: perhaps its country after a comma, then an ISO date, a month and day
    /// in either order, or the agency in brackets or slashes.
    /// </summary>
    private static bool FiledFrom(AnalyzedDocument doc, int k)
    {
        var tokens = doc.Tokens;
        var low = doc.LowerTokens;
        var start = k;
        if (k < tokens.Count && low[k] == ",")
        {
            k++;
            // The country after a comma ("AL-AIN, United Arab Emirates"), in any case.
            while (k < tokens.Count && k - start <= MaxPlaceWords && char.IsUpper(tokens[k].Text[0]) && Lex.Months.Match(low, k) is null) k++;
            if (k > start + 1 && k < tokens.Count && low[k] == ",") k++;
        }
        if (k >= tokens.Count || doc.BreaksLineBefore(k)) return false;
        var next = tokens[k].Text;
        return IsIsoDate(next) || Lex.Months.Match(low, k) is not null
               || next.Length <= 2 && next.All(char.IsAsciiDigit) && k + 1 < tokens.Count && Lex.Months.Match(low, k + 1) is not null
               || next is "(" or "/" && k + 2 < tokens.Count && low[k + 2] == next.Replace('(', ')') && char.IsUpper(tokens[k + 1].Text[0]);
    }

    private static bool IsWord(string text) => text.Length > 0 && char.IsLetter(text[0]);

    /// <summary>"1996-08-22": the date of a dateline.</summary>
    private static bool IsIsoDate(string text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-' && text.Count(char.IsAsciiDigit) == 8;
}
