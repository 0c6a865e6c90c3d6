using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Analysis;

/// <summary>
/// One document with the views the analysis annotators add: tokens, sentences, names, other names, times, quantities.
/// Each annotator fills the views it produces; later stages read them and never copy the text.
/// </summary>
public sealed class AnalyzedDocument(Document document)
{
    public Document Document { get; } = document;
    public string Text => Document.Text;
    public string Language => Document.Language;

    public IReadOnlyList<Token> Tokens { get; set; } = [];
    public IReadOnlyList<Sentence> Sentences { get; set; } = [];
    public IReadOnlyList<Mention> Mentions { get; set; } = [];
    public IReadOnlyList<AliasLink> Aliases { get; set; } = [];
    /// <summary>Names of nationalities, events, documents, awards, works and products: apart from <see cref="Mentions"/>, which hold the actors and places.</summary>
    public IReadOnlyList<OtherName> Others { get; set; } = [];
    public IReadOnlyList<TimeExpression> Times { get; set; } = [];
    public IReadOnlyList<Quantity> Quantities { get; set; } = [];

    private string[]? _lower;

    /// <summary>Lower-cased token texts, apostrophes unified: what lexicon phrases are matched against.</summary>
    public IReadOnlyList<string> LowerTokens => _lower ??= Tokens.Select(t => Casing.Lower(t.Text).Replace('\'', '’')).ToArray();

    /// <summary>Index range [First, End) of the tokens of sentence <paramref name="s"/>.</summary>
    public (int First, int End) TokenRange(int s)
    {
        var lo = FirstTokenOf(s);
        var end = lo;
        while (end < Tokens.Count && Tokens[end].Sentence == s) end++;
        return (lo, end);
    }

    /// <summary>Whether token <paramref name="token"/> opens its sentence, where every word is capitalized.</summary>
    public bool StartsSentence(int token) => FirstTokenOf(Tokens[token].Sentence) == token;

    /// <summary>Whether nothing but spaces stands between the start of its line and token <paramref name="token"/>.</summary>
    public bool OpensLine(int token)
    {
        for (var c = Tokens[token].Span.Start - 1; c >= 0; c--)
        {
            if (Text[c] == '\n') return true;
            if (!char.IsWhiteSpace(Text[c])) return false;
        }
        return true;
    }

    /// <summary>Whether a line break stands between token <paramref name="token"/> and the one before it.</summary>
    public bool BreaksLineBefore(int token) =>
        Text.AsSpan(Tokens[token - 1].Span.End, Tokens[token].Span.Start - Tokens[token - 1].Span.End).Contains('\n');

    private int FirstTokenOf(int s)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi) { var mid = (lo + hi) / 2; if (Tokens[mid].Sentence < s) lo = mid + 1; else hi = mid; }
        return lo;
    }

    public string SpanText(Span span) => span.Of(Text);
}

/// <summary>A step of the analysis pipeline: says which views it needs and which it fills.</summary>
public interface IAnnotator
{
    string Name { get; }
    IReadOnlyList<string> Requires { get; }
    IReadOnlyList<string> Produces { get; }
    void Annotate(AnalyzedDocument doc);
}
