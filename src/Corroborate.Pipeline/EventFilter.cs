using Corroborate.Domain;

namespace Corroborate.Pipeline;

/// <summary>
/// Which events a user asks for: by actor (entity id), place (entity id, name or admin1), ACLED type, our kind, date
/// range and whether they have coordinates. A date range keeps events whose dates overlap it, respecting precision:
/// "October 2023" overlaps 2023-10-14 to 2023-10-20; undated events fall outside any range.
/// </summary>
public sealed record EventFilter(
    string? Actor = null, string? Place = null, string? Type = null, string? Kind = null,
    DateOnly? From = null, DateOnly? To = null, bool? HasCoordinates = null)
{
    public bool Matches(EventRecord e) => Matches(e, DateValue.TryParse(e.Date, out var d) ? d.Range : null);

    public bool Matches(EventRecord e, (DateOnly First, DateOnly Last)? range) =>
        (Actor is null || e.Actors.Any(a => a.Entity == Actor))
        && (Place is null || e.Place is { } p && (p.Entity == Place || Same(p.Name, Place) || Same(p.Admin1, Place)))
        && (Type is null || Same(e.EventType, Type))
        && (Kind is null || Same(e.Kind, Kind))
        && (From is null && To is null || range is { } g && (From is null || g.Last >= From) && (To is null || g.First <= To))
        && (HasCoordinates is null || (e.Place?.Lat is not null) == HasCoordinates);

    /// <summary>Events in time order: by the first day of their date, undated last.</summary>
    public static IEnumerable<EventRecord> InTimeOrder(IEnumerable<EventRecord> events) => Dated(events).Select(x => x.Record);

    /// <summary>Events in time order with the day range each date covers, for callers that filter them many times.</summary>
    public static List<DatedEvent> Dated(IEnumerable<EventRecord> events) =>
        events.Select(e => new DatedEvent(e, DateValue.TryParse(e.Date, out var d) ? d.Range : null))
            .OrderBy(x => x.Range is null).ThenBy(x => x.Range?.First).ThenBy(x => x.Record.Id, StringComparer.Ordinal).ToList();

    public bool Matches(DatedEvent e) => Matches(e.Record, e.Range);

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

/// <summary>An event with the day range its date covers (null when undated or the year is unknown).</summary>
public readonly record struct DatedEvent(EventRecord Record, (DateOnly First, DateOnly Last)? Range);
