using Corroborate.Analysis;
using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Extraction;

/// <summary>
/// Events from trigger phrases (raid, shelling, drone strike, armed clash, arrest, designation, formation, …):
/// the sentence's date nearest the trigger, its most specific place, organizations before the trigger as
/// actor1 (and associates), after it as actor2, and killed/injured counts claimed by the sentence's speaker.
/// </summary>
public sealed class EventExtractor(Gazetteer gazetteer)
{
    private static ExtractionLexicons Lex => ExtractionLexicons.Shared;

    private static readonly HashSet<string> AllyCues = new(StringComparer.Ordinal)
    { "with", "alongside", "and", "together", "вместе", "совместно", "и", "с", "разом", "спільно", "та", "і", "й", "з" };

    /// <summary>Kinds that say only that there was violence: a more specific trigger or weapon in the sentence names it better.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal) { "attack", "armed clash" };

    private readonly record struct Found(int At, int Length, Trigger Trigger);

    public IEnumerable<ExtractedEvent> Extract(IReadOnlyList<SentenceContext> sentences, int index)
    {
        var s = sentences[index];
        var found = Triggers(s);
        if (found.Count == 0) yield break;
        // One event per sentence: the first trigger names it, unless it is generic and a specific one follows
        // ("attacked … and shelled"); a generic one takes its kind from the weapon the sentence names.
        // A specific trigger after "after"/"before" tells of another, earlier or later, event ("The strike came two days
        // after the battalion raided Kozinka"): it does not rename the first one.
        var main = found.FirstOrDefault(f => !Generic.Contains(f.Trigger.Kind) && (f.At == found[0].At || !TimeRelationBetween(s, found[0].At, f.At)));
        if (main.Length == 0) main = found[0];
        if (Generic.Contains(main.Trigger.Kind) && Weapon(s) is { } weapon && Lex.Kinds.TryGetValue(weapon, out var refined)) main = main with { Trigger = refined };
        // What follows "after the raid on Kozinka" is that other event's: its place is not this one's ("before dawn … and
        // traded fire near Krasnaya Yaruga" introduces no other event: the relation word must lead to the trigger).
        var other = found.FirstOrDefault(f => f.At > main.At && LedByTimeRelation(s, main.At, f.At));
        var end = other.Length > 0 ? other.At : s.End;
        yield return Build(s, main.At, main.Length, main.Trigger, EarlierDate(sentences, index), end);
    }

    /// <summary>Triggers and two-part frames in the sentence, in order, outside names ("Security Service", "Raid Battalion").</summary>
    private static List<Found> Triggers(SentenceContext s)
    {
        var low = s.Low;
        var found = new List<Found>();
        var described = new List<Found>();
        for (var i = s.First; i < s.End; i++)
        {
            // A trigger inside a name is none ("Raid Battalion"); inside a description of forces ("Ukrainian saboteurs",
            // "вооружённые формирования") it tells the event only when the sentence has no trigger of its own.
            var inside = s.MentionAt(i) is { } m ? m.Mention.Descriptive ? described : null : found;
            if (inside is null) continue;
            if (Lex.Triggers.Match(low, i) is { } trig)
            {
                if (!InQuotedTitle(s, i, trig.Length)) inside.Add(new Found(i, trig.Length, trig.Value));
                i += trig.Length - 1;
                continue;
            }
            if (inside == found && FrameAt(s, i) is { } frame) found.Add(frame);
        }
        return found.Count > 0 ? found : described;
    }

    /// <summary>"… 'Russian Legion' Fighting With Ukraine": a capitalized trigger inside quotes, next to capitalized words, is part of a title.</summary>
    private static bool InQuotedTitle(SentenceContext s, int at, int length)
    {
        var tokens = s.Doc.Tokens;
        bool Capital(int k) => k > s.First && k < s.End && tokens[k].Text is [var c, ..] && char.IsUpper(c);
        if (!Capital(at) || !(Capital(at - 1) || Capital(at + length))) return false;
        var quotes = 0;
        for (var k = s.First; k < at; k++)
            if (tokens[k].Text is "\"" or "“" or "”" or "«" or "»" or "„") quotes++;
        return quotes % 2 == 1;
    }

