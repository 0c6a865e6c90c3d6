using Corroborate.Domain;

namespace Corroborate.Analysis;

/// <summary>One sentence of a CoNLL/IOB2 file: its original lines, tokens and gold tags.</summary>
public sealed record ConllSentence(IReadOnlyList<string> Comments, IReadOnlyList<string> Lines, IReadOnlyList<string> Tokens, IReadOnlyList<string> Gold)
{
    /// <summary>Whether a document starts here: UD's "# newdoc" or a "# doc_id" comment, or the sentence after CoNLL-2003's -DOCSTART- line.</summary>
    public bool StartsDocument { get; init; }
}

/// <summary>
/// Reads CoNLL/IOB2 token files (either "TOKEN TAG" or UNER's "ID TOKEN TAG …", blank line between sentences), tags
/// them with the analysis stage, and scores tags by exact entity spans (CoNLL convention) for PER, ORG, LOC and MISC.
/// </summary>
public static class Conll
{
    public static IEnumerable<ConllSentence> Read(TextReader reader)
    {
        var comments = new List<string>();
        var lines = new List<string>();
        var afterDocumentStart = false;
        while (true)
        {
            var line = reader.ReadLine();
            if (line is null || line.Trim().Length == 0)
            {
                if (lines.Count > 0)
                {
                    var columns = lines.Select(Columns).ToList();
                    // UNER's first column numbers the tokens 1, 2, 3…; a file of "TOKEN TAG TAG" may hold a number as a token.
                    var numbered = columns.Select((c, k) => c.Length >= 3 && c[0] == (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).All(x => x);
                    var at = numbered ? 1 : 0;
                    var tokens = columns.Select(c => c[at]).ToList();
                    var gold = GoldColumn(columns, at);
                    yield return new ConllSentence(comments.ToList(), lines.ToList(), tokens, columns.Select(c => c.Length > gold ? Normalize(c[gold]) : "O").ToList())
                    {
                        StartsDocument = afterDocumentStart || comments.Any(c => c.StartsWith("# newdoc", StringComparison.Ordinal) || c.StartsWith("# doc_id", StringComparison.Ordinal)),
                    };
                    afterDocumentStart = tokens is ["-DOCSTART-"];
                }
                comments.Clear(); lines.Clear();
                if (line is null) yield break;
                continue;
            }
            if (line.StartsWith('#') && lines.Count == 0) { comments.Add(line); continue; }
            lines.Add(line);
        }
    }

    /// <summary>
    /// The column of the entity tags: the first after the token's whose values are all IOB tags of no phrase. CoNLL-2003
    /// writes "EU NNP B-NP B-ORG": a part of speech and a phrase's chunk tag stand between the token and its entity tag.
    /// </summary>
    private static int GoldColumn(List<string[]> columns, int token)
    {
        var width = columns.Min(c => c.Length);
        for (var j = token + 1; j < width; j++)
            if (columns.All(c => IsEntityTag(c[j]))) return j;
        return token + 1;
    }

    private static bool IsEntityTag(string tag) =>
        tag == "O" || tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' or 'E' or 'S' && !PhraseTypes.Contains(tag[2..]);

    /// <summary>The chunk tags of CoNLL-2000 and CoNLL-2003's third column.</summary>
    private static readonly HashSet<string> PhraseTypes = new(StringComparer.Ordinal) { "NP", "VP", "PP", "ADJP", "ADVP", "SBAR", "PRT", "CONJP", "INTJ", "LST", "UCP" };

    /// <summary>The line with one more column, apart from the others as the file sets its columns apart (tabs, or spaces as CoNLL-2003).</summary>
    public static string WithColumn(string line, string value) => line + (line.Contains('\t') ? "\t" : " ") + value;

    private static string[] Columns(string line)
    {
        var c = line.Split('\t');
        return c.Length < 2 ? line.Split(' ', StringSplitOptions.RemoveEmptyEntries) : c;
    }

    /// <summary>The type of other names (<see cref="AnalyzedDocument.Others"/>), as CoNLL-2003 calls it.</summary>
    public const string Misc = "MISC";

    /// <summary>
    /// Gold tags in the PER/ORG/LOC/MISC scheme: WNUT's person/location/group/corporation mapped, BSNLP's events and
    /// products as MISC, other types (WNUT's works and products, UNER's partial OTH) dropped.
    /// </summary>
    public static string Normalize(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-') return "O";
        var type = tag[2..].ToLowerInvariant() switch
        {
            "per" or "person" => "PER",
            "org" or "group" or "corporation" or "organization" => "ORG",
            "loc" or "location" or "gpe" => "LOC",
            "misc" or "evt" or "pro" => Misc,
            _ => null,
        };
        return type is null ? "O" : tag[..2] + type;
    }

    /// <summary>
    /// The file's documents as it marks them (see <see cref="ConllSentence.StartsDocument"/>); a file without marks is one
    /// document per sentence, so that nothing is read as context that the file does not say belongs together.
    /// </summary>
    public static IEnumerable<IReadOnlyList<ConllSentence>> Documents(IEnumerable<ConllSentence> sentences)
    {
        var all = sentences as IReadOnlyList<ConllSentence> ?? sentences.ToList();
        var marked = all.Any(s => s.StartsDocument);
        var document = new List<ConllSentence>();
        foreach (var s in all)
        {
            if (document.Count > 0 && (!marked || s.StartsDocument)) { yield return document; document = []; }
            document.Add(s);
        }
        if (document.Count > 0) yield return document;
    }

    /// <summary>Predicted IOB2 tags for a sentence's tokens, analysed as one text in <paramref name="language"/>.</summary>
    public static IReadOnlyList<string> Tag(Analyzer analyzer, ConllSentence sentence, string language) =>
        TagDocument(analyzer, [sentence], language)[0];

    /// <summary>
    /// Predicted IOB2 tags for each sentence of a document, analysed as one text as the product reads a report (sentences
    /// apart by a blank line; each as written where the file keeps its text, else its tokens apart by a space where one was likely written), so that
    /// what one sentence says of a name informs the others.
    /// </summary>
    public static IReadOnlyList<string[]> TagDocument(Analyzer analyzer, IReadOnlyList<ConllSentence> sentences, string language)
    {
        var tokens = new List<(int Sentence, int Token, Span Span)>();
        var text = new System.Text.StringBuilder();
        for (var s = 0; s < sentences.Count; s++)
        {
            if (text.Length > 0) text.Append("\n\n");
            if (OriginalText(sentences[s]) is var (original, starts))
            {
                for (var i = 0; i < starts.Length; i++)
                    tokens.Add((s, i, new Span(text.Length + starts[i], text.Length + starts[i] + sentences[s].Tokens[i].Length)));
                text.Append(original);
                continue;
            }
            for (var i = 0; i < sentences[s].Tokens.Count; i++)
            {
                if (i > 0 && !ClosesUp(sentences[s].Tokens[i - 1], sentences[s].Tokens[i])) text.Append(' ');
                tokens.Add((s, i, new Span(text.Length, text.Length + sentences[s].Tokens[i].Length)));
                text.Append(sentences[s].Tokens[i]);
            }
        }
        var doc = analyzer.Analyze(new Document("conll", text.ToString(), null, null, null, language, null, "conll", "conll"));
        var tags = sentences.Select(s => Enumerable.Repeat("O", s.Tokens.Count).ToArray()).ToArray();
        void Mark(Span span, string type)
        {
            var first = true;
            for (var k = FirstEndingAfter(tokens, span.Start); k < tokens.Count && tokens[k].Span.Start < span.End; k++)
            {
                var (s, i, _) = tokens[k];
                if (tags[s][i] != "O") { first = false; continue; }
                tags[s][i] = (first ? "B-" : "I-") + type;
                first = false;
            }
        }
        foreach (var m in doc.Mentions.Where(m => m.IsName)) Mark(m.Span, Annotation.AnnotationTypes.Of(m.Kind));
        foreach (var o in doc.Others) Mark(o.Span, Misc);
        return tags;
    }

    /// <summary>
    /// A sentence's own text, as UD and UNER files keep it ("# text = …"), with where each token starts in it, when the
    /// tokens follow one another in it apart only by spaces: the product then reads what was written ("al-Qaeda", "U.S."),
    /// not tokens joined by spaces. Null otherwise.
    /// </summary>
    private static (string Text, int[] Starts)? OriginalText(ConllSentence sentence)
    {
        const string Marker = "# text = ";
        var comment = sentence.Comments.FirstOrDefault(c => c.StartsWith(Marker, StringComparison.Ordinal));
        if (comment is null) return null;
        var original = comment[Marker.Length..];
        var starts = new int[sentence.Tokens.Count];
        var at = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            while (at < original.Length && char.IsWhiteSpace(original[at])) at++;
            if (string.CompareOrdinal(original, at, sentence.Tokens[i], 0, sentence.Tokens[i].Length) != 0) return null;
            starts[i] = at;
            at += sentence.Tokens[i].Length;
        }
        return original.AsSpan(at).IsWhiteSpace() ? (original, starts) : null;
    }

