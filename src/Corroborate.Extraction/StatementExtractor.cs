using Corroborate.Reference;
using Corroborate.Domain;

namespace Corroborate.Extraction;

/// <summary>
/// Statements for the starter property vocabulary, from patterns over a sentence's mentions:
/// persons — role, occupation, age, origin, alias; organizations — founded, strength, part_of, ally, leader,
/// spokesperson, designation, ideology, goal. Descriptions in apposition are the document's own assertion;
/// self-descriptions ("identifies himself as") are the subject's claim; the rest take the sentence's speaker.
/// </summary>
public sealed class StatementExtractor
{
    private static ExtractionLexicons Lex => ExtractionLexicons.Shared;

    private static readonly string[] SelfDescription =
    [
        "identifies himself as", "identifies herself as", "described himself as", "describes himself as", "described herself as",
        "calls himself", "called himself", "называет себя", "назвал себя", "представился как", "називає себе", "назвав себе", "представився як",
    ];
    private static readonly PhraseTable<bool> SelfTable = Build(SelfDescription);

    private static readonly string[] Ages = ["year-old", "летний", "летнего", "летнему", "летним", "річний", "річного", "річному", "річним", "річна", "летняя"];

    private static PhraseTable<bool> Build(IEnumerable<string> phrases)
    {
        var t = new PhraseTable<bool>();
        foreach (var p in phrases) t.Add(p, true);
        return t;
    }

    public IEnumerable<ExtractedStatement> Extract(SentenceContext s, IReadOnlyList<AliasLink> aliases)
    {
        var found = new List<ExtractedStatement>();
        PersonDescriptions(s, found);
        Roles(s, found);
        Codenames(s, aliases, found);
        OrganizationCues(s, found);
        Designations(s, found);
        Ideologies(s, found);
        return found.DistinctBy(x => (x.Subject, x.Property, x.Value));
    }

    private static ExtractedStatement Make(SentenceContext s, int subject, string property, string value, int? valueMention = null, Attribution? attribution = null)
    {
        var a = attribution ?? s.Attribution;
        // Nobody asserts a fact about themselves in a neutral voice: a subject's own words are its claim.
        var stance = a.Speaker is int sp && SameThing(s, sp, subject) && a.Stance == Stance.Reported ? Stance.Claimed : a.Stance;
        return new ExtractedStatement(s.Span, subject, property, value, stance, a.Speaker, ValidAt(s, property), valueMention, a.Via);
    }

    /// <summary>When a value holds: "as of …" always; for values that change (strength, roles) the sentence's date too.</summary>
    private static DateValue? ValidAt(SentenceContext s, string property)
    {
        var asOf = s.Times.FirstOrDefault(t => t.Time.Modifier == "as-of").Time;
        if (asOf is not null) return asOf.Value;
        return Vocabulary.Of(property).Changes ? s.Times.Where(t => t.Time.Modifier is null).Select(t => (DateValue?)t.Time.Value).FirstOrDefault() : null;
    }

    private static bool SameThing(SentenceContext s, int a, int b)
    {
        int Root(int m) => s.Doc.Mentions[m].Antecedent ?? m;
        return Root(a) == Root(b);
    }

    private static readonly Attribution DocumentVoice = new(null, Stance.Asserted, null);

    /// <summary>Who tells the parts of a sentence no speaker says: the document, or the source it relays ("как сообщает X, …").</summary>
    private static Attribution NarratorVoice(SentenceContext s) =>
        s.Attribution.Via is int relay ? new Attribution(relay, Stance.Reported, s.Attribution.VerbToken) : DocumentVoice;