    /// <summary>A two-part frame whose first part starts at token <paramref name="i"/> and whose second follows within its gap.</summary>
    private static Found? FrameAt(SentenceContext s, int i)
    {
        if (Lex.Frames.Match(s.Low, i) is not { } first) return null;
        foreach (var f in first.Value)
            for (var j = i + first.Length; j < Math.Min(s.End, i + first.Length + f.Gap + 1); j++)
                if (f.Second.Match(s.Low, j) is { } second) return new Found(i, j + second.Length - i, f.Trigger);
        return null;
    }

    /// <summary>"after the raid", "після рейду": a relation word right before a trigger, over an article at most.</summary>
    private static bool LedByTimeRelation(SentenceContext s, int from, int trigger)
    {
        var k = trigger - 1;
        if (k > from && s.Low[k] is "the" or "a" or "an" or "its" or "their") k--;
        return k > from && Lex.TimeRelations.Contains(s.Low[k]);
    }

    private static bool TimeRelationBetween(SentenceContext s, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (Lex.TimeRelations.Contains(s.Low[k])) return true;
        return false;
    }

    private static bool IsOpenQuote(string token) => token is "«" or "“" or "„" or "\"";

    private static string? Weapon(SentenceContext s)
    {
        for (var i = s.First; i < s.End; i++)
            if (Lex.Weapons.Match(s.Low, i) is { } w) return w.Value; // also inside names: "Сил безпілотних систем" strike with drones
        return null;
    }

    /// <summary>A report dates an event once and goes on: the last date of the two sentences before, in the same paragraph.</summary>
    private static DateValue? EarlierDate(IReadOnlyList<SentenceContext> sentences, int index)
    {
        for (var k = index - 1; k >= Math.Max(0, index - 2); k--)
        {
            var gap = sentences[k].Doc.Text.AsSpan(sentences[k].Span.End, Math.Max(0, sentences[k + 1].Span.Start - sentences[k].Span.End));
            if (gap.Contains("\n\n", StringComparison.Ordinal)) return null;
            var t = sentences[k].Times.LastOrDefault(t => t.Time.Modifier is null && t.Time.Value.Precision is DatePrecision.Day or DatePrecision.Month
                                                          && !DatesTheSaying(sentences[k], t.First));
            if (t.Time is not null) return t.Time.Value;
        }
        return null;
    }

    /// <summary>
    /// "said on Monday": a date right after the verb of saying dates the saying, not the event; but not one after
    /// "that" ("said that on 23 May it withdrew").
    /// </summary>
    private static bool DatesTheSaying(SentenceContext s, int timeFirst) =>
        s.Attribution.VerbToken is int v && timeFirst > v && timeFirst - v <= 3
        && !Enumerable.Range(v + 1, timeFirst - v - 1).Any(k => Lex.Complementizers.Contains(s.Low[k]));

    /// <summary>"is being shelled", "идут бои", "тривають бої": an event going on as the report is published happens on its date.</summary>
    private static DateValue? OngoingOnPublication(SentenceContext s)
    {
        if (s.Doc.Document.Published is not { Precision: DatePrecision.Day } published) return null;
        for (var i = s.First; i < s.End; i++)
        {
            if (Lex.Ongoing.Match(s.Low, i) is not null && s.MentionAt(i) is null) return published;
            // English present progressive: "are pounding", "is advancing".
            if (s.Low[i] is "is" or "are" && i + 1 < s.End && s.Low[i + 1].Length > 5 && s.Low[i + 1].EndsWith("ing", StringComparison.Ordinal)) return published;
        }
        return null;
    }

