using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Analysis;

// A lone surname is known by what it does: a village or a common noun does not speak, decide or write.
public sealed partial class NameRecognizer
{
    /// <summary>
    /// "Зеленський заявив", "Сирський повідомив", "Буданов розповів": a Cyrillic word with a surname's shape before a verb in
    /// the past tense and the singular is the person who speaks, though a village shares the name. A town of size keeps
    /// its name, and the plural's impersonal "обстріляли" says nothing of a subject. Before "родился" any shape will do.
    /// </summary>
    private bool SubjectBySurname(AnalyzedDocument doc, int at)
    {
        var (low, tokens) = (doc.LowerTokens, doc.Tokens);
        // "Хантсмен родился", "Дік народилася": only persons are born, whatever shape the name has; not a place of size.
        if (at + 1 < tokens.Count && NameKey.IsCyrillic(low[at][0]) && BornVerbs.Contains(low[at + 1]) && !Lex.CommonWords.Contains(low[at])
            && !WorldPlaces.Large(gazetteer, tokens[at].Text) && !IsMajorPlace(tokens[at].Text))
            return true;
        if (at + 1 >= tokens.Count || !NameKey.IsCyrillic(low[at][0]) || Lex.CommonWords.Contains(low[at])
            || !NameMorphology.LooksLikeSurname(tokens[at].Text) && !UnknownPastSubject(doc, at)) return false;
        // A subject is in the nominative and follows no preposition: "Під Васильковом збив" names the place.
        if (at > 0 && Lex.IsFunctionWord(low[at - 1]) || NameMorphology.Nominative(tokens[at].Text, Lex.GivenNames) != tokens[at].Text) return false;
        var verb = low[at + 1];
        return char.IsLower(tokens[at + 1].Text[0]) && LooksLikeVerb(verb) && !Modals.Contains(verb) && !verb.EndsWith("ли", StringComparison.Ordinal)
               && !verb.EndsWith("лись", StringComparison.Ordinal) && !verb.EndsWith("лися", StringComparison.Ordinal) && !WorldPlaces.Large(gazetteer, tokens[at].Text);
    }

    /// <summary>
    /// "Seagal made headlines", "Kipling also met", "…, Tarlo explains", "says Pall.", "Isner, who", "Doss’s story": in
    /// English a lone capitalized word that no lexicon knows (no common word, place of size, known body or listed company)
    /// is a person's surname when it is the subject of a verb in the past tense or of speech (subject-verbs.txt), speech's
    /// subject after the verb at the end of a clause, the antecedent of "who", or a possessor. Not after an article, a
    /// preposition or a capitalized word ("the Nile fostered", "Spanish Inquisition cautioned"), and not a people in the
    /// plural ("Slavs established"). A possessor of what only a body has is a body: "Avroline's shares" (body-possessions.txt).
    /// </summary>
    private MentionKind? EnglishLoneName(AnalyzedDocument doc, int at, int sentenceFirst)
    {
        var (low, tokens) = (doc.LowerTokens, doc.Tokens);
        var text = tokens[at].Text;
        if (doc.Language != "en" || at + 1 >= tokens.Count || text.Length < 3 || !char.IsAsciiLetterUpper(text[0]) || IsAcronym(text)
            || !text.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') || Lex.CommonWords.Contains(low[at]) || Lex.CompanyWords.Contains(low[at])
            || PluralOfPeople.Any(e => low[at].EndsWith(e, StringComparison.Ordinal)) || PluralOfKnownWord(low[at])
            || at > sentenceFirst && (BeforeNoSubject.Contains(low[at - 1]) || char.IsUpper(tokens[at - 1].Text[0]))
            || IsKnownOrganization(text)
            // A sentence's first word in the plural is a group more often than a surname ("Delegates said"), unless a known surname ("Jones said").
            || at == sentenceFirst && low[at].EndsWith('s') && !low[at].EndsWith("ss", StringComparison.Ordinal) && !Lex.Surnames.Contains(low[at]))
            return null;
        // "Gomery, who led…", "Tarlo was born in…": only persons are "who" or born, whatever place a loose spelling matches.
        if (low[at + 1] == "," && at + 2 < tokens.Count && low[at + 2] == "who" || at + 2 < tokens.Count && low[at + 1] is "was" or "is" && low[at + 2] == "born")
            return IsMajorPlace(text) || gazetteer.NamedExactly(text).Any(IsPlaceOfNote) ? null : MentionKind.Person;
        var places = gazetteer.Lookup(text);
        if (places.Any(IsPlaceOfNote)) return null;
        // A village of the region is what reports name there ("Krynky saw heavy fighting"), unless the word has a surname's shape.
        var village = places.Any(Gazetteer.IsProminent);
        if (village && !NameMorphology.LooksLikeSurname(text)) return null;
        if (at > sentenceFirst && Lex.SubjectVerbs.TryGetValue(low[at - 1], out var before) && before == "speech" && low[at + 1] is "." or "," or "!" or "?")
            return MentionKind.Person;
        // "Seagal, whose grandmother…": a relative pronoun of persons, though places have a "whose" too.
        if (low[at + 1] == "," && at + 2 < tokens.Count && low[at + 2] == "whose") return MentionKind.Person;
        // "Doss’s story", "Kipling's need": a possessive before a common noun, where no village of the region has the name.
        if (low[at + 1] is "'s" or "’s" && at + 2 < tokens.Count && char.IsLower(tokens[at + 2].Text[0]) && !village)
        {
            if (Lex.BodyPossessions.Contains(low[at + 2])) return MentionKind.Organization;
            if (Lex.CommonWords.Contains(low[at + 2])) return MentionKind.Person;
        }
        var verb = at + 2 < tokens.Count && Adverbs.Contains(low[at + 1]) ? at + 2 : at + 1;
        return tokens[verb].Sentence == tokens[at].Sentence && IsPastOrSpeech(tokens[verb].Text, low[verb]) ? MentionKind.Person : null;
    }

