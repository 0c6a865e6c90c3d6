namespace Corroborate.Domain;

/// <summary>A half-open character range [Start, End) in a document's text.</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(Span other) => Start <= other.Start && other.End <= End;
    public bool Overlaps(Span other) => Start < other.End && other.Start < End;
    public string Of(string text) => text.Substring(Start, Length);
}