    private ExtractedEvent Build(SentenceContext s, int at, int length, Trigger trigger, DateValue? earlier, int end)
    {
        var times = s.Times.Where(t => !DatesTheSaying(s, t.First)).ToList();
        var stated = times
            .Where(t => t.Time.Modifier is not ("until" or "before" or "after" or "since"))
            .OrderBy(t => Math.Abs(t.First - at)).Select(t => (DateValue?)t.Time.Value).FirstOrDefault()
            ?? times.Where(t => t.Time.Modifier == "since").Select(t => (DateValue?)t.Time.Value).FirstOrDefault();
        var date = stated ?? earlier ?? OngoingOnPublication(s);
        // A place word inside a quoted name («Северная рысь», «Сіверська варта») names a group, not where it acted.
        // Nor is a place that speaks through its authorities ("the Belgorod regional administration said"), when
        // another place of the sentence is known; else its region is the best known place of the event.
        // A country that acts ("accused Ukraine of …") is no place of the event.
        var actors = Actors(s, at, length).Select(a => Claim(s, a)).ToList();
        var places = s.Mentions.Where(m => m.Mention.Kind == MentionKind.Place && m.First < end && !(m.First > 0 && IsOpenQuote(s.Doc.Tokens[m.First - 1].Text))
                                           && actors.All(a => a.Mention != m.Mention.Index)).ToList();
        if (places.Any(m => m.Mention.Index != s.Attribution.Speaker && (m.Mention.GeonamesId is not null || m.Mention.AreaId != 0)))
            places.RemoveAll(m => m.Mention.Index == s.Attribution.Speaker);
        var place = places
            .Select(m => (m.Mention, Rank: PrecisionRank(m.Mention), Distance: Math.Abs(m.First - at)))
            .OrderBy(x => x.Rank).ThenBy(x => x.Distance).Select(x => (int?)x.Mention.Index).FirstOrDefault();
        CountRange? Count(string unit) => Claimed(s, s.Quantities.FirstOrDefault(q => q.Quantity.Unit == unit).Quantity);
        var text = s.Doc.Text;
        var triggerText = text[s.Doc.Tokens[at].Span.Start..s.Doc.Tokens[at + length - 1].Span.End];
        return new ExtractedEvent(s.Span, trigger.Kind, trigger.EventType, trigger.SubEventType, triggerText, date, place, actors, Count("killed"), Count("injured"),
            DateInferred: stated is null && date is not null);
    }

    /// <summary>A count of casualties as the sentence gives it: claimed by its speaker, denied when the sentence denies it.</summary>
    internal static CountRange? Claimed(SentenceContext s, Quantity? q) =>
        q is null ? null : new CountRange(q.Min, q.Max ?? q.Min, s.Attribution.Speaker, s.Attribution.Stance == Stance.Denied);

    /// <summary>Settlements before districts before regions before countries; unknown names last.</summary>
    /// <summary>A name whose namesakes lie in different countries ranks with the unknown: often it is no place at all.</summary>
    private int PrecisionRank(Mention m) =>
        m.GeonamesId is null && m.AreaId == 0 ? 4 : (m.GeonamesId is long id ? gazetteer.ById(id) : gazetteer.Best(m.Text))?.PrecisionRank ?? 4;

    private static List<EventActor> Actors(SentenceContext s, int at, int length)
    {
        var low = s.Low;
        var speakerAfterVerb = s.Attribution is { Speaker: int sp, VerbToken: int v } && s.Mentions.Any(m => m.Mention.Index == sp && m.First > v) ? sp : (int?)null;
        // "…, according to the group's Telegram channel": the source and what it speaks through are no actors.
        var sourceVerb = speakerAfterVerb is not null ? s.Attribution.VerbToken : null;
        var candidates = s.Mentions.Where(m => m.Mention.Kind == MentionKind.Organization && m.Mention.Index != speakerAfterVerb
                                               && !(m.First > sourceVerb && m.First - sourceVerb <= 6) && !Accuser(s, m, at) && !NoActor(s, m))
            .Concat(CountryParts(s)).OrderBy(m => m.First).ToList();
        var actors = new List<EventActor>();
        var before = candidates.Where(m => m.First < at).ToList();
        if (before.Count > 0)
        {
            // The subject is the organization nearest the trigger that is not introduced by "together with".
            var main = before.LastOrDefault(m => !IntroducedAsAlly(low, m.First, s.First));
            main = main.Mention is null ? before[^1] : main;
            actors.Add(new EventActor(main.Mention.Index, "actor1"));
            actors.AddRange(before.Where(m => m.Mention.Index != main.Mention.Index).Select(m => new EventActor(m.Mention.Index, "assoc_actor_1")));
        }
        foreach (var m in candidates.Where(m => m.First >= at + length))
        {
            if (IntroducedAsAlly(low, m.First, s.First) || actors.Count == 0)
                actors.Add(new EventActor(m.Mention.Index, actors.Count == 0 ? "actor1" : "assoc_actor_1"));
            else if (!actors.Any(a => a.Role == "actor2"))
                actors.Add(new EventActor(m.Mention.Index, "actor2"));
        }
        return actors.DistinctBy(a => a.Mention).ToList();
    }