    /// <summary>
    /// Inside a sentence, where its capital means a name, a word no list knows before a verb in the past of one man or woman
    /// ("тоді Ярка відчула", "вчора Маріо працював"); a sentence's first word is as often a noun ("Доклад представил"). The
    /// neuter "-ло" is a place's or a thing's ("Роботине було звільнено"), and a place of note or a known body is no person.
    /// </summary>
    private bool UnknownPastSubject(AnalyzedDocument doc, int at)
    {
        var text = doc.Tokens[at].Text;
        return !doc.StartsSentence(at) && PastOfOnePerson(doc.LowerTokens[at + 1]) && !Lex.IsFunctionWord(doc.LowerTokens[at + 1])
               && char.IsUpper(text[0]) && text.Skip(1).All(char.IsLower) && !IsHeadWord(doc.LowerTokens[at]) && !IsKnownOrganization(text)
               && !IsMajorPlace(text) && !IsPlaceOfSize(text) && !gazetteer.Lookup(text).Any(IsPlaceOfNote);
    }

    /// <summary>A Russian or Ukrainian verb in the past tense of one man or woman: "відчула", "працював", "заявил".</summary>
    private static bool PastOfOnePerson(string lower) =>
        lower.Length >= 4 && NameKey.IsCyrillic(lower[0]) && PastOfOneEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] PastOfOneEndings = ["ла", "ав", "ив", "їв", "яв", "ал", "ил", "ел", "ял", "лася", "вся", "лся", "лась"];

    private static bool IsPastOrSpeech(string text, string lower) =>
        text.Length > 0 && char.IsLower(text[0])
        && (Lex.SubjectVerbs.ContainsKey(lower) || lower.Length >= 5 && lower.EndsWith("ed", StringComparison.Ordinal) && lower.All(char.IsAsciiLetterLower));

    /// <summary>A town of 10,000 people or more, or a country's, region's or district's name: "Carcassonne is", not a village that shares a surname.</summary>
    private static bool IsPlaceOfNote(Place p) => p.Population >= 10_000 || p.FeatureCode is "PCLI" or "CONT" or "ADM1" or "ADM2" or "PPLC" or "PPLA";

    /// <summary>"Jews", "Slavs", "Turks", "Protestants": the plural of a common word or of a nationality ("Slavic", "Turkish").</summary>
    private static bool PluralOfKnownWord(string lower)
    {
        if (!lower.EndsWith('s') || lower.EndsWith("ss", StringComparison.Ordinal)) return false;
        var one = lower[..^1];
        return Lex.CommonWords.Contains(one) || Lex.Demonyms.TryGet(one, out _) || NationalityEndings.Any(e => Lex.Demonyms.TryGet(one + e, out _));
    }

    private static readonly string[] NationalityEndings = ["ic", "ish", "ian"];

    /// <summary>Endings of peoples, parties and followers in the plural: "Republicans", "Khitans", "Marxists".</summary>
    private static readonly string[] PluralOfPeople = ["ans", "ists", "ites", "ese"];

    private static readonly HashSet<string> BornVerbs = new(StringComparer.Ordinal) { "родился", "родилась", "народився", "народилася", "народилась" };

    /// <summary>Articles, possessives and prepositions, after which a capitalized word is an object, not the subject.</summary>
    private static readonly HashSet<string> BeforeNoSubject = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your",
        "of", "in", "on", "at", "from", "to", "by", "with", "into", "for", "across", "near", "over", "under", "via",
    };

    /// <summary>Adverbs between a subject and its verb: "Kipling also met".</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "also", "then", "later", "first", "again", "never", "once", "soon", "finally", "already", "eventually", "himself", "herself", "reportedly",
    };

    /// <summary>
    /// "Netanyahu's Likud party", "the Wagner group": a lone word read as a person right before a lower-case word of an
    /// organization's kind (org-kinds.txt) is that organization, unless the document names a person so or it is a given name.
    /// </summary>
    private static void OrgKindPass(AnalyzedDocument doc, List<Draft> drafts, HashSet<string> surnames)
    {
        for (var n = 0; n < drafts.Count; n++)
        {
            var d = drafts[n];
            if (d.Anaphor || d.Kind != MentionKind.Person || d.End - d.First != 1 || d.End >= doc.Tokens.Count) continue;
            var next = doc.Tokens[d.End];
            if (next.Sentence != doc.Tokens[d.First].Sentence || !char.IsLower(next.Text[0]) || !Lex.OrgKinds.Contains(doc.LowerTokens[d.End])) continue;
            if (surnames.Contains(SurnameKey(doc.Tokens[d.First].Text)) || IsGivenName(doc, d.First) || KnownPersons.IdOf(doc.Tokens[d.First].Text) is not null) continue;
            drafts[n] = d with { Kind = MentionKind.Organization };
        }
    }

    /// <summary>
    /// "CLINTON ADMINISTRATION", "the Netanyahu Government": a person's name and a leader's head read as one body
    /// (leader-heads.txt) is the person, where the lexicons or the document know the word as a person's.
    /// </summary>
    private static void LeaderHeadPass(AnalyzedDocument doc, List<Draft> drafts, HashSet<string> surnames)
    {
        var low = doc.LowerTokens;
        for (var n = 0; n < drafts.Count; n++)
        {
            var d = drafts[n];
            if (d.Anaphor || d.Kind != MentionKind.Organization || d.End - d.First != 2 || !Lex.LeaderHeads.Contains(low[d.End - 1])) continue;
            var word = doc.Tokens[d.First].Text;
            if (surnames.Contains(SurnameKey(word)) || Lex.Surnames.Contains(low[d.First]) || KnownPersons.IdOf(word) is not null
                || drafts.Any(o => o.Kind == MentionKind.Person && !o.Anaphor && low[o.End - 1] == low[d.First]))
                drafts[n] = Person(doc, d.First, d.First + 1);
        }
    }

    /// <summary>
    /// "Arsenal's French coach": a name ends at its possessive where only a nationality follows inside the draft, which
    /// describes the person after it.
    /// </summary>
    private static void PossessivePass(AnalyzedDocument doc, List<Draft> drafts)
    {
        var low = doc.LowerTokens;
        for (var n = 0; n < drafts.Count; n++)
        {
            var d = drafts[n];
            if (d.Anaphor) continue;
            for (var k = d.First + 1; k + 1 < d.End; k++)
                if (low[k] is "'s" or "’s" && Lex.Demonyms.Match(low, k + 1) is { } demonym && k + 1 + demonym.Length == d.End)
                {
                    drafts[n] = new Draft(d.First, k, d.Kind, JoinTokens(doc, d.First, k));
                    break;
                }
        }
    }

    /// <summary>
    /// A body whose name holds a possessive, an ampersand or a comma ("Moody's Investors Service", "Standard & Poor's";
    /// body-phrases.txt) is one organization, whatever shorter names were read inside it; not where a longer name holds it.
    /// </summary>
    private static void BodyPhrasesPass(AnalyzedDocument doc, List<Draft> drafts, bool[] claimed)
    {
        var low = doc.LowerTokens;
        for (var i = 0; i < low.Count; i++)
        {
            if (!char.IsUpper(doc.Tokens[i].Text[0]) || Lex.BodyPhrases.Match(low, i) is not { } phrase) continue;
            var end = i + phrase.Length;
            if (doc.Tokens[end - 1].Sentence != doc.Tokens[i].Sentence || HeldByLongerDraft(drafts, i, end)) continue;
            drafts.RemoveAll(d => d.First >= i && d.End <= end);
            drafts.Add(new Draft(i, end, MentionKind.Organization, JoinTokens(doc, i, end)));
            for (var k = i; k < end; k++) claimed[k] = true;
            i = end - 1;
        }
    }

    /// <summary>
    /// A company the story names in full, with its legal form or its trade ("Philips Electronics NV", "Honda Motor Co Ltd"),
    /// goes on by its first word: a lone "Philips" or "HONDA" elsewhere in the story is the company, also where a surname
    /// or a place was read, unless the story names a person so.
    /// </summary>
    private void CompanyShortNamePass(AnalyzedDocument doc, List<Draft> drafts, bool[] claimed)
    {
        var (low, tokens) = (doc.LowerTokens, doc.Tokens);
        var companies = new Dictionary<string, Draft>(StringComparer.Ordinal);
        foreach (var d in drafts)
            if (d.Kind == MentionKind.Organization && d.Antecedent is null && d.End - d.First >= 2 && IsNameToken(tokens[d.First].Text)
                && (FormHeldBy(doc, d.First, d.End) is not null || Lex.CompanyHeads.Contains(low[d.End - 1]))
                && !Lex.CommonWords.Contains(low[d.First]) && !Lex.IsFunctionWord(low[d.First]) && !Lex.Demonyms.TryGet(low[d.First], out _)
                && !Lex.Titles.TryGet(low[d.First], out _) && !IsAcronym(tokens[d.First].Text) && !IsMajorPlace(tokens[d.First].Text))
            {
                companies.TryAdd(NameKey.StemKey(tokens[d.First].Text), d);
                // "Holsten-Brauerei AG" goes on as "Holsten".
                if (tokens[d.First].Text.IndexOf('-') is > 2 and var dash && !Lex.CommonWords.Contains(low[d.First][..dash]))
                    companies.TryAdd(NameKey.StemKey(tokens[d.First].Text[..dash]), d);
            }
        if (companies.Count == 0) return;
        var persons = drafts.Where(d => d.Kind == MentionKind.Person && d.End - d.First >= 2).Select(d => NameKey.StemKey(tokens[d.End - 1].Text)).ToHashSet();
        Draft? CompanyOf(int at) =>
            IsNameToken(tokens[at].Text) && NameKey.StemKey(tokens[at].Text) is var key && !persons.Contains(key) && companies.TryGetValue(key, out var company)
            && company.First != at ? company : null;
        for (var n = 0; n < drafts.Count; n++)
            if (drafts[n] is { Kind: not MentionKind.Organization, Antecedent: null, Anaphor: false } d && d.End - d.First == 1 && CompanyOf(d.First) is { } company)
                drafts[n] = new Draft(d.First, d.End, MentionKind.Organization, company.Normal, company.First);
        for (var i = 0; i < tokens.Count; i++)
            if (!claimed[i] && CompanyOf(i) is { } company)
                AddClaimed(drafts, claimed, new Draft(i, i + 1, MentionKind.Organization, company.Normal, company.First));
    }
}
