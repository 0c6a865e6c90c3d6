using Corroborate.Domain;

namespace Corroborate.Analysis.Annotation;

/// <summary>
/// An annotated text as CoNLL sentences (tokens from our tokenizer, IOB2 tags for PER/ORG/LOC), so the corpus
/// trains and measures the NER model exactly like the public sets.
/// </summary>
public static class AnnotatedConll
{
    private static readonly Tokenizer Tokenizer = new();

    public static IEnumerable<ConllSentence> Sentences(AnnotatedText doc)
    {
        var analysed = new AnalyzedDocument(new Document(doc.Id, doc.Text, null, null, null, doc.Language, null, doc.Id, "text"));
        Tokenizer.Annotate(analysed);
        var names = doc.Spans.Where(a => AnnotationTypes.Names.Contains(a.Type)).OrderBy(a => a.Span.Start).ToList();
        var tokens = analysed.Tokens;
        for (var s = 0; s < analysed.Sentences.Count; s++)
        {
            var (first, end) = analysed.TokenRange(s);
            var words = new List<string>();
            var tags = new List<string>();
            GoldSpan? open = null;
            for (var i = first; i < end; i++)
            {
                var t = tokens[i];
                var inside = names.FirstOrDefault(a => a.Span.Start <= t.Span.Start && t.Span.Start < a.Span.End);
                words.Add(t.Text);
                if (inside.Type is null) { tags.Add("O"); open = null; continue; }
                tags.Add((open == inside ? "I-" : "B-") + inside.Type);
                open = inside;
            }
            yield return new ConllSentence([$"# doc {doc.Id}"], [], words, tags);
        }
    }
}
