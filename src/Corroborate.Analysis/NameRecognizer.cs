using Corroborate.Domain;
using Corroborate.Analysis.Annotation;
using Corroborate.Reference;

namespace Corroborate.Analysis;

/// <summary>
/// Finds persons, organizations and places with lexicons and patterns: quoted names after organization heads
/// (батальон «Северная свобода»), codenames (позывной «Гранит»), capitalized runs classified by their heads,
/// titles, given names, surname shapes and the gazetteer, anaphors ("the Legion", "he") linked to their
/// antecedents, and in-document aliases ("X (ABBR, Russian: Y), also called Z").
/// </summary>
public sealed partial class NameRecognizer(Gazetteer gazetteer) : IAnnotator
{
    public string Name => "names";
    public IReadOnlyList<string> Requires => ["tokens", "sentences", "truecase"];
    public IReadOnlyList<string> Produces => ["mentions", "aliases", "others"];

    private static AnalysisLexicons Lex => AnalysisLexicons.Shared;

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "de", "al", "von", "van", "bin" };

    /// <summary>Lower-case English words inside names of bodies and places, with the name particles: what does not end the tagger's name.</summary>
    private static readonly HashSet<string> NameJoiners = new(StringComparer.Ordinal) { "of", "for", "and", "the", "on", "upon", "in", "am", "an", "und", "et", "without", "&" };
    private static bool IsOpenQuote(string t) => t is "«" or "“" or "\"" or "„";
    private static bool IsCloseQuote(string t) => t is "»" or "”" or "\"" or "“";

    /// <summary>
    /// Surnames of the document's "Given Surname" names, so that a bare "Putin" is a person, not a village. A given name
    /// that is also a nationality ("Irish Seas", "French Cameroun") gives none.
    /// </summary>
    private HashSet<string> KnownSurnames(AnalyzedDocument doc)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < doc.Tokens.Count; i++)
            if (IsNameToken(doc.Tokens[i].Text) && IsNameToken(doc.Tokens[i + 1].Text) && doc.Tokens[i].Sentence == doc.Tokens[i + 1].Sentence
                && CanBeSurname(doc.Tokens[i + 1].Text) && IsGivenName(doc, i) && !Lex.Demonyms.TryGet(doc.LowerTokens[i], out _))
                set.Add(SurnameKey(doc.Tokens[i + 1].Text));
        return set;
    }

    /// <summary>"511 BC", "the 5th century BCE", "AD 833": an era marker after a year or a period word, or before a year.</summary>
    private static bool IsEraMarker(AnalyzedDocument doc, int i, int first, int end) =>
        Lex.EraMarkers.Contains(doc.Tokens[i].Text)
        && (i > first && (char.IsDigit(doc.Tokens[i - 1].Text[0]) || Lex.EraPeriods.Contains(doc.LowerTokens[i - 1]))
            || i + 1 < end && char.IsDigit(doc.Tokens[i + 1].Text[0]));

    private sealed record Draft(int First, int End, MentionKind Kind, string Normal, int? Antecedent = null, bool Anaphor = false);

    public void Annotate(AnalyzedDocument doc)
    {
        var drafts = new List<Draft>();
        var aliases = new List<(int A, int B, AliasKind Kind, Span Evidence)>();
        var claimed = new bool[doc.Tokens.Count];
        var others = new List<(int First, int End, OtherKind Kind)>();
        var surnames = KnownSurnames(doc);
        var predicted = ModelEntities(doc);
        // The tagger's full names add their surnames: "Крессида Дик" makes a later "Дик" a person though "Крессида" is in no lexicon.
        foreach (var (from, to, type) in predicted)
            if (type == "PER" && to - from >= 2 && IsNameToken(doc.Tokens[to - 1].Text) && CanBeSurname(doc.Tokens[to - 1].Text))
                surnames.Add(SurnameKey(doc.Tokens[to - 1].Text));
        var clubs = SportsLinesPass(doc, drafts, claimed);
        var next = 0;
        foreach (var sentence in doc.Sentences)
        {
            var (first, end) = doc.TokenRange(sentence.Index);
            // The tagger's entities come in sentence order: each sentence looks only at its own.
            var from = next;
            while (next < predicted.Count && predicted[next].First < end) next++;
            SentencePass(doc, first, end, drafts, claimed, aliases, surnames, predicted.GetRange(from, next - from), others);
        }
        ModelPass(doc, predicted, drafts, claimed, surnames);
        LatinNamesPass(doc, drafts, claimed);
        ExtendPersons(doc, drafts, claimed);
        RegnalNumberPass(doc, drafts, claimed);
        PossessivePass(doc, drafts);
        LeaderHeadPass(doc, drafts, surnames);
        OrgKindPass(doc, drafts, surnames);
        ConsistencyPass(doc, drafts, claimed);
        CoordinatedPlacesPass(doc, drafts, claimed, surnames);
        CoordinatedBodiesPass(doc, drafts);
        StateBodyPass(doc, drafts, claimed);
        BodyPhrasesPass(doc, drafts, claimed);
        LegalFormPass(doc, drafts, claimed);
        CompanyShortNamePass(doc, drafts, claimed);
        SportsStoryPass(doc, drafts, claimed, clubs, gazetteer, others);
        // "the Irpin Declaration", "the Olympic Games": a document or an event named after a place or a body; its tokens stay claimed.
        drafts.RemoveAll(d => d.End - d.First >= 2 && Lex.DocumentTails.Contains(doc.LowerTokens[d.End - 1])
                              && char.IsUpper(doc.Tokens[d.End - 1].Text[0]) && !Connectors.Contains(doc.LowerTokens[d.End - 2])
                              // "the Paris Agreement", "the Minsk agreements", "the Treaty of London": a place that names a document.
                              || d.Kind == MentionKind.Place && (d.End < doc.Tokens.Count && Lex.DocumentWords.Contains(doc.LowerTokens[d.End])
                                  || d.First >= 2 && doc.LowerTokens[d.First - 1] == "of" && Lex.DocumentWords.Contains(doc.LowerTokens[d.First - 2])));
        // "Парижские соглашения", "Паризькі угоди": a lone capitalized adjective in the plural before a lower-case noun
        // describes it; no place of the gazetteer is spelt so.
        drafts.RemoveAll(d => d.Kind == MentionKind.Place && d.End - d.First == 1 && d.End < doc.Tokens.Count && PluralAdjectiveBeforeNoun(doc, d.First)
                              && !gazetteer.NamedExactly(doc.Tokens[d.First].Text).Any());
        KnownOthersPass(doc, drafts, others);
        var otherNames = OtherNames(doc, drafts, others);
        // An anaphor of what is no name any more ("the Davis Cup … him") names nothing.
        var firsts = drafts.Select(d => d.First).ToHashSet();
        drafts.RemoveAll(d => d.Anaphor && d.Antecedent is int a && !firsts.Contains(a));
        drafts.Sort((a, b) => a.First.CompareTo(b.First));

        // Indexes change after sorting: relink aliases and anaphors by token position.
        var mentions = new List<Mention>(drafts.Count);
        var byFirst = new Dictionary<int, int>();
        foreach (var d in drafts)
        {
            var span = new Span(doc.Tokens[d.First].Span.Start, doc.Tokens[d.End - 1].Span.End);
            byFirst[d.First] = mentions.Count;
            mentions.Add(new Mention(mentions.Count, span, d.Kind, doc.SpanText(span), d.Normal, doc.Tokens[d.First].Sentence) { Anaphor = d.Anaphor });
        }
        for (var i = 0; i < drafts.Count; i++)
            if (drafts[i].Antecedent is int a && byFirst.TryGetValue(a, out var ai) && ai != i)
                mentions[i] = mentions[i] with { Antecedent = ai };
        doc.Mentions = mentions;
        doc.Others = otherNames;
        doc.Aliases = aliases
            .Where(x => byFirst.ContainsKey(x.A) && byFirst.ContainsKey(x.B) && x.A != x.B)
            .Select(x => new AliasLink(byFirst[x.A], byFirst[x.B], x.Kind, x.Evidence)).Distinct().ToList();
    }

    private void SentencePass(AnalyzedDocument doc, int first, int end, List<Draft> drafts, bool[] claimed, List<(int, int, AliasKind, Span)> aliases, HashSet<string> surnames,
        IReadOnlyList<(int First, int End, string Type)> predicted, List<(int First, int End, OtherKind Kind)> others)
    {
        var low = doc.LowerTokens;
        var tokens = doc.Tokens;
        var sentenceDrafts = new List<Draft>();
        // Names never overlap: a draft over words another name already holds is left out ("улице" of "Садовой улице" is no
        // street's word for "Москвы" after it), so that every later stage may take mentions as disjoint spans.
        void Add(Draft d)
        {
            if (AnyClaimed(claimed, d.First, d.End)) return;
            for (var k = d.First; k < d.End; k++) claimed[k] = true;
            sentenceDrafts.Add(d);
            drafts.Add(d);
        }

        // "TOKYO 1997-03-15", "MOSCOW, Dec 7 (Reuters) -": the place a wire story was filed from.
        if (!claimed[first] && Dateline.PlaceEnd(doc, first, gazetteer) is int datelineEnd && datelineEnd <= end)
            Add(new Draft(first, datelineEnd, MentionKind.Place, JoinTokens(doc, first, datelineEnd)));
        // "RUGBY UNION - IRELAND BEAT ITALY": the sport that labels a headline is no name.
        if (Lex.SportLabels.Match(low, first) is { } sport && first + sport.Length < end && tokens[first + sport.Length].Text is "-" or "–" or "—")
            for (var k = first; k < first + sport.Length; k++) claimed[k] = true;
        for (var i = first; i < end; i++)
        {
            if (claimed[i]) continue;
            // "RT @user:" marks a repost in social-media and channel posts; it is no outlet.
            if (tokens[i].Text == "RT" && i + 1 < end && tokens[i + 1].Text.StartsWith('@') || IsEraMarker(doc, i, first, end))
            {
                claimed[i] = true;
                continue;
            }
            // Awards are no names, nor is anything inside them: "Order of Bohdan Khmelnytsky", "орденом Богдана Хмельницкого", "медаль «За відвагу»".
            var awardAt = low[i] == "the" && i + 1 < end ? i + 1 : i;
            if (Lex.AwardHeads.Match(low, awardAt) is { } award && AwardEnd(doc, awardAt + award.Length, end, claimed) is int awardEnd)
            {
                for (var k = i; k < awardEnd; k++) claimed[k] = true;
                // "Order of Lenin" is the award's name; in "орденом Богдана Хмельницкого", "Медаль «За відвагу»" the head is not, whatever its case.
                var (awardFirst, awardLast) = char.IsUpper(tokens[awardAt].Text[0]) && !NameKey.IsCyrillic(tokens[awardAt].Text[0]) ? (awardAt, awardEnd) : (awardAt + award.Length, awardEnd);
                if (IsOpenQuote(tokens[awardFirst].Text) && IsCloseQuote(tokens[awardLast - 1].Text)) (awardFirst, awardLast) = (awardFirst + 1, awardLast - 1);
                others.Add((awardFirst, awardLast, OtherKind.Award));
                i = awardEnd - 1;
                continue;
            }
            // Anaphors: "the Legion", "he", "батальон" (not when a name follows: "the Legion «…»", "the Organization for Security …").
            if (Lex.Anaphors.Match(low, i) is { } ana && !(i + ana.Length < end && (IsNameToken(tokens[i + ana.Length].Text) || IsOpenQuote(tokens[i + ana.Length].Text)
                    || char.IsUpper(tokens[i + ana.Length - 1].Text[0]) && Connectors.Contains(low[i + ana.Length]) && i + ana.Length + 1 < end && IsNameToken(tokens[i + ana.Length + 1].Text))))
            {
                var antecedent = SaidOfItself(doc, drafts, i, first) ? null : FindAntecedent(doc, drafts, i, ana.Value.Kind, ana.Value.Head);
                if (antecedent is { } ant)
                {
                    Add(new Draft(i, i + ana.Length, ana.Value.Kind, ant.Normal, ant.First, Anaphor: true));
                    i += ana.Length - 1;
                    continue;
                }
            }
            // Codename before a quoted name: codename “Caesar”, позывной «Гранит».
            if (Lex.CodenameCues.Match(low, i) is { Value: "before" } cue)
            {
                var q = i + cue.Length;
                if (q < end && IsOpenQuote(tokens[q].Text) && QuotedName(doc, q, end) is { } quoted)
                {
                    var codename = new Draft(quoted.First, quoted.End, MentionKind.Person, JoinTokens(doc, quoted.First, quoted.End));
                    var person = sentenceDrafts.LastOrDefault(d => d.Kind == MentionKind.Person && d.End <= i);
                    Add(codename);
                    if (person is not null) aliases.Add((person.Antecedent ?? person.First, codename.First, AliasKind.Codename, SpanOf(doc, person.First, quoted.End + 1)));
                    i = CloseQuoteAfter(doc, quoted.End, end);
                    continue;
                }
            }
            // Quoted name after an organization head: батальон «Северная свобода», Legion "Svoboda Rossii".
            if (OrgHeadAt(low, i) is int headLen && i + headLen < end && IsOpenQuote(tokens[i + headLen].Text)
                && QuotedName(doc, i + headLen, end) is { } orgQuote)
            {
                // A unit's head is part of its name (полк «Азов»); a generic descriptor is not (партия «Ликуд», агентство «РИА Новости»).
                var closeTok = CloseQuoteAfter(doc, orgQuote.End, end);
                if (IsUnitHead(low[i])) Add(new Draft(i, closeTok + 1, MentionKind.Organization, JoinTokens(doc, i, closeTok + 1)));
                else
                {
                    Add(new Draft(orgQuote.First, orgQuote.End, MentionKind.Organization, JoinTokens(doc, orgQuote.First, orgQuote.End)));
                    // The descriptor is read: the tagger's guesses do not make it a name of its own (ООО «Си Прод»).
                    for (var k = i; k < orgQuote.First; k++) claimed[k] = true;
                }
                i = closeTok;
                continue;
            }
            // Quoted name followed by a codename cue: "Caesar" (Tsezar) as a nom de guerre.
            if (IsOpenQuote(tokens[i].Text) && QuotedName(doc, i, end) is { } q2)
            {
                // Works, events, vehicles and weapons are no names, nor anything inside their titles: фильм «Брат», теплоход «Булгария».
                if (TitleOfWork(doc, i) is { } titled && !AnyClaimed(claimed, q2.First, q2.End) && !IsKnownBody(doc, q2))
                {
                    others.Add((q2.First, q2.End, titled));
                    i = CloseQuoteAfter(doc, q2.End, end);
                    for (var k = q2.First; k <= i; k++) claimed[k] = true;
                    continue;
                }
                var after = CloseQuoteAfter(doc, q2.End, end) + 1;
                (int First, int End)? spelled = null;
                if (after < end && tokens[after].Text == "(")
                {
                    var close = FindToken(doc, after, Math.Min(end, after + 6), ")");
                    if (close > 0)
                    {
                        // "Caesar" (Tsezar): another spelling of the codename, given in brackets.
                        if (close - after >= 2 && Enumerable.Range(after + 1, close - after - 1).All(k => IsNameToken(tokens[k].Text))) spelled = (after + 1, close);
                        after = close + 1;
                    }
                }
                if (after < end && Lex.CodenameCues.Match(low, after) is { Value: "after" })
                {
                    var codename = new Draft(q2.First, q2.End, MentionKind.Person, JoinTokens(doc, q2.First, q2.End));
                    Add(codename);
                    if (spelled is { } sp)
                    {
                        Add(new Draft(sp.First, sp.End, MentionKind.Person, JoinTokens(doc, sp.First, sp.End)));
                        aliases.Add((codename.First, sp.First, AliasKind.Alternate, SpanOf(doc, q2.First, sp.End + 1)));
                    }
                    i = after - 1;
                    continue;
                }
                // Russian and Ukrainian news quote the names of companies, media, parties and bands, never of people or places:
                // a name the tagger sees in quotes is an organization («Сколково», «Ленинград»). Titles are quoted too, so the tagger must see it,
                // unless a lexicon knows the name as a body's in any form («Роснефти»).
                if (QuotedOrganization(doc, i, q2, end, claimed) && (predicted.Any(p => p.First >= q2.First && p.End <= q2.End) || IsKnownBody(doc, q2)))
                {
                    Add(new Draft(q2.First, q2.End, MentionKind.Organization, JoinTokens(doc, q2.First, q2.End)));
                    i = CloseQuoteAfter(doc, q2.End, end);
                    continue;
                }
            }
            if (!IsNameToken(tokens[i].Text) && !ArticleBeforeName(doc, i, end)) continue;
            if (CapitalizedWordBeforeName(doc, i, end, first)) continue;
            // States that no longer exist, which the gazetteer lacks: "СССР", "Российской империи", "Soviet Union".
            if (Lex.FormerStates.Match(low, i) is { } former && !AnyClaimed(claimed, i, i + former.Length))
            {
                Add(new Draft(i, i + former.Length, MentionKind.Place, former.Value));
                i += former.Length - 1;
                continue;
            }
            var run = CapitalizedRun(doc, i, end, claimed);
            run.End = LongBodyNameEnd(doc, run.First, run.End, end, claimed);
            // "Dar es Salaam", "Ciudad del Este": a place of the gazetteer whose name holds a particle in lower case is one place.
            if (PlaceThroughParticles(doc, run, end, claimed) is int placeEnd)
            {
                Add(new Draft(run.First, placeEnd, MentionKind.Place, JoinTokens(doc, run.First, placeEnd)));
                i = placeEnd - 1;
                continue;
            }
            if (run.End <= run.First) continue;
            // "Черном море", "Керченську протоку": a Cyrillic adjective and the lower-case word of a sea or a strait the gazetteer holds.
            if (NaturalFeatureWithHead(doc, run, end, claimed))
            {
                Add(new Draft(run.First, run.End + 1, MentionKind.Place, JoinTokens(doc, run.First, run.End + 1)));
                i = run.End;
                continue;
            }
            // "the Academy Awards", "Nobel Peace Prize": an award is no name, nor anything inside it; nor is a storm's ("Cyclone Freddy").
            if (Lex.AwardTails.Contains(low[run.End - 1]) || StormName(doc, run.First, first))
            {
                for (var k = run.First; k < run.End; k++) claimed[k] = true;
                i = run.End - 1;
                continue;
            }
            run.End = PersonBeforeConnector(doc, run.First, TitleInside(doc, run.First, NextNameAt(doc, run.First, run.End)));
            // "in Pakistan Benazir Bhutto accused": a country, then a person's two words that no lexicon gives another meaning.
            if (run.End - run.First == 3 && !NameKey.IsCyrillic(low[run.First][0]) && gazetteer.Major(tokens[run.First].Text) is { FeatureCode: var code }
                && code.StartsWith("PCL", StringComparison.Ordinal) && (IsGivenName(doc, run.First + 1) || IsUnlistedNameWord(doc, run.First + 1))
                && IsUnlistedNameWord(doc, run.First + 2))
                run.End = run.First + 1;
            // Two persons side by side, each in its own case: "Івана Василевського Аркадієм Пастухом", "Христину Теодозія Борисівна".
            if (SecondPersonAt(doc, run.First, run.End) is int second) run.End = second;
            if (SettlementBeforeDistrict(doc, run.First, run.End) is var district && district < run.End)
            {
                // The settlement: its own words before the district, without a sentence's capitalized first word ("Жители").
                var settlement = district - 1;
                while (settlement > run.First && IsNameToken(tokens[settlement - 1].Text) && !Lex.CommonWords.Contains(low[settlement - 1])) settlement--;
                Add(new Draft(settlement, district, MentionKind.Place, JoinTokens(doc, settlement, district)));
                Add(new Draft(district, run.End, MentionKind.Place, JoinTokens(doc, district, run.End)));
                i = run.End - 1;
                continue;
            }
            for (var k = run.First + 1; k < run.End; k++)
                if (Lex.FormerStates.Match(low, k) is not null) { run.End = k; break; }
            var (draft, strong) = Classify(doc, run.First, run.End, first, surnames);
            // "the International Organization for Renewable Energies (IRENA)": the acronym in its brackets is what it abbreviates.
            if (run.End - run.First == 1 && BracketedAfter(doc, run.First, sentenceDrafts) is { Kind: MentionKind.Organization or MentionKind.Place } named
                && OpeningBracketBefore(doc, run.First) == run.First - 1 && run.End < end && tokens[run.End].Text is ")" or "," or ";"
                // A place's brackets may hold what belongs to the phrase around it ("Commission … of Canada (CRTC)"): only its own initials.
                && (named.Kind == MentionKind.Place ? Initials(doc, named.First, named.End) == tokens[run.First].Text : WorldPlaces.Major(gazetteer, tokens[run.First].Text) is null))
                (draft, strong) = (new Draft(run.First, run.End, named.Kind, tokens[run.First].Text), true);
            if (draft is { Kind: not MentionKind.Person } && draft.End - draft.First == 1 && CapitalizedCommonWord(doc, draft.First, first, surnames)) draft = null;
            // A guess from a name's shape or the gazetteer alone yields to the tagger, which sees the context.
            var tagged = strong ? [] : predicted.Where(p => p.First < run.End && run.First < p.End && !AnyClaimed(claimed, p.First, p.End)).ToList();
            // Where both see one name of the same kind, the run's wider span stands ("Sergei Orlov" when the tagger sees "Orlov").
            if (draft is not null && tagged.All(p => p.First >= draft.First && p.End <= draft.End && AnnotationTypes.KindOf(p.Type) == draft.Kind)) tagged.Clear();
            // A lone word guessed from its shape alone ("Нобелевская", "Абелевская", "FYI", "AWFUL") needs the tagger's support.
            if (draft is not null && !strong && draft.End - draft.First == 1 && !AbbreviatedInBrackets(doc, draft.First, claimed)
                && !(draft.Kind == MentionKind.Place && (WorldPlaces.Major(gazetteer, draft.Normal) is not null
                     || PlaceCueBefore(low, draft.First, first) && !NameKey.IsCyrillic(draft.Normal[0]) && WorldPlaces.Large(gazetteer, draft.Normal)))
                && !predicted.Any(p => p.First < run.End && run.First < p.End)) draft = null;
            if (tagged.Count > 0)
            {
                foreach (var (from, to, type) in tagged)
                {
                    // The tagger too runs a body or a place into the person it introduces ("Facebook Кэмерон", "Ясной Поляны Льва
                    // Толстого"): the person is what follows. A person's own tokens are cut only where the script changes, and what
                    // comes before is left to other passes.
                    var split = NextNameAt(doc, from, to, byGivenName: type != "PER");
                    if (type != "PER" && split < to && Enumerable.Range(split, to - split).All(k => IsNameToken(tokens[k].Text)))
                    {
                        if (ModelDraft(doc, from, split, type, first, surnames) is { } body) Add(body);
                        Add(Person(doc, split, to));
                        continue;
                    }
                    if (ModelDraft(doc, type == "PER" ? split : from, to, type, first, surnames) is { } fromModel) Add(fromModel);
                }
                // A person after a title and the body or country it serves, which the tagger saw alone: "премьер Польши
                // Мазовецкий", "глава МИД Азербайджана Эльмар Мамедъяров".
                var seen = tagged.Max(p => p.End);
                if (draft is { Kind: MentionKind.Person } && seen < run.End && seen > draft.First && !AnyClaimed(claimed, seen, run.End)
                    && Enumerable.Range(seen, run.End - seen).All(k => IsNameToken(tokens[k].Text) && NameKey.IsCyrillic(tokens[k].Text[0])))
                    Add(Person(doc, seen, run.End));
                // What the tagger left of the run after its last name, where the rules are sure of it: "the United Kingdom Boris Johnson".
                if (seen < run.End && !AnyClaimed(claimed, seen, run.End) && IsNameToken(tokens[seen].Text)
                    && Classify(doc, seen, run.End, first, surnames) is ({ } left, true))
                    Add(left);
                i = Math.Max(i, Math.Max(run.End, tagged.Max(p => p.End)) - 1);
                continue;
            }
            // A sentence's first word is capitalized anyway: "Крах Silicon Valley Bank" when the tagger starts the name after it.
            // Unless the document writes the whole name inside a sentence too ("The Free Russia Legion has…"), or the word opens
            // an organization's name before an articled one ("Jaish al-Islam").
            if (draft is not null && draft.First == first && draft.End - draft.First >= 2 && !Lex.GivenNames.Contains(low[first]) && !predicted.Any(p => p.First <= first && first < p.End)
                && !(draft.Kind == MentionKind.Organization && (IsKnownOrganization(JoinTokens(doc, draft.First, draft.End)) || Club(doc, draft.First, draft.End) is not null
                                                                || FormHeldBy(doc, draft.First, draft.End) is not null))
                && !(draft.Kind == MentionKind.Organization && Lex.OrgHeadsFirst.Match(low, first) is not null && ArticledName(tokens[first + 1].Text))
                && !WrittenMidSentence(doc, draft.First, draft.End)
                && predicted.FirstOrDefault(p => p.First == first + 1 && p.End <= draft.End) is { End: > 0 } rest)
                // The tagger's kind wins when it sees the whole rest: "Администрация Дональда Трампа" is about a person.
                draft = rest.End == draft.End ? ModelDraft(doc, rest.First, rest.End, rest.Type, first, surnames)
                    : draft.Kind == MentionKind.Person ? Person(doc, first + 1, draft.End) : draft with { First = first + 1, Normal = JoinTokens(doc, first + 1, draft.End) };
            if (draft is { Kind: MentionKind.Organization } && DescribedPlace(doc, draft.First, draft.End, first) is { } described) draft = described;
            if (draft is not null) Add(draft);
            i = Math.Max(i, run.End - 1);
        }
        AliasPass(doc, first, end, sentenceDrafts, aliases);
    }

    /// <summary>Tokens of a quoted capitalized name starting at the opening quote: [First, End) and End is the closing quote.</summary>
    private static (int First, int End)? QuotedName(AnalyzedDocument doc, int open, int end)
    {
        var close = -1;
        for (var k = open + 1; k < end && k <= open + 8; k++)
            if (IsCloseQuote(doc.Tokens[k].Text)) { close = k; break; }
        if (close < 0) return null;
        var last = close;
        while (last > open + 1 && !char.IsLetterOrDigit(doc.Tokens[last - 1].Text[0])) last--;
        if (last <= open + 1 || !char.IsUpper(doc.Tokens[open + 1].Text[0])) return null;
        return (open + 1, last);
    }

    /// <summary>A quoted title in Russian or Ukrainian after the word for a work, an event, a vehicle or a weapon (work-heads.tsv): фильм «Брат», ракета «Калибр».</summary>
    private static OtherKind? TitleOfWork(AnalyzedDocument doc, int open)
    {
        if (doc.Language is not ("ru" or "uk")) return null;
        for (var k = Math.Max(doc.TokenRange(doc.Tokens[open].Sentence).First, open - 2); k < open; k++)
            if (Lex.WorkHeads.Match(doc.LowerTokens, k) is { } head) return head.Value;
        return null;
    }

    /// <summary>
    /// A short quoted name in Cyrillic text that is neither a title (фильм «Брат», операция «…»: see work-heads.tsv)
    /// nor quoted speech (no verb, no function word first, not followed by "», —").
    /// </summary>
    private static bool QuotedOrganization(AnalyzedDocument doc, int open, (int First, int End) name, int end, bool[] claimed)
    {
        if (doc.Language is not ("ru" or "uk") || name.End - name.First > 4 || AnyClaimed(claimed, name.First, name.End)
            || TitleOfWork(doc, open) is not null && !IsKnownBody(doc, name)) return false;
        var low = doc.LowerTokens;
        if (Lex.IsFunctionWord(low[name.First])) return false;
        for (var k = name.First; k < name.End; k++)
            if (low[k] is "?" or "." or "," || char.IsLower(doc.Tokens[k].Text[0]) && LooksLikeVerb(low[k])) return false;
        var close = CloseQuoteAfter(doc, name.End, end);
        var next = close + 1 < end ? doc.Tokens[close + 1].Text : "";
        return !(next is "—" or "–" or "-" || next == "," && close + 2 < end && doc.Tokens[close + 2].Text is "—" or "–" or "-");
    }

    /// <summary>A quoted name the lexicons know as a body's in any form: «Роснефти» after "акций" is the company, not a campaign's title.</summary>
    private static bool IsKnownBody(AnalyzedDocument doc, (int First, int End) name) =>
        KnownOrganizations.Shared.IdOfAnyForm(JoinTokens(doc, name.First, name.End)) is not null;

    private static int CloseQuoteAfter(AnalyzedDocument doc, int from, int end)
    {
        for (var k = from; k < end; k++) if (IsCloseQuote(doc.Tokens[k].Text)) return k;
        return from;
    }

    private static int FindToken(AnalyzedDocument doc, int from, int to, string text)
    {
        for (var k = from; k < to; k++) if (doc.Tokens[k].Text == text) return k;
        return -1;
    }

    private static int? OrgHeadAt(IReadOnlyList<string> low, int i) =>
        Lex.OrgHeadsFirst.Match(low, i)?.Length ?? Lex.OrgHeadsLast.Match(low, i)?.Length;

    /// <summary>A capitalized word, or an Arabic name with its lower-case article; not "I’m", "I've".</summary>
    private static bool IsNameToken(string t) =>
        t.Length > 1 && (char.IsUpper(t[0]) && char.IsLetter(t[0]) && !(t[0] == 'I' && t[1] is '\'' or '’') || char.IsLower(t[0]) && ArticledName(t));

    /// <summary>
    /// A name that opens with a storm's word or follows one: "Cyclone Freddy", "hurricane Ian", "ураган Иэн"; not a name
    /// after the common English "storm" in lower case ("after the storm Kharkiv's residents…").
    /// </summary>
    private static bool StormName(AnalyzedDocument doc, int first, int sentenceFirst)
    {
        var low = doc.LowerTokens;
        if (first >= low.Count) return false;
        if (Lex.StormWords.Contains(low[first])) return true;
        return first > sentenceFirst && Lex.StormWords.Contains(low[first - 1]) && !(low[first - 1] == "storm" && doc.Tokens[first - 1].Text == "storm");
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Articles = Lex.NameArticles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"al-Qaeda", "al-Zawahiri", "ash-Sham": an Arabic name keeps its article in lower case (name-articles.txt).</summary>
    private static bool ArticledName(string t)
    {
        var dash = t.IndexOf('-');
        return dash is > 0 and < 4 && dash + 1 < t.Length && char.IsUpper(t[dash + 1]) && Articles.Contains(t.AsSpan(0, dash));
    }

    /// <summary>An article written apart from its name that starts a run: "al Qaeda" (an article that is also a name particle).</summary>
    private static bool ArticleBeforeName(AnalyzedDocument doc, int i, int end) =>
        i + 1 < end && Lex.NameArticles.Contains(doc.LowerTokens[i]) && Lex.NameParticles.Contains(doc.LowerTokens[i])
        && char.IsLower(doc.Tokens[i].Text[0]) && IsNameToken(doc.Tokens[i + 1].Text) && char.IsUpper(doc.Tokens[i + 1].Text[0]);

    /// <summary>A maximal run of capitalized tokens, with connectors (Freedom of Russia Legion) and a trailing place head (Belgorod region).</summary>
    private static (int First, int End) CapitalizedRun(AnalyzedDocument doc, int i, int end, bool[] claimed)
    {
        var low = doc.LowerTokens;
        var j = i;
        while (j < end && !claimed[j])
        {
            var t = doc.Tokens[j].Text;
            if (IsNameToken(t) || j == i && ArticleBeforeName(doc, j, end)) { j++; continue; }
            // "St. Louis", "Mount St. Helens": the point of "St." is the abbreviation's, inside the name.
            if (t == "." && j > i && doc.LowerTokens[j - 1] is "st" or "ste" or "mt" or "ft" && j + 1 < end && IsNameToken(doc.Tokens[j + 1].Text)
                && doc.Tokens[j].Span.Start == doc.Tokens[j - 1].Span.End && !claimed[j + 1]) { j++; continue; }
            // "St James' Park": the apostrophe of a name's possessive in -s' is inside the name.
            if (t is "'" or "’" && j > i && low[j - 1].EndsWith('s') && doc.Tokens[j].Span.Start == doc.Tokens[j - 1].Span.End && j + 1 < end
                && IsNameToken(doc.Tokens[j + 1].Text) && !claimed[j + 1]) { j++; continue; }
            if (Connectors.Contains(t) && j + 1 < end && IsNameToken(doc.Tokens[j + 1].Text) && !claimed[j + 1]
                && !Lex.IsFunctionWord(low[j + 1])) { j++; continue; }
            break;
        }
        // "Belgorod region", "Белгородской области": a lower-case place head right after the run.
        if (j < end && !claimed[j] && char.IsLower(doc.Tokens[j].Text[0]) && Lex.PlaceHeads.Match(low, j) is { } ph) return (i, j + ph.Length);
        // "Московском государственном университете", "Львівського військового училища": a capitalized adjective,
        // lower-case adjectives and an organization's head make one name.
        if (j == i + 1 && BodyHeadAfterAdjectives(doc, i, end, claimed) is int head)
        {
            // Whose it is stays in the name: "Государственная миграционная служба Украины", "… комиссии ПМР", also a body
            // named the same way ("Нижней палаты Национального конгресса Бразилии").
            var owner = head + 1;
            if (owner + 1 < end && !claimed[owner] && char.IsUpper(doc.Tokens[owner].Text[0]) && BodyHeadAfterAdjectives(doc, owner, end, claimed) == owner + 1)
                owner += 2;
            return (i, OwnerEnd(doc, owner, Math.Min(end, owner + 2), claimed));
        }
        if (j == i + 1 && GenitiveTail(doc, i, end, claimed) is int tail) return (i, tail);
        // "Бойцы Сил специальных операций": the sentence's first word is capitalized anyway; the name starts after it.
        if (j == i + 2 && doc.StartsSentence(i) && GenitiveTail(doc, i + 1, end, claimed) is not null) return (i, i + 1);
        return (i, j);
    }

    /// <summary>
    /// Where a body's long English name ends: "Alliance of Democratic Forces for the Liberation of Congo", "Council on
    /// American-Islamic Relations", "New York City Health and Hospitals Corporation". A run that opens with a body's head
    /// word goes on over "for the", "of the", "on" and "and" before capitalized words; one that ends in a body's head
    /// takes in "X and" before it. Not "and the", nor "and" after a head ("Silicon Valley Bank and Signature Bank": two
    /// bodies), nor an acronym or a country after "and".
    /// </summary>
    private int LongBodyNameEnd(AnalyzedDocument doc, int first, int end, int sentenceEnd, bool[] claimed)
    {
        var low = doc.LowerTokens;
        if (end <= first || NameKey.IsCyrillic(low[first][0])) return end;
        var head = AfterArticle(low, first, end - 1);
        var opensWithHead = Lex.OrgHeadsFirst.Match(low, head) is not null;
        var k = end;
        while (k < sentenceEnd && !claimed[k] && !AfterAbbreviatedForm(doc, k))
        {
            var next = k;
            if (low[k] is "for" or "of" or "on" && (opensWithHead || IsOrg(low, head, k))) next = k + 1 < sentenceEnd && low[k + 1] == "the" ? k + 2 : k + 1;
            // Not after a body's head: "Silicon Valley Bank and Signature Bank" are two.
            else if (low[k] == "and" && k + 1 < sentenceEnd && !IsAcronym(doc.Tokens[k + 1].Text) && !IsMajorPlace(doc.Tokens[k + 1].Text)
                     && Lex.OrgHeadsLast.Match(low, k - 1) is null && !Lex.CompanyHeads.Contains(low[k - 1])) next = k + 1;
            // "… Co-operation in Europe": "in" only where a known body's name goes on so.
            else if (low[k] == "in" && k + 1 < sentenceEnd && IsKnownOrganization(JoinTokens(doc, head, k + 2))) return k + 2;
            else break;
            if (next >= sentenceEnd || claimed[next] || !IsNameToken(doc.Tokens[next].Text) || Lex.IsFunctionWord(low[next])
                || Lex.Weekdays.Match(low, next) is not null || Lex.Months.Match(low, next) is not null) break;
            var run = CapitalizedRun(doc, next, sentenceEnd, claimed);
            if (run.End <= next) break;
            // "and" joins only where the whole ends in a body's head or opens with one: "Health and Hospitals Corporation".
            if (low[k] == "and" && !opensWithHead && Lex.OrgHeadsLast.Match(low, run.End - 1) is null) break;
            k = run.End;
        }
        return k;
    }

    /// <summary>
    /// Where a place's name ends that goes on over short words in lower case after the run ("Dar es Salaam", "Frankfurt am
    /// Main", "Trinidad and Tobago"), if the gazetteer holds the whole.
    /// </summary>
    private int? PlaceThroughParticles(AnalyzedDocument doc, (int First, int End) run, int end, bool[] claimed)
    {
        var k = run.End;
        while (k < end && k - run.End < 2 && !claimed[k] && doc.Tokens[k].Text.Length <= 5 && doc.Tokens[k].Text.All(char.IsLower)) k++;
        if (k == run.End || k >= end || claimed[k] || !IsNameToken(doc.Tokens[k].Text)) return null;
        var rest = CapitalizedRun(doc, k, end, claimed);
        return gazetteer.NamedExactly(JoinTokens(doc, run.First, rest.End)).Any() ? rest.End : null;
    }

    /// <summary>A lone capitalized Cyrillic word whose lower-case next word makes with it a natural feature's name.</summary>
    private bool NaturalFeatureWithHead(AnalyzedDocument doc, (int First, int End) run, int end, bool[] claimed) =>
        run.End == run.First + 1 && run.End < end && !claimed[run.End] && NameKey.IsCyrillic(doc.LowerTokens[run.First][0])
        && char.IsLower(doc.Tokens[run.End].Text[0])
        && gazetteer.Lookup(JoinTokens(doc, run.First, run.End + 1)).Any(p => p.IsNaturalFeature);

    /// <summary>Where the name of an award that starts at <paramref name="from"/> ends: a quoted name or a capitalized run; null if none follows.</summary>
    private static int? AwardEnd(AnalyzedDocument doc, int from, int end, bool[] claimed)
    {
        if (from >= end || claimed[from]) return null;
        if (IsOpenQuote(doc.Tokens[from].Text) && QuotedName(doc, from, end) is { } quoted) return CloseQuoteAfter(doc, quoted.End, end) + 1;
        if (!IsNameToken(doc.Tokens[from].Text)) return null;
        var run = CapitalizedRun(doc, from, end, claimed);
        return run.End > from ? run.End : null;
    }

    /// <summary>
    /// Where a title inside a capitalized run ends the name before it: "NATO Secretary General Mark Rutte", "the UN Secretary
    /// General", "Kyiv Mayor Vitali Klitschko" (the person after the title is read on its own). A title that a given name does
    /// not follow and that does not end the run is part of a name: "Russian General Staff".
    /// </summary>
    private static int TitleInside(AnalyzedDocument doc, int first, int end)
    {
        var low = doc.LowerTokens;
        for (var k = first + 1; k < end; k++)
            if (Lex.Titles.Match(low, k) is { } title && k + title.Length <= end && (k + title.Length == end || Lex.GivenNames.Contains(low[k + title.Length])))
                return k;
        return end;
    }

    /// <summary>
    /// Where a person's name ends before "of" or "for" inside a run: "Karim Haddad of Hezbollah" is a person and the body
    /// he belongs to (a person's name holds particles, never these). The run must open with a given name and hold two or
    /// three words before the connector, none of them a head ("Yale School of Medicine").
    /// </summary>
    private int PersonBeforeConnector(AnalyzedDocument doc, int first, int end)
    {
        var low = doc.LowerTokens;
        // "Catherine of Russia", "Margaret of Parma": a given name alone before "of" and a place of size.
        if (first + 2 < end && doc.Tokens[first + 1].Text == "of" && IsGivenName(doc, first) && !IsMajorPlace(doc.Tokens[first].Text)
            && WorldPlaces.Large(gazetteer, JoinTokens(doc, first + 2, end)))
            return first + 1;
        for (var k = first + 2; k < end - 1 && k <= first + 3; k++)
            if (doc.Tokens[k].Text is "of" or "for" && IsGivenName(doc, first)
                && Enumerable.Range(first, k - first).All(x => IsNameToken(doc.Tokens[x].Text) && !IsOrgHeadWord(low[x]) && !Lex.PlaceHeads.TryGet(low[x], out _)))
                return k;
        // "Glushkovsky District of Kursk Oblast": a place named with its head, then the region it lies in, are two places.
        for (var k = first + 2; k < end - 1; k++)
            if (doc.Tokens[k].Text == "of" && Lex.PlaceHeads.TryGet(low[k - 1], out _) && Lex.PlaceHeads.TryGet(low[end - 1], out _) && end - k > 2)
                return k;
        return end;
    }

    /// <summary>
    /// Where a second Russian or Ukrainian person starts inside a run of names: at a given name after a given name and a
    /// surname ("Івана Василевського | Аркадієм Пастухом"), or at a given name and patronymic after another given name
    /// ("Христину | Теодозія Борисівна"); not after a surname written first ("Шевченко Тарас Григорович" is one).
    /// </summary>
    private int? SecondPersonAt(AnalyzedDocument doc, int first, int end)
    {
        var low = doc.LowerTokens;
        // Both patterns need three words at least.
        if (end - first < 3 || !NameKey.IsCyrillic(low[first][0])) return null;
        for (var k = first + 1; k < end; k++)
        {
            if (!char.IsUpper(doc.Tokens[k].Text[0]) || !IsGivenName(doc, k) || IsPatronymic(low[k - 1])) continue;
            if (k + 1 < end && IsPatronymic(low[k + 1]) && IsGivenName(doc, k - 1)) return k;
            // Not after a country that is also a given name: "Израиля Эхуд Барак".
            if (k - first >= 2 && IsGivenName(doc, k - 2) && !IsMajorPlace(doc.Tokens[k - 2].Text) && !IsGivenName(doc, k - 1) && char.IsUpper(doc.Tokens[k - 1].Text[0])) return k;
        }
        return null;
    }

    /// <summary>
    /// Where a capitalized run holds two names side by side, the end of the first: in Russian and Ukrainian text a change of
    /// script ("Lenta.ru Галина Тимченко", "Николая Азарова NEWSru.com"), and a person's Cyrillic given name and surname
    /// after a word that is neither a given name nor a surname ("гендиректор Мегафона Иван Таврин", "Райффайзенбанка Сергей Либин";
    /// not "Радіонову Вʼячеславу Денисовичу", surname first), unless <paramref name="byGivenName"/> is false.
    /// </summary>
    private static int NextNameAt(AnalyzedDocument doc, int first, int end, bool byGivenName = true)
    {
        var tokens = doc.Tokens;
        for (var k = first + 1; k < end; k++)
        {
            string before = tokens[k - 1].Text, word = tokens[k].Text;
            if (doc.Language is "ru" or "uk" && char.IsLetter(before[0]) && char.IsLetter(word[0]) && NameKey.IsCyrillic(before[0]) != NameKey.IsCyrillic(word[0])
                && !IsRomanNumeral(before) && !IsRomanNumeral(word))
                return k;
            // "Italy coach John Kirwan": an office in lower case between two English names.
            if (char.IsAsciiLetterLower(before[0]) && k - 1 > first && Lex.Titles.Match(doc.LowerTokens, k - 1) is { Length: 1 } && IsNameToken(word) && char.IsAsciiLetter(word[0]))
                return k;
            // Russian and Ukrainian given names are seldom words of places or bodies; English ones often are ("Santa", "Kong").
            if (byGivenName && end - k is 2 or 3 && NameKey.IsCyrillic(word[0]) && IsGivenName(doc, k) && !IsGivenName(doc, k - 1) && IsNameToken(before) && !Connectors.Contains(before)
                && !NameMorphology.LooksLikeSurname(before) && !Lex.Surnames.Contains(doc.LowerTokens[k - 1]) && !IsPatronymic(doc.LowerTokens[end - 1])
                && Lex.Titles.Match(doc.LowerTokens, k - 1) is null
                && Enumerable.Range(k + 1, end - k - 1).All(x => IsNameToken(tokens[x].Text) && !IsAcronym(tokens[x].Text) && !Lex.OrgHeadsLast.TryGet(doc.LowerTokens[x], out _) && !Lex.PlaceHeads.TryGet(doc.LowerTokens[x], out _)))
                return k;
        }
        return end;
    }

    /// <summary>
    /// "правительства Германии", "министерства иностранных дел Украины", "власти Петербурга": a state's or region's institution
    /// written in lower case before the place it belongs to is one organization with it (docs/annotation.md). The body speaks
    /// and acts, not the country; the place is no place of its own there. Up to four lower-case words may stand between.
    /// </summary>
    private static void StateBodyPass(AnalyzedDocument doc, List<Draft> drafts, bool[] claimed)
    {
        var low = doc.LowerTokens;
        for (var n = 0; n < drafts.Count; n++)
        {
            var place = drafts[n];
            if (place.Kind != MentionKind.Place || place.Antecedent is not null) continue;
            var sentenceFirst = doc.TokenRange(doc.Tokens[place.First].Sentence).First;
            for (var head = place.First - 1; head >= Math.Max(sentenceFirst, place.First - 5) && !claimed[head]; head--)
            {
                var text = doc.Tokens[head].Text;
                if ((char.IsLower(text[0]) || head == sentenceFirst) && StateBody(doc, head, place.End) is { } body)
                {
                    for (var k = head; k < place.First; k++) claimed[k] = true;
                    drafts[n] = body;
                    break;
                }
                // "в администрациях четырёх президентов США" is about the presidents: no number or title stands between.
                if (!text.All(c => char.IsLower(c) || c == '-') || LooksLikeVerb(low[head]) || Lex.IsFunctionWord(low[head]) && low[head] is not ("по" or "з")
                    || Lex.Titles.Match(low, head) is not null || Lex.Numbers.Match(low, head) is not null) break;
            }
        }
    }

    /// <summary>The organization a state body's word at <paramref name="head"/> makes with the words up to <paramref name="end"/>, named with the word's nominative; null for other words.</summary>
    private static Draft? StateBody(AnalyzedDocument doc, int head, int end) =>
        end - head >= 2 && Lex.StateBodies.Match(doc.LowerTokens, head) is { Length: 1 } body
            ? new Draft(head, end, MentionKind.Organization, $"{body.Value} {JoinTokens(doc, head + 1, end)}")
            : null;

    /// <summary>
    /// A regnal or ordinal number in Roman numerals (Рамзес II, Карл XVI Густав, Parts I through IV): no name of its own.
    /// D is left out, so that "DC" stays a name.
    /// </summary>
    private static bool IsRomanNumeral(string t) => t.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'M');

    /// <summary>An acronym in the brackets after a name: "the Eastern Shield Legion (ESL)", "(…; abbr. ЛСР)" give its abbreviation.</summary>
    private static bool AbbreviatedInBrackets(AnalyzedDocument doc, int at, bool[] claimed) => OpeningBracketBefore(doc, at) is int open && claimed[open - 1];

    /// <summary>The name whose brackets hold the acronym at <paramref name="at"/>: the draft that ends right before them.</summary>
    private static Draft? BracketedAfter(AnalyzedDocument doc, int at, List<Draft> sentenceDrafts) =>
        OpeningBracketBefore(doc, at) is int open ? sentenceDrafts.LastOrDefault(d => d.End == open && d.Antecedent is null) : null;

    private static int? OpeningBracketBefore(AnalyzedDocument doc, int at)
    {
        if (!IsAcronym(doc.Tokens[at].Text)) return null;
        // Brackets may hold a name's other spellings before it, with full stops in them ("abbr."): the bracket, not the sentence, bounds it.
        for (var k = at - 1; k >= 1 && k >= at - 48; k--)
        {
            if (doc.Tokens[k].Text == ")") return null;
            if (doc.Tokens[k].Text == "(") return k;
        }
        return null;
    }

    /// <summary>A Russian or Ukrainian patronymic in any case (Денисовичу, Ивановной): after it, the name was written surname first.</summary>
    private static bool IsPatronymic(string lower) => Patronymic.Any(p => lower.Contains(p, StringComparison.Ordinal));

    private static readonly string[] Patronymic = ["ович", "евич", "овна", "овны", "овне", "овной", "евна", "евны", "евне", "евной", "івна", "івни", "івні", "івною"];

    /// <summary>
    /// "Служба внешней разведки", "Сил безпілотних систем", "Министерство обороны": a capitalized institution word and the
    /// lower-case words that say which, up to the word that ends them (a verb, a function word, punctuation). The tail
    /// ends in a noun; at a sentence's start, where every word is capitalized, it must hold an adjective too ("Силы противника" is none).
    /// </summary>
    private static int? GenitiveTail(AnalyzedDocument doc, int head, int end, bool[] claimed)
    {
        var low = doc.LowerTokens;
        if (!NameKey.IsCyrillic(low[head][0]) || Lex.OrgHeadsFirst.Match(low, head) is not { Length: 1 }) return null;
        var k = head + 1;
        bool Word(int x) => x < end && !claimed[x] && doc.Tokens[x].Text.All(char.IsLower) && !Lex.IsFunctionWord(low[x]) && Lex.Titles.Match(low, x) is null
                            && !LooksLikeVerb(low[x]) && !PresentTense.Any(e => low[x].EndsWith(e, StringComparison.Ordinal));
        // "Комитет по обороне", "Совет при президенте": what the body deals with, after "по" or "при".
        while (k < end && k - head <= 6 && (Word(k) || low[k] is "по" or "при" && Word(k + 1))) k++;
        // Nouns in -ций/-цій, -ом/-ем (операций, організацій, систем) only look like adjectives.
        while (k > head + 1 && IsAdjectiveForm(low[k - 1]) && !NounLike.Any(e => low[k - 1].EndsWith(e, StringComparison.Ordinal))) k--;
        if (k == head + 1) return null;
        if (doc.StartsSentence(head) && !Enumerable.Range(head + 1, k - head - 1).Any(x => IsAdjectiveForm(low[x]))) return null;
        // Whose it is stays in the name: "Министерство внутренних дел Сингапура".
        return OwnerEnd(doc, k, Math.Min(end, head + 7), claimed);
    }

    /// <summary>Where the capitalized words naming an organization's owner end, from <paramref name="from"/>, before <paramref name="limit"/>; a given name starts a person instead.</summary>
    private static int OwnerEnd(AnalyzedDocument doc, int from, int limit, bool[] claimed)
    {
        var k = from;
        while (k < limit && !claimed[k] && IsNameToken(doc.Tokens[k].Text) && !Lex.GivenNames.Contains(doc.LowerTokens[k])) k++;
        return k;
    }

    private static readonly string[] PresentTense = ["ет", "ит", "ют", "ят", "ут", "ть", "ться", "тся"];
    private static readonly string[] NounLike = ["ций", "цій", "ом", "ем"];

    /// <summary>A Russian or Ukrainian word with an adjective's ending (государственном, військового).</summary>
    /// <summary>A Cyrillic adjective in the plural ("Парижские", "Паризькі") right before a lower-case word of its sentence.</summary>
    private static bool PluralAdjectiveBeforeNoun(AnalyzedDocument doc, int at)
    {
        var lower = doc.LowerTokens[at];
        return lower.Length > 5 && NameKey.IsCyrillic(lower[0]) && PluralAdjectiveEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal))
               && doc.Tokens[at + 1].Sentence == doc.Tokens[at].Sentence && doc.Tokens[at + 1].Text.All(char.IsLower) && doc.Tokens[at + 1].Text.Length > 2;
    }

    private static readonly string[] PluralAdjectiveEndings = ["ские", "ских", "скими", "цкие", "ные", "ных", "ными", "ські", "ських", "ськими", "цькі", "цьких"];

    /// <summary>
    /// An adjective before a body's head word: also a Ukrainian one in the nominative feminine, neuter or plural ("Херсонська
    /// обласна рада", "Головне управління", "Державна податкова служба"), endings that elsewhere nouns and adverbs share
    /// (країна, мова, сьогодні).
    /// </summary>
    private static bool IsAdjectiveBeforeHead(string lower) =>
        IsAdjectiveForm(lower) || lower.Length > 4 && lower[^1] is 'а' or 'е' or 'і' && !Lex.IsFunctionWord(lower)
        && UkrainianAdjectiveStems.Any(e => lower.AsSpan(0, lower.Length - 1).EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] UkrainianAdjectiveStems = ["ськ", "цьк", "зьк", "льн", "сн", "нн", "вн", "ов", "ев", "єв", "чн", "рн", "тн", "дн", "жн", "щ"];

    private static bool IsAdjectiveForm(string lower) =>
        lower.Length > 4 && AdjectiveEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] AdjectiveEndings =
        ["ый", "ий", "ій", "ой", "ней", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ім", "ом", "ем", "ую", "юю", "ых", "их", "іх", "ыми", "ими", "іми", "ої", "ою"];

    /// <summary>A Latin capitalized word no lexicon gives a meaning: no common word, title, head, nationality, place, acronym or company's word.</summary>
    private bool IsUnlistedNameWord(AnalyzedDocument doc, int k)
    {
        var (text, lower) = (doc.Tokens[k].Text, doc.LowerTokens[k]);
        return IsNameToken(text) && char.IsAsciiLetter(text[0]) && !IsAcronym(text) && !Lex.CommonWords.Contains(lower) && !Lex.IsFunctionWord(lower)
               && !Lex.Titles.TryGet(lower, out _) && !IsHeadWord(lower) && !Lex.Demonyms.TryGet(lower, out _) && !Lex.CompanyWords.Contains(lower)
               && !Lex.CompanyHeads.Contains(lower) && !IsKnownOrganization(text) && !gazetteer.Lookup(text).Any(WorldPlaces.IsLarge) && !IsMajorPlace(text);
    }

    /// <summary>The kind of a capitalized run, and whether a head word, lexicon or title decided it (strong) or only a shape or the gazetteer (weak).</summary>
    private (Draft? Draft, bool Strong) Classify(AnalyzedDocument doc, int first, int end, int sentenceFirst, HashSet<string> surnames)
    {
        var low = doc.LowerTokens;
        var tokens = doc.Tokens;
        // After a title of one or two words, or an abbreviated one ("Ms. Varnholt", "Dr. Whitaker").
        var titleBefore = TitleBefore(doc, first, sentenceFirst);
        var titled = titleBefore is not null;
        // "Mr", "Ms", "Dr": only a person follows.
        var addressed = titleBefore == "address";
        var described = false;
        // "St. Louis", "Saint-Étienne": a saint's name that a town of note has is the town, though a given name follows "St.".
        if (end - first >= 2 && low[first] is "st" or "saint" or "ste" && gazetteer.Lookup(JoinTokens(doc, first, end)).Any(IsPlaceOfNote))
            return (new Draft(first, end, MentionKind.Place, JoinTokens(doc, first, end)), true);
        // A known body's or club's whole name, before a sentence's first word or an adjective is dropped: "Dynamo Kyiv", "Major League Baseball".
        if (Club(doc, first, end) is { } fullClub) return (fullClub, true);
        // Not after an article, which the known names' keys drop ("The NBA" is "NBA").
        if (end - first >= 2 && low[first] is not ("the" or "a" or "an") && IsKnownOrganization(JoinTokens(doc, first, end))) return (new Draft(first, end, MentionKind.Organization, JoinTokens(doc, first, end)), true);
        // A nationality adjective before a state form names the state: "Кыргызской Республики", "Russian Federation".
        // A sentence's capitalized first word before it is no part of it ("Делегация Кыргызской Республики").
        if ((end - first == 2 || end - first == 3 && first == sentenceFirst)
            && Lex.Demonyms.Match(low, end - 2) is { Length: 1 } && Lex.StateForms.Match(low, end - 1) is { Length: 1 })
            return (new Draft(end - 2, end, MentionKind.Place, JoinTokens(doc, end - 2, end)), true);
        if (StateOfPlace(doc, first, end, sentenceFirst) is { } state) return (state, true);
        if (AdjectivalInstitution(doc, first, end) is { } institution) return (institution, true);
        // "вулиці Шевченка", "вул. Академіка Проскури": a street's word and the name after it are one place, whoever it honours.
        if (StreetWordBefore(doc, first, sentenceFirst) is int street) return (new Draft(street, end, MentionKind.Place, JoinTokens(doc, street, end)), true);
        // "General Motors Corp", "General Electric": a listed company whose name opens with a title's word keeps it.
        if (end - first >= 2 && Lex.Titles.Match(low, first) is not null && Lex.CompaniesOpeningWithTitles.Contains(low[first] + " " + low[first + 1]))
            return (new Draft(first, end, MentionKind.Organization, JoinTokens(doc, first, end)), true);
        // "Christian Wolmar", "Frank Lampard": a creed's or a people's word that WordNet says opens persons' names, before a word no
        // lexicon gives another meaning, is a given name.
        if (end - first == 2 && (Lex.GroupWords.Contains(low[first]) || Lex.Demonyms.TryGet(low[first], out _)) && !NameKey.IsCyrillic(low[first][0])
            && WordNetWords.Shared.Proper(tokens[first].Text) is { } opener && opener.Opens.Contains('P')
            && IsUnlistedNameWord(doc, first + 1) && !Lex.GroupWords.Contains(low[first + 1]))
            return (Person(doc, first, end), true);
        // Strip leading function words, demonyms and titles: "The", "Russian President".
        while (first < end)
        {
            var w = low[first];
            if (Lex.Titles.Match(low, first) is { } t && first + t.Length < end)
            {
                titled = true;
                addressed |= t.Value == "address";
                first += t.Length;
                if (first + 1 < end && tokens[first].Text == ".") first++;
                continue;
            }
            if (FunctionWordAt(doc, first) && end - first > 1 && !Lex.NameOpeners.Contains(w)
                && !(w == "the" && end - first == 2 && Lex.OrgHeadsLast.Match(low, first + 1) is not null)) { first++; continue; }
            // Not where the whole is a place's name: "Indian Ocean", "South China Sea".
            if (Lex.Demonyms.Match(low, first) is { } dm && first + dm.Length < end && !IsOrg(low, first, end)
                && gazetteer.Major(JoinTokens(doc, first, end)) is not { IsNaturalFeature: true }) { first += dm.Length; described = true; continue; }
            if (CommonWordOfOpens(doc, first, end, sentenceFirst)) { first += 2; continue; }
            break;
        }
        if (first >= end) return (null, false);
        // "Georgian Kakha Kaladze scored": after a nationality, two words that are no common words, heads, places or bodies'
        // words name a person, though no list knows either.
        if (described && end - first == 2 && Enumerable.Range(first, 2).All(k => IsUnlistedNameWord(doc, k)))
            return (Person(doc, first, end), true);
        // "Northern Algeria": a direction's adjective before a country or a region that the gazetteer does not hold together.
        if (end - first >= 2 && Lex.CompassWords.Contains(low[first]) && gazetteer.Lookup(JoinTokens(doc, first, end)).Count == 0
            && gazetteer.Major(JoinTokens(doc, first + 1, end)) is { FeatureCode: "PCLI" or "ADM1" or "RGN" or "CONT" })
            return (new Draft(first + 1, end, MentionKind.Place, JoinTokens(doc, first + 1, end)), true);
        var text = JoinTokens(doc, first, end);
        var n = end - first;
        // Initialisms are looked up without their points: "U.K." is the UK, "U.N." the UN (places and known bodies only:
        // the long list of companies holds two-letter names such as "DC", which "Washington, D.C." is not).
        var key = n == 1 && IsInitials(text) ? text.Replace(".", "", StringComparison.Ordinal) : text;
        if (n == 1 && (FunctionWordAt(doc, first) || Lex.Demonyms.Match(low, first) is { Length: 1 } || CompoundOfNationalities(low[first]) || Lex.Months.Match(low, first) is not null
                       || Lex.Weekdays.Match(low, first) is not null || Lex.Titles.Match(low, first) is not null))
            return (null, false);
        // Known organizations; the international ones are the rules' alone: the tagger's lexicon feature stays with OrgNames, which it learned from.
        // Russian and Ukrainian inflect them ("Кремля", "Пентагона"): inside a sentence, a longer word's other forms count too.
        if (IsKnownOrganization(key)
            || NameKey.IsCyrillic(text[0]) && text.Length >= 5 && !CapitalizedAnyway(doc, first, sentenceFirst) && KnownOrganizations.Shared.IdOfAnyForm(text) is not null)
            return (new Draft(first, end, MentionKind.Organization, text), true);
        if (Club(doc, first, end) is { } club) return (club, true);
        // "Heineken NV", "Holsten-Brauerei AG": a name and its legal form.
        if (n >= 2 && FormHeldBy(doc, first, end) is not null) return (new Draft(first, end, MentionKind.Organization, text), true);
        // A venue by its two last words, though the last heads bodies too: "Arusha International Conference Centre".
        if (n >= 3 && !NameKey.IsCyrillic(text[0]) && Lex.FeatureHeads.Contains(low[end - 2] + " " + low[end - 1]))
            return (new Draft(first, end, MentionKind.Place, text), true);
        if (IsOrg(low, first, end) || CountrysBody(doc, first, end) || CitysTeam(doc, first, end) || AdjectivalBodyName(doc, first, end)
            || n == 1 && BodyBySuffix(doc, first))
            return (new Draft(first, end, MentionKind.Organization, text), true);
        // "Melkozerova, Veronika (22 May 2023)": a reference's author, surname first.
        if (n == 1 && end + 2 < doc.Tokens.Count && tokens[end].Text == "," && IsGivenName(doc, end + 1) && !IsMajorPlace(tokens[end + 1].Text) && tokens[end + 2].Text == "(")
            return (Person(doc, first, end), true);
        // A place head: English "Belgorod Region"; Russian and Ukrainian heads are lower-case ("Белгородской области").
        if (n >= 2 && (Lex.PlaceHeads.Match(low, end - 1) is not null && (!NameKey.IsCyrillic(text[0]) || char.IsLower(tokens[end - 1].Text[0]))
                       || Lex.PlaceHeads.Match(low, first) is not null && NameKey.IsCyrillic(text[0]) && char.IsLower(tokens[first].Text[0])))
            return (new Draft(first, end, MentionKind.Place, text), true);
        // A feature's or a facility's head ends or opens an English place's name: "Hudson River", "Pearl Harbor", "Bay of Plenty".
        // Not a given name and a surname that is also such a word, where no place has the whole name: "Damon Hill", "Tom Park".
        if (n >= 2 && !NameKey.IsCyrillic(text[0]) && (Lex.FeatureHeads.Contains(low[end - 1]) && char.IsUpper(tokens[end - 1].Text[0]) && !SurnameLikeFeature(doc, first, end)
                                                      || Lex.FeatureOpeners.Contains(low[first]) && !IsOrg(low, first, end)))
            return (new Draft(first, end, MentionKind.Place, text), true);
        // A surname after initials apart ("J. R. Haldane", "В. А. Петренко"), which ExtendPersons then joins to it; not a
        // common word after a numeral's letter ("World War I. Then…").
        if (n is 1 or 2 && first - 2 >= sentenceFirst && tokens[first - 1].Text == "." && IsInitial(tokens[first - 2].Text)
            && tokens[first - 1].Span.Start == tokens[first - 2].Span.End && !Lex.CommonWords.Contains(low[first]) && !IsAcronym(tokens[first].Text)
            && !IsOrg(low, first, end) && gazetteer.Best(text, prominentOnly: true) is null)
            return (Person(doc, first, end), true);
        if (n == 1 && CompoundBodyName(doc, first, surnames)) return (new Draft(first, end, MentionKind.Organization, text), true);
        // A well-known person by a name reports use ("Trump", "Путина", "Xi Jinping"), where no place of note has the name.
        if (KnownPerson(doc, first, end, sentenceFirst)) return (Person(doc, first, end), true);
        // A sea or a range whose name opens with a nationality that is also a given name: "Irish Sea".
        if (n >= 2 && !NameKey.IsCyrillic(text[0]) && Lex.Demonyms.Match(low, first) is not null && gazetteer.Major(text) is { IsNaturalFeature: true })
            return (new Draft(first, end, MentionKind.Place, text), true);
        // "Мельнику Сергію Миколайовичу", "Петра Івановича": a given name and a patronymic end a person's name, with the surname
        // before them; a sentence's capitalized first word before that is no part of it ("Нагородили Шевченка Тараса Григоровича").
        if (n >= 2 && NameKey.IsCyrillic(text[0]) && IsPatronymic(low[end - 1]) && IsGivenName(doc, end - 2))
        {
            var start = end - 3 >= first && (end - 3 > sentenceFirst || n == 3) && !IsGivenName(doc, end - 3) ? end - 3 : end - 2;
            return (Person(doc, start, end), true);
        }
        var givenFirst = IsGivenName(doc, first);
        // "Израиля Эхуд Барак": a country's name may also be a given name; then the tagger decides.
        // A city of the world that opens with a given name: "Santa Marta", "San Jose" (the tagger decides).
        // After a place's cue, any place the gazetteer holds so: "in Monte Carlo".
        if (n >= 2 && n <= 4 && givenFirst && !NameKey.IsCyrillic(text[0])
            && gazetteer.NamedExactly(text).Any(p => p.Population >= 100_000 || PlaceCueBefore(low, first, sentenceFirst)))
            return (new Draft(first, end, MentionKind.Place, text), false);
        // A given name that is also a country or a capital ("Israel", "Victoria") leaves the choice to the tagger, unless in
        // Latin script a surname follows that is neither a common word nor a place: "Victoria Nuland", not "Victoria Station".
        if (n >= 2 && n <= 4 && givenFirst)
            return (Person(doc, first, end), !IsMajorPlace(tokens[first].Text) || n == 2 && !NameKey.IsCyrillic(text[0]) && !IsAcronym(tokens[end - 1].Text)
                && !Lex.CommonWords.Contains(low[end - 1]) && gazetteer.Best(tokens[end - 1].Text, prominentOnly: true) is null && gazetteer.Major(tokens[end - 1].Text) is null);
        // After a title the run may still open with a place: "президента России Владимир Путин"; not after an address.
        if (titled) return (Person(doc, first, end), addressed);
        // A lone given name is ambiguous, never a place; but no person is "the Nile".
        // In Cyrillic also in another case ("Мирона", "Марії"), unless a place of note has that name or a place's cue comes before it.
        if (n == 1 && (Lex.GivenNames.Contains(low[first]) || NameKey.IsCyrillic(text[0]) && !PlaceCueBefore(low, first, sentenceFirst) && GivenNameNoPlace(doc, first)))
            return first > sentenceFirst && low[first - 1] == "the" && gazetteer.Major(key) is { IsNaturalFeature: true } ? (new Draft(first, end, MentionKind.Place, text), true) : (null, false);
        if (n == 1 && surnames.Contains(SurnameKey(tokens[first].Text))) return (Person(doc, first, end), true);
        if (n == 1 && SubjectBySurname(doc, first)) return (Person(doc, first, end), true);
        if (n == 1 && EnglishLoneName(doc, first, sentenceFirst) is { } lone)
            return (lone == MentionKind.Person ? Person(doc, first, end) : new Draft(first, end, lone, text), true);
        // A place of the gazetteer is sure after a place cue ("под Бахмутом") or when it cannot be a surname (Shebekino);
        // a surname-shaped one (Борисов) is left to the tagger, which sees whether it speaks or lies on a map. So is an
        // adjective that opens a sentence and names a village too ("Промышленная революция", "Центральное пространство").
        var cue = PlaceCueBefore(low, first, sentenceFirst);
        // "Kozinka, a village in the Belgorod region", "Козинка, село в …": a settlement's word in apposition.
        if (n <= 3 && SettlementAfter(doc, end)) return (new Draft(first, end, MentionKind.Place, text), true);
        // A village's or a town's name is one whether or not the gazetteer has it; a capital or a port is named by a country too.
        if (SettlementOf(doc, first, sentenceFirst) is { } settlement && (!Lex.SettlementWordsOfKnownPlaces.Contains(settlement) || gazetteer.Lookup(key).Any()))
            return (new Draft(first, end, MentionKind.Place, text), true);
        // "Houston, Texas", "Kozelsk, Kaluga Oblast": a region or a country after a town and a comma is the place, whatever the tagger says.
        if (first >= sentenceFirst + 2 && tokens[first - 1].Text == "," && !NameKey.IsCyrillic(text[0]) && gazetteer.Lookup(tokens[first - 2].Text).Any(IsPlaceOfNote)
            && (gazetteer.Best(key, prominentOnly: true) ?? WorldPlaces.Major(gazetteer, key)) is { FeatureCode: "ADM1" or "PCLI" })
            return (new Draft(first, end, MentionKind.Place, text), true);
        // A world region or a city of a million ("including Shanghai") only where the tagger sees no other name there.
        var prominent = gazetteer.Best(key, prominentOnly: true);
        if ((prominent ?? WorldPlaces.Major(gazetteer, key)) is { } place && (n > 1 || place.Population >= 500 || place.FeatureCode is "PCLI" or "ADM1" or "ADM2" || place.IsNaturalFeature || cue))
            return (new Draft(first, end, MentionKind.Place, text), cue || prominent is not null && !(NameMorphology.LooksLikeSurname(tokens[end - 1].Text) || Lex.Surnames.Contains(low[end - 1])
                || n == 1 && CapitalizedAnyway(doc, first, sentenceFirst) && IsAdjectiveForm(low[first])));
        // A city of the world of two words or more ("High Wycombe", "Rio de Janeiro"), or of one after a place's cue ("the
        // cities of Cologne and Bremen"), where the tagger sees nothing else.
        if ((n >= 2 || cue && !Lex.Surnames.Contains(low[first])) && !NameKey.IsCyrillic(text[0]) && WorldPlaces.Large(gazetteer, key))
            return (new Draft(first, end, MentionKind.Place, text), false);
        // After "у", "біля", "по" a Cyrillic name inflected past the usual endings (Сумах, Юнаківці) is still a place of the region.
        if (NameKey.IsCyrillic(text[0]) && cue && gazetteer.Lookup(text).Any(p => Gazetteer.IsProminent(p)))
            return (new Draft(first, end, MentionKind.Place, text), true);
        // A surname's shape: "-ов", "-enko"; an Arabic surname's article: "Abu Bakr al-Baghdadi".
        // Sure of a Latin pair that no lexicon gives another meaning: "Top seed Yevgeny Kafelnikov".
        if (n >= 2 && n <= 4 && (NameMorphology.LooksLikeSurname(tokens[end - 1].Text) || ArticledName(tokens[end - 1].Text) && !ArticledName(tokens[first].Text)))
            return (Person(doc, first, end), n == 2 && !NameKey.IsCyrillic(text[0]) && IsUnlistedNameWord(doc, first) && IsUnlistedNameWord(doc, first + 1));
        if (n == 1 && NameMorphology.LooksLikeSurname(tokens[first].Text) && NameKey.IsCyrillic(text[0])) return (Person(doc, first, end), false);
        if (n == 1 && IsAcronym(tokens[first].Text)) return (new Draft(first, end, MentionKind.Organization, text), false);
        return (null, false);
    }

    /// <summary>A given name before a feature's word that WordNet says also ends persons' names ("Damon Hill"), where no place has the name.</summary>
    private bool SurnameLikeFeature(AnalyzedDocument doc, int first, int end) =>
        end - first == 2 && Lex.GivenNames.Contains(doc.LowerTokens[first]) && WordNetWords.Shared.Proper(doc.Tokens[first + 1].Text) is { } kinds
        && kinds.Ends.Contains('P') && !gazetteer.Lookup(JoinTokens(doc, first, end)).Any();

    /// <summary>
    /// "the British Embassy", "Ukrainian Orthodox Church", "the Catholic Church": adjectives of a nation or a faith and an
    /// institution's head word (institution-heads.tsv) name the institution.
    /// </summary>
    private static Draft? AdjectivalInstitution(AnalyzedDocument doc, int first, int end)
    {
        var low = doc.LowerTokens;
        first = AfterArticle(low, first, end);
        if (end - first < 2 || !Lex.InstitutionHeads.Contains(low[end - 1]) || !char.IsUpper(doc.Tokens[end - 1].Text[0])) return null;
        for (var k = first; k < end - 1; k++)
            if (!char.IsUpper(doc.Tokens[k].Text[0]) || !Lex.FaithAdjectives.Contains(low[k]) && Lex.Demonyms.Match(low, k) is not { Length: 1 }) return null;
        return new Draft(first, end, MentionKind.Organization, JoinTokens(doc, first, end));
    }

    /// <summary>
    /// Whether [first, end) is a well-known person's name (Data/people.tsv): in Cyrillic inflected too ("Путина", "Володимира
    /// Зеленського"), by each word's nominative. A place of note of the name stays a place.
    /// </summary>
    private bool KnownPerson(AnalyzedDocument doc, int first, int end, int sentenceFirst)
    {
        var text = JoinTokens(doc, first, end);
        var known = KnownPersons.IdOf(text) ?? (NameKey.IsCyrillic(text[0])
            ? KnownPersons.IdOf(string.Join(' ', Enumerable.Range(first, end - first).Select(k => NameMorphology.Nominative(doc.Tokens[k].Text, Lex.GivenNames))))
            : null);
        // "Groucho Marx": another first name before a well-known surname is a person of that family, unless a place or a body's word.
        if (known is null && end - first == 2 && !NameKey.IsCyrillic(text[0]) && KnownPersons.IdOf(doc.Tokens[first + 1].Text) is not null
            && !Lex.CommonWords.Contains(doc.LowerTokens[first]) && !IsHeadWord(doc.LowerTokens[first]) && gazetteer.Lookup(doc.Tokens[first].Text).Count == 0)
            return true;
        if (known is null && end - first == 1 && DictionaryPerson(doc, first)) return true;
        if (known is null || end - first > 1) return known is not null;
        return !IsMajorPlace(text) && !gazetteer.NamedExactly(text).Any(WorldPlaces.IsLarge) && !(Lex.CommonWords.Contains(doc.LowerTokens[first]) && CapitalizedAnyway(doc, first, sentenceFirst));
    }

    /// <summary>
    /// "Herzl", "Sulla", "Thutmose": a lone English word, with no capitalized neighbour, that WordNet names as a person and as
    /// nothing else (no word, place, group or work), where no place of the gazetteer has that very name.
    /// </summary>
    private bool DictionaryPerson(AnalyzedDocument doc, int at)
    {
        var text = doc.Tokens[at].Text;
        // Alone: "Berkshire Hathaway" and "Robert D Morgan" are other names.
        bool Capitalized(int k) => k >= 0 && k < doc.Tokens.Count && doc.Tokens[k].Sentence == doc.Tokens[at].Sentence && char.IsUpper(doc.Tokens[k].Text[0]);
        return doc.Language == "en" && text.Length >= 3 && !Capitalized(at - 1) && !Capitalized(at + 1) && char.IsAsciiLetterUpper(text[0]) && !IsAcronym(text)
            && WordNetWords.Shared.Proper(text) is { Alone: "P" } && !WordNetWords.Shared.IsCommon(doc.LowerTokens[at])
            && !Lex.CommonWords.Contains(doc.LowerTokens[at]) && !IsKnownOrganization(text) && !gazetteer.NamedExactly(text).Any();
    }

    /// <summary>
    /// "Kingdom of France", "Principality of Monaco", "People's Republic of China": a state's form, "of" and a country or a
    /// place of size name one state, a place.
    /// </summary>
    private Draft? StateOfPlace(AnalyzedDocument doc, int first, int end, int sentenceFirst)
    {
        var low = doc.LowerTokens;
        first = AfterArticle(low, first, end);
        if (end - first < 3 || !char.IsUpper(doc.Tokens[first].Text[0]) || Lex.StateForms.Match(low, first) is not { Length: 1 } || low[first + 1] != "of") return null;
        var place = JoinTokens(doc, first + 2, end);
        if (!IsPlaceOfSize(place)) return null;
        // "People's Republic": the people's word before the possessive belongs to the state's name.
        if (first - 2 >= sentenceFirst && low[first - 2] == "people" && low[first - 1] is "'s" or "’s") first -= 2;
        return new Draft(first, end, MentionKind.Place, JoinTokens(doc, first, end));
    }

    /// <summary>"King's College London", "University College London": a body's head word, then the city it stands in, end the name.</summary>
    private bool HeadBeforePlace(AnalyzedDocument doc, int from, int to)
    {
        for (var k = from + 1; k < to - 1; k++)
            if (char.IsUpper(doc.Tokens[k].Text[0]) && Lex.OrgHeadsLast.TryGet(doc.LowerTokens[k], out _) && IsMajorPlace(JoinTokens(doc, k + 1, to))) return true;
        return false;
    }

    /// <summary>A name the lexicons of organizations hold ("Agence France-Presse", "NATO").</summary>
    private static bool IsKnownOrganization(string name) =>
        Lex.OrgNames.ContainsKey(NameKey.Clean(name)) || KnownOrganizations.Shared.IdOf(name) is not null;

    /// <summary>"Gazprombank", "Сбербанком", "Приватбанку": one word that ends in a body's word (org-suffixes.txt), in any case form.</summary>
    private static bool BodyBySuffix(AnalyzedDocument doc, int at)
    {
        var lower = doc.LowerTokens[at];
        foreach (var suffix in Lex.OrgSuffixes)
            for (var ending = 0; ending <= (NameKey.IsCyrillic(lower[0]) ? 2 : 0); ending++)
                if (lower.Length - ending > suffix.Length + 2 && lower.AsSpan(0, lower.Length - ending).EndsWith(suffix, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// "Жители Курской области", "Утром Белгородскую область": a Russian or Ukrainian sentence's first word, capitalized
    /// only by its place, before a name that opens with an adjective is no part of it ("Голос Америки" stays one). Not an
    /// adjective that agrees with it ("Утром" does not), a given name, a particle ("Фон Бойст") or a body's or place's
    /// head word ("Генштаб ВСУ").
    /// </summary>
    private bool CapitalizedWordBeforeName(AnalyzedDocument doc, int first, int end, int sentenceFirst)
    {
        var low = doc.LowerTokens;
        return first == sentenceFirst && end - first > 1 && NameKey.IsCyrillic(low[first][0]) && Lex.CommonWords.Contains(low[first])
               && IsAdjectiveForm(low[first + 1]) && (!IsAdjectiveForm(low[first]) || low[first][^2..] != low[first + 1][^2..]) && !IsGivenName(doc, first)
               && !IsOrgHeadWord(low[first]) && Lex.PlaceHeads.Match(low, first) is null && !Lex.NameParticles.Contains(low[first])
               && !IsMajorPlace(doc.Tokens[first].Text) && char.IsUpper(doc.Tokens[first + 1].Text[0]);
    }

    /// <summary>
    /// "Центральной избирательной комиссии ПМР", "Нижней палаты Национального конгресса": a capitalized Cyrillic adjective,
    /// lower-case adjectives and a body's head word open a body's name, whatever follows it.
    /// </summary>
    private static bool AdjectivalBodyName(AnalyzedDocument doc, int first, int end) =>
        end - first >= 2 && NameKey.IsCyrillic(doc.Tokens[first].Text[0]) && BodyHeadAfterAdjectives(doc, first, end) is not null;

    /// <summary>
    /// Where a body's head word stands after the capitalized adjective at <paramref name="first"/> and up to three lower-case
    /// adjectives ("Московском государственном университете", "Херсонська обласна рада"), or null. With no lower-case adjective
    /// between ("Нижней палаты", "Первый канал"), only inside a sentence, where the capital means a name.
    /// </summary>
    private static int? BodyHeadAfterAdjectives(AnalyzedDocument doc, int first, int end, bool[]? claimed = null)
    {
        var low = doc.LowerTokens;
        if (!IsAdjectiveBeforeHead(low[first])) return null;
        bool Open(int x) => (claimed is null || !claimed[x]) && char.IsLower(doc.Tokens[x].Text[0]);
        var k = first + 1;
        while (k < end && k - first <= 3 && Open(k) && IsAdjectiveBeforeHead(low[k]) && !IsOrgHeadWord(low[k])) k++;
        return (k > first + 1 || !doc.StartsSentence(first)) && k < end && Open(k) && IsOrgHeadWord(low[k]) ? k : null;
    }

    private static bool IsOrg(IReadOnlyList<string> low, int first, int end)
    {
        var n = end - first;
        if (n >= 2 && (Lex.OrgHeadsLast.Match(low, end - 1) is not null || Lex.CompanyHeads.Contains(low[end - 1]))) return true;
        if (n >= 2 && Lex.OrgHeadsFirst.Match(low, first) is not null) return true;
        for (var k = first + 1; k < end - 1; k++)
            if (Lex.OrgHeadsLast.Match(low, k) is not null && low[k + 1] is "of" or "for") return true;
        return false;
    }

    /// <summary>
    /// A function word's letters written as an acronym where the sentence is not shouted: "US troops", "the US", "US Army"
    /// name a country; "THIS IS THE WORST" is all capitals.
    /// </summary>
    private bool AcronymNotShouted(AnalyzedDocument doc, int k)
    {
        var text = doc.Tokens[k].Text;
        // Only a known country's or body's ("US", "WHO"): a word written in capitals for stress ("ЩО вони хочуть") is a word.
        if (!IsAcronym(text) || gazetteer.Best(text, prominentOnly: true) is null && KnownOrganizations.Shared.IdOf(text) is null) return false;
        var (first, end) = doc.TokenRange(doc.Tokens[k].Sentence);
        for (var i = first; i < end; i++)
            if (doc.Tokens[i].Text.Any(char.IsLower)) return true;
        return false;
    }

    /// <summary>A function word as such: "us", "The", not "US" in a sentence written in lower case.</summary>
    private bool FunctionWordAt(AnalyzedDocument doc, int k) => Lex.IsFunctionWord(doc.LowerTokens[k]) && !AcronymNotShouted(doc, k);

    private static bool IsAcronym(string t) => t.Length is >= 2 and <= 6 && t.All(c => char.IsUpper(c) || char.IsDigit(c)) && t.Any(char.IsLetter);

    private static Draft Person(AnalyzedDocument doc, int first, int end)
    {
        var words = new List<string>();
        for (var k = first; k < end; k++)
            // An initial's point stays with it: "В. А. Моцарт".
            if (doc.Tokens[k].Text == "." && words.Count > 0) words[^1] += ".";
            else words.Add(doc.Tokens[k].Text);
        return new Draft(first, end, MentionKind.Person, string.Join(' ', NameMorphology.Nominatives(words, Lex.GivenNames)));
    }

    private static string JoinTokens(AnalyzedDocument doc, int first, int end) =>
        doc.Text[doc.Tokens[first].Span.Start..doc.Tokens[end - 1].Span.End];

    private static Span SpanOf(AnalyzedDocument doc, int first, int end) =>
        new(doc.Tokens[first].Span.Start, doc.Tokens[Math.Min(end, doc.Tokens.Count) - 1].Span.End);

    /// <summary>
    /// "Ukraine denied that it was in charge", "Russia says it will": a place that speaks of itself right before the
    /// pronoun (no comma between) is what the pronoun means, not the armed group the report is about.
    /// </summary>
    private static bool SaidOfItself(AnalyzedDocument doc, List<Draft> drafts, int at, int sentenceFirst) =>
        drafts.LastOrDefault(d => d.End <= at && d.First >= sentenceFirst) is { Kind: MentionKind.Place } place
        && at - place.End is >= 1 and <= 3 && Enumerable.Range(place.End, at - place.End).All(k => char.IsLetter(doc.Tokens[k].Text[0]));

    /// <summary>The mention an anaphor points back to: the nearest one of its kind (persons: within three sentences).</summary>
    private static Draft? FindAntecedent(AnalyzedDocument doc, List<Draft> drafts, int at, MentionKind kind, string head)
    {
        var sentence = doc.Tokens[at].Sentence;
        if (kind == MentionKind.Person)
        {
            var last = drafts.LastOrDefault(d => d.First < at && d.Kind == kind);
            return last is not null && sentence - doc.Tokens[last.First].Sentence <= 3 ? last : null;
        }
        // Organizations: the most often named candidate so far, the nearest on a tie.
        var headKey = NameKey.StemKey(head);
        return drafts
            .Select((d, order) => (d, order))
            .Where(x => x.d.First < at && x.d.Kind == kind && x.d.Antecedent is null
                        && (head == "*" ? IsArmedGroup(x.d.Normal) : NameKey.StemKey(x.d.Normal).Split(' ').Contains(headKey)))
            .GroupBy(x => NameKey.StemKey(x.d.Normal))
            .OrderByDescending(g => g.Count() + drafts.Count(a => a.Antecedent is int ai && g.Any(x => x.d.First == ai)))
            .ThenByDescending(g => g.Max(x => x.order))
            .Select(g => g.OrderByDescending(x => x.order).First().d)
            .FirstOrDefault();
    }

    /// <summary>Head words of armed groups in the three languages, as name keys ("the group" points back to one of these).</summary>
    private static readonly string[] ArmedHeads =
        new[] { "legion", "легион", "легіон", "battalion", "батальон", "батальйон", "corps", "корпус", "brigade", "бригада", "regiment", "полк",
                "company", "рота", "army", "армия", "армія", "group", "группа", "група", "movement", "движение", "рух", "forces", "силы", "сили",
                "unit", "отряд", "загін", "detachment", "подразделение", "підрозділ" }
        .Select(NameKey.StemKey).Distinct().ToArray();

    /// <summary>Heads that belong to a unit's name ("Legion", "полк"), unlike generic descriptors (party, movement, agency).</summary>
    private static readonly string[] UnitHeads =
        new[] { "legion", "легион", "легіон", "battalion", "батальон", "батальйон", "corps", "корпус", "brigade", "бригада", "regiment", "полк",
                "division", "дивизия", "дивізія", "рота", "detachment", "отряд", "загін", "guard", "гвардия", "гвардія" }
        .Select(NameKey.LooseStemKey).Distinct().ToArray();

    /// <summary>Only asked of a word the organization heads matched, so the loose key's short stems (рота, ротою → рот) are safe.</summary>
    private static bool IsUnitHead(string word) => IsInflectionOf(NameKey.LooseStemKey(word), UnitHeads);

    private static bool IsArmedGroup(string name) => NameKey.StemKey(name).Split(' ').Any(word => IsInflectionOf(word, ArmedHeads));

    /// <summary>A stemmed word that is one of the heads with at most a case ending left on it.</summary>
    private static bool IsInflectionOf(string key, string[] heads) => heads.Any(h => key.StartsWith(h, StringComparison.Ordinal) && key.Length - h.Length <= 3);

    /// <summary>
    /// The trained tagger adds the names the patterns and lexicons did not claim: unknown persons ("Kori Schulman"),
    /// places outside the gazetteer, organizations without a head word. Rules win where both speak.
    /// </summary>
    private void ModelPass(AnalyzedDocument doc, IReadOnlyList<(int First, int End, string Type)> predicted, List<Draft> drafts, bool[] claimed, HashSet<string> surnames)
    {
        foreach (var (from, to, type) in predicted)
        {
            if (AnyClaimed(claimed, from, to)) continue;
            if (ModelDraft(doc, from, to, type, doc.TokenRange(doc.Tokens[from].Sentence).First, surnames) is not { } draft) continue;
            AddClaimed(drafts, claimed, draft);
        }
    }

    /// <summary>The tagger's entities over the whole document, as token ranges [First, End) with PER/ORG/LOC.</summary>
    private List<(int First, int End, string Type)> ModelEntities(AnalyzedDocument doc)
    {
        var found = new List<(int, int, string)>();
        if (NerModel.For(doc.Language) is not { } model) return found;
        var sentences = new List<(int First, string[] Tokens)>();
        foreach (var sentence in doc.Sentences)
        {
            var (first, end) = doc.TokenRange(sentence.Index);
            if (end <= first) continue;
            var tokens = new string[end - first];
            for (var k = first; k < end; k++) tokens[k - first] = doc.Tokens[k].Text;
            sentences.Add((first, tokens));
        }
        var tagged = model.PredictDocument(sentences.Select(s => (IReadOnlyList<string>)s.Tokens).ToList());
        for (var n = 0; n < sentences.Count; n++)
        {
            var (first, tokens) = sentences[n];
            var tags = JoinedPersons(doc, first, tagged[n]);
            foreach (var (a, tagEnd, type) in Conll.Entities(tags))
            {
                var b = tagEnd;
                if (type != "PER")
                {
                    var stop = NameEnd(doc, first + a, first + b);
                    // "United Kingdom Boris Johnson": a known place or body, then a given name and a surname: the person who follows.
                    if (PersonAfterKnownName(doc, first + a, stop) is int person)
                    {
                        found.Add((first + a, person, type));
                        found.Add((person, stop, "PER"));
                        continue;
                    }
                    found.Add((first + a, stop, LatinInCyrillicText(doc, first + a, stop) && type == "LOC" ? "ORG" : type));
                    // "Sony Corp of Japan and France's Thomson": the countries after a company's legal form are places.
                    if (stop < first + b && AfterAbbreviatedForm(doc, stop))
                        for (var k = stop; k < first + b; k++)
                            if (IsNameToken(doc.Tokens[k].Text) && (IsMajorPlace(doc.Tokens[k].Text) || WorldPlaces.Large(gazetteer, doc.Tokens[k].Text))) found.Add((k, k + 1, "LOC"));
                    // The tagger ran an organization on into the name of the person who heads it: "член Общественной палаты Иосиф Диски".
                    if (stop < first + b && Lex.GivenNames.Contains(doc.LowerTokens[stop]) && Enumerable.Range(stop, first + b - stop).All(k => IsNameToken(doc.Tokens[k].Text)))
                        found.Add((stop, first + b, "PER"));
                    continue;
                }
                // Russian and Ukrainian texts write people's names in Cyrillic: a Latin "person" is a company or a brand (Fiat Chrysler, Sotheby's).
                if (LatinInCyrillicText(doc, first + a, first + b) && (IsOrgHeadWord(doc.LowerTokens[first + b - 1])
                    || !Enumerable.Range(first + a, b - a).Any(k => doc.LowerTokens[k].Length >= 3 && Lex.GivenNames.Contains(doc.LowerTokens[k]))))
                {
                    found.Add((first + a, first + b, "ORG"));
                    continue;
                }
                // A generational or double surname the tagger does not know ("Буш-старший", "Хантсмен-младший") ends the name.
                if (b < tokens.Length && tags[b] == "O" && IsNameToken(tokens[b]) && IsSuffixedSurname(tokens[b])) b++;
                // A nationality before a name tells who the person is and is no part of it: "Georgian Kakha Kaladze" (but "German Titov").
                var opens = b - a >= 3 && Lex.Demonyms.TryGet(doc.LowerTokens[first + a], out _) && !IsGivenName(doc, first + a) ? a + 1 : a;
                // A person's name has no lower-case words but particles: the tagger's "Дональд Трамп выдвинет Хантсмена" is two names.
                var from = first + opens;
                for (var k = first + opens; k <= first + b; k++)
                {
                    if (k < first + b && !(char.IsLower(doc.Tokens[k].Text[0]) && !Lex.NameParticles.Contains(doc.LowerTokens[k]) && !ArticledName(doc.Tokens[k].Text))) continue;
                    if (k > from) found.Add((from, k, type));
                    from = k + 1;
                }
            }
        }
        return found;
    }

    /// <summary>
    /// The tagger's tags where two one-word persons side by side are one, the first a given name or the first part of the
    /// second: "Boutros Boutros-Ghali", "Moin Khan" (Latin script only; Cyrillic lists persons side by side in their cases).
    /// </summary>
    private static IReadOnlyList<string> JoinedPersons(AnalyzedDocument doc, int first, IReadOnlyList<string> tags)
    {
        string[]? joined = null;
        for (var i = 0; i + 1 < tags.Count; i++)
        {
            if (tags[i] != "B-PER" || tags[i + 1] != "B-PER" || i + 2 < tags.Count && tags[i + 2] == "I-PER") continue;
            var (word, next) = (doc.Tokens[first + i].Text, doc.Tokens[first + i + 1].Text);
            if (!char.IsAsciiLetter(word[0]) || !(next.StartsWith(word + "-", StringComparison.Ordinal) || IsGivenName(doc, first + i) && !IsGivenName(doc, first + i + 1))) continue;
            joined ??= tags.ToArray();
            joined[i + 1] = "I-PER";
        }
        return joined ?? tags;
    }

    /// <summary>Where a person starts inside the tagger's place or organization that opens with a known place or body ("United Kingdom Boris Johnson").</summary>
    private int? PersonAfterKnownName(AnalyzedDocument doc, int from, int end)
    {
        for (var k = from + 1; k + 1 < end; k++)
            if (Lex.GivenNames.Contains(doc.LowerTokens[k]) && IsNameToken(doc.Tokens[k].Text) && IsNameToken(doc.Tokens[k + 1].Text)
                && JoinTokens(doc, from, k) is var known && (gazetteer.Best(known, prominentOnly: true) is not null || KnownOrganizations.Shared.IdOf(known) is not null))
                return k;
        // Russian and Ukrainian name a leader by the country and the surname alone: "президент Турции Эрдоган", "міністр
        // оборони Великої Британії Воллес". The last word then is neither a place nor a known body.
        var last = end - 1;
        if (last > from && NameKey.IsCyrillic(doc.Tokens[from].Text[0]) && IsNameToken(doc.Tokens[last].Text) && !IsAcronym(doc.Tokens[last].Text)
            && gazetteer.Best(JoinTokens(doc, from, last), prominentOnly: true) is { FeatureCode: "PCLI" or "ADM1" }
            && !gazetteer.Contains(doc.Tokens[last].Text) && gazetteer.Best(doc.Tokens[last].Text, prominentOnly: true) is null
            && KnownOrganizations.Shared.IdOfAnyForm(doc.Tokens[last].Text) is null && !Lex.CommonWords.Contains(doc.LowerTokens[last]))
            return last;
        return null;
    }

    /// <summary>
    /// Where the tagger's organization or place ends: before a unit head with a quoted name, which the rules read, and
    /// then without the lower-case words between them ("Верховний суд Росії визнав батальйон «Північна свобода»" →
    /// Верховний суд Росії); after a platform word such as "Telegram-канале" ("Telegram-канале батальона").
    /// </summary>
    private static int NameEnd(AnalyzedDocument doc, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (IsLatinWithCyrillicWord(doc.Tokens[k].Text)) return k + 1;
            if (k > from && Lex.IsFunctionWord(doc.LowerTokens[k]) && AfterAbbreviatedForm(doc, k)) return k;
            // An English function word that joins no name ends it: "Invercargill New Zealand to Sydney" (not "of", "and",
            // "upon": "Bank of America", "Health and Hospitals Corporation", "Kingston upon Hull").
            if (k > from && char.IsAsciiLetterLower(doc.Tokens[k].Text[0]) && Lex.IsFunctionWord(doc.LowerTokens[k])
                && !NameJoiners.Contains(doc.LowerTokens[k]) && !Lex.NameParticles.Contains(doc.LowerTokens[k])) return k;
            // Lower-case Russian or Ukrainian words belong to no Latin name: "NEWSru.com со ссылкой на…".
            if (k > from && NameKey.IsCyrillic(doc.Tokens[k].Text[0]) && char.IsLower(doc.Tokens[k].Text[0]) && char.IsAsciiLetter(doc.Tokens[k - 1].Text[0])) return k;
            // A given name in the nominative after the name is its head's, not part of it: "Lenta.ru Галина Тимченко"; a
            // person the name is named after stands in the genitive ("фонд Владимира Потанина").
            // (Cyrillic only: English names of places and bodies hold given names, "Santa Marta", "Hong Kong Island".)
            if (k > from && k + 1 < end && NameKey.IsCyrillic(doc.Tokens[k].Text[0]) && Lex.GivenNames.Contains(doc.LowerTokens[k])
                && IsNameToken(doc.Tokens[k].Text) && IsNameToken(doc.Tokens[k + 1].Text)) return k;
            // A verb ends the name before it: "Адміністрація Сумської області повідомила", "Роскомнадзор должен".
            if (k > from && LooksLikeVerb(doc.LowerTokens[k]) && char.IsLower(doc.Tokens[k].Text[0])) return k;
            if (k > from && OrgHeadAt(doc.LowerTokens, k) is int head && k + head < doc.Tokens.Count && IsOpenQuote(doc.Tokens[k + head].Text))
            {
                while (k > from + 1 && char.IsLower(doc.Tokens[k - 1].Text[0])) k--;
                return k;
            }
        }
        return end;
    }

    /// <summary>
    /// A Russian or Ukrainian word shaped like a verb in the past tense (заявил, повідомила, визнав), a reflexive one
    /// (сообщается) or a modal (должен, має): names do not go on through them. Heads of names (канал, совет) are not verbs.
    /// </summary>
    private static bool LooksLikeVerb(string lower) =>
        lower.Length >= 4 && NameKey.IsCyrillic(lower[0]) && !lower.Contains('-')
        && (VerbEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal)) || Modals.Contains(lower))
        && !IsOrgHeadWord(lower) && !Lex.PlaceHeads.TryGet(lower, out _);

    /// <summary>A place that a name alone makes sure of: a major one of <see cref="Gazetteer.Major"/> or a city of 100,000 people.</summary>
    private bool IsPlaceOfSize(string name) => gazetteer.Major(name) is not null || WorldPlaces.Large(gazetteer, name);

    /// <summary>Where a run's name starts after its English article: "the Catholic Church".</summary>
    private static int AfterArticle(IReadOnlyList<string> low, int first, int end) => first < end && low[first] == "the" ? first + 1 : first;

    private static bool IsHeadWord(string lower) => IsOrgHeadWord(lower) || Lex.PlaceHeads.TryGet(lower, out _) || Lex.StateForms.TryGet(lower, out _);

    /// <summary>A word that starts or ends organizations' names (служба, совет, corps), in any listed form.</summary>
    private static bool IsOrgHeadWord(string lower) => Lex.OrgHeadsLast.TryGet(lower, out _) || Lex.OrgHeadsFirst.TryGet(lower, out _);

    private static readonly string[] VerbEndings = ["ла", "ло", "ли", "ал", "ил", "ел", "ял", "ыл", "ав", "ив", "яв", "ся", "сь"];
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "должен", "должна", "должно", "должны", "готов", "готова", "готово", "готовы", "может", "могут", "має", "мають", "може", "можуть" };


    /// <summary>Whether the tokens [first, end) occur elsewhere in the document, not at a sentence's start.</summary>
    private static bool WrittenMidSentence(AnalyzedDocument doc, int first, int end)
    {
        var low = doc.LowerTokens;
        var n = end - first;
        for (var k = 1; k + n <= low.Count; k++)
        {
            if (k == first || doc.Tokens[k - 1].Sentence != doc.Tokens[k].Sentence || low[k] != low[first] || doc.Tokens[k].Text != doc.Tokens[first].Text) continue;
            var same = true;
            for (var j = 1; j < n && same; j++) same = doc.Tokens[k + j].Text == doc.Tokens[first + j].Text;
            if (same) return true;
        }
        return false;
    }


    /// <summary>
    /// A sentence's first word, capitalized anyway, and "of" after it: "Fighters of Azov", "Members of Congress". Not a
    /// head's "of", which is the name's own: "Bank of America", "Ministry of Defence".
    /// </summary>
    private static bool CommonWordOfOpens(AnalyzedDocument doc, int first, int end, int sentenceFirst) =>
        first == sentenceFirst && end - first > 2 && doc.LowerTokens[first + 1] is "of" && Lex.CommonWords.Contains(doc.LowerTokens[first])
        && OrgHeadAt(doc.LowerTokens, first) is null && Lex.PlaceHeads.Match(doc.LowerTokens, first) is null;

    /// <summary>A country's body, which opens with the country: "U.S. House of Representatives", "UK Ministry of Defence".</summary>
    private bool CountrysBody(AnalyzedDocument doc, int first, int end) =>
        end - first >= 3 && Lex.OrgHeadsFirst.Match(doc.LowerTokens, first + 1) is not null
        && gazetteer.Best(doc.Tokens[first].Text.Replace(".", "", StringComparison.Ordinal), prominentOnly: true) is { FeatureCode: "PCLI" };

    /// <summary>A city's team, named by a plural after the city: "Kansas City Chiefs", "Philadelphia Eagles".</summary>
    private bool CitysTeam(AnalyzedDocument doc, int first, int end)
    {
        var last = doc.LowerTokens[end - 1];
        return end - first >= 2 && !NameKey.IsCyrillic(doc.Tokens[first].Text[0]) && last.Length > 3 && last[^1] == 's' && Lex.CommonWords.Contains(last)
            && Lex.PlaceHeads.Match(doc.LowerTokens, end - 1) is null
            && WorldPlaces.Large(gazetteer, JoinTokens(doc, first, end - 1));
    }

    /// <summary>
    /// "Роспотребнадзоре", "Минфин", "Держмитслужба", "Укренерго": a Cyrillic word made of a state's or a company's
    /// prefix (org-prefixes.txt) and a stem, which is no place, no given name, no surname and no common word.
    /// </summary>
    private bool CompoundBodyName(AnalyzedDocument doc, int at, HashSet<string> surnames)
    {
        var text = doc.Tokens[at].Text;
        var lower = doc.LowerTokens[at];
        if (text.Length < 6 || !NameKey.IsCyrillic(text[0]) || !char.IsUpper(text[0]) || !text.Skip(1).All(char.IsLower)) return false;
        var prefix = Lex.OrgPrefixes.FirstOrDefault(p => lower.StartsWith(p, StringComparison.Ordinal));
        return prefix is not null && lower.Length - prefix.Length >= 3 && !Lex.CommonWords.Contains(lower) && !IsGivenName(doc, at)
            && !surnames.Contains(SurnameKey(text)) && !NameMorphology.LooksLikeSurname(text) && !IsAdjectiveForm(lower)
            && !gazetteer.Contains(text) && gazetteer.Best(text, prominentOnly: true) is null;
    }

    /// <summary>The kind of the title of one or two words, or abbreviated ("Ms. Varnholt", "Dr. Whitaker"), that ends just before a word.</summary>
    private static string? TitleBefore(AnalyzedDocument doc, int at, int sentenceFirst)
    {
        var low = doc.LowerTokens;
        if (at - 1 < sentenceFirst) return null;
        if (Lex.Titles.Match(low, at - 1) is { Length: 1 } one) return one.Value;
        if (at - 2 < sentenceFirst) return null;
        if (Lex.Titles.Match(low, at - 2) is { Length: 2 } two) return two.Value;
        return low[at - 1] == "." && Lex.Titles.Match(low, at - 2) is { Length: 1 } abbreviated ? abbreviated.Value : null;
    }

    /// <summary>A tagger's entity as a draft, without leading function words and sentence-initial capitals that are no names.</summary>
    private Draft? ModelDraft(AnalyzedDocument doc, int from, int to, string type, int sentenceFirst, HashSet<string> surnames)
    {
        var low = doc.LowerTokens;
        // Sentence-initial words are capitalized anyway: "Вчора Верховний…", "Граждане России" are not names.
        // An acronym is no function word: "US Army", "IT Army".
        while (from < to && (FunctionWordAt(doc, from) && !(to - from > 1 && Lex.NameOpeners.Contains(low[from]) && IsNameToken(doc.Tokens[from + 1].Text))
                             || Lex.RelativeDates.Match(low, from) is not null)) from++;
        // Titles and honorifics stay outside a person's name, as in the rules' own runs: "Lord Byron", "Pope Francis", "Ms.
        // Varnholt". A title alone names no one ("Ms", "Dr"), while an organization may open with one ("General Motors").
        var addressed = TitleBefore(doc, from, sentenceFirst) == "address";
        while (Lex.Titles.Match(low, from) is { } title && (type == "PER" || from + title.Length >= to || title.Value == "address"))
        {
            addressed |= title.Value == "address";
            from += title.Length;
            if (from < to && doc.Tokens[from].Text == ".") from++;
        }
        // "the Duke of York", "Archbishop of Salzburg": a title of a place names the person who holds it; the place is what is named.
        if (type != "PER" && Lex.Titles.Match(low, from) is { } heldTitle && from + heldTitle.Length + 1 < to && low[from + heldTitle.Length] == "of")
        {
            var held = from + heldTitle.Length + 1;
            var name = JoinTokens(doc, held, to);
            return IsPlaceOfSize(name) ? new Draft(held, to, MentionKind.Place, name) : null;
        }
        if (CommonWordOfOpens(doc, from, to, sentenceFirst)) from += 2;
        if (Lex.AwardTails.Contains(low[to - 1])) return null;
        // An English name holds no day after a preposition ("Twickenham on Sunday") and no office in lower case ("Italy
        // coach John Kirwan": the place ends before it).
        if (from < to && !NameKey.IsCyrillic(doc.Tokens[from].Text[0]))
            for (var k = from + 1; k < to; k++)
                if (low[k] is "on" or "in" or "at" && k + 1 < to && (Lex.Weekdays.Match(low, k + 1) is not null || Lex.Months.Match(low, k + 1) is not null)
                    || type != "PER" && char.IsLower(doc.Tokens[k].Text[0]) && Lex.Titles.Match(low, k) is not null && k + 1 < to && char.IsUpper(doc.Tokens[k + 1].Text[0]))
                {
                    to = k;
                    break;
                }
        // A nationality of two words names no place: "South African shares".
        if (to - from >= 2 && Lex.Demonyms.Match(low, from) is { } nationality && nationality.Length == to - from) return null;
        // An English name ends in a capitalized word: "the Icelandic band" is no place.
        while (to - from > 1 && !NameKey.IsCyrillic(doc.Tokens[from].Text[0]) && doc.Tokens[to - 1].Text.All(char.IsLower) && !ArticledName(doc.Tokens[to - 1].Text)) to--;
        // A person's name holds no clause's punctuation: the tagger's "Taco Bell , Burger King" or "Henry , Duke" ends at the comma.
        if (type == "PER")
            for (var k = from + 1; k < to; k++)
                if (doc.Tokens[k].Text is "," or ";" or ":" or "(" or ")" or "!" or "?" || doc.Tokens[k].Text.StartsWith("..", StringComparison.Ordinal)) { to = k; break; }
        // A storm's word and the name after it name no one: what the tagger ran on after them may still be a name.
        if (from < to && StormName(doc, from, sentenceFirst))
        {
            from += Lex.StormWords.Contains(low[from]) && from + 1 < to ? 2 : 1;
            while (from < to && !char.IsUpper(doc.Tokens[from].Text[0])) from++;
        }
        if (from >= to) return null;
        if (addressed && char.IsUpper(doc.Tokens[from].Text[0])) return Person(doc, from, to);
        // "з генералом Залужним", "генерал Сырский": after a rank or office, a surname in an adjective's form that also
        // names a village is the person; a town or a region there is the office's place ("мэр Харькова").
        if (type == "LOC" && to - from == 1 && NameKey.IsCyrillic(doc.Tokens[from].Text[0]) && IsAdjectiveForm(low[from])
            && TitleBefore(doc, from, sentenceFirst) is not null && !WorldPlaces.Large(gazetteer, doc.Tokens[from].Text))
            return Person(doc, from, to);
        // "Мэр Белгорода сообщил": a town of size in the genitive after an office is the office's place, not its holder.
        if (type == "PER" && to - from == 1 && NameKey.IsCyrillic(doc.Tokens[from].Text[0]) && TitleBefore(doc, from, sentenceFirst) is not null
            && !IsGivenName(doc, from) && !NameMorphology.LooksLikeSurname(doc.Tokens[from].Text) && WorldPlaces.Large(gazetteer, doc.Tokens[from].Text))
            return new Draft(from, to, MentionKind.Place, doc.Tokens[from].Text);
        // "in Tskhinvali said": a word the tagger calls a person after "in" or "near" is the place the gazetteer knows by that
        // name, unless it is a given name or a surname ("in Jackson's view").
        if (type == "PER" && to - from == 1 && char.IsAsciiLetter(low[from][0]) && from > sentenceFirst && low[from - 1] is "in" or "near"
            && !IsGivenName(doc, from) && !Lex.Surnames.Contains(low[from]) && !surnames.Contains(SurnameKey(doc.Tokens[from].Text))
            && gazetteer.NamedExactly(doc.Tokens[from].Text).Any())
            return new Draft(from, to, MentionKind.Place, doc.Tokens[from].Text);
        // A lone capitalized first word that the tagger calls a person: in Cyrillic, only a given name, a surname's shape or the
        // surname of a full name in the document ("Мадуро одержал"); in English, any word but a common one ("Trudeau will").
        if (from == sentenceFirst && to - from == 1 && type == "PER" && !IsGivenName(doc, from) && !surnames.Contains(SurnameKey(doc.Tokens[from].Text))
            && (NameKey.IsCyrillic(doc.Tokens[from].Text[0]) && !NameMorphology.LooksLikeSurname(doc.Tokens[from].Text) || Lex.CommonWords.Contains(low[from]))) return null;
        // "Варвари просто не розуміють": a sentence's first word that is a given name only in another case, with a plural's
        // ending, is more often a plural noun (варвари) than a person in the genitive (Варвари, of Варвара).
        if (from == sentenceFirst && to - from == 1 && type == "PER" && NameKey.IsCyrillic(low[from][0]) && low[from][^1] is 'и' or 'ы'
            && !Lex.GivenNames.Contains(low[from]) && !surnames.Contains(SurnameKey(doc.Tokens[from].Text))) return null;
        if (!(char.IsUpper(doc.Tokens[from].Text[0]) || ArticledName(doc.Tokens[from].Text)) || (to - from == 1 && (FunctionWordAt(doc, from) || !IsNameToken(doc.Tokens[from].Text) && doc.Tokens[from].Text.Length > 1 || Lex.Demonyms.Match(low, from) is not null || CompoundOfNationalities(low[from])
            || Lex.Months.Match(low, from) is not null || Lex.Weekdays.Match(low, from) is not null || doc.Tokens[from].Text.Length < 2))) return null;
        var kind = AnnotationTypes.KindOf(type);
        if (kind != MentionKind.Person && GivenNameBefore(doc, from, to, sentenceFirst)) return Person(doc, from - 1, to);
        // "віддали перевагу Тетяні", "з хати Андрія": a Cyrillic given name in any case form is no place that the gazetteer lacks.
        // The tagger's place is kept where any place of note matches the word in some case form ("обрушился на Флориду").
        if (kind == MentionKind.Place && to - from == 1 && NameKey.IsCyrillic(low[from][0]) && !PlaceCueBefore(low, from, sentenceFirst) && GivenNameNoPlace(doc, from)
            && !gazetteer.Lookup(doc.Tokens[from].Text).Any(IsPlaceOfNote))
            return Person(doc, from, to);
        if (kind == MentionKind.Place && HeadBeforePlace(doc, from, to)) kind = MentionKind.Organization;
        if (to - from == 1 && CapitalizedCommonWord(doc, from, sentenceFirst, surnames)) return null;
        // "Anti-Putin Russians", "pro-Kremlin" describe people; they name no one.
        var leaning = low[from].StartsWith("anti-", StringComparison.Ordinal) || low[from].StartsWith("pro-", StringComparison.Ordinal);
        if (kind == MentionKind.Person && (Lex.Demonyms.Match(low, to - 1) is { Length: 1 } || leaning) || leaning && to - from == 1) return null;
        if (kind == MentionKind.Organization && DescribedPlace(doc, from, to, sentenceFirst) is { } place) return place;
        return kind == MentionKind.Person ? Person(doc, from, to) : new Draft(from, to, kind, JoinTokens(doc, from, to));
    }

    /// <summary>
    /// "… the United Kingdom Boris Johnson": a lone word the tagger calls a place or a body, right after a capitalized given
    /// name it left out, is that person's surname when it may be one (a listed surname, no head of a name, no known body or
    /// major place).
    /// </summary>
    private bool GivenNameBefore(AnalyzedDocument doc, int from, int to, int sentenceFirst)
    {
        if (to - from != 1 || from - 1 < sentenceFirst) return false;
        var (given, word) = (doc.Tokens[from - 1].Text, doc.Tokens[from].Text);
        var low = doc.LowerTokens;
        return IsNameToken(given) && !IsAcronym(given) && IsGivenName(doc, from - 1) && !Lex.Demonyms.TryGet(low[from - 1], out _) && !IsMajorPlace(given)
            && NameKey.IsCyrillic(given[0]) == NameKey.IsCyrillic(word[0]) && Lex.Surnames.Contains(low[from]) && CanBeSurname(word)
            && !IsOrgHeadWord(low[from]) && !Lex.PlaceHeads.TryGet(low[from], out _) && !Lex.FeatureHeads.Contains(low[from])
            && !Lex.CompanyHeads.Contains(low[from]) && !IsKnownOrganization(word);
    }

    /// <summary>Whether a word opens its sentence or a quote, where any word is capitalized.</summary>
    private static bool CapitalizedAnyway(AnalyzedDocument doc, int at, int sentenceFirst) => at == sentenceFirst || IsOpenQuote(doc.Tokens[at - 1].Text);

    /// <summary>"Гости", "Правда", «Красные …»: a common word capitalized only because it opens a sentence or a quote.</summary>
    private bool CapitalizedCommonWord(AnalyzedDocument doc, int at, int sentenceFirst, HashSet<string> surnames) =>
        CapitalizedAnyway(doc, at, sentenceFirst) && Lex.CommonWords.Contains(doc.LowerTokens[at])
        && !IsGivenName(doc, at) && !surnames.Contains(SurnameKey(doc.Tokens[at].Text)) && !IsMajorPlace(doc.Tokens[at].Text);

    /// <summary>
    /// An institution's word capitalized only because it starts the sentence, before a region, describes: "Адміністрація
    /// Сумської області повідомила" is the region's administration, named by the region (unless the document writes the
    /// word capitalized inside a sentence too).
    /// </summary>
    private static Draft? DescribedPlace(AnalyzedDocument doc, int from, int to, int sentenceFirst) =>
        from == sentenceFirst && to - from >= 3 && Lex.OrgHeadsFirst.TryGet(doc.LowerTokens[from], out _) && Lex.PlaceHeads.TryGet(doc.LowerTokens[to - 1], out _)
        && IsNameToken(doc.Tokens[from + 1].Text) && !WrittenMidSentence(doc, from, from + 1)
            ? new Draft(from + 1, to, MentionKind.Place, JoinTokens(doc, from + 1, to))
            : null;

    /// <summary>A country, capital or first-level region: a name that is rarely a person's, whatever precedes it ("Слава Україні").</summary>
    private bool IsMajorPlace(string text) =>
        gazetteer.Best(text, prominentOnly: true) is { FeatureCode: "PCLI" or "PPLC" or "ADM1" or "PCLD" or "PCLF" or "PCLS" or "PCLIX" };

    /// <summary>
    /// A given name in any case form that names no place of note in that form or in its nominative: "Мирона" and "Марії"
    /// (villages have those names), not "Израиля" or "Флориду".
    /// </summary>
    private bool GivenNameNoPlace(AnalyzedDocument doc, int at)
    {
        var text = doc.Tokens[at].Text;
        return IsGivenName(doc, at) && !IsMajorPlace(text) && !WorldPlaces.Large(gazetteer, text)
               && !gazetteer.NamedExactly(text).Any(IsPlaceOfNote) && !gazetteer.NamedExactly(NameMorphology.Nominative(text, Lex.GivenNames)).Any(IsPlaceOfNote);
    }

    /// <summary>Where a Russian or Ukrainian street's word before <paramref name="first"/> starts, with its abbreviation's point ("вул. Лаврська"), or null.</summary>
    private static int? StreetWordBefore(AnalyzedDocument doc, int first, int sentenceFirst)
    {
        var low = doc.LowerTokens;
        var at = first - 1;
        if (at > sentenceFirst && low[at] == ".") at--;
        // After a name the word is that street's head and what follows is its city: "на Молодогвардейской улице Москвы".
        return at >= sentenceFirst && at < first && Lex.StreetWords.Contains(low[at]) && char.IsLower(doc.Tokens[at].Text[0])
               && !(at > sentenceFirst && char.IsUpper(doc.Tokens[at - 1].Text[0])) ? at : null;
    }

    /// <summary>A given name as written or in its nominative ("Владимира" → Владимир).</summary>
    private static bool IsGivenName(AnalyzedDocument doc, int at) => NameMorphology.IsGivenName(doc.Tokens[at].Text, Lex.GivenNames);

    /// <summary>The key a surname is known by in any case form ("Путина", "Путину" → one key).</summary>
    private static string SurnameKey(string token) => NameKey.StemKey(NameMorphology.Nominative(token, Lex.GivenNames));

    /// <summary>Whether a word after a given name may be a surname the document goes on to use: no acronym, country or region, nor an event's or a body's word.</summary>
    private bool CanBeSurname(string token) => !IsAcronym(token) && Casing.Lower(token) is var lower && !Lex.DocumentTails.Contains(lower) && !IsHeadWord(lower)
                                               && !IsMajorPlace(token) && WorldPlaces.Major(gazetteer, token) is not { FeatureCode: "ADM1" or "PCLI" };

    /// <summary>A capitalized word with a lower-case part after a hyphen: "Буш-старший", "Hogan-Howe" is not one.</summary>
    private static bool IsSuffixedSurname(string token) =>
        token.IndexOf('-') is > 1 and var dash && dash + 1 < token.Length && char.IsLower(token[dash + 1]);

    private static bool AnyClaimed(bool[] claimed, int first, int end) => claimed.AsSpan(first, end - first).Contains(true);

    /// <summary>A draft found by a pass of its own: its words are held from then on.</summary>
    private static void AddClaimed(List<Draft> drafts, bool[] claimed, Draft draft)
    {
        claimed.AsSpan(draft.First, draft.End - draft.First).Fill(true);
        drafts.Add(draft);
    }

    /// <summary>
    /// A person found by the surname alone takes what stands right before it: initials ("В. А. Моцарта", "С.Донской"),
    /// and, inside a sentence, a capitalized word of the same script that nothing else claimed and that is no title,
    /// head or place ("гендиректор Apple Тим Кук").
    /// </summary>
    private void ExtendPersons(AnalyzedDocument doc, List<Draft> drafts, bool[] claimed)
    {
        var tokens = doc.Tokens;
        var low = doc.LowerTokens;
        var absorbed = new HashSet<Draft>();
        for (var n = 0; n < drafts.Count; n++)
        {
            var d = drafts[n];
            if (d.Kind != MentionKind.Person || d.Antecedent is not null || absorbed.Contains(d)) continue;
            var (sentenceFirst, sentenceEnd) = doc.TokenRange(tokens[d.First].Sentence);
            // A name that ends in a middle initial goes on after its point: "Marina T. Holloway", "Rajesh P. Varadkarian".
            var next = d.End + 1;
            if (d.End - d.First >= 2 && IsInitial(tokens[d.End - 1].Text) && next < sentenceEnd && tokens[d.End].Text == "."
                && tokens[d.End].Span.Start == tokens[d.End - 1].Span.End && IsNameToken(tokens[next].Text)
                && NameKey.IsCyrillic(tokens[next].Text[0]) == NameKey.IsCyrillic(tokens[d.First].Text[0]))
            {
                var rest = drafts.Find(o => o.First == next && o.Kind == MentionKind.Person && o.Antecedent is null);
                if (rest is not null || !claimed[next])
                {
                    if (rest is not null) absorbed.Add(rest);
                    var end = rest?.End ?? next + 1;
                    for (var k = d.End; k < end; k++) claimed[k] = true;
                    drafts[n] = d = Person(doc, d.First, end);
                }
            }
            var first = d.First;
            while (first - 2 >= sentenceFirst && tokens[first - 1].Text == "." && IsInitial(tokens[first - 2].Text) && !claimed[first - 2]
                && tokens[first - 1].Span.Start == tokens[first - 2].Span.End) first -= 2;
            // Initials written together are one token: "J.R. Haldane".
            if (first - 1 >= sentenceFirst && !claimed[first - 1] && IsInitials(tokens[first - 1].Text)) first--;
            // A given name before the initials opens the name, though found as a person of its own: "Marina T. Holloway".
            if (first < d.First && first - 1 >= sentenceFirst && IsNameToken(tokens[first - 1].Text) && IsGivenName(doc, first - 1)
                && NameKey.IsCyrillic(tokens[first - 1].Text[0]) == NameKey.IsCyrillic(tokens[d.First].Text[0]))
            {
                var given = drafts.Find(o => o.First == first - 1 && o.End == first && o.Kind == MentionKind.Person && o.Antecedent is null);
                if (given is not null) absorbed.Add(given);
                if (given is not null || !claimed[first - 1]) first--;
            }
            if (first == d.First) first = ParticledStart(doc, first, sentenceFirst, drafts, claimed, absorbed);
            var before = first - 1;
            if (first == d.First && d.End - d.First == 1 && before > sentenceFirst && !claimed[before] && IsNameToken(tokens[before].Text)
                && NameKey.IsCyrillic(tokens[before].Text[0]) == NameKey.IsCyrillic(tokens[first].Text[0])
                && !Lex.IsFunctionWord(low[before]) && !Lex.Titles.TryGet(low[before], out _) && !IsOrgHeadWord(low[before])
                && !Lex.Demonyms.TryGet(low[before], out _) && !IsAcronym(tokens[before].Text)
                && (IsGivenName(doc, before) || !gazetteer.Contains(tokens[before].Text)))
                first = before;
            if (first == d.First) continue;
            for (var k = first; k < d.First; k++) claimed[k] = true;
            drafts[n] = Person(doc, first, d.End);
        }
        drafts.RemoveAll(absorbed.Contains);
    }

    /// <summary>
    /// Where a surname's name starts with its particles and the given name before them: "Aravinda de Silva", "Rafael van
    /// der Vaart"; in a headline written in capitals, with the particle alone ("DE SILVA"). A given name found as a person
    /// of its own joins <paramref name="absorbed"/>.
    /// </summary>
    private int ParticledStart(AnalyzedDocument doc, int first, int sentenceFirst, List<Draft> drafts, bool[] claimed, HashSet<Draft> absorbed)
    {
        var (tokens, low) = (doc.Tokens, doc.LowerTokens);
        var particles = ParticlesBefore(doc, first, sentenceFirst, claimed);
        if (particles == 0) return first;
        var given = first - particles - 1;
        if (given >= sentenceFirst && IsNameToken(tokens[given].Text) && !IsAcronym(tokens[given].Text) && !FunctionWordAt(doc, given)
            && !Lex.Titles.TryGet(low[given], out _) && !IsOrgHeadWord(low[given]) && !Lex.Demonyms.TryGet(low[given], out _) && !IsMajorPlace(tokens[given].Text)
            && drafts.Find(o => o.First == given && o.End == given + 1 && o.Antecedent is null) is var alone && (alone is { Kind: MentionKind.Person } || !claimed[given]))
        {
            if (alone is not null) absorbed.Add(alone);
            return given;
        }
        // The truecaser gives a headline's particle its usual lower case: what was written tells.
        return Shouted(doc, first - 1) ? first - particles : first;
    }

    /// <summary>How many name particles stand right before a name and nothing claimed: "de" in "Aravinda de Silva", "van der" in "Rafael van der Vaart".</summary>
    private static int ParticlesBefore(AnalyzedDocument doc, int at, int sentenceFirst, bool[] claimed)
    {
        var k = at;
        while (k - 1 >= sentenceFirst && !claimed[k - 1] && Lex.NameParticles.Contains(doc.LowerTokens[k - 1])
               && char.IsLower(doc.Tokens[k - 1].Text[0])) k--;
        return at - k;
    }

    /// <summary>
    /// A ruler's number belongs to the name before it ("Thutmose III", "Николай II", "Пётр I") and is no name alone
    /// ("World War II"). A lone "I" counts only after a Cyrillic name, where it is no pronoun.
    /// </summary>
    private static void RegnalNumberPass(AnalyzedDocument doc, List<Draft> drafts, bool[] claimed)
    {
        var tokens = doc.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!IsRegnalNumber(tokens[i].Text) || tokens[i].Sentence != tokens[i - 1].Sentence) continue;
            var alone = drafts.FindIndex(d => d.First == i && d.End == i + 1);
            if (alone >= 0) { drafts.RemoveAt(alone); claimed[i] = false; }
            if (claimed[i]) continue;
            // The ruler's name: the name words just before the number, none of them a common word ("War") or a title.
            var first = i;
            while (first > 0 && tokens[first - 1].Sentence == tokens[i].Sentence && IsNameToken(tokens[first - 1].Text)
                   && !Lex.CommonWords.Contains(doc.LowerTokens[first - 1]) && !Lex.Titles.TryGet(doc.LowerTokens[first - 1], out _)) first--;
            if (first == i) continue;
            // English "I" is the pronoun, unless a ruler's title comes before the name ("king Amyntas I") or a bracket after it ("Mojmír I (ruled").
            if (tokens[i].Text == "I" && !NameKey.IsCyrillic(tokens[i - 1].Text[0])
                && !(i + 1 < tokens.Count && tokens[i + 1].Text == "(" || TitleBefore(doc, first, doc.TokenRange(tokens[i].Sentence).First) is "honorific")) continue;
            var before = drafts.FindIndex(d => d.End == i && d.First <= i - 1);
            if (before >= 0)
            {
                var d = drafts[before];
                // A person already named with a title or more keeps its start: "Pharaoh Thutmose" + "III".
                drafts[before] = Person(doc, d.Kind == MentionKind.Person ? d.First : Math.Max(first, d.First), i + 1);
                for (var k = d.First; k < drafts[before].First; k++) claimed[k] = false;
            }
            else if (Enumerable.Range(first, i - first).Any(k => claimed[k])) continue;
            else drafts.Add(Person(doc, first, i + 1));
            claimed[i] = true;
        }
    }

    /// <summary>A ruler's number up to XXXIX: narrower than <see cref="IsRomanNumeral"/>, so that "LLC" or "CM" after a name stays a name.</summary>
    private static bool IsRegnalNumber(string t) => t.Length <= 6 && t.All(c => c is 'I' or 'V' or 'X');

    private static bool IsInitial(string token) => token.Length == 1 && char.IsUpper(token[0]);

    /// <summary>Initials with their points as one token: "J.R.", "A.B.C.".</summary>
    private static bool IsInitials(string token) =>
        token.Length >= 4 && token.Length % 2 == 0 && Enumerable.Range(0, token.Length / 2).All(k => char.IsAsciiLetterUpper(token[2 * k]) && token[2 * k + 1] == '.');

    /// <summary>
    /// Documents re-use names: a bare "Andronikov" or "Caesar" later in a text is the person named earlier;
    /// a capitalized run left unclassified takes the kind of an equal name found elsewhere in the document.
    /// </summary>
    private void ConsistencyPass(AnalyzedDocument doc, List<Draft> drafts, bool[] claimed)
    {
        var known = new Dictionary<string, Draft>(StringComparer.Ordinal);
        foreach (var d in drafts.Where(d => d.Antecedent is null))
        {
            known.TryAdd(NameKey.StemKey(JoinTokens(doc, d.First, d.End)), d);
            // A person's last word is the surname the document goes on to use, unless it may be no surname: a run the
            // tagger took for a person ("… Кыргызской Республики", "the Stanley Cup") gives none.
            if (d.Kind == MentionKind.Person && d.End - d.First >= 2 && !IsRegnalNumber(doc.Tokens[d.End - 1].Text) && CanBeSurname(doc.Tokens[d.End - 1].Text))
                known.TryAdd(NameKey.StemKey(doc.Tokens[d.End - 1].Text), d);
        }
        var low = doc.LowerTokens;
        var absorbed = new HashSet<Draft>();
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            // A headline's capitals count as written: the truecaser gives "HILL", "PRICE" a common word's case.
            if (claimed[i] || !(IsNameToken(doc.Tokens[i].Text) || Shouted(doc, i)) || Lex.IsFunctionWord(low[i])) continue;
            if (!known.TryGetValue(NameKey.StemKey(doc.Tokens[i].Text), out var match)) continue;
            var isSurnameOfFullName = match.Kind == MentionKind.Person && match.End - match.First >= 2;
            var normal = isSurnameOfFullName ? match.Normal : NameMorphology.Nominative(doc.Tokens[i].Text, Lex.GivenNames);
            var first = match.Kind == MentionKind.Person ? ParticledStart(doc, i, doc.TokenRange(doc.Tokens[i].Sentence).First, drafts, claimed, absorbed) : i;
            // With a given name of its own before the particles, the surname names a person anew.
            var draft = first < i && !Lex.NameParticles.Contains(low[first]) ? Person(doc, first, i + 1)
                : new Draft(first, i + 1, match.Kind, normal, isSurnameOfFullName ? match.First : null);
            AddClaimed(drafts, claimed, draft);
        }
        drafts.RemoveAll(absorbed.Contains);
        AcronymsOfBodies(doc, drafts, claimed);
    }

    /// <summary>
    /// An acronym made of the initials of a body the document names in full is that body, wherever it stands: "the
    /// Association of Muslim Scholars … the AMS said", "Вооруженные силы Украины … ВСУ", and links to the full name.
    /// A lone acronym taken for a person is retyped: persons are not written in capitals inside a sentence.
    /// </summary>
    private static void AcronymsOfBodies(AnalyzedDocument doc, List<Draft> drafts, bool[] claimed)
    {
        var bodies = new Dictionary<string, Draft>(StringComparer.Ordinal);
        foreach (var d in drafts)
            if (d is { Kind: MentionKind.Organization, Antecedent: null } && d.End - d.First >= 2 && Initials(doc, d.First, d.End) is { Length: >= 2 } initials)
                bodies.TryAdd(initials, d);
        if (bodies.Count == 0) return;
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            var text = doc.Tokens[i].Text;
            if (!IsAcronym(text) || !bodies.TryGetValue(text, out var body) || body.First <= i && i < body.End) continue;
            if (claimed[i])
            {
                var taken = drafts.FindIndex(d => d.First == i && d.End == i + 1 && (d.Kind == MentionKind.Person || d is { Kind: MentionKind.Organization, Antecedent: null }));
                if (taken < 0) continue;
                drafts.RemoveAt(taken);
            }
            drafts.Add(new Draft(i, i + 1, MentionKind.Organization, text, body.First));
            claimed[i] = true;
        }
    }

    /// <summary>
    /// "GM and Ford", "Rosneft and Lukoil": a lone word taken for a person, beside a body with "and" or "or", is a body like it,
    /// unless it is a well-known person, has a surname's shape ("Михалкова и РТР"), is shouted ("SCALIA and THOMAS") or is
    /// the surname of a full name in the document.
    /// </summary>
    private static void CoordinatedBodiesPass(AnalyzedDocument doc, List<Draft> drafts)
    {
        var low = doc.LowerTokens;
        foreach (var body in drafts.Where(d => d is { Kind: MentionKind.Organization, Anaphor: false }).ToList())
            foreach (var (and, k) in new[] { (body.End, body.End + 1), (body.First - 1, body.First - 2) })
            {
                if (and < 0 || k < 0 || k >= doc.Tokens.Count || low[and] is not ("and" or "or" or "и" or "та" or "і")) continue;
                var at = drafts.FindIndex(d => d is { Kind: MentionKind.Person, Antecedent: null } && d.First == k && d.End == k + 1);
                if (at < 0) continue;
                if (KnownPersons.IdOf(doc.Tokens[k].Text) is not null || NameMorphology.LooksLikeSurname(doc.Tokens[k].Text) || doc.Tokens[k].Text.All(char.IsUpper) || doc.Tokens[k].Sentence != doc.Tokens[body.First].Sentence) continue;
                drafts[at] = drafts[at] with { Kind = MentionKind.Organization, Normal = doc.Tokens[k].Text };
            }
    }

    /// <summary>
    /// "Lunar Transportation Systems, Inc.", "Holland &amp; Hart, LLP", "Heineken NV", "Carlsberg A/S": a body's legal form
    /// after its name, with a comma or without, ends the name and makes it a body's (legal-forms.txt), whatever the name
    /// alone seemed; so does one the name already holds ("Orkla ASA").
    /// </summary>
    private static void LegalFormPass(AnalyzedDocument doc, List<Draft> drafts, bool[] claimed)
    {
        var tokens = doc.Tokens;
        for (var n = 0; n < drafts.Count; n++)
        {
            var d = drafts[n];
            if (d.Anaphor) continue;
            var held = FormHeldBy(doc, d.First, d.End);
            var nameEnd = held ?? d.End;
            int? end = held is not null ? d.End
                : d.End < tokens.Count && tokens[d.End].Text == "," && d.Kind != MentionKind.Place ? LegalFormEnd(doc, d.End + 1)
                // "Merrill Lynch & Co": the partners' firm; "McDonald's Corp": a founder's.
                : d.End + 1 < tokens.Count && tokens[d.End].Text is "&" or "'s" or "’s" && d.Kind != MentionKind.Place ? LegalFormEnd(doc, d.End + 1)
                : LegalFormEnd(doc, d.End);
            if (end is not int formEnd || tokens[formEnd - 1].Sentence != tokens[d.First].Sentence) continue;
            if (held is null && tokens[d.End].Text is "'s" or "’s") nameEnd = d.End + 1;
            // "Inc ." written apart: the point is the abbreviation's, where the form takes one.
            if (formEnd < tokens.Count && tokens[formEnd].Text == "." && tokens[formEnd].Span.Start == tokens[formEnd - 1].Span.End
                && Lex.LegalForms.Contains(tokens[formEnd - 1].Text + ".")) formEnd++;
            // "Holland & Hart, LLP": partners' names joined by "&" are one firm.
            var first = d.First;
            while (first >= 2 && tokens[first - 1].Text == "&" && IsNameToken(tokens[first - 2].Text) && tokens[first - 2].Sentence == tokens[d.First].Sentence) first -= 2;
            drafts.RemoveAll(o => o != d && (o.First >= d.End && o.End <= formEnd || o.First >= first && o.End <= d.First));
            n = drafts.IndexOf(d);
            drafts[n] = new Draft(first, formEnd, MentionKind.Organization, JoinTokens(doc, first, nameEnd));
            for (var k = first; k < formEnd; k++) claimed[k] = true;
        }
        // A name no one saw, before its legal form: "Vestbryg A/S".
        for (var k = 1; k < tokens.Count; k++)
        {
            if (claimed[k] || LegalFormEnd(doc, k) is not int formEnd || AnyClaimed(claimed, k, formEnd) || tokens[k].Span.Start == tokens[k - 1].Span.End) continue;
            var first = k;
            while (first > 0 && k - first < 4 && !claimed[first - 1] && IsNameToken(tokens[first - 1].Text) && !Lex.IsFunctionWord(doc.LowerTokens[first - 1])
                   && tokens[first - 1].Sentence == tokens[k].Sentence) first--;
            // A sentence's capitalized first word is a common one more often than a name's ("Yesterday Vestbryg A/S said").
            if (first < k - 1 && doc.StartsSentence(first) && Lex.CommonWords.Contains(doc.LowerTokens[first])) first++;
            if (first == k) continue;
            AddClaimed(drafts, claimed, new Draft(first, formEnd, MentionKind.Organization, JoinTokens(doc, first, k)));
            k = formEnd - 1;
        }
    }

    /// <summary>Where a legal form that starts at token <paramref name="at"/> ends, its tokens written together ("A/S", "S.p.A."); null if none starts there.</summary>
    private static int? LegalFormEnd(AnalyzedDocument doc, int at)
    {
        var tokens = doc.Tokens;
        if (at < 0 || at >= tokens.Count || !Lex.LegalFormOpeners.Contains(tokens[at].Text)) return null;
        int? found = null;
        var written = tokens[at].Text;
        for (var k = at; ; )
        {
            if (Lex.LegalForms.Contains(written)) found = k + 1;
            if (++k >= tokens.Count || k - at >= LegalFormTokens || tokens[k].Span.Start != tokens[k - 1].Span.End) return found;
            written += tokens[k].Text;
        }
    }

    /// <summary>Where the name ends before the legal form that ends the span ("Orkla ASA", "Carlsberg A/S"), if one does.</summary>
    private static int? FormHeldBy(AnalyzedDocument doc, int first, int end)
    {
        for (var k = end - 1; k > first && end - k <= LegalFormTokens; k--)
            if (LegalFormEnd(doc, k) == end && doc.Tokens[k].Span.Start > doc.Tokens[k - 1].Span.End) return k;
        return null;
    }

    /// <summary>Whether an abbreviated legal form stands right before: it ends a company's name ("Sony Corp of Japan" is the company of a country).</summary>
    private static bool AfterAbbreviatedForm(AnalyzedDocument doc, int at) =>
        at > 0 && doc.Tokens[at - 1].Text.Length <= 4 && Lex.LegalForms.Contains(doc.Tokens[at - 1].Text);

    /// <summary>A legal form is written in up to five tokens ("S.p.A.": S, ., p, ., A.).</summary>
    private const int LegalFormTokens = 5;

    /// <summary>The upper-cased first letters of a name's words, without function words and punctuation: "Lunar Transportation Systems" → LTS.</summary>
    private static string Initials(AnalyzedDocument doc, int first, int end)
    {
        var letters = new System.Text.StringBuilder();
        for (var k = first; k < end; k++)
            if (char.IsLetter(doc.Tokens[k].Text[0]) && !Lex.IsFunctionWord(doc.LowerTokens[k]))
                letters.Append(char.ToUpperInvariant(doc.Tokens[k].Text[0]));
        return letters.ToString();
    }

    /// <summary>Whether two names share a word, in any case form ("Wagner Group", "PMC Wagner").</summary>
    private static bool ShareWord(string a, string b)
    {
        static IEnumerable<string> Words(string s) =>
            s.Split([' ', '-', '"', '«', '»'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3 && !Lex.IsFunctionWord(Casing.Lower(w))).Select(NameKey.StemKey);
        return Words(a).Intersect(Words(b)).Any();
    }

    /// <summary>"X (FRL, Russian: Y; abbr. ЛСР)" and "X, also called Z": names of one thing within a sentence.</summary>
    private static void AliasPass(AnalyzedDocument doc, int first, int end, List<Draft> inSentence, List<(int, int, AliasKind, Span)> aliases)
    {
        if (inSentence.Count == 0) return;
        var low = doc.LowerTokens;
        var ordered = inSentence.Where(d => d.Antecedent is null).OrderBy(d => d.First).ToList();
        foreach (var m in ordered)
        {
            if (m.End < end && doc.Tokens[m.End].Text == "(")
            {
                var close = FindToken(doc, m.End, end, ")");
                if (close < 0) close = end;
                foreach (var inner in ordered.Where(d => d.First > m.End && d.End <= close && d.Kind == m.Kind))
                {
                    var innerText = JoinTokens(doc, inner.First, inner.End);
                    var outerText = JoinTokens(doc, m.First, m.End);
                    var kind = IsAcronym(innerText) ? AliasKind.Acronym : NameKey.ScriptOf(innerText) != NameKey.ScriptOf(outerText) ? AliasKind.Translation : AliasKind.Alternate;
                    // Another name in the same script says who it belongs to ("Georgian Legion (Armed Forces of Ukraine)")
                    // unless the two share a word ("Wagner Group (PMC Wagner)").
                    if (kind == AliasKind.Alternate && m.Kind == MentionKind.Organization && !ShareWord(outerText, innerText)) continue;
                    aliases.Add((m.First, inner.First, kind, SpanOf(doc, m.First, close + 1)));
                }
            }
        }
        for (var i = first; i < end; i++)
            if (i > first && doc.Tokens[i - 1].Text == "," && Lex.AliasCues.Match(low, i) is { } cue)
                AliasesAfterCue(doc, first, end, i, i + cue.Length, ordered, aliases);
    }

    /// <summary>"X, also called Y": the names after an alias cue (from <paramref name="cue"/> to <paramref name="after"/>) are aliases of the name before its comma.</summary>
    private static void AliasesAfterCue(AnalyzedDocument doc, int first, int end, int cue, int after, List<Draft> ordered, List<(int, int, AliasKind, Span)> aliases)
    {
        // Skip back over a parenthesis: "X (…), also called Y".
        var anchor = cue - 2;
        if (anchor >= first && doc.Tokens[anchor].Text == ")")
            for (var k = anchor; k >= first; k--) if (doc.Tokens[k].Text == "(") { anchor = k - 1; break; }
        var target = ordered.LastOrDefault(d => d.End - 1 == anchor);
        if (target is null) return;
        var stop = FindToken(doc, after, end, ",");
        foreach (var alias in ordered.Where(d => d.First >= after && (stop < 0 || d.First < stop) && d.Kind == target.Kind))
            aliases.Add((target.First, alias.First, AliasKind.Alternate, SpanOf(doc, target.First, alias.End)));
    }
}
