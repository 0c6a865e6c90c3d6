using Corroborate.Domain;

namespace Corroborate.Analysis.Annotation;

/// <summary>
/// Machine pre-annotation for the annotated corpus: what the analysis stage recognizes (names, dates, quantities),
/// flattened to non-overlapping spans. Names win over dates and quantities they overlap; longer spans win otherwise.
/// </summary>
public sealed class Pretagger(Analyzer analyzer)
{
    public AnnotatedText Tag(string id, string language, string text, DateValue? published = null)
    {
        var doc = analyzer.Analyze(new Document(id, text, null, null, null, language, published, id, "text"));
        var candidates = doc.Mentions.Select(m => (new GoldSpan(m.Span, AnnotationTypes.Of(m.Kind)), Rank: 2))
            .Concat(doc.Times.Select(t => (new GoldSpan(t.Span, AnnotationTypes.Date), Rank: 1)))
            .Concat(doc.Quantities.Select(q => (new GoldSpan(q.Span, AnnotationTypes.Quantity), Rank: 1)))
            .Select(c => (Span: Trim(text, c.Item1), c.Rank))
            .Where(c => c.Span.Span.Length > 0)
            .OrderByDescending(c => c.Rank).ThenByDescending(c => c.Span.Span.Length).ThenBy(c => c.Span.Span.Start);
        var kept = new List<GoldSpan>();
        foreach (var (a, _) in candidates)
            if (!kept.Any(k => k.Span.Overlaps(a.Span))) kept.Add(a);
        return new AnnotatedText(id, language, text, kept.OrderBy(a => a.Span.Start).ToList());
    }

    /// <summary>Spans never cut words, start or end with spaces, or cross lines: whole words of the first line, trimmed.</summary>
    private static GoldSpan Trim(string text, GoldSpan a)
    {
        int s = a.Span.Start, e = a.Span.End;
        while (s > 0 && char.IsLetterOrDigit(text[s - 1]) && char.IsLetterOrDigit(text[s])) s--;
        while (e < text.Length && e > 0 && char.IsLetterOrDigit(text[e - 1]) && char.IsLetterOrDigit(text[e])) e++;
        var nl = text.IndexOf('\n', s, e - s);
        if (nl >= 0) e = nl;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return a with { Span = new Span(s, e) };
    }
}
