namespace Corroborate.Domain;

// The resolved and reconciled record: the shapes of the JSONL export contract.

/// <summary>Where a mention lives: document id and mention index.</summary>
public readonly record struct MentionRef(string Document, int Mention);

public sealed record EntityAlias(string Name, string Script, string Language, int Mentions, int Documents, string? FirstSeen, string? LastSeen);

public sealed record PlaceInfo(long GeonamesId, double Lat, double Lon, string Country, string? Admin1, string Precision);

public sealed record Entity(
    string Id,
    MentionKind Kind,
    string Name,
    IReadOnlyList<EntityAlias> Aliases,
    int Mentions,
    int Documents,
    PlaceInfo? Place,
    IReadOnlyList<string> Explanations);

public sealed record ResolutionResult(IReadOnlyList<Entity> Entities, IReadOnlyDictionary<MentionRef, string> Assignments)
{
    public static readonly ResolutionResult Empty = new([], new Dictionary<MentionRef, string>());
}

/// <summary>A statement with its subject, speaker and origin resolved to entities.</summary>
public sealed record StatementRecord(
    string Id,
    string Subject,
    string SubjectName,
    string Property,
    string Value,
    string Document,
    int Start,
    int End,
    string Quote,
    string? Speaker,
    string? SpeakerName,
    Stance Stance,
    string? StatedAt,
    string? ValidAt,
    string Origin,
    string OriginName,
    IReadOnlyList<string>? OriginChain = null);

public enum FactStatus { Corroborated, SingleSource, Contested, Denied }

public sealed record FactRecord(
    string Subject,
    string SubjectName,
    string Property,
    string Value,
    FactStatus Status,
    int IndependentOrigins,
    IReadOnlyList<string> Statements,
    IReadOnlyList<string> Origins);

public enum DisagreementKind { Contradiction, ChangeOverTime, Precision, Characterization }

public sealed record DisagreementValue(string Value, IReadOnlyList<string> Statements, IReadOnlyList<string> Origins, IReadOnlyList<string?> ValidAt);

public sealed record DisagreementRecord(
    string Subject,
    string SubjectName,
    string Property,
    DisagreementKind Kind,
    IReadOnlyList<DisagreementValue> Values,
    string Reason);

public sealed record EventPlace(string Name, string? Entity, string? Admin1, string? Country, double? Lat, double? Lon, long? GeonamesId, string? Precision);

public sealed record EventActorRecord(string Entity, string Name, string Role);

public sealed record CasualtyRecord(long Min, long Max, string? ClaimedBy, string? ClaimedByName);

public sealed record EventSource(string Document, int Start, int End, string Quote);

public sealed record EventRecord(
    string Id,
    string EventType,
    string SubEventType,
    string Kind,
    string? Date,
    string? DatePrecision,
    EventPlace? Place,
    IReadOnlyList<EventActorRecord> Actors,
    CasualtyRecord? Fatalities,
    CasualtyRecord? Injured,
    IReadOnlyList<EventSource> Sources,
    int IndependentOrigins,
    IReadOnlyList<string> MergeReasons);

public sealed record ReconciliationResult(
    IReadOnlyList<StatementRecord> Statements,
    IReadOnlyList<FactRecord> Facts,
    IReadOnlyList<DisagreementRecord> Disagreements,
    IReadOnlyList<EventRecord> Events)
{
    public static readonly ReconciliationResult Empty = new([], [], [], []);
}
