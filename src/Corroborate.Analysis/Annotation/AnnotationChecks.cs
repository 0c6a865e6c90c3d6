namespace Corroborate.Analysis.Annotation;

/// <summary>The rules every annotated text must keep (docs/annotation.md, "Span rules"), as one-line problems.</summary>
public static class AnnotationChecks
{
    public static IEnumerable<string> Problems(AnnotatedText doc)
    {
        var text = doc.Text;
        GoldSpan? previous = null;
        foreach (var a in doc.Spans.OrderBy(a => a.Span.Start).ThenBy(a => a.Span.End))
        {
            var where = $"{doc.Id} {a.Type} {a.Span.Start}-{a.Span.End}";
            if (!AnnotationTypes.IsKnown(a.Type)) yield return $"{where}: unknown type (known: {string.Join(", ", AnnotationTypes.All)})";
            if (a.Span.Start < 0 || a.Span.End > text.Length || a.Span.Length <= 0) { yield return $"{where}: span outside the text or empty"; continue; }
            var covered = doc.SpanText(a);
            if (char.IsWhiteSpace(covered[0]) || char.IsWhiteSpace(covered[^1])) yield return $"{where}: starts or ends with a space ('{covered}')";
            if (covered.Contains('\n')) yield return $"{where}: crosses a line break";
            if (a.Span.Start > 0 && IsWordChar(text[a.Span.Start - 1]) && IsWordChar(text[a.Span.Start]))
                yield return $"{where}: starts inside a word ('{covered}')";
            if (a.Span.End < text.Length && IsWordChar(text[a.Span.End - 1]) && IsWordChar(text[a.Span.End]))
                yield return $"{where}: ends inside a word ('{covered}')";
            if (previous is { } p && p.Span.Overlaps(a.Span)) yield return $"{where}: overlaps {p.Type} {p.Span.Start}-{p.Span.End}";
            previous = a;
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
