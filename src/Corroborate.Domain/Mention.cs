namespace Corroborate.Domain;

public enum MentionKind { Person, Organization, Place }

/// <summary>A span that names a person, organization or place. <see cref="Normal"/> is its lemma-like form.</summary>
public sealed record Mention(int Index, Span Span, MentionKind Kind, string Text, string Normal, int Sentence)
{
    /// <summary>
    /// The index of the mention this one refers to: for an anaphor ("the Legion", "he"), and for a shorter name of
    /// something the document names in full ("Orlov" after "Sergei Orlov", "AMS" after "Association of Muslim Scholars").
    /// </summary>
    public int? Antecedent { get; init; }

    /// <summary>A word that refers back without naming ("he", "the Legion", "батальон"): no name, though it has an antecedent.</summary>
    public bool Anaphor { get; init; }

    /// <summary>For a place, the GeoNames id the document's context resolves it to; null when nothing fits (no wrong pin).</summary>
    public long? GeonamesId { get; init; }

    /// <summary>
    /// For a place the context could not decide between namesakes: the GeoNames id of the region or country all of
    /// them lie in, or 0 when they lie in different countries. Null when the place was not looked up.
    /// </summary>
    public long? AreaId { get; init; }

    /// <summary>
    /// A description of a state's forces rather than a name ("Russian troops", "окупанти"): an actor with a canonical
    /// <see cref="Normal"/> ("Military Forces of Russia"), left out of name recognition's output and scores.
    /// </summary>
    public bool Descriptive { get; init; }

    /// <summary>Whether the span is a name, what name recognition outputs and is scored on: neither an anaphor nor a description.</summary>
    public bool IsName => !Anaphor && !Descriptive;
}

/// <summary>
/// What a name that is no person, organization or place names (CoNLL's MISC; BSNLP's events and products): a nationality,
/// faith or movement ("German", "Moslems"), an event ("the World Cup"), a document ("the Minsk Agreements"), an award
/// ("Nobel Peace Prize"), a work (фильм «Брат») or a product ("HIMARS").
/// </summary>
public enum OtherKind { Group, Event, Document, Award, Work, Product }

/// <summary>A name of something other than a person, organization or place: no actor, so no stage after analysis builds on it.</summary>
public sealed record OtherName(Span Span, OtherKind Kind, string Text, int Sentence);

/// <summary>A time expression with its normalized value.</summary>
public sealed record TimeExpression(Span Span, string Text, DateValue Value, string? Modifier = null);

/// <summary>A quantity as a numeric range with a unit, keeping the exact phrase.</summary>
public sealed record Quantity(Span Span, string Text, long Min, long? Max, string? Unit);

/// <summary>A sentence of a document.</summary>
public readonly record struct Sentence(int Index, Span Span);

/// <summary>A token of a document.</summary>
public readonly record struct Token(Span Span, string Text, int Sentence)
{
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    public bool IsWord => Text.Length > 0 && char.IsLetter(Text[0]);
}
