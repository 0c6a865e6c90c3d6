using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Extraction;

/// <summary>
/// Finds a sentence's speaker and stance: "X said", "according to X", "reports X", "по словам X", "X заперечив";
/// hedges ("reportedly", "якобы", "нібито") mark the rest as alleged or reported. Also finds whom a document
/// attributes itself to ("… reports The Times" near its start).
/// </summary>
public static class Attributor
{
    private static ExtractionLexicons Lex => ExtractionLexicons.Shared;

    public static Attribution Attribute(SentenceContext s, SentenceContext? previous = null)
    {
        var outer = Continued(s, Find(s, s.First), previous);
        // "Как сообщает The Border Courier, Меркулов заявил…": an outlet relays a person's words. The person is the
        // speaker, the outlet only passes them on.
        if (outer is not { Speaker: int relay, VerbToken: int v } || Kind(s, relay) != MentionKind.Organization) return outer;
        for (var said = Find(s, v + 1); said.VerbToken is int at; said = Find(s, at + 1))
            if (said.Speaker is int inner && inner != relay && Kind(s, inner) == MentionKind.Person)
                return said with { Via = relay, Stance = outer.Stance == Stance.Alleged ? Stance.Alleged : said.Stance };
        return outer;
    }

    /// <summary>
    /// "The regional administration said five were killed. It said two were wounded": a pronoun that opens a sentence
    /// goes on with the speaker of the sentence before, whatever the pronoun was linked to by name.
    /// </summary>
    private static Attribution Continued(SentenceContext s, Attribution found, SentenceContext? previous)
    {
        if (found.Speaker is not int sp || previous?.Attribution.Speaker is not int before || before == sp) return found;
        var m = s.Mentions.FirstOrDefault(x => x.Mention.Index == sp);
        if (m.Mention is not { Antecedent: not null } || m.First != s.First || m.End - m.First != 1 || !Lex.ContinuingPronouns.Contains(s.Low[m.First])) return found;
        return found with { Speaker = before };
    }

    /// <summary>
    /// The speaker and stance of the clause that holds token <paramref name="token"/>. "Ponomarev said that the RVC had
    /// signed the declaration, but the RVC denied that it had signed on": a contrasting clause with its own verb of
    /// saying has its own speaker and stance; any other clause has the sentence's.
    /// </summary>
    public static Attribution OfClause(SentenceContext s, int token)
    {
        var (first, end) = (s.First, s.End);
        for (var i = s.First + 1; i < s.End - 1; i++)
        {
            if (s.Low[i - 1] is not ("," or ";") || Lex.ContrastConjunctions.Match(s.Low, i) is null) continue;
            if (i <= token) first = i;
            else { end = i - 1; break; }
        }
        if (first == s.First && end == s.End) return s.Attribution;
        var clause = s.Clause(first, end);
        var own = Find(clause, clause.First);
        return own.VerbToken is null ? s.Attribution : own;
    }

    private static MentionKind? Kind(SentenceContext s, int mention) =>
        s.Mentions.FirstOrDefault(m => m.Mention.Index == mention).Mention?.Kind;