    /// <summary>"Merkulov, a 41-year-old former schoolteacher from Kursk, told …"; "He identifies himself as …".</summary>
    private static void PersonDescriptions(SentenceContext s, List<ExtractedStatement> found)
    {
        var low = s.Low;
        foreach (var (m, _, mEnd) in s.Mentions.Where(x => x.Mention.Kind == MentionKind.Person))
        {
            int from, to;
            Attribution voice;
            if (mEnd < s.End && low[mEnd] == ",")
            {
                from = mEnd + 1;
                to = from;
                while (to < s.End && low[to] is not ("," or ";" or "." or "—" or ")") && to - from < 14) to++;
                if (to >= s.End || low[to] is not ("," or "." or ";" or "—" or ")")) continue;
                // A description in apposition is the document's (or the source it cites: "как сообщает X, …"), even when its subject then speaks.
                voice = s.Attribution.Speaker is not int sp || SameThing(s, sp, m.Index)
                    ? NarratorVoice(s) with { Stance = s.Attribution.Speaker is null ? s.Attribution.Stance : NarratorVoice(s).Stance } : s.Attribution;
            }
            else if (mEnd < s.End && SelfTable.Match(low, mEnd) is { } self)
            {
                from = mEnd + self.Length;
                to = s.End;
                voice = new Attribution(m.Index, Stance.Claimed, mEnd);
            }
            else continue;
            if (from >= to) continue;
            Describe(s, m.Index, from, to, voice, found);
        }
    }

    private static void Describe(SentenceContext s, int subject, int from, int to, Attribution voice, List<ExtractedStatement> found)
    {
        var low = s.Low;
        var former = false;
        var formerAt = -1;
        for (var i = from; i < to; i++)
        {
            if (Lex.Former.Match(low, i) is { } f) { former = true; formerAt = i; i += f.Length - 1; continue; }
            if (i + 2 < to + 2 && i + 1 < s.End && low[i + 1] == "-" && i + 2 < s.End && Ages.Contains(low[i + 2]) && int.TryParse(low[i], out var age))
            {
                found.Add(Make(s, subject, "age", age.ToString(System.Globalization.CultureInfo.InvariantCulture), null, voice));
                i += 2;
                continue;
            }
            if (Lex.Occupations.Match(low, i) is { } occ)
            {
                // A description ends the former-marker's reach: "former teacher and now a fighter".
                var value = (former && formerAt >= from ? "former " : "") + occ.Value;
                found.Add(Make(s, subject, "occupation", value, null, voice));
                i += occ.Length - 1;
                former = false;
                continue;
            }
            if (Lex.Roles.Match(low, i) is { } role && RoleIsNotAnotherPersons(s, i + role.Length, to))
            {
                var org = s.Mentions.Where(x => x.Mention.Kind == MentionKind.Organization && x.End <= to && Math.Abs(x.First - i) <= 4).Select(x => (int?)x.Mention.Index).FirstOrDefault();
                var value = (former && formerAt >= from ? "former " : "") + role.Value;
                // "a former member of X" is membership, not a position.
                var group = org ?? s.Mentions.FirstOrDefault(x => x.Mention.Kind == MentionKind.Organization && x.First > i && x.First - i <= 10).Mention?.Index;
                if (role.Value is "member" or "fighter" && group is int memberOf) found.Add(Make(s, subject, "member_of", s.Doc.Mentions[memberOf].Text, memberOf, voice));
                else found.Add(Make(s, subject, "role", value, org, voice));
                if (org is int o && IsLeadership(role.Value)) found.Add(Make(s, o, RoleProperty(role.Value), s.Doc.Mentions[subject].Text, subject, voice));
                i += role.Length - 1;
                continue;
            }
            if (low[i] is "from" or "из" or "родом" or "з" or "із" && i + 1 < to && s.MentionAt(i + 1) is { Mention.Kind: MentionKind.Place } place)
                found.Add(Make(s, subject, "origin", place.Mention.Text, place.Mention.Index, voice));
        }
    }

    private static bool RoleIsNotAnotherPersons(SentenceContext s, int after, int to) =>
        !s.Mentions.Any(x => x.Mention.Kind == MentionKind.Person && x.First >= after && x.First <= after + 3 && x.First < to);

    private static bool IsLeadership(string role) => role is "commander" or "leader" or "head" or "spokesperson" or "founder";

    private static string RoleProperty(string role) => role == "spokesperson" ? "spokesperson" : "leader";

