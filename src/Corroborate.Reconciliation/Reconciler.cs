using Corroborate.Reference;
using Corroborate.Domain;

namespace Corroborate.Reconciliation;

/// <summary>
/// The reconciliation stage's entry point: resolves every extracted statement to entities and an origin, merges the
/// same event across reports, and builds facts with independent-origin counts and the disagreements between sources.
/// </summary>
public sealed class Reconciler(Syndication syndication)
{
    public static Reconciler CreateDefault() => new(new Syndication());

    private readonly Lock _gate = new();
    /// <summary>What the last run saw and made, reused where its inputs are unchanged; the result always equals a full run.</summary>
    private IncrementalState? _last;

    /// <summary>How much of the record the last run had to redo: subjects and event mentions, redone and in all.</summary>
    public ReconciliationWork LastWork { get; private set; }

    /// <summary>Forgets what earlier runs made, so the next run redoes everything.</summary>
    public void Reset()
    {
        lock (_gate) _last = null;
    }

    public ReconciliationResult Reconcile(IReadOnlyList<ExtractedDocument> documents, ResolutionResult resolution)
    {
        lock (_gate)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = Run(documents, resolution);
            LastWork = LastWork with { Elapsed = clock.Elapsed };
            return result;
        }
    }

    private ReconciliationResult Run(IReadOnlyList<ExtractedDocument> documents, ResolutionResult resolution)
    {
        var originals = syndication.Originals(documents.Select(d => d.Document).ToList());
        var byId = documents.ToDictionary(d => d.Document.Id);
        var origins = new Origins(resolution, documents, originals);
        string? EntityOf(string doc, int? mention) =>
            mention is int m && resolution.Assignments.TryGetValue(new MentionRef(doc, m), out var e) ? e : null;

        var statements = new List<StatementRecord>();
        var eventMentions = new List<EventMention>();
        foreach (var x in documents)
        {
            var d = x.Document;
            foreach (var s in x.Statements)
            {
                if (origins.Entity(EntityOf(d.Id, s.Subject)) is not { } subject) continue;
                var speaker = origins.Entity(EntityOf(d.Id, s.Speaker));
                var origin = origins.Of(d.Id, speaker?.Id);
                var value = origins.Entity(EntityOf(d.Id, s.ValueMention)) is { } v && Vocabulary.Of(s.Property).ValueType == "entity" ? v.Name : s.Value;
                statements.Add(new StatementRecord(
                    Ids.Of("stm", d.Id, s.Span.Start.ToString(), s.Property, value, subject.Id),
                    subject.Id, subject.Name, s.Property, value, d.Id, s.Span.Start, s.Span.End, s.Span.Of(d.Text),
                    speaker?.Id, speaker?.Name, s.Stance, d.Published?.ToString(), s.ValidAt?.ToString(), origin.Id, origin.Name,
                    origins.Chain(d.Id, speaker?.Id, origins.Entity(EntityOf(d.Id, s.Via))?.Name)));
            }
            foreach (var e in x.Events)
            {
                var named = e.Actors.Select(a => (a, entity: origins.Entity(EntityOf(d.Id, a.Mention)))).Where(a => a.entity is not null).ToList();
                // An organization whose part the report only denies is no actor of the event: the denial is a statement.
                var actors = named.Where(a => a.a.Stance != Stance.Denied).Select(a => new EventActorRecord(a.entity!.Id, a.entity.Name, a.a.Role))
                    .DistinctBy(a => a.Entity).ToList();
                // The parts this sentence gives (a casualty claim that goes on about the event repeats none).
                var claims = named.Where(a => x.Mentions.FirstOrDefault(m => m.Index == a.a.Mention) is { } m && e.Span.Start <= m.Span.Start && m.Span.End <= e.Span.End)
                    .Select(a => new ActorClaim(a.entity!.Id, a.entity.Name, a.a.Stance, EntityOf(d.Id, a.a.ClaimedBy)))
                    .Distinct().ToList();
                var place = origins.Entity(EntityOf(d.Id, e.Place));
                var claimedBy = EntityOf(d.Id, e.Fatalities?.ClaimedBy ?? e.Injured?.ClaimedBy);
                eventMentions.Add(new EventMention(d.Id, e, actors, place, origins.Of(d.Id, claimedBy), claimedBy,
                    e.Link is { } link ? origins.Entity(EntityOf(d.Id, link.Organization)) : null, e.Link is { } l ? EntityOf(d.Id, l.ClaimedBy) : null)
                { ActorClaims = claims });
            }
        }

        var signatures = eventMentions.Select(m => Signature(m, origins)).ToList();
        var (clusters, reclustered) = IncrementalEvents.Cluster(eventMentions, signatures, _last?.Events);
        var signatureOf = new Dictionary<(string, Span), string>(eventMentions.Count);
        for (var i = 0; i < eventMentions.Count; i++) signatureOf[(eventMentions[i].Document, eventMentions[i].Event.Span)] = signatures[i];
        var events = new List<EventRecord>();
        var eventStatements = new List<StatementRecord>();
        var eventRecords = new Dictionary<string, (EventRecord, List<StatementRecord>)>(clusters.Count, StringComparer.Ordinal);
        foreach (var (members, reasons) in clusters)
        {
            // A cluster of the same mentions, as they were, joined for the same reasons makes the same record.
            var key = string.Join('\u001e', members.Select(m => signatureOf[(m.Document, m.Event.Span)]).Concat(reasons));
            if (_last?.EventRecords.TryGetValue(key, out var made) != true) made = EventStatements(ToRecord(members, reasons, byId, origins), members, byId, origins);
            eventRecords[key] = made;
            events.Add(made.Item1);
            eventStatements.AddRange(made.Item2);
        }
        events = events.OrderBy(e => e.Date ?? "9999", StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        // Clusters come in an order that depends on what was redone; an event's statements are placed by the event's id.
        statements.AddRange(eventStatements.OrderBy(s => s.Subject, StringComparer.Ordinal));
        var reported = ReportDates(events, byId);
        statements = statements.DistinctBy(s => s.Id)
            .Select(s => s.StatedAt is null && reported.TryGetValue(s.Document, out var at) ? s with { StatedAt = at } : s).ToList();

        var subjects = new Dictionary<string, SubjectRecord>(StringComparer.Ordinal);
        var facts = new List<FactRecord>();
        var disagreements = new List<DisagreementRecord>();
        var rebuilt = 0;
        foreach (var group in statements.GroupBy(s => s.Subject).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = group.ToList();
            var key = SubjectKey(list);
            if (_last?.Subjects.TryGetValue(group.Key, out var known) != true || known!.Key != key)
            {
                var (f, d) = Facts.BuildSubject(list);
                known = new SubjectRecord(key, f, d);
                rebuilt++;
            }
            subjects[group.Key] = known;
            facts.AddRange(known.Facts);
            disagreements.AddRange(known.Disagreements);
        }
        _last = new IncrementalState(subjects, new EventState(eventMentions, signatures, clusters), eventRecords);
        LastWork = new ReconciliationWork(rebuilt, subjects.Count, reclustered, eventMentions.Count);
        return new ReconciliationResult(statements, facts, disagreements, events);
    }

    /// <summary>Everything of an event mention that reconciliation reads and resolution can change: entities, names, places, origins.</summary>
    private static string Signature(EventMention m, Origins origins) =>
        string.Join('\u001f', m.Document, m.Event.Span.Start, m.Event.Span.End,
            string.Join('|', m.Actors.Select(a => $"{a.Entity}:{a.Name}:{a.Role}")),
            m.Place is { } p ? $"{p.Id}:{p.Name}:{p.Place}" : "",
            m.Origin.Id, m.Origin.Name, m.ClaimedBy, origins.Entity(m.ClaimedBy)?.Name, origins.OfDocument(m.Document), origins.OriginalOf(m.Document),
            m.LinkedTo?.Id, m.LinkedTo?.Name, m.LinkClaimedBy, origins.Entity(m.LinkClaimedBy)?.Name, origins.Of(m.Document, m.LinkClaimedBy),
            string.Join('|', m.ActorClaims.Select(c => $"{c.Entity}:{c.Name}:{c.Stance}:{c.ClaimedBy}:{origins.Entity(c.ClaimedBy)?.Name}:{origins.Of(m.Document, c.ClaimedBy)}")));

    /// <summary>
    /// When undated reports were written, as far as their events tell: no earlier than the latest fully dated event
    /// they report ("on May 22" is 2023-05-22 when another report dates the same raid). Day precision becomes the month.
    /// </summary>
    private static Dictionary<string, string> ReportDates(List<EventRecord> events, Dictionary<string, ExtractedDocument> documents)
    {
        var latest = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (!DateValue.TryParse(e.Date, out var date) || !date.HasYear || date.Range is not { } range) continue;
            foreach (var doc in e.Sources.Select(x => x.Document).Distinct())
                if (documents[doc].Document.Published is null && (!latest.TryGetValue(doc, out var d) || range.Last > d)) latest[doc] = range.Last;
        }
        return latest.ToDictionary(kv => kv.Key, kv => $"{kv.Value.Year:D4}-{kv.Value.Month:D2}", StringComparer.Ordinal);
    }

    /// <summary>
    /// An event with the statements its members make about it: when and where (each report's own date and place, so
    /// that a month against a day, or a region against a village in it, shows as a matter of precision), casualty
    /// counts with who gives or denies them, the organization it is tied to, and who took part by whose account.
    /// </summary>
    private static (EventRecord, List<StatementRecord>) EventStatements(
        EventRecord record, List<EventMention> members, Dictionary<string, ExtractedDocument> byId, Origins origins)
    {
        var statements = new List<StatementRecord>();
        foreach (var m in members)
        {
            var quote = m.Event.Span.Of(byId[m.Document].Document.Text);
            var published = byId[m.Document].Document.Published?.ToString();
            void Add(string property, string value, string? speakerId, Stance stance, string? validAt, Origin? origin = null, string? distinct = null)
            {
                var speaker = origins.Entity(speakerId);
                var from = origin ?? origins.Of(m.Document, speaker?.Id);
                var id = distinct is null ? Ids.Of("stm", m.Document, m.Event.Span.Start.ToString(), property, value, record.Id)
                    : Ids.Of("stm", m.Document, m.Event.Span.Start.ToString(), property, value, record.Id, distinct);
                statements.Add(new StatementRecord(id,
                    record.Id, EventName(record), property, value, m.Document, m.Event.Span.Start, m.Event.Span.End, quote,
                    speaker?.Id, speaker?.Name, stance, published, validAt, from.Id, from.Name, origins.Chain(m.Document, speaker?.Id)));
            }
            // Only a sentence that gives the date states it; one that goes on about the event borrows it.
            if (m.Event.Date is { } date && !m.Event.DateInferred) Add("date", date.ToString(), null, Stance.Asserted, null);
            if (m.Place is { } place) Add("place", PlaceValue.Of(place).ToString(), null, Stance.Asserted, null);
            foreach (var (prop, count) in new[] { ("fatalities", m.Event.Fatalities), ("injured", m.Event.Injured) })
            {
                if (count is null) continue;
                var value = count.Min == count.Max ? $"{count.Min}" : $"{count.Min}-{count.Max}";
                Add(prop, value, m.ClaimedBy, count.Denied ? Stance.Denied : origins.Entity(m.ClaimedBy) is null ? Stance.Asserted : Stance.Claimed,
                    record.Date, m.Origin);
            }
            if (m.Event.Link is { } link && m.LinkedTo is { } tied) Add("linked_to", tied.Name, m.LinkClaimedBy, link.Stance, record.Date);
            // Who took part, according to whom: "Ponomarev said the RVC had signed" against "the RVC denied that it had".
            foreach (var c in m.ActorClaims) Add("actor", c.Name, c.ClaimedBy, c.Stance, null, distinct: $"{c.Stance}:{c.ClaimedBy}");
        }
        return (record, statements);
    }

    /// <summary>A subject's statements as facts read them: equal keys give equal facts.</summary>
    private static string SubjectKey(List<StatementRecord> statements) =>
        string.Join('\u001e', statements.Select(s => string.Join('\u001f', s.Id, s.SubjectName, s.Property, s.Value, s.Stance, s.StatedAt, s.ValidAt, s.Origin, s.OriginName)));

    public static string EventName(EventRecord e) =>
        $"{e.Kind}{(e.Place is { } p ? " at " + p.Name : "")}{(e.Date is { } d ? " on " + d : "")}";

    private static EventRecord ToRecord(List<EventMention> members, List<string> reasons, Dictionary<string, ExtractedDocument> documents, Origins origins)
    {
        var best = members.OrderBy(m => m.Event.Date?.Precision ?? (DatePrecision)99).ThenBy(m => m.Event.Date?.HasYear == true ? 0 : 1).First();
        var kindName = EventCoreference.KindOf(members.Select(m => m.Event.Kind));
        var kind = members.First(m => m.Event.Kind == kindName).Event;
        var place = members.Select(m => m.Place).Where(p => p is not null)
            .OrderBy(p => p!.Place?.Precision switch { "settlement" => 0, "district" => 1, "region" => 2, "country" => 3, _ => 4 }).FirstOrDefault();
        var actors = members.SelectMany(m => m.Actors).GroupBy(a => a.Entity)
            .Select(g => g.GroupBy(a => a.Role).OrderByDescending(r => r.Count()).ThenBy(r => r.Key, StringComparer.Ordinal).First().First())
            .OrderBy(a => a.Role, StringComparer.Ordinal).ToList();
        var claims = members.Where(m => m.Event.Fatalities is { Denied: false }).ToList();
        CasualtyRecord? fatalities = null;
        if (claims.Count > 0)
        {
            // The figure most independent origins give; the others surface as a disagreement.
            var top = claims.GroupBy(c => (c.Event.Fatalities!.Min, c.Event.Fatalities.Max))
                .OrderByDescending(g => g.Select(c => c.Origin.Id).Distinct().Count()).ThenBy(g => g.Key.Min).First();
            var claimant = origins.Entity(top.First().ClaimedBy);
            fatalities = new CasualtyRecord(top.Key.Min, top.Key.Max, claimant?.Id, claimant?.Name);
        }
        var injuredClaim = members.FirstOrDefault(m => m.Event.Injured is { Denied: false });
        var injured = injuredClaim is null ? null : new CasualtyRecord(injuredClaim.Event.Injured!.Min, injuredClaim.Event.Injured.Max, injuredClaim.ClaimedBy, origins.Entity(injuredClaim.ClaimedBy)?.Name);
        var sources = members.Select(m => new EventSource(m.Document, m.Event.Span.Start, m.Event.Span.End,
            m.Event.Span.Of(documents[m.Document].Document.Text))).DistinctBy(s => (s.Document, s.Start)).ToList();
        var independent = members.Select(m => origins.OfDocument(m.Document).Id).Distinct().Count();
        var id = Ids.Of("evt", string.Join('|', sources.Select(s => $"{s.Document}:{s.Start}").Order(StringComparer.Ordinal)));
        var eventPlace = place is null ? null : new EventPlace(place.Name, place.Id, place.Place?.Admin1, place.Place?.Country, place.Place?.Lat, place.Place?.Lon, place.Place?.GeonamesId, place.Place?.Precision);
        return new EventRecord(id, kind.EventType, kind.SubEventType, kind.Kind, best.Event.Date?.ToString(), best.Event.Date?.PrecisionName,
            eventPlace, actors, fatalities, injured, sources, independent, reasons);
    }
}

/// <summary>How much a reconciliation run redid (subjects whose facts were rebuilt, event mentions clustered again) and how long it took.</summary>
public readonly record struct ReconciliationWork(int SubjectsRebuilt, int Subjects, int EventMentionsReclustered, int EventMentions, TimeSpan Elapsed = default);

internal sealed record SubjectRecord(string Key, List<FactRecord> Facts, List<DisagreementRecord> Disagreements);

internal sealed record IncrementalState(
    Dictionary<string, SubjectRecord> Subjects, EventState Events, Dictionary<string, (EventRecord, List<StatementRecord>)> EventRecords);
