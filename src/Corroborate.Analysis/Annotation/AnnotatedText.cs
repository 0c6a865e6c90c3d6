using Corroborate.Domain;

namespace Corroborate.Analysis.Annotation;

/// <summary>One annotated span: a character range of the text and its type (see <see cref="AnnotationTypes"/>).</summary>
public readonly record struct GoldSpan(Span Span, string Type);

/// <summary>A text with its gold annotations, as stored in the annotated corpus (text plus standoff spans).</summary>
public sealed record AnnotatedText(string Id, string Language, string Text, IReadOnlyList<GoldSpan> Spans)
{
    public string SpanText(GoldSpan a) => a.Span.Of(Text);
}

/// <summary>The annotation types of docs/annotation.md: three kinds of names, dates and quantities.</summary>
public static class AnnotationTypes
{
    public const string Person = "PER", Organization = "ORG", Location = "LOC", Date = "DATE", Quantity = "QTY";

    public static readonly IReadOnlyList<string> All = [Person, Organization, Location, Date, Quantity];

    /// <summary>The types that NER scores and models use, in the PER/ORG/LOC scheme of the public sets.</summary>
    public static readonly IReadOnlyList<string> Names = [Person, Organization, Location];

    public static bool IsKnown(string type) => All.Contains(type);

    /// <summary>The annotation type of a recognized name.</summary>
    public static string Of(MentionKind kind) => kind switch
    {
        MentionKind.Person => Person,
        MentionKind.Organization => Organization,
        _ => Location,
    };

    /// <summary>The kind of name a PER/ORG/LOC type stands for; the inverse of <see cref="Of(MentionKind)"/>.</summary>
    public static MentionKind KindOf(string type) => type switch
    {
        Person => MentionKind.Person,
        Organization => MentionKind.Organization,
        _ => MentionKind.Place,
    };
}