    /// <summary>The first verb of saying from token <paramref name="from"/> on, with its speaker.</summary>
    private static Attribution Find(SentenceContext s, int from)
    {
        var low = s.Low;
        for (var i = from; i < s.End; i++)
        {
            if (Lex.SpeechVerbs.Match(low, i) is not { } verb) continue;
            var (stance, position) = verb.Value;
            int? speaker = null;
            // ", reports The Times" / ", said Vasnetsov": a verb after a comma takes the name that follows.
            if (position is "both" && i > s.First && low[i - 1] == ",")
                speaker = s.Mentions.FirstOrDefault(m => m.First >= i + verb.Length && m.First - (i + verb.Length) <= 1 && CanSpeak(s, m, i)).Mention?.Index;
            // "some might say", "некоторые называют": words said by no one in particular, an unattributed allegation.
            if (position is "before" or "both" && IndefiniteSubject(s, i)) return new Attribution(null, Stance.Alleged, i);
            if (speaker is null && position is "before" or "both")
            {
                // "Pavel Merkulov, the battalion's deputy commander, said": skip back over the apposition.
                var limit = i;
                if (i > s.First && low[i - 1] == ",")
                    for (var k = i - 2; k >= Math.Max(s.First, i - 16); k--)
                        if (low[k] == ",") { limit = k; break; }
                speaker = s.Mentions.LastOrDefault(m => m.End <= limit && CanSpeak(s, m, i) && limit - m.End <= 14).Mention?.Index
                          ?? s.Mentions.LastOrDefault(m => m.End <= i && CanSpeak(s, m, i) && i - m.End <= 14).Mention?.Index;
            }
            // "said that the RVC had signed": a name in the reported clause is spoken about, not speaking.
            if (speaker is null && position is "after" or "both")
                speaker = s.Mentions.FirstOrDefault(m => m.First >= i + verb.Length && m.First - (i + verb.Length) <= 4 && CanSpeak(s, m, i)
                                                         && !Enumerable.Range(i + verb.Length, m.First - i - verb.Length).Any(k => Lex.Complementizers.Contains(low[k]))).Mention?.Index;
            if (speaker is null && position == "before") continue;
            // "X said the reports were not true": what X says denies.
            var hedge = Hedge(s);
            return new Attribution(speaker, hedge is Stance.Denied ? Stance.Denied : hedge is Stance.Alleged && stance == Stance.Reported ? Stance.Alleged : stance, i);
        }
        return new Attribution(null, Hedge(s) ?? Stance.Asserted, null);
    }

    /// <summary>Whether the verb at <paramref name="verb"/> follows an indefinite subject, over auxiliaries ("some might").</summary>
    private static bool IndefiniteSubject(SentenceContext s, int verb)
    {
        var k = verb - 1;
        while (k >= s.First && Lex.IndefiniteSpeakers.Match(s.Low, k) is { Value: "auxiliary", Length: 1 }) k--;
        for (var start = Math.Max(s.First, k - 1); start <= k; start++)
            if (Lex.IndefiniteSpeakers.Match(s.Low, start) is { Value: "indefinite" } m && start + m.Length == k + 1) return true;
        return false;
    }

    /// <summary>
    /// A person or organization can speak; a place only through its governing body named next to it
    /// ("администрация Белгородской области", "the Belgorod regional administration"): the place then stands for its authorities.
    /// A country right before the verb speaks as its government ("Ukraine denied").
    /// </summary>
    private static bool CanSpeak(SentenceContext s, (Mention Mention, int First, int End) m, int verb)
    {
        if (m.Mention.Kind != MentionKind.Place) return true;
        if (m.End == verb && IsCountry(m.Mention)) return true;
        for (var k = Math.Max(s.First, m.First - 3); k < m.First; k++)
            if (Lex.Authorities.Match(s.Low, k) is not null && Enumerable.Range(k + 1, m.First - k - 1).All(j => s.Low[j] is "of" or "the" or "in")) return true;
        for (var k = m.End; k < Math.Min(s.End, m.End + 2); k++)
            if (Lex.Authorities.Match(s.Low, k) is not null) return true;
            else if (s.Low[k] is not ("regional" or "region's" or "oblast" or "city")) break;
        return false;
    }

    public static bool IsCountry(Mention m) => m.Kind == MentionKind.Place && m.GeonamesId is long id && Gazetteer.Shared.ById(id)?.Precision == "country";

    /// <summary>The sentence's hedge: a denial ("… не соответствуют действительности") over any other, else the first.</summary>
    private static Stance? Hedge(SentenceContext s)
    {
        Stance? first = null;
        for (var i = s.First; i < s.End; i++)
            if (Lex.Hedges.Match(s.Low, i) is { } h)
            {
                if (h.Value == Stance.Denied) return Stance.Denied;
                first ??= h.Value;
            }
        return first;
    }

    /// <summary>"… reports The Times", "according to UNIAN", "как сообщает X" in the first sentences: the document's source.</summary>
    public static string? DocumentSource(IReadOnlyList<SentenceContext> sentences)
    {
        foreach (var s in sentences.Take(3))
        {
            if (s.Attribution is { Speaker: int sp, VerbToken: int v } && s.Mentions.FirstOrDefault(m => m.Mention.Index == sp) is var m
                && m.Mention is { Kind: MentionKind.Organization } && m.First > v)
                return m.Mention.Anaphor ? null : m.Mention.Text;
        }
        return null;
    }
}
