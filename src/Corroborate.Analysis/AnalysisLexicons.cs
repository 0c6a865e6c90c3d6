using System.Globalization;
using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Analysis;

/// <summary>
/// The analysis stage's word lists, loaded once. Name cues (titles, organization heads, place heads) are the
/// union over EN/RU/UK, because reports quote names in other scripts; function words stay per language.
/// </summary>
public sealed class AnalysisLexicons
{
    private static readonly Lazy<AnalysisLexicons> _shared = new(() => new AnalysisLexicons());
    public static AnalysisLexicons Shared => _shared.Value;

    public PhraseTable<int> Months { get; } = new();
    public PhraseTable<Season> Seasons { get; } = new();
    public PhraseTable<int> Weekdays { get; } = new();
    public PhraseTable<(string Unit, int Offset)> RelativeDates { get; } = new();
    public PhraseTable<string> DateModifiers { get; } = new();
    public PhraseTable<(string Kind, long Min, long Max)> Numbers { get; } = new();
    public PhraseTable<string> Units { get; } = new();
    public PhraseTable<string> QuantityModifiers { get; } = new();
    public PhraseTable<string> CasualtyVerbs { get; } = new();
    /// <summary>Casualty verbs that also take things ("уничтожили два опорных пункта").</summary>
    public PhraseTable<bool> CasualtyVerbsOfThings { get; } = new();
    public PhraseTable<string> CasualtyNone { get; } = new();
    public PhraseTable<string> FormationStrength { get; } = new();
    public PhraseTable<string> Titles { get; } = new();
    public PhraseTable<string> OrgHeadsFirst { get; } = new();
    public PhraseTable<string> OrgHeadsLast { get; } = new();
    public PhraseTable<string> PlaceHeads { get; } = new();
    public PhraseTable<(MentionKind Kind, string Head)> Anaphors { get; } = new();
    public PhraseTable<string> Demonyms { get; } = new();
    public PhraseTable<string> CodenameCues { get; } = new();
    public PhraseTable<bool> AliasCues { get; } = new();
    /// <summary>Words for works, operations and campaigns: a quoted title after them is no organization.</summary>
    public PhraseTable<OtherKind> WorkHeads { get; } = new();
    public PhraseTable<bool> StateForms { get; } = new();
    /// <summary>Sports that open a wire story's headline before a dash ("RUGBY UNION -"): sport-labels.txt.</summary>
    public PhraseTable<bool> SportLabels { get; } = new();
    /// <summary>Words that end a document's name ("the Irpin Declaration"): such a name is neither a place nor an organization.</summary>
    public HashSet<string> DocumentTails { get; } = new(StringComparer.Ordinal);
    public HashSet<string> DocumentWords { get; } = new(StringComparer.Ordinal);
    public HashSet<string> InstitutionHeads { get; } = new(StringComparer.Ordinal);
    public HashSet<string> CompassWords { get; } = new(StringComparer.Ordinal);
    /// <summary>Words for a storm before its given name ("Cyclone Freddy", "ураган Иэн"): storm-words.txt.</summary>
    public HashSet<string> StormWords { get; } = new(StringComparer.Ordinal);
    public HashSet<string> FeatureHeads { get; } = new(StringComparer.Ordinal);
    public HashSet<string> FeatureOpeners { get; } = new(StringComparer.Ordinal);
    public HashSet<string> LegalForms { get; } = new(StringComparer.Ordinal);
    /// <summary>The tokens legal forms open with: a cheap first test before their tokens are joined.</summary>
    public HashSet<string> LegalFormOpeners { get; } = new(StringComparer.Ordinal);
    public HashSet<string> FaithAdjectives { get; } = new(StringComparer.Ordinal);
    /// <summary>Words that name a faith, creed or movement or their followers ("Moslems", "Marxist"; group-words.txt): other names, as nationalities are.</summary>
    public HashSet<string> GroupWords { get; } = new(StringComparer.Ordinal);
    /// <summary>Named weapons, vehicles and aircraft ("HIMARS", "bayraktar tb2", "искандер*"; products.tsv); Ambiguous: also a common word or a name.</summary>
    public PhraseTable<(string Kind, bool Ambiguous)> Products { get; } = new();
    /// <summary>Words that name an event alone or say what is its ("Olympics", "Olympic", "Holocaust"; event-words.txt).</summary>
    public PhraseTable<bool> EventWords { get; } = new();
    /// <summary>Words that end a competition's name in a sports story ("American League", "Atlantic Division"; competition-words.txt).</summary>
    public HashSet<string> CompetitionWords { get; } = new(StringComparer.Ordinal);
    /// <summary>Lower-case words after a name that say it is an organization's ("the Likud party"; org-kinds.txt).</summary>
    public HashSet<string> OrgKinds { get; } = new(StringComparer.Ordinal);
    /// <summary>Words after a leader's name that name the leader's government ("the Clinton administration"; leader-heads.txt).</summary>
    public HashSet<string> LeaderHeads { get; } = new(StringComparer.Ordinal);
    /// <summary>Bodies' names with a possessive, an ampersand or a comma inside ("moody ’s investors service"; body-phrases.txt).</summary>
    public PhraseTable<bool> BodyPhrases { get; } = new();
    /// <summary>What may follow a competition's word in its name: another, or a direction ("American League East").</summary>
    public HashSet<string> CompetitionContinuations { get; } = new(StringComparer.Ordinal);
    /// <summary>Institutions that make one organization with the place after them when written in lower case ("правительства Германии"), with their nominative.</summary>
    public PhraseTable<string> StateBodies { get; } = new();
    /// <summary>States that no longer exist (СССР, Yugoslavia), which the gazetteer lacks, with their names.</summary>
    public PhraseTable<string> FormerStates { get; } = new();
    /// <summary>Words that open an award's name ("order of", "орденом"): neither the award nor anything inside it is a name.</summary>
    public PhraseTable<string> AwardHeads { get; } = new();
    /// <summary>Words that end an award's name: "Academy Awards", "Nobel Peace Prize" (award-heads.tsv, kind "last").</summary>
    public HashSet<string> AwardTails { get; } = new(StringComparer.Ordinal);
    public HashSet<string> NameParticles { get; } = new(StringComparer.Ordinal);
    /// <summary>Articles joined by a hyphen to the Arabic name they open, in lower case: "al-Qaeda", "ash-Sham".</summary>
    public HashSet<string> NameArticles { get; } = new(StringComparer.Ordinal);
    public HashSet<string> NameOpeners { get; } = new(StringComparer.Ordinal);
    /// <summary>Beginnings of one-word names of Russian and Ukrainian bodies ("мин", "держ": Минфин, Держмитслужба): org-prefixes.txt.</summary>
    public HashSet<string> OrgPrefixes { get; } = new(StringComparer.Ordinal);
    /// <summary>Words that end a company's name when capitalized ("Systems", "Industries"): company-heads.txt, for the rules only.</summary>
    public HashSet<string> CompanyHeads { get; } = new(StringComparer.Ordinal);
    /// <summary>Endings of one-word names of bodies ("bank", "банк": Gazprombank, Сбербанк): org-suffixes.txt.</summary>
    public HashSet<string> OrgSuffixes { get; } = new(StringComparer.Ordinal);
    /// <summary>Era markers as written ("BC", "A.D.") and the period words they may follow ("century"): era-markers.tsv.</summary>
    public HashSet<string> EraMarkers { get; } = new(StringComparer.Ordinal);
    public HashSet<string> EraPeriods { get; } = new(StringComparer.Ordinal);
    /// <summary>Words for a settlement in any of the three languages ("village", "село"): settlement-words.txt.</summary>
    public HashSet<string> SettlementWords { get; } = new(StringComparer.Ordinal);
    /// <summary>Settlement words that also head what is no settlement's name ("the capital of Ukraine"): their name must be a place the gazetteer knows.</summary>
    public HashSet<string> SettlementWordsOfKnownPlaces { get; } = new(StringComparer.Ordinal);

