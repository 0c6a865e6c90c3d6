using Corroborate.Analysis;
using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Extraction;

/// <summary>
/// The extraction stage's one entry point: analyses a document, then finds each sentence's speaker and stance,
/// its statements and its events, and whom the document attributes itself to.
/// </summary>
public sealed class Extractor(Analyzer analyzer, StatementExtractor statements, EventExtractor events)
{
    public static Extractor CreateDefault() => new(Analyzer.CreateDefault(), new StatementExtractor(), new EventExtractor(Gazetteer.Shared));

    public ExtractedDocument Extract(Document document)
    {
        if (!document.IsAnalysed) return ExtractedDocument.Unanalysed(document);
        var doc = analyzer.Analyze(document);
        var sentences = SentenceContext.Build(doc);
        for (var i = 0; i < sentences.Count; i++) sentences[i].Attribution = Attributor.Attribute(sentences[i], i > 0 ? sentences[i - 1] : null);
        var source = Attributor.DocumentSource(sentences);
        sentences = sentences.Where(s => !IsCitation(s)).ToList();
        var found = sentences.SelectMany(s => statements.Extract(s, doc.Aliases)).ToList();
        var happened = sentences.SelectMany((_, i) => events.Extract(sentences, i)).ToList();
        AttachCasualtyClaims(sentences, happened);
        AttachLinks(sentences, happened);
        // A designation is also an event: the designating body acts on the designated.
        foreach (var d in found.Where(x => x.Property == "designation" && x.ValueMention is not null))
            if (!happened.Any(e => e.Span == d.Span && e.Kind == "designation"))
            {
                happened.RemoveAll(e => e.Span == d.Span);
                happened.Add(new ExtractedEvent(d.Span, "designation", "Strategic developments", "Other", d.Value, d.ValidAt ?? TimeIn(sentences, d.Span),
                    null, [new EventActor(d.ValueMention!.Value, "actor1"), new EventActor(d.Subject, "actor2")], null, null));
            }
        InheritDates(happened, sentences);
        return new ExtractedDocument(document, doc.Mentions, doc.Aliases, found, happened, source);
    }

    /// <summary>
    /// A reference-list entry pasted with an article tells nothing: a line such as "Retrieved March 15, 2024." or
    /// "Архів оригіналу за …", or a cited headline, quoted whole with the full stop after the quote ("\"Pro-Kyiv group
    /// reports second day of fighting\".").
    /// </summary>
    private static bool IsCitation(SentenceContext s)
    {
        var tokens = s.Doc.Tokens;
        static bool Quote(string t) => t is "\"" or "“" or "”";
        if (s.End - s.First > 3 && Quote(tokens[s.First].Text) && tokens[s.End - 1].Text == "." && Quote(tokens[s.End - 2].Text)
            && !Enumerable.Range(s.First + 1, s.End - s.First - 3).Any(k => Quote(tokens[k].Text)))
            return true;
        var lex = ExtractionLexicons.Shared;
        if (lex.CitationStarts.Match(s.Low, s.First) is not null) return true;
        for (var i = s.First; i < s.End; i++)
            if (lex.Citations.Match(s.Low, i) is not null) return true;
        return false;
    }

    /// <summary>
    /// A report dates its raid once and then goes on about "the raid", "the fighting", the shelling that came with it
    /// and the withdrawal that ended it: an undated event takes the date of the last dated event of its strand before
    /// it in the same report (the violence, or for other kinds the same kind).
    /// </summary>
    private static void InheritDates(List<ExtractedEvent> events, IReadOnlyList<SentenceContext> sentences)
    {
        static string Strand(ExtractedEvent e) =>
            e.EventType is "Battles" or "Explosions/Remote violence" || e.Kind == "withdrawal" ? "violence" : e.Kind;
        var bySpan = sentences.GroupBy(s => s.Span).ToDictionary(g => g.Key, g => g.First());
        var last = new Dictionary<string, DateValue>(StringComparer.Ordinal);
        foreach (var k in Enumerable.Range(0, events.Count).OrderBy(k => events[k].Span.Start).ToList())
        {
            if (events[k].Date is { } date) last[Strand(events[k])] = date;
            // "The strike came two days after the raid": an event placed before or after another is not on its date.
            else if (last.TryGetValue(Strand(events[k]), out var earlier) && !(bySpan.TryGetValue(events[k].Span, out var s) && RelatesInTime(s)))
                events[k] = events[k] with { Date = earlier, DateInferred = true };
        }
    }

    private static bool RelatesInTime(SentenceContext s)
    {
        for (var i = s.First; i < s.End; i++)
            if (ExtractionLexicons.Shared.TimeRelations.Contains(s.Low[i])) return true;
        return false;
    }