    /// <summary>"Free Russia Legion commander Maximilian Andronikov", "командир батальона Павел Меркулов", "the Legion's spokesperson, Caesar".</summary>
    private static void Roles(SentenceContext s, List<ExtractedStatement> found)
    {
        var low = s.Low;
        for (var i = s.First; i < s.End; i++)
        {
            if (Lex.Roles.Match(low, i) is not { } role) continue;
            var after = i + role.Length;
            // ORG before the role ("Legion commander", "the Legion's spokesperson") or right after it ("командир батальона").
            var orgBefore = s.Mentions.LastOrDefault(x => x.Mention.Kind == MentionKind.Organization && (x.End == i || (x.End == i - 1 && low[i - 1] is "'s" or "’s")));
            var orgAfter = s.Mentions.FirstOrDefault(x => x.Mention.Kind == MentionKind.Organization && x.First == after);
            var org = orgBefore.Mention ?? orgAfter.Mention;
            var personFrom = orgAfter.Mention is not null ? orgAfter.End : after;
            var person = s.Mentions.FirstOrDefault(x => x.Mention.Kind == MentionKind.Person && x.First >= personFrom && x.First - personFrom <= 1
                                                          && (x.First == personFrom || low[personFrom] is ","));
            if (person.Mention is null) continue;
            var former = i > s.First && Lex.Former.Match(low, i - 1) is not null;
            // "battalion commander Pavel Merkulov": the role holds even when the organization is not named here.
            found.Add(Make(s, person.Mention.Index, "role", (former ? "former " : "") + role.Value, org?.Index, NarratorVoice(s)));
            if (org is not null && !former && IsLeadership(role.Value)) found.Add(Make(s, org.Index, RoleProperty(role.Value), person.Mention.Text, person.Mention.Index, NarratorVoice(s)));
            i = after - 1;
        }
    }

    private static void Codenames(SentenceContext s, IReadOnlyList<AliasLink> aliases, List<ExtractedStatement> found)
    {
        foreach (var link in aliases.Where(a => a.Kind == AliasKind.Codename && s.Span.Contains(a.Evidence)))
            found.Add(Make(s, link.Mention, "alias", s.Doc.Mentions[link.Alias].Text, link.Alias, NarratorVoice(s)));
    }

    /// <summary>Organization properties introduced by cue phrases: "was formed in …", "consists of two battalions", "part of …".</summary>
    private static void OrganizationCues(SentenceContext s, List<ExtractedStatement> found)
    {
        var low = s.Low;
        for (var i = s.First; i < s.End; i++)
        {
            if (Lex.PropertyCues.Match(low, i) is not { } cue) continue;
            var after = i + cue.Length;
            // The subject is the organization the cue follows: not a possessor ("the Legion's channel was created"), not far back.
            bool Governs((Mention Mention, int First, int End) x) =>
                x.End <= i && i - x.End <= 8 && x.Mention.Kind == MentionKind.Organization && !(x.End < s.End && low[x.End] is "'s" or "’s");
            var subject = s.Mentions.LastOrDefault(x => Governs(x) && x.Mention.Index != s.Attribution.Speaker).Mention
                          ?? (cue.Value is "strength" or "goal" ? s.Mentions.LastOrDefault(Governs).Mention : null);
            if (subject is null) continue;
            switch (cue.Value)
            {
                case "founded":
                    var when = s.Times.Where(t => t.First >= after - 1 && t.First <= after + 3).Select(t => (DateValue?)t.Time.Value).FirstOrDefault()
                               ?? s.Times.Select(t => (DateValue?)t.Time.Value).FirstOrDefault();
                    if (when is { } w) found.Add(Make(s, subject.Index, "founded", w.ToString()) with { ValidAt = null });
                    break;
                case "strength":
                    // The quantity follows the cue or begins with it ("численностью до батальона").
                    var q = s.Quantities.FirstOrDefault(x => x.First >= i && x.Quantity.Unit is "people" or "battalion" or "company" or "brigade" or "regiment");
                    if (q.Quantity is not null) found.Add(Make(s, subject.Index, "strength", FormatQuantity(q.Quantity)));
                    break;
                case "part_of" or "ally" or "member_of":
                    var other = s.Mentions.FirstOrDefault(x => x.First >= after && x.First - after <= 3 && x.Mention.Kind == MentionKind.Organization).Mention;
                    if (other is not null && !SameThing(s, other.Index, subject.Index))
                        found.Add(Make(s, subject.Index, cue.Value, other.Text, other.Index));
                    break;
                case "leader" or "spokesperson":
                    var p = s.Mentions.FirstOrDefault(x => x.First >= after && x.First - after <= 2 && x.Mention.Kind == MentionKind.Person).Mention;
                    if (p is not null) found.Add(Make(s, subject.Index, cue.Value, p.Text, p.Index));
                    break;
                case "goal":
                    var end = after;
                    while (end < s.End && low[end] is not ("." or ";" or "," or "!" or "?") && end - after < 16) end++;
                    if (end - after >= 2)
                    {
                        var text = s.Doc.Text[s.Doc.Tokens[after].Span.Start..s.Doc.Tokens[end - 1].Span.End].Trim('"', '«', '»', '“', '”', ' ');
                        found.Add(Make(s, subject.Index, "goal", text));
                    }
                    break;
            }
            i = after - 1;
        }
    }

