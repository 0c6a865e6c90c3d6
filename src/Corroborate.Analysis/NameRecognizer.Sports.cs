using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Analysis;

/// <summary>Rules for sports reports' results and tables, where a city's or a country's name stands for its team.</summary>
public sealed partial class NameRecognizer
{
    /// <summary>Fewer numbers after a name are a score or a date, not a row of a table.</summary>
    private const int TableColumns = 4;

    /// <summary>
    /// Lines of results and tables: "Leeds 3 Everton 1", "Aston Villa 1 Coventry 2, Arsenal 0 Southampton 0", "Newcastle
    /// 12 8 3 1 24 10 27". Each name there is a team: a country's (or a nation's, "Wales") name is its national team, and a
    /// place as CoNLL and UNER mark it; any other name is a club. A line may open with its label ("Results:"); a row of a person and numbers
    /// (a golfer's rounds) is left to the other rules.
    /// </summary>
    private void SportsLinesPass(AnalyzedDocument doc, List<Draft> drafts, bool[] claimed)
    {
        var first = 0;
        for (var k = 1; k <= doc.Tokens.Count; k++)
        {
            if (k < doc.Tokens.Count && !LineBreakBefore(doc, k)) continue;
            if ((TeamsOfLine(doc, first, k) ?? TeamAfterNation(doc, first, k)) is { } teams)
                foreach (var (from, to) in teams)
                {
                    if (AnyClaimed(claimed, from, to)) continue;
                    var text = JoinTokens(doc, from, to);
                    // A country, or a nation of one ("Wales 16 France 24").
                    var country = gazetteer.Major(text) is { FeatureCode: var code } && (code.StartsWith("PCL", StringComparison.Ordinal) || code == "ADM1");
                    if (!country && !Lex.Clubs.Contains(NameKey.Clean(text)) && (IsGivenName(doc, from) || Lex.Titles.Match(doc.LowerTokens, from) is not null)) continue;
                    for (var j = from; j < to; j++) claimed[j] = true;
                    drafts.Add(new Draft(from, to, country ? MentionKind.Place : MentionKind.Organization, text));
                }
            first = k;
        }
    }

    /// <summary>A club by a name of two words or more that no place has ("Aston Villa", "Dynamo Kyiv"); alone, "Leeds" is the city.</summary>
    private Draft? Club(AnalyzedDocument doc, int first, int end)
    {
        if (end - first < 2) return null;
        var text = JoinTokens(doc, first, end);
        return Lex.Clubs.Contains(NameKey.Clean(text)) && !gazetteer.NamedExactly(text).Any() ? new Draft(first, end, MentionKind.Organization, text) : null;
    }

    private static bool LineBreakBefore(AnalyzedDocument doc, int k) =>
        doc.Text.AsSpan(doc.Tokens[k - 1].Span.End, doc.Tokens[k].Span.Start - doc.Tokens[k - 1].Span.End).Contains('\n');

    /// <summary>The teams' names of a line of results (two teams or more, each with its score) or of a table's row.</summary>
    private static List<(int First, int End)>? TeamsOfLine(AnalyzedDocument doc, int first, int end)
    {
        var tokens = doc.Tokens;
        var low = doc.LowerTokens;
        while (end > first && tokens[end - 1].Text is "." or ";") end--;
        // A label before a colon: "Results:", "Saturday's matches:".
        for (var k = first; k < end; k++)
            if (tokens[k].Text == ":") { first = k + 1; break; }
        var teams = new List<(int, int)>();
        var scores = new List<int>();
        var i = first;
        while (i < end)
        {
            if (teams.Count > 0 && tokens[i].Text is "," or ";") i++;
            var name = i;
            while (i < end && (IsNameToken(tokens[i].Text) || i > name && i + 1 < end && IsNameToken(tokens[i + 1].Text) && (Lex.IsFunctionWord(low[i]) || tokens[i].Text == ".")))
                i++;
            if (i == name || !char.IsUpper(tokens[name].Text[0])) return null;
            var numbers = 0;
            while (i < end && IsCount(tokens[i].Text)) { i++; numbers++; }
            if (numbers == 0) return null;
            teams.Add((name, i - numbers));
            scores.Add(numbers);
        }
        var results = teams.Count >= 2 && teams.Count % 2 == 0 && scores.All(n => n == 1);
        var row = teams.Count == 1 && scores[0] >= TableColumns;
        return results || row ? teams : null;
    }

    /// <summary>A line of results is short; a longer one is a sentence.</summary>
    private const int ResultWords = 20;

    /// <summary>Fewer words after a nation in brackets are a rider's team; more are a sentence.</summary>
    private const int TeamWords = 3;

    /// <summary>
    /// A rider's or a driver's team in a line of results, after the nation in brackets and before the time or the gap:
    /// "1. Laurent Jalabert (France) ONCE 16 hours 2 minutes", "Michele Bartoli (Italy) MG-Technogym same time".
    /// </summary>
    private List<(int First, int End)>? TeamAfterNation(AnalyzedDocument doc, int first, int end)
    {
        var tokens = doc.Tokens;
        var low = doc.LowerTokens;
        if (end - first > ResultWords) return null;
        for (var k = first + 2; k + 1 < end; k++)
        {
            if (tokens[k].Text != ")") continue;
            var open = k - 1;
            while (open > first && tokens[open].Text != "(") open--;
            if (tokens[open].Text != "(" || open + 1 >= k || gazetteer.Major(JoinTokens(doc, open + 1, k)) is null) continue;
            var team = k + 1;
            var after = team;
            while (after < end && after - team < TeamWords && char.IsUpper(tokens[after].Text[0]) && char.IsLetter(tokens[after].Text[0])) after++;
            if (after == team || after - team == TeamWords && after < end && char.IsUpper(tokens[after].Text[0]) || IsGivenName(doc, team)
                || Lex.Weekdays.Match(low, team) is not null || Lex.Months.Match(low, team) is not null || Lex.IsFunctionWord(low[team]))
                return null;
            var closes = after == end || char.IsAsciiDigit(tokens[after].Text[0]) || char.IsLower(tokens[after].Text[0]);
            return closes ? [(team, after)] : null;
        }
        return null;
    }

    /// <summary>A score or a table's figure: a whole number of up to three digits.</summary>
    private static bool IsCount(string text) => text.Length is > 0 and <= 3 && text.All(char.IsAsciiDigit);
}
