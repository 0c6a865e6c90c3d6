using Corroborate.Analysis;
using Corroborate.Domain;

namespace Corroborate.Extraction;

/// <summary>Who speaks in a sentence, with what stance, from which verb; <c>Via</c> is the source that relays them ("как сообщает X, Y заявил").</summary>
public readonly record struct Attribution(int? Speaker, Stance Stance, int? VerbToken, int? Via = null);

/// <summary>One sentence's slice of the document's views, with mentions located by token.</summary>
public sealed class SentenceContext
{
    public required AnalyzedDocument Doc { get; init; }
    public required int Index { get; init; }
    public required int First { get; init; }
    public required int End { get; init; }
    public required IReadOnlyList<(Mention Mention, int First, int End)> Mentions { get; init; }
    public required IReadOnlyList<(TimeExpression Time, int First, int End)> Times { get; init; }
    public required IReadOnlyList<(Quantity Quantity, int First, int End)> Quantities { get; init; }
    public Attribution Attribution { get; set; }

    public Span Span => new(Doc.Tokens[First].Span.Start, Doc.Tokens[End - 1].Span.End);
    public IReadOnlyList<string> Low => Doc.LowerTokens;

    public (Mention Mention, int First, int End)? MentionAt(int token) =>
        Mentions.FirstOrDefault(m => m.First <= token && token < m.End) is var x && x.Mention is not null ? x : null;

    /// <summary>The sentence's time expression, preferring one that states when a value holds ("as of …").</summary>
    public DateValue? Time => Times.Count == 0 ? null : (Times.FirstOrDefault(t => t.Time.Modifier == "as-of").Time ?? Times[0].Time).Value;

    /// <summary>A clause of the sentence, tokens [<paramref name="first"/>, <paramref name="end"/>), with the views inside it.</summary>
    public SentenceContext Clause(int first, int end) => new()
    {
        Doc = Doc, Index = Index, First = first, End = end,
        Mentions = Mentions.Where(m => m.First >= first && m.End <= end).ToList(),
        Times = Times.Where(t => t.First >= first && t.End <= end).ToList(),
        Quantities = Quantities.Where(q => q.First >= first && q.End <= end).ToList(),
    };

    public static IReadOnlyList<SentenceContext> Build(AnalyzedDocument doc)
    {
        var starts = doc.Tokens.Select(t => t.Span.Start).ToArray();
        int TokenOf(int charPos)
        {
            var i = Array.BinarySearch(starts, charPos);
            return i >= 0 ? i : Math.Max(0, ~i - 1);
        }
        (int, int) Range(Span s) => (TokenOf(s.Start), TokenOf(s.End - 1) + 1);
        var mentions = doc.Mentions.Select(m => (m, Range(m.Span))).ToLookup(x => doc.Tokens[x.Item2.Item1].Sentence);
        var times = doc.Times.Select(t => (t, Range(t.Span))).ToLookup(x => doc.Tokens[x.Item2.Item1].Sentence);
        var quantities = doc.Quantities.Select(q => (q, Range(q.Span))).ToLookup(x => doc.Tokens[x.Item2.Item1].Sentence);
        var result = new List<SentenceContext>(doc.Sentences.Count);
        foreach (var s in doc.Sentences)
        {
            var (first, end) = doc.TokenRange(s.Index);
            if (end <= first) continue;
            result.Add(new SentenceContext
            {
                Doc = doc, Index = s.Index, First = first, End = end,
                Mentions = mentions[s.Index].Select(x => (x.m, x.Item2.Item1, x.Item2.Item2)).OrderBy(x => x.Item2).ToList(),
                Times = times[s.Index].Select(x => (x.t, x.Item2.Item1, x.Item2.Item2)).ToList(),
                Quantities = quantities[s.Index].Select(x => (x.q, x.Item2.Item1, x.Item2.Item2)).ToList(),
            });
        }
        return result;
    }
}