    public static string FormatQuantity(Quantity q)
    {
        var unit = q.Unit is null or "people" ? q.Unit ?? "" : q.Max == 1 ? q.Unit : q.Unit.EndsWith('y') ? q.Unit[..^1] + "ies" : q.Unit + "s";
        var range = q.Max is null ? $"{q.Min}+" : q.Min == q.Max ? $"{q.Min}" : $"{q.Min}-{q.Max}";
        return (range + " " + unit).Trim();
    }

    /// <summary>"The Supreme Court of Russia recognized the Legion as a terrorist organization."</summary>
    private static void Designations(SentenceContext s, List<ExtractedStatement> found)
    {
        var low = s.Low;
        for (var i = s.First; i < s.End; i++)
        {
            if (Lex.Designations.Match(low, i) is not { } d) continue;
            // Only an act of designating counts: "recognized the group as a terrorist organization", not "terrorist acts".
            var verbAt = Enumerable.Range(s.First, i - s.First).LastOrDefault(k => Lex.DesignationVerbs.Match(low, k) is not null, -1);
            if (verbAt < 0) continue;
            // The designated: an organization between the designating body and the phrase, else the sentence's subject.
            var orgs = s.Mentions.Where(x => x.Mention.Kind == MentionKind.Organization && x.End <= i).ToList();
            if (orgs.Count == 0) continue;
            var subject = orgs.Count >= 2 ? orgs[^1].Mention : orgs[0].Mention;
            var by = orgs.Count >= 2 ? orgs[0].Mention : null;
            var attribution = by is not null ? new Attribution(by.Index, Stance.Asserted, null) : s.Attribution;
            found.Add(Make(s, subject.Index, "designation", d.Value, by?.Index, attribution));
            i += d.Length - 1;
        }
    }