    /// <summary>
    /// Names the tagger calls organizations that take no part: platforms and outlets ("posted on Telegram", "told The
    /// Times"), whoever is told, weapons and equipment ("Stinger MANPADS"), and a body someone formerly belonged to
    /// ("former Wagner fighters", "Ex-State Duma deputy").
    /// </summary>
    private static bool NoActor(SentenceContext s, (Mention Mention, int First, int End) m)
    {
        var length = m.End - m.First;
        bool Medium(int from) => Lex.Media.Match(s.Low, from) is { } x && x.Length == m.End - from;
        return Medium(m.First) || s.Low[m.First] == "the" && length > 1 && Medium(m.First + 1) || m.First > s.First && s.Low[m.First - 1] == "the" && Medium(m.First - 1)
               || AnalysisLexicons.Shared.OrgNames.TryGetValue(NameKey.Clean(m.Mention.Normal), out var type) && type == "ORG/media"
               || !m.Mention.Descriptive && Enumerable.Range(m.First, length).Any(j => Lex.Weapons.Match(s.Low, j)?.Length == m.End - j || Lex.Arms.Match(s.Low, j)?.Length == m.End - j)
               || m.First > s.First && (s.Low[m.First - 1] == "told" || Lex.Former.Match(s.Low, m.First - 1)?.Length == 1)
               || Lex.FormerPrefixes.Any(p => s.Low[m.First].StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>
    /// A country takes part as its state when a clause says so of it: the accused ("accused Ukraine of the raid", "обвинил
    /// Украину в …") or the one that denies its own part ("Ukraine denied that it was in charge").
    /// </summary>
    private static IEnumerable<(Mention Mention, int First, int End)> CountryParts(SentenceContext s)
    {
        foreach (var m in s.Mentions.Where(m => Attributor.IsCountry(m.Mention)))
        {
            var by = Attributor.OfClause(s, m.First);
            if (by is { Stance: Stance.Alleged, VerbToken: int v } && v < m.First && m.First - v <= 2 && m.End < s.End && s.Low[m.End] is "of" or "в" or "у")
                yield return m;
            else if (by is { Stance: Stance.Denied, VerbToken: int d } && by.Speaker == m.Mention.Index
                     && Enumerable.Range(d + 1, Math.Max(0, Math.Min(s.End, d + 5) - d - 1)).Any(k => Lex.OwnPart.Contains(s.Low[k])))
                yield return m;
        }
    }

    /// <summary>"The Kremlin accused Ukraine of the raid": who alleges another's part before the trigger takes no part.</summary>
    private static bool Accuser(SentenceContext s, (Mention Mention, int First, int End) m, int trigger) =>
        Attributor.OfClause(s, m.First) is { Stance: Stance.Alleged, VerbToken: int v } a && a.Speaker == m.Mention.Index && m.End <= v && v < trigger;

    /// <summary>Who gives an actor's part in the event, and how: the speaker and stance of the clause that names the actor.</summary>
    private static EventActor Claim(SentenceContext s, EventActor a)
    {
        var by = Attributor.OfClause(s, s.Mentions.First(m => m.Mention.Index == a.Mention).First);
        return a with { Stance = by.Stance, ClaimedBy = by.Speaker };
    }

    private static bool IntroducedAsAlly(IReadOnlyList<string> low, int first, int sentenceFirst)
    {
        for (var k = first - 1; k >= Math.Max(sentenceFirst, first - 3); k--)
            if (AllyCues.Contains(low[k])) return true;
            else if (low[k] is not ("the" or "its" or "their")) return false;
        return false;
    }
}
