namespace Corroborate.Domain;

public enum Stance { Asserted, Reported, Claimed, Alleged, Denied, Characterized }

/// <summary>Why two names of one document denote one thing.</summary>
public enum AliasKind { Alternate, Translation, Acronym, Codename, Coreference }

/// <summary>"Mention A is also called mention B", stated within one document.</summary>
public sealed record AliasLink(int Mention, int Alias, AliasKind Kind, Span Evidence);

/// <summary>
/// The atom, as extracted from one document: at <see cref="Span"/>, through <see cref="Speaker"/> (a mention
/// index, or null when the document itself asserts it), with <see cref="Stance"/>, subject mention
/// <see cref="Subject"/> has <see cref="Property"/> = <see cref="Value"/>, holding at <see cref="ValidAt"/>.
/// </summary>
public sealed record ExtractedStatement(
    Span Span,
    int Subject,
    string Property,
    string Value,
    Stance Stance,
    int? Speaker,
    DateValue? ValidAt,
    int? ValueMention = null,
    int? Via = null);

/// <summary>An organization's part in an event, with who gives it and how: "the RVC denied that it had signed on" denies it.</summary>
public sealed record EventActor(int Mention, string Role, Stance Stance = Stance.Asserted, int? ClaimedBy = null);

/// <summary>A count of casualties with who gives it; <see cref="Denied"/> when the sentence denies it ("reports of five killed are not true").</summary>
public sealed record CountRange(long Min, long Max, int? ClaimedBy, bool Denied = false);

/// <summary>
/// An event as one document tells it. <see cref="DateInferred"/>: its sentence gives no date; the date was carried
/// from the sentences before, or is the report's own (an ongoing event).
/// </summary>
public sealed record ExtractedEvent(
    Span Span,
    string Kind,
    string EventType,
    string SubEventType,
    string Trigger,
    DateValue? Date,
    int? Place,
    IReadOnlyList<EventActor> Actors,
    CountRange? Fatalities,
    CountRange? Injured,
    EventLink? Link = null,
    bool DateInferred = false);

/// <summary>
/// An organization an event is tied to by a suspicion or an accusation ("suspected of helping the battalion"), or a
/// denial of that tie ("the battalion has nothing to do with this man"), with who says so.
/// </summary>
public sealed record EventLink(int Organization, Stance Stance, int? ClaimedBy);

/// <summary>All that the analysis and extraction stages found in one document.</summary>
public sealed record ExtractedDocument(
    Document Document,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<AliasLink> Aliases,
    IReadOnlyList<ExtractedStatement> Statements,
    IReadOnlyList<ExtractedEvent> Events,
    string? AttributedTo)
{
    public static ExtractedDocument Unanalysed(Document d) => new(d, [], [], [], [], null);
}