    /// <summary>
    /// Whether two tokens of a file that keeps no text were written with no space between: punctuation that closes
    /// ("Kyiv ,", "В . І ." → "В. І.") or opens ("( the", "« Свобода"), as the product reads text.
    /// </summary>
    private static bool ClosesUp(string before, string token) =>
        token is "," or "." or ";" or ":" or "!" or "?" or ")" or "]" or "»" or "%" or "..." or "…" || before is "(" or "[" or "«";

    /// <summary>The first of the tokens (in text order) that ends after <paramref name="position"/>.</summary>
    private static int FirstEndingAfter(List<(int Sentence, int Token, Span Span)> tokens, int position)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Span.End <= position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Entities of a tag sequence as (first token, end token, type).</summary>
    public static IEnumerable<(int First, int End, string Type)> Entities(IReadOnlyList<string> tags)
    {
        for (var i = 0; i < tags.Count; i++)
        {
            if (tags[i] == "O") continue;
            var type = tags[i][2..];
            var j = i + 1;
            while (j < tags.Count && tags[j] == "I-" + type) j++;
            yield return (i, j, type);
            i = j - 1;
        }
    }
}

/// <summary>Exact-span entity counts per type, for precision/recall/F1.</summary>
public sealed class NerScore
{
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _byType = [];

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted) => Add(Conll.Entities(gold), Conll.Entities(predicted));

    /// <summary>Counts entities given as (start, end, type), in token or character offsets alike.</summary>
    public void Add(IEnumerable<(int First, int End, string Type)> gold, IEnumerable<(int First, int End, string Type)> predicted)
    {
        var g = gold.ToHashSet();
        var p = predicted.ToHashSet();
        foreach (var e in p) Bump(e.Type, g.Contains(e) ? 1 : 0, g.Contains(e) ? 0 : 1, 0);
        foreach (var e in g.Where(e => !p.Contains(e))) Bump(e.Type, 0, 0, 1);
    }

    private void Bump(string type, int tp, int fp, int fn)
    {
        var (a, b, c) = _byType.TryGetValue(type, out var v) ? v : (0, 0, 0);
        _byType[type] = (a + tp, b + fp, c + fn);
    }

    private const string Names = "PER+ORG+LOC";

    public IEnumerable<(string Type, double Precision, double Recall, double F1, int Gold)> Rows()
    {
        // With other names scored, PER/ORG/LOC together too: the figure comparable with sets that mark no other names.
        var names = _byType.ContainsKey(Conll.Misc) ? new[] { Names } : [];
        foreach (var type in new[] { "PER", "ORG", "LOC", Conll.Misc }.Where(_byType.ContainsKey).Concat(names).Append("ALL"))
        {
            var (tp, fp, fn) = type is "ALL" or Names
                ? _byType.Where(t => type == "ALL" || t.Key != Conll.Misc).Select(t => t.Value).Aggregate((0, 0, 0), (s, v) => (s.Item1 + v.Tp, s.Item2 + v.Fp, s.Item3 + v.Fn))
                : _byType[type];
            var p = tp / (double)Math.Max(1, tp + fp);
            var r = tp / (double)Math.Max(1, tp + fn);
            yield return (type, p, r, 2 * p * r / Math.Max(1e-9, p + r), tp + fn);
        }
    }
}