    /// <summary>Whether token <paramref name="at"/> stands inside quotation marks of its sentence.</summary>
    private static bool Quoted(SentenceContext s, int at)
    {
        var open = false;
        for (var k = s.First; k < at; k++)
            if (s.Low[k] is "\"" or "«" or "“" or "»" or "”") open = s.Low[k] is "«" or "“" || (s.Low[k] == "\"" && !open);
        return open;
    }

    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "is", "are", "was", "were", "remains", "remain", "—", "-", "является", "являются", "был", "была", "были", "є", "був", "була", "були" };

    /// <summary>
    /// The organizations an ideology label at [label, labelEnd) describes without a verb of characterizing: the one it
    /// stands before ("the far-right Russian Volunteer Corps"), else the one it closely follows ("RVC, a far-right
    /// group") or follows over a copula ("X and its ally Y are far-right": both). A label far from any name, or after a
    /// field's colon, describes none ("protect Ukrainians from real fascists").
    /// </summary>
    private static List<Mention?> LabelledOrganizations(SentenceContext s, int label, int labelEnd, int? speaker)
    {
        var low = s.Low;
        bool Org((Mention Mention, int First, int End) x) => x.Mention.Kind == MentionKind.Organization && x.Mention.Index != speaker;
        var after = s.Mentions.FirstOrDefault(x => Org(x) && x.First >= labelEnd && x.First - labelEnd <= 2
                                                   && Enumerable.Range(labelEnd, x.First - labelEnd).All(k => low[k] is "," or "the" or "group" or "movement")).Mention;
        if (after is not null) return [after];
        var before = s.Mentions.LastOrDefault(x => Org(x) && x.End <= label);
        if (before.Mention is null) return [];
        var gap = Enumerable.Range(before.End, label - before.End).ToList();
        if (gap.Any(k => low[k] is ":" or ";" or "." || Lex.PropertyCues.Match(low, k) is not null)) return [];
        var copula = gap.FirstOrDefault(k => Copulas.Contains(low[k]), -1);
        if (copula < 0) return gap.Count <= 4 ? [before.Mention] : [];
        if (gap.Count > 8) return [];
        // A plural copula takes every organization the clause names before it.
        if (low[copula] is "are" or "were" or "являются" or "были" or "були")
            return s.Mentions.Where(x => Org(x) && x.End <= copula).Select(x => (Mention?)x.Mention).ToList();
        return [before.Mention];
    }

    /// <summary>"David Axe … described the group as far-right": an opinion, attributed to whoever gives it.</summary>
    private static void Ideologies(SentenceContext s, List<ExtractedStatement> found)
    {
        var low = s.Low;
        for (var i = s.First; i < s.End; i++)
        {
            if (Lex.Ideologies.Match(low, i) is not { } ideo) continue;
            var self = Enumerable.Range(s.First, Math.Max(0, i - s.First)).LastOrDefault(k => low[k] is "himself" or "herself" or "itself" or "себя" or "себе", -1);
            var reflexiveKind = self >= 0 && low[self] is "himself" or "herself" ? MentionKind.Person : self >= 0 && low[self] == "itself" ? MentionKind.Organization : (MentionKind?)null;
            if (self >= 0 && s.Mentions.LastOrDefault(x => x.End <= self && x.Mention.Kind != MentionKind.Place && (reflexiveKind is null || x.Mention.Kind == reflexiveKind)).Mention is { } selfSubject)
            {
                // "X described himself as a right-wing nationalist": X's own claim about X.
                found.Add(Make(s, selfSubject.Index, "ideology", ideo.Value, null, new Attribution(selfSubject.Index, Stance.Characterized, null)));
                i += ideo.Length - 1;
                continue;
            }
            var characterizer = Enumerable.Range(s.First, Math.Max(0, i - s.First)).Select(k => Lex.Characterizations.Match(low, k) is not null ? k : -1).LastOrDefault(k => k >= 0, -1);
            // A label before the verb of saying, outside quotes, is the narrator's: "The far-right RVC … has said".
            var narrated = s.Attribution.VerbToken is int said && i < said && !Quoted(s, i);
            var speaker = characterizer >= 0
                ? s.Mentions.LastOrDefault(x => x.End <= characterizer && x.Mention.Kind != MentionKind.Place).Mention?.Index
                : narrated ? NarratorVoice(s).Speaker : s.Attribution.Speaker;
            var subjects = characterizer >= 0
                ? [s.Mentions.LastOrDefault(x => x.End <= i && x.Mention.Kind == MentionKind.Organization && x.Mention.Index != speaker && x.First > characterizer).Mention]
                : LabelledOrganizations(s, i, i + ideo.Length, speaker);
            // An ideology label is an opinion, whoever gives it: the speaker, or else the document itself.
            foreach (var subject in subjects.OfType<Mention>())
                found.Add(Make(s, subject.Index, "ideology", ideo.Value, null, new Attribution(speaker, Stance.Characterized, null)));
            i += ideo.Length - 1;
        }
    }
}