    /// <summary>
    /// "Merkulov told The Border Courier that two fighters were killed": a count of killed or injured in a sentence
    /// without its own trigger is a claim about the event the report just described (within three sentences).
    /// Each claim becomes its own event mention, so that differing figures stay side by side with their claimants.
    /// </summary>
    private static void AttachCasualtyClaims(IReadOnlyList<SentenceContext> sentences, List<ExtractedEvent> events)
    {
        foreach (var s in sentences)
        {
            if (events.Any(e => e.Span == s.Span)) continue;
            var killed = s.Quantities.FirstOrDefault(q => q.Quantity.Unit == "killed").Quantity;
            var injured = s.Quantities.FirstOrDefault(q => q.Quantity.Unit == "injured").Quantity;
            if (killed is null && injured is null) continue;
            if (JustTold(sentences, events, s, e => e.EventType is "Battles" or "Explosions/Remote violence" or "Violence against civilians") is not { } previous) continue;
            events.Add(previous with { Span = s.Span, Fatalities = EventExtractor.Claimed(s, killed), Injured = EventExtractor.Claimed(s, injured) });
        }
        events.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>The latest event of the kind asked for that the report told within three sentences before <paramref name="s"/>.</summary>
    private static ExtractedEvent? JustTold(IReadOnlyList<SentenceContext> sentences, List<ExtractedEvent> events, SentenceContext s, Func<ExtractedEvent, bool> kind) =>
        events.Where(e => kind(e) && e.Span.End <= s.Span.Start && sentences.Count(x => x.Span.Start >= e.Span.End && x.Span.End <= s.Span.Start) <= 3)
            .OrderByDescending(e => e.Span.Start).FirstOrDefault();

    /// <summary>
    /// "Его подозревают в помощи батальону" (alleged), "Батальон не имеет отношения к этому человеку", "опроверг связь
    /// группы с задержанным" (denied): whom an arrest ties to an organization, and who denies the tie. The tie belongs
    /// to the arrest the sentence tells, or else to the one the report told within three sentences before.
    /// </summary>
    private static void AttachLinks(IReadOnlyList<SentenceContext> sentences, List<ExtractedEvent> events)
    {
        foreach (var s in sentences)
        {
            if (Link(s) is not { } link) continue;
            if (link.Organization < 0)
            {
                if (events.LastOrDefault(e => e.Link is { Organization: >= 0 } && e.Span.End <= s.Span.Start) is not { Link: { } told }) continue;
                link = link with { Organization = told.Organization };
            }
            var own = events.FindIndex(e => e.Span == s.Span);
            if (own >= 0)
            {
                if (events[own].Kind == "arrest") events[own] = events[own] with { Link = link };
                continue;
            }
            if (JustTold(sentences, events, s, e => e.Kind == "arrest") is { } previous)
                events.Add(previous with { Span = s.Span, Fatalities = null, Injured = null, Link = link });
        }
        events.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    private static EventLink? Link(SentenceContext s)
    {
        var low = s.Low;
        bool Org((Mention Mention, int First, int End) m) => m.Mention.Kind == MentionKind.Organization;
        for (var i = s.First; i < s.End; i++)
        {
            if (s.MentionAt(i) is not null || ExtractionLexicons.Shared.LinkCues.Match(low, i) is not { } cue) continue;
            var after = i + cue.Length;
            var following = s.Mentions.FirstOrDefault(m => Org(m) && m.First >= after && m.First - after <= 3).Mention;
            switch (cue.Value)
            {
                case "alleged" when following is not null:
                    return new EventLink(following.Index, s.Attribution.Stance == Stance.Denied ? Stance.Denied : Stance.Alleged, s.Attribution.Speaker);
                case "denied-before" when s.Mentions.LastOrDefault(m => Org(m) && m.End <= i && i - m.End <= 8).Mention is { } subject:
                    return new EventLink(subject.Index, Stance.Denied, s.Attribution.Speaker);
                // "Речник батальйону … спростував будь-який зв'язок із затриманим": the tie the report has told, when none is named.
                case "denied-noun" when s.Attribution.Stance == Stance.Denied:
                    return new EventLink((following ?? s.Mentions.FirstOrDefault(Org).Mention)?.Index ?? -1, Stance.Denied, s.Attribution.Speaker);
            }
        }
        return null;
    }

    private static DateValue? TimeIn(IReadOnlyList<SentenceContext> sentences, Span span) =>
        sentences.FirstOrDefault(s => s.Span == span)?.Time;
}
