using System.Text.RegularExpressions;
using Corroborate.Domain;

namespace Corroborate.Analysis;

/// <summary>Splits text into word, number and punctuation tokens, and tokens into sentences.</summary>
public sealed partial class Tokenizer : IAnnotator
{
    public string Name => "tokenizer";
    public IReadOnlyList<string> Requires => [];
    public IReadOnlyList<string> Produces => ["tokens", "sentences"];

    // Ampersand names ("S&P", "AT&T") are one token; so are Latin initialisms with their points ("U.S.", "U.N.", "e.g."),
    // as the English training sets write them.
    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\p{Lu}{1,3}&\p{Lu}{1,3}\b|(?:[A-Za-z]\.){2,}(?![A-Za-z])|\d+(?:[.,]\d+)*|\p{L}[\p{L}\p{M}\d]*(?:[-'’][\p{L}\d][\p{L}\p{M}\d]*)*|\S")]
    private static partial Regex TokenPattern();

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "jr", "sr", "vs", "etc", "abbr", "approx",
        "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "u.s", "e.g", "i.e",
        "г", "гг", "ул", "им", "ст", "т", "тыс", "млн", "млрд", "руб", "пос", "обл", "р", "с", "тис", "вул", "див",
    };

    private static readonly HashSet<string> SiteEndings = new(StringComparer.Ordinal) { "com", "ru", "ua", "org", "net", "info", "io", "by", "uk" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SiteEndingsBySpan = SiteEndings.GetAlternateLookup<ReadOnlySpan<char>>();

    public void Annotate(AnalyzedDocument doc)
    {
        var text = doc.Text;
        var raw = new List<Span>();
        foreach (var m in TokenPattern().EnumerateMatches(text))
        {
            var (start, len) = (m.Index, m.Length);
            var value = text.AsSpan(start, len);
            // "Legion's" → "Legion" + "'s"; "CLINTON'S" → "CLINTON" + "'S".
            if (len > 2 && (value.EndsWith("'s", StringComparison.Ordinal) || value.EndsWith("’s", StringComparison.Ordinal)
                             || char.IsUpper(value[^3]) && (value.EndsWith("'S", StringComparison.Ordinal) || value.EndsWith("’S", StringComparison.Ordinal))))
            {
                raw.Add(new Span(start, start + len - 2)); raw.Add(new Span(start + len - 2, start + len)); continue;
            }
            raw.Add(new Span(start, start + len));
            // Sites ("lifenews.ru", "news.yandex.ru") are one token: a domain's last part joins what the points bind to it.
            if (SiteEndingsBySpan.Contains(value))
                while (raw.Count >= 3 && raw[^2].Length == 1 && text[raw[^2].Start] == '.' && raw[^3].End == raw[^2].Start && raw[^2].End == raw[^1].Start
                       && char.IsAsciiLetterOrDigit(text[raw[^3].End - 1]))
                {
                    var site = new Span(raw[^3].Start, raw[^1].End);
                    raw.RemoveRange(raw.Count - 3, 3);
                    raw.Add(site);
                }
        }

        var tokens = new List<Token>(raw.Count);
        var sentences = new List<Sentence>();
        var sentence = 0;
        var sentenceStart = -1;
        for (var i = 0; i < raw.Count; i++)
        {
            var span = raw[i];
            if (sentenceStart < 0) sentenceStart = span.Start;
            tokens.Add(new Token(span, text.Substring(span.Start, span.Length), sentence));
            if (EndsSentence(text, raw, i))
            {
                sentences.Add(new Sentence(sentence, new Span(sentenceStart, span.End)));
                sentence++;
                sentenceStart = -1;
            }
        }
        if (sentenceStart >= 0) sentences.Add(new Sentence(sentence, new Span(sentenceStart, raw[^1].End)));
        doc.Tokens = tokens;
        doc.Sentences = sentences;
    }

    private static bool EndsSentence(string text, List<Span> raw, int i)
    {
        if (i == raw.Count - 1) return true;
        var cur = raw[i];
        var next = raw[i + 1];
        // A line break between tokens ends a sentence (headlines, paragraphs, list items) unless mid-phrase.
        var gap = text.AsSpan(cur.End, next.Start - cur.End);
        if (gap.Contains("\n\n", StringComparison.Ordinal)) return true;
        var c = text[cur.Start];
        var isCloser = cur.Length == 1 && c is '»' or '”' or '"' or ')' or '’' or '\'';
        if (isCloser && i > 0 && raw[i - 1].Length == 1 && text[raw[i - 1].Start] is '.' or '!' or '?' or '…')
            return StartsSentence(text, next) && gap.Length > 0;
        if (cur.Length != 1 || c is not ('.' or '!' or '?' or '…')) return gap.Contains('\n') && StartsSentence(text, next) && !char.IsLower(text[next.Start]);
        if (next.Length == 1 && text[next.Start] is '»' or '”' or '"' or ')' or '’' && next.Start == cur.End) return false;
        if (gap.Length == 0 && !char.IsUpper(text[next.Start])) return false;
        if (c == '.' && i > 0)
        {
            var prev = text.Substring(raw[i - 1].Start, raw[i - 1].Length);
            if (raw[i - 1].End == cur.Start && (Abbreviations.Contains(prev) || (prev.Length == 1 && char.IsUpper(prev[0])))) return false;
            // "No. 5" is an abbreviation; "said no." ends the sentence.
            if (raw[i - 1].End == cur.Start && prev is "No" or "no" && char.IsDigit(text[next.Start])) return false;
        }
        return StartsSentence(text, next);
    }

    private static bool StartsSentence(string text, Span next)
    {
        var ch = text[next.Start];
        return char.IsUpper(ch) || char.IsDigit(ch) || ch is '«' or '“' or '"' or '„' or '(' or '[' or '—' or '–' or '-' || !char.IsLetter(ch) && ch != ',';
    }
}