    /// <summary>Russian and Ukrainian words for a street or a square before its name, and their abbreviations (street-words.txt).</summary>
    public HashSet<string> StreetWords { get; } = new(StringComparer.Ordinal);
    /// <summary>Words before a name that make it a river's ("bank", "берегу", "форсували"): river-cues.txt.</summary>
    public HashSet<string> RiverCues { get; } = new(StringComparer.Ordinal);
    public HashSet<string> GivenNames { get; } = new(StringComparer.Ordinal);
    /// <summary>Words written in lower case inside sentences (common-words.txt.gz, built from raw text and treebanks).</summary>
    public HashSet<string> CommonWords { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Surnames { get; } = new(StringComparer.Ordinal);
    /// <summary>English verbs whose subject is mostly a person, with their kind (past | speech): subject-verbs.txt.</summary>
    public Dictionary<string, string> SubjectVerbs { get; } = new(StringComparer.Ordinal);
    /// <summary>English nouns only a body has after a possessive ("'s shares", "'s board"): body-possessions.txt.</summary>
    public HashSet<string> BodyPossessions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> OrgNames { get; } = new(StringComparer.Ordinal);
    /// <summary>Football clubs' names and aliases, by NameKey.Clean (Data/clubs.tsv.gz): "Aston Villa", "Dynamo Kyiv", "Leeds".</summary>
    public HashSet<string> Clubs { get; } = new(StringComparer.Ordinal);
    /// <summary>North American teams' nicknames alone ("Knicks", "Blue Jays"), by NameKey.Clean (Data/teams.tsv): teams in a sports story only.</summary>
    public HashSet<string> TeamNicknames { get; } = new(StringComparer.Ordinal);
    /// <summary>
    /// Lower-case words that open a listed company's name and are no common word or given name ("uber", "spotify"),
    /// with short names written as one word ("exxonmobil", "tmobile"): a tagger feature, never a label.
    /// </summary>
    public HashSet<string> CompanyWords { get; } = new(StringComparer.Ordinal);
    /// <summary>A listed company's first two words where the first is a title's ("general motors"): a name the rules keep whole.</summary>
    public HashSet<string> CompaniesOpeningWithTitles { get; } = new(StringComparer.Ordinal);

    private AnalysisLexicons()
    {
        var asm = typeof(AnalysisLexicons).Assembly;
        foreach (var lang in Document.AnalysedLanguages)
        {
            IReadOnlyList<string[]> Rows(string file) => Lexicon.Rows(asm, lang, file);
            foreach (var r in Rows("months.tsv")) if (r.Length >= 2 && int.TryParse(r[1], out var m)) Months.Add(r[0], m);
            foreach (var r in Rows("seasons.tsv")) if (r.Length >= 2 && Enum.TryParse<Season>(r[1], true, out var s)) Seasons.Add(r[0], s);
            foreach (var r in Rows("weekdays.tsv")) if (r.Length >= 2 && int.TryParse(r[1], out var d)) Weekdays.Add(r[0], d);
            foreach (var r in Rows("relative-dates.tsv")) if (r.Length >= 3 && int.TryParse(r[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var o)) RelativeDates.Add(r[0], (r[1], o));
            foreach (var r in Rows("date-modifiers.tsv")) if (r.Length >= 2) DateModifiers.Add(r[0], r[1]);
            foreach (var r in Rows("numbers.tsv"))
                if (r.Length >= 4 && long.TryParse(r[2], out var lo) && long.TryParse(r[3], out var hi)) Numbers.Add(r[0], (r[1], lo, hi));
            foreach (var r in Rows("casualty-verbs.tsv"))
            {
                if (r.Length >= 2) CasualtyVerbs.Add(r[0], r[1]);
                if (r.Length >= 3 && r[2] == "things") CasualtyVerbsOfThings.Add(r[0], true);
            }
            foreach (var r in Rows("casualty-none.tsv")) if (r.Length >= 2) CasualtyNone.Add(r[0], r[1]);
            foreach (var r in Rows("formation-strength.tsv")) if (r.Length >= 2) FormationStrength.Add(r[0], r[1]);
            foreach (var r in Rows("quantity-modifiers.tsv")) if (r.Length >= 2) QuantityModifiers.Add(r[0], r[1]);
            foreach (var r in Rows("quantity-units.tsv")) if (r.Length >= 2) Units.Add(r[0], r[1]);
            foreach (var r in Rows("titles.tsv")) if (r.Length >= 2) Titles.Add(r[0], r[1]);
            foreach (var r in Rows("org-heads.tsv"))
                if (r.Length >= 2) (r[1] == "head-first" ? OrgHeadsFirst : OrgHeadsLast).Add(r[0], r[1]);
            foreach (var r in Rows("place-heads.tsv")) if (r.Length >= 2) PlaceHeads.Add(r[0], r[1]);
            foreach (var r in Rows("anaphors.tsv"))
                if (r.Length >= 3) Anaphors.Add(r[0], (r[1] == "person" ? MentionKind.Person : MentionKind.Organization, r[2]));
            foreach (var r in Rows("codename-cues.tsv")) if (r.Length >= 2) CodenameCues.Add(r[0], r[1]);
            foreach (var r in Rows("alias-cues.tsv")) AliasCues.Add(r[0], true);
            foreach (var r in Rows("work-heads.tsv")) WorkHeads.Add(r[0], r.Length > 1 && Enum.TryParse<OtherKind>(r[1], true, out var named) ? named : OtherKind.Work);
            foreach (var r in Rows("state-forms.tsv")) StateForms.Add(r[0], true);
            foreach (var r in Rows("sport-labels.txt")) SportLabels.Add(r[0], true);
            foreach (var r in Rows("document-tails.txt"))
            {
                DocumentTails.Add(r[0]);
                if (r.Length < 2 || r[1] != "event") DocumentWords.Add(r[0]);
            }
            foreach (var r in Rows("state-bodies.tsv")) if (r.Length >= 2) StateBodies.Add(r[0], r[1]);
            foreach (var r in Rows("former-states.tsv")) if (r.Length >= 2) FormerStates.Add(r[0], r[1]);
            foreach (var r in Rows("award-heads.tsv"))
                if (r.Length >= 2 && r[1] == "last") AwardTails.Add(r[0]);
                else if (r.Length >= 2) AwardHeads.Add(r[0], r[1]);
            NameParticles.UnionWith(Lexicon.Rows(asm, lang, "name-particles.txt").Select(r => r[0].ToLowerInvariant()));
            NameArticles.UnionWith(Lexicon.Rows(asm, lang, "name-articles.txt").Select(r => r[0].ToLowerInvariant()));
            foreach (var r in Rows("era-markers.tsv"))
                if (r.Length >= 2 && r[1] == "marker") EraMarkers.Add(r[0]);
                else if (r.Length >= 2) EraPeriods.Add(r[0].ToLowerInvariant());
            foreach (var r in Rows("settlement-words.txt"))
            {
                SettlementWords.Add(r[0].ToLowerInvariant());
                if (r.Length > 1 && r[1] == "known") SettlementWordsOfKnownPlaces.Add(r[0].ToLowerInvariant());
            }
            StreetWords.UnionWith(Rows("street-words.txt").Select(r => r[0]));
            RiverCues.UnionWith(Lexicon.Rows(asm, lang, "river-cues.txt").Select(r => r[0].ToLowerInvariant()));
            OrgPrefixes.UnionWith(Lexicon.Rows(asm, lang, "org-prefixes.txt").Select(r => r[0].ToLowerInvariant()));
            OrgSuffixes.UnionWith(Lexicon.Rows(asm, lang, "org-suffixes.txt").Select(r => r[0].ToLowerInvariant()));
            CompanyHeads.UnionWith(Lexicon.Rows(asm, lang, "company-heads.txt").Select(r => r[0].ToLowerInvariant()));
            CompassWords.UnionWith(Lexicon.Rows(asm, lang, "compass-words.txt").Select(r => r[0].ToLowerInvariant()));
            StormWords.UnionWith(Lexicon.Rows(asm, lang, "storm-words.txt").Select(r => r[0].ToLowerInvariant()));
            LegalForms.UnionWith(Rows("legal-forms.txt").Select(r => r[0]));
            // The token a legal form opens with, as the tokenizer may cut it ("A/S" → "A", "S.p.A." → "S", "Inc." → "Inc").
            foreach (var form in LegalForms)
            {
                LegalFormOpeners.Add(form);
                var letters = form.TakeWhile(char.IsLetterOrDigit).Count();
                if (letters > 0) LegalFormOpeners.Add(form[..letters]);
            }
            foreach (var r in Rows("feature-heads.txt")) (r.Length >= 2 && r[1] == "first" ? FeatureOpeners : FeatureHeads).Add(r[0]);
            NameOpeners.UnionWith(Lexicon.Rows(asm, lang, "name-openers.txt").Select(r => r[0].ToLowerInvariant()));
            GroupWords.UnionWith(Rows("group-words.txt").Select(r => r[0].Replace('\'', '’')));
            foreach (var r in Rows("event-words.txt")) EventWords.Add(r[0].Replace('\'', '’'), true);
            OrgKinds.UnionWith(Rows("org-kinds.txt").Select(r => r[0]));
            LeaderHeads.UnionWith(Rows("leader-heads.txt").Select(r => r[0]));
            foreach (var r in Rows("body-phrases.txt")) BodyPhrases.Add(r[0].Replace('\'', '’'), true);
            foreach (var r in Rows("competition-words.txt"))
            {
                CompetitionContinuations.Add(r[0]);
                if (r.Length < 2 || r[1] != "after") CompetitionWords.Add(r[0]);
            }
            foreach (var r in Rows("products.tsv")) if (r.Length >= 2) Products.Add(r[0], (r[1], r.Length > 2 && r[2] == "ambiguous"));
            foreach (var r in Rows("demonyms.tsv")) if (r.Length >= 1) Demonyms.Add(r[0], r.Length > 1 ? r[1] : "");
            _anyFunctionWord.UnionWith(Lexicon.Rows(asm, lang, "function-words.txt").Select(r => r[0].ToLowerInvariant()));
            // Given names in a language's own spelling where the shipped list lacks them (Павло, Олена); as written only,
            // since English text spells these through the shipped list's Russian forms.
            foreach (var r in Rows("given-names.txt")) GivenNames.Add(r[0].ToLowerInvariant());
            // Given names of many countries in Latin letters (Ruud, Goran, Hakan), which the shipped list of Russian names and U.S. births lacks.
            foreach (var r in Rows("world-given-names.txt.gz")) GivenNames.Add(r[0].ToLowerInvariant());
            foreach (var r in Rows("common-words.txt.gz")) CommonWords.Add(r[0]);
            foreach (var r in Rows("subject-verbs.txt")) if (r.Length >= 2) SubjectVerbs.TryAdd(r[0], r[1]);
            BodyPossessions.UnionWith(Rows("body-possessions.txt").Select(r => r[0]));
            foreach (var r in Rows("institution-heads.tsv"))
                if (r.Length >= 2) (r[1] == "head" ? InstitutionHeads : FaithAdjectives).Add(r[0]);
        }
        var reference = typeof(Gazetteer).Assembly;
        foreach (var r in Lexicon.Rows(reference, "Data/given-names.tsv.gz"))
        {
            GivenNames.Add(r[0].ToLowerInvariant());
            // English text spells Slavic names many ways (Sergei, Sergey, Serhiy): every scheme's spelling is a given name too.
            if (NameKey.IsCyrillic(r[0][0]))
                foreach (var latin in Transliteration.Shared.Variants(r[0])) GivenNames.Add(latin.ToLowerInvariant());
        }
        foreach (var r in Lexicon.Rows(reference, "Data/surnames.tsv")) Surnames.Add(r[0].ToLowerInvariant());
        foreach (var r in Lexicon.Rows(reference, "Data/companies.tsv.gz")) AddCompany(r[0]);
        foreach (var r in Lexicon.Rows(reference, "Data/clubs.tsv.gz"))
            foreach (var name in (r.Length > 1 ? r[1].Split('|') : []).Append(r[0]))
                if (name.Length >= 2) Clubs.Add(NameKey.Clean(name));
        foreach (var r in Lexicon.Rows(reference, "Data/teams.tsv"))
        {
            Clubs.Add(NameKey.Clean(r[0]));
            if (r.Length > 1) TeamNicknames.Add(NameKey.Clean(r[1]));
        }
        foreach (var r in Lexicon.Rows(reference, "Data/orgs.tsv.gz"))
        {
            if (r.Length < 2) continue;
            foreach (var name in (r.Length > 3 ? r[3].Split('|') : []).Append(r[0]))
                if (name.Length >= 2) OrgNames.TryAdd(NameKey.Clean(name), r[1]);
        }
    }

    private void AddCompany(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words[0].Trim('.', ',', '(', ')', '\'', '"').ToLowerInvariant();
        // The titles of every language are read before the companies are.
        if (words.Length >= 2 && Titles.TryGet(first, out var title) && title != "address") CompaniesOpeningWithTitles.Add(first + " " + words[1].ToLowerInvariant());
        if (first.Length < 3 || !char.IsLetter(first[0]) || CommonWords.Contains(first) || GivenNames.Contains(first)) return;
        CompanyWords.Add(first);
        if (first.Contains('-')) CompanyWords.Add(first.Replace("-", ""));
        if (words.Length is 2 or 3)
            CompanyWords.Add(string.Concat(words.Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))).ToLowerInvariant());
    }

    /// <summary>Whether a word, in any case, is a state body's (state-bodies.tsv): what the recognizer, the factRuEval conversion and training agree on.</summary>
    public bool IsStateBody(string word) => StateBodies.TryGet(Casing.Lower(word), out _);

    private readonly HashSet<string> _anyFunctionWord = new(StringComparer.Ordinal);

    /// <summary>A function word of any of the three languages (asked for nearly every token, so one set, not three).</summary>
    public bool IsFunctionWord(string lower) => _anyFunctionWord.Contains(lower);
}
