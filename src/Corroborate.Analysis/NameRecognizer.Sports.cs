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
    /// 12 8 3 1 24 10 27". Each name there is a team: a country's (or a British nation's, "Wales") name is its national team, and a
    /// place as CoNLL and UNER mark it; any other name is a club. A line may open with its label ("Results:"); a row of a person and numbers
    /// (a golfer's rounds) is left to the other rules.
    /// </summary>
    private HashSet<string> SportsLinesPass(AnalyzedDocument doc, List<Draft> drafts, bool[] claimed)
    {
        var clubs = new HashSet<string>(StringComparer.Ordinal);
        var first = 0;
        for (var k = 1; k <= doc.Tokens.Count; k++)
        {
            if (k < doc.Tokens.Count && !doc.BreaksLineBefore(k)) continue;
            // A cricket scorecard's batting or bowling line names players only.
            foreach (var (from, to) in BattingLine(doc, first, k) ?? BowlingLine(doc, first, k) ?? MatchLine(doc, first, k) ?? [])
                if (!AnyClaimed(claimed, from, to)) AddClaimed(drafts, claimed, Person(doc, from, to));
            var line = TeamsOfLine(doc, first, k) ?? (TeamAfterNation(doc, first, k) is { } team ? (team, []) : null);
            if (line is var (teams, scorers))
            {
                foreach (var (from, to) in scorers)
                    if (!AnyClaimed(claimed, from, to)) AddClaimed(drafts, claimed, Person(doc, from, to));
                foreach (var (from, to) in teams)
                {
                    if (AnyClaimed(claimed, from, to)) continue;
                    var text = JoinTokens(doc, from, to);
                    // A country, or one of the United Kingdom's nations, which field teams of their own ("Wales 16 France 24").
                    var country = gazetteer.Major(text) is { FeatureCode: var code, Country: var state } && (code.StartsWith("PCL", StringComparison.Ordinal) || code == "ADM1" && state == "GB");
                    // A golfer's or a runner's row: a given name opens it, and no place has the whole name ("San Diego" has one).
                    if (!country && !Lex.Clubs.Contains(NameKey.Clean(text))
                        && (IsGivenName(doc, from) && !gazetteer.NamedExactly(text).Any() || Lex.Titles.Match(doc.LowerTokens, from) is not null)) continue;
                    AddClaimed(drafts, claimed, new Draft(from, to, country ? MentionKind.Place : MentionKind.Organization, text));
                    if (country) continue;
                    clubs.Add(NameKey.Clean(text));
                    // "Shakhtar Donetsk", "Bayern Munich": the story calls the club by its first word too, which names no place of note.
                    if (to - from >= 2 && !gazetteer.NamedExactly(doc.Tokens[from].Text).Any(IsPlaceOfNote) && !IsGivenName(doc, from))
                        clubs.Add(NameKey.Clean(doc.Tokens[from].Text));
                }
            }
            first = k;
        }
        return clubs;
    }

    /// <summary>
    /// In a sports story (one with results or tables, or a sport labelling its headline), a city that names a club in the
    /// results names the club in the sentences too ("Sosa had three hits for Chicago"), as one story speaks of one thing by
    /// one name, though not the place the story was filed from; and a team's nickname is the team ("Knicks", "BULLS").
    /// </summary>
    private static void SportsStoryPass(AnalyzedDocument doc, List<Draft> drafts, bool[] claimed, HashSet<string> clubs, Gazetteer gazetteer,
        List<(int First, int End, OtherKind Kind)> others)
    {
        var labelled = doc.Tokens.Count > 2 && Lex.SportLabels.Match(doc.LowerTokens, 0) is { } sport && sport.Length < doc.Tokens.Count
                       && doc.Tokens[sport.Length].Text is "-" or "–" or "—";
        if (clubs.Count == 0 && !labelled) return;
        // "VfB Stuttgart … replied for Stuttgart": a known club whose name opens with a short prefix goes by its last word.
        foreach (var d in drafts)
            if (d is { Kind: MentionKind.Organization, Antecedent: null } && d.End - d.First == 2 && doc.Tokens[d.First].Text.Length <= 3
                && Lex.Clubs.Contains(NameKey.Clean(JoinTokens(doc, d.First, d.End))))
                clubs.Add(NameKey.Clean(doc.Tokens[d.End - 1].Text));
        CompetitionsPass(doc, drafts, claimed, others);
        for (var n = 0; n < drafts.Count; n++)
            if (drafts[n] is { Anaphor: false } d && ((d.Kind == MentionKind.Place || d.Kind == MentionKind.Person && d.End - d.First == 1)
                                                        && (clubs.Contains(NameKey.Clean(d.Normal)) || d.End - d.First == 1 && LoneClub(doc, d.First, gazetteer, readAsPerson: true))
                                                        && Dateline.PlaceEnd(doc, d.First, gazetteer) != d.End
                                                        // "In Buffalo, Hasek made 38 saves": the city where the game was played.
                                                        && !(d.Kind == MentionKind.Place && d.First > 0 && doc.LowerTokens[d.First - 1] == "in")
                                                     || d.Kind != MentionKind.Organization && Lex.TeamNicknames.Contains(NameKey.Clean(d.Normal))))
                drafts[n] = d with { Kind = MentionKind.Organization };
        // "Detroit and Dallas tied 2-2": two clubs of the results read as one name are two.
        for (var n = drafts.Count - 1; n >= 0; n--)
            if (drafts[n] is { Anaphor: false, Antecedent: null } joined && joined.End - joined.First >= 3 && FindToken(doc, joined.First + 1, joined.End - 1, "and") is var join && join > 0
                && clubs.Contains(NameKey.Clean(JoinTokens(doc, joined.First, join))) && clubs.Contains(NameKey.Clean(JoinTokens(doc, join + 1, joined.End))))
            {
                drafts[n] = new Draft(joined.First, join, MentionKind.Organization, JoinTokens(doc, joined.First, join));
                drafts.Add(new Draft(join + 1, joined.End, MentionKind.Organization, JoinTokens(doc, join + 1, joined.End)));
                claimed[join] = false;
            }
        // "Second-placed Shakhtar Donetsk": a club's name read as two names is one.
        drafts.Sort((a, b) => a.First.CompareTo(b.First));
        for (var n = drafts.Count - 2; n >= 0; n--)
            if (drafts[n] is { Anaphor: false } left && drafts[n + 1] is { Anaphor: false } right && left.End == right.First
                && JoinTokens(doc, left.First, right.End) is var club && (clubs.Contains(NameKey.Clean(club)) || Lex.Clubs.Contains(NameKey.Clean(club))))
            {
                drafts[n] = new Draft(left.First, right.End, MentionKind.Organization, club);
                drafts.RemoveAt(n + 1);
            }
        // Nicknames no one saw ("the Knicks", "BULLS"), and a club's name of the results alone ("Dynamo were never in danger").
        for (var k = 0; k < doc.Tokens.Count; k++)
            for (var words = 2; words >= 1; words--)
            {
                var end = k + words;
                // A headline's capitals are read in their usual case ("BULLS" as "bulls"): the word as written counts.
                if (end > doc.Tokens.Count || AnyClaimed(claimed, k, end)
                    || !Enumerable.Range(k, words).All(j => IsNameToken(doc.Tokens[j].Text) || IsNameToken(doc.SpanText(doc.Tokens[j].Span)))) continue;
                var text = JoinTokens(doc, k, end);
                if (!Lex.TeamNicknames.Contains(NameKey.Clean(text))
                    && !(words == 1 && (clubs.Contains(NameKey.Clean(text)) || LoneClub(doc, k, gazetteer)) && !(k > 0 && IsNameToken(doc.Tokens[k - 1].Text) && !doc.StartsSentence(k))
                         && !(end < doc.Tokens.Count && IsNameToken(doc.Tokens[end].Text)))) continue;
                AddClaimed(drafts, claimed, new Draft(k, end, MentionKind.Organization, text));
                k = end - 1;
                break;
            }
    }

    /// <summary>The words of a batsman's dismissal between the players' names: caught, bowled, leg before wicket, stumped, run out…</summary>
    private static readonly HashSet<string> DismissalWords = new(StringComparer.Ordinal) { "c", "b", "lbw", "st", "run", "not", "out", "retired", "hurt", "hit", "wkt", "&", "and", "(", ")" };

    /// <summary>
    /// A batting line of a cricket scorecard: "Sanath Jayasuriya c Moin Khan b Wasim Akram 12", "G. Flower lbw b Waqar Younis
    /// 34", "Inzamam-ul-Haq run out (Jayasuriya) 5": the batsman, the fielder and the bowler, between the words of the
    /// dismissal, up to the runs. Null where the line is no such line.
    /// </summary>
    private static List<(int From, int To)>? BattingLine(AnalyzedDocument doc, int first, int end)
    {
        var tokens = doc.Tokens;
        if (end - first < 3 || !tokens[end - 1].Text.All(char.IsAsciiDigit)) return null;
        var names = new List<(int From, int To)>();
        var dismissed = false;
        for (var k = first; k < end - 1;)
        {
            if (DismissalWords.Contains(tokens[k].Text))
            {
                dismissed |= tokens[k].Text is "b" or "lbw" or "out";
                k++;
                continue;
            }
            var name = PlayerNameEnd(doc, k, end - 1);
            if (name == k) return null;
            names.Add((k, name));
            k = name;
        }
        return dismissed && names.Count > 0 && names[0].From == first ? names : null;
    }

    /// <summary>
    /// A bowling line: "Bowling: Wasim Akram 20-5-45-2, Waqar Younis 18-3-60-1 (nb-2)": each name before its figures of
    /// overs, maidens, runs and wickets is a bowler.
    /// </summary>
    private static List<(int From, int To)>? BowlingLine(AnalyzedDocument doc, int first, int end)
    {
        List<(int From, int To)>? names = null;
        for (var k = first; k < end; k++)
        {
            var name = PlayerNameEnd(doc, k, end);
            if (name > k && BowlingFigures(doc, name, end)) (names ??= []).Add((k, name));
            if (name > k) k = name - 1;
        }
        return names is { Count: >= 2 } ? names : null;
    }

    /// <summary>
    /// A tennis match in a line of results: "Pete Sampras (U.S.) beat Jiri Novak (Czech Republic) 6-3 1-6 6-3", with or
    /// without the seed before it: the two names before their countries in brackets are players.
    /// </summary>
    private List<(int From, int To)>? MatchLine(AnalyzedDocument doc, int first, int end)
    {
        var tokens = doc.Tokens;
        if (end - first > ResultWords) return null;
        var beat = FindToken(doc, first, end, "beat");
        if (beat < 0) return null;
        var names = new List<(int From, int To)>();
        foreach (var (from, to) in new[] { (first, beat), (beat + 1, end) })
        {
            var open = FindToken(doc, from, to, "(");
            var close = open < 0 ? -1 : FindToken(doc, open, to, ")");
            if (open < 0 || close < 0 || gazetteer.Major(JoinTokens(doc, open + 1, close)) is not { FeatureCode: var code } || !code.StartsWith("PCL", StringComparison.Ordinal)) return null;
            var name = open;
            while (name > from && IsNameToken(tokens[name - 1].Text)) name--;
            if (name == open) return null;
            names.Add((name, open));
        }
        return names;
    }

    /// <summary>Whether overs, maidens, runs and wickets start at a token: "20 - 5 - 45 - 2", "25.3 - 4 - 70 - 2".</summary>
    private static bool BowlingFigures(AnalyzedDocument doc, int at, int end)
    {
        if (at + 7 > end) return false;
        for (var j = 0; j < 7; j++)
            if (j % 2 == 1 ? doc.Tokens[at + j].Text != "-" : !doc.Tokens[at + j].Text.All(c => char.IsAsciiDigit(c) || c == '.')) return false;
        return true;
    }

    /// <summary>Where a player's name that starts at a token ends: capitalized words and initials with their points ("G. Flower").</summary>
    private static int PlayerNameEnd(AnalyzedDocument doc, int at, int end)
    {
        var k = at;
        while (k < end && (IsNameToken(doc.Tokens[k].Text) && !DismissalWords.Contains(doc.Tokens[k].Text) || IsInitial(doc.Tokens[k].Text)
                           || doc.Tokens[k].Text == "." && k > at && IsInitial(doc.Tokens[k - 1].Text))) k++;
        return k;
    }

    /// <summary>Articles and prepositions that open a sentence before a competition's name ("In the National League"); "National" itself is none.</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal) { "the", "a", "an", "in", "at", "on", "for", "by", "with", "from", "to", "after", "before", "and", "but", "as", "of" };

    /// <summary>
    /// In a sports story, a league's or a division's name is a competition, no body: "the American League East", "National
    /// League Central Division", "Atlantic Division" (competition-words.txt), unless a body is known by it.
    /// </summary>
    private static void CompetitionsPass(AnalyzedDocument doc, List<Draft> drafts, bool[] claimed, List<(int First, int End, OtherKind Kind)> others)
    {
        var low = doc.LowerTokens;
        for (var k = 1; k < doc.Tokens.Count; k++)
        {
            if (!Lex.CompetitionWords.Contains(low[k]) || !char.IsUpper(doc.Tokens[k].Text[0])) continue;
            var sentence = doc.TokenRange(doc.Tokens[k].Sentence);
            var first = k;
            while (first > sentence.First && IsNameToken(doc.Tokens[first - 1].Text) && !(first - 1 == sentence.First && SentenceOpeners.Contains(low[first - 1]))) first--;
            if (first == k) continue;
            var end = k + 1;
            while (end < sentence.End && Lex.CompetitionContinuations.Contains(low[end]) && char.IsUpper(doc.Tokens[end].Text[0])) end++;
            if (IsKnownBody(doc, (first, end)) || HeldByLongerDraft(drafts, first, end)) { k = end - 1; continue; }
            drafts.RemoveAll(d => d.First >= first && d.End <= end);
            for (var j = first; j < end; j++) claimed[j] = true;
            others.Add((first, end, OtherKind.Event));
            k = end - 1;
        }
    }

    /// <summary>
    /// In a sports story, a club known by one word ("Ajax", "Schalke", "Juventus"; Data/clubs.tsv.gz) that is no common word
    /// and no given name (unless the tagger already read a person there: "Chelsea's player-manager"), where the word names
    /// no country, region, capital or city of half a million and follows no place's preposition: "Barcelona", "in Leeds"
    /// stay places unless the results name the club so.
    /// </summary>
    private static bool LoneClub(AnalyzedDocument doc, int k, Gazetteer gazetteer, bool readAsPerson = false) =>
        Lex.Clubs.Contains(NameKey.Clean(doc.Tokens[k].Text)) && !Lex.CommonWords.Contains(doc.LowerTokens[k]) && (readAsPerson || !IsGivenName(doc, k))
        && !PlaceCueBefore(doc.LowerTokens, k, 0) && !(k > 0 && doc.LowerTokens[k - 1] is "at" or "from" or "to")
        && !gazetteer.NamedExactly(doc.Tokens[k].Text).Any(p => p.Population >= 500_000 || p.FeatureCode is "PCLI" or "ADM1" or "PPLC");

    /// <summary>A club by a name of two words or more that no place has ("Aston Villa", "Dynamo Kyiv"); alone, "Leeds" is the city.</summary>
    private Draft? Club(AnalyzedDocument doc, int first, int end)
    {
        if (end - first < 2) return null;
        var text = JoinTokens(doc, first, end);
        return Lex.Clubs.Contains(NameKey.Clean(text)) && !gazetteer.NamedExactly(text).Any() ? new Draft(first, end, MentionKind.Organization, text) : null;
    }

    /// <summary>The teams' names of a line of results (two teams or more, each with its score) or of a table's row.</summary>
    private static (List<(int First, int End)> Teams, List<(int First, int End)> Scorers)? TeamsOfLine(AnalyzedDocument doc, int first, int end)
    {
        var tokens = doc.Tokens;
        var low = doc.LowerTokens;
        // Most lines are prose: a line of results or a table's row holds a score or a figure.
        var anyFigure = false;
        for (var k = first; k < end && !anyFigure; k++) anyFigure = IsCount(tokens[k].Text);
        if (!anyFigure) return null;
        while (end > first && tokens[end - 1].Text is "." or ";") end--;
        // A label before a colon: "Results:", "Saturday's matches:".
        for (var k = first; k < end; k++)
            if (tokens[k].Text == ":") { first = k + 1; break; }
        var teams = new List<(int, int)>();
        var scores = new List<(int Numbers, int Figures)>();
        var scorers = new List<(int, int)>();
        var i = first;
        while (i < end)
        {
            if (teams.Count > 0 && tokens[i].Text is "," or ";") i++;
            // "… Fortuna Sittard 0. Halftime 1-0. Attendance 28,500": what follows the results is no team.
            if (teams.Count > 0 && tokens[i].Text == ".") break;
            var name = i;
            while (i < end && (IsNameToken(tokens[i].Text) || i > name && i + 1 < end && IsNameToken(tokens[i + 1].Text) && (Lex.IsFunctionWord(low[i]) || tokens[i].Text == ".")))
                i++;
            if (i == name || !char.IsUpper(tokens[name].Text[0])) return null;
            var (figures, numbers) = (i, 0);
            // A point that ends the results before another sentence ("0. Halftime 1-0") is no table's mark.
            for (; i < end && (IsCount(tokens[i].Text) || numbers > 0 && IsTableMark(tokens[i].Text) && !(tokens[i].Text == "." && i + 1 < end && IsNameToken(tokens[i + 1].Text))); i++)
                if (IsCount(tokens[i].Text)) numbers++;
            if (numbers == 0) return null;
            teams.Add((name, figures));
            scores.Add((numbers, i - figures));
            // The scorers in brackets after a score: "(Shevchenko 14, 61, Rebrov 38)", "(Yaremchuk pen 84)".
            if (numbers == 1 && i < end && tokens[i].Text == "(" && Scorers(doc, i + 1, end) is var (close, found))
            {
                scorers.AddRange(found);
                i = close + 1;
            }
        }
        // Results: a score after each team. A row: "New York 86 30 .741 -", "Baltimore 58 59 .496 28 1/2".
        var results = teams.Count >= 2 && teams.Count % 2 == 0 && scores.All(n => n is (1, 1));
        var row = teams.Count == 1 && scores[0].Numbers >= TableColumns - 1 && scores[0].Figures >= TableColumns;
        return results ? (teams, scorers) : row ? (teams, []) : null;
    }

    /// <summary>The scorers' surnames inside brackets, each followed by minutes; null where the brackets hold anything else.</summary>
    private static (int Close, List<(int First, int End)> Found)? Scorers(AnalyzedDocument doc, int k, int end)
    {
        var tokens = doc.Tokens;
        var found = new List<(int, int)>();
        while (k < end && tokens[k].Text != ")")
        {
            var name = k;
            while (k < end && IsNameToken(tokens[k].Text)) k++;
            if (k > name) found.Add((name, k));
            // "pen", "og": a penalty's or an own goal's mark before the minute.
            if (k < end && char.IsLower(tokens[k].Text[0]) && tokens[k].Text.Length <= 3) k++;
            if (k >= end || !IsCount(tokens[k].Text) || found.Count == 0) return null;
            while (k < end && (IsCount(tokens[k].Text) || tokens[k].Text is "," or "+")) k++;
        }
        return k < end ? (k, found) : null;
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

    /// <summary>What stands between a table's numbers: a decimal point, a dash for none, a fraction's stroke ("28 1/2").</summary>
    private static bool IsTableMark(string text) => text is "." or "-" or "–" or "/" or "½" || text.Length > 1 && text[0] == '.' && text[1..].All(char.IsAsciiDigit);

    /// <summary>A score or a table's figure: a whole number of up to three digits.</summary>
    private static bool IsCount(string text) => text.Length is > 0 and <= 3 && text.All(char.IsAsciiDigit);
}
