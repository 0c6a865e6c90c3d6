using Corroborate.Domain;

namespace Corroborate.Analysis;

/// <summary>One sentence of a CoNLL/IOB2 file: its original lines, tokens and gold tags.</summary>
public sealed record ConllSentence(IReadOnlyList<string> Comments, IReadOnlyList<string> Lines, IReadOnlyList<string> Tokens, IReadOnlyList<string> Gold);

/// <summary>
/// Reads CoNLL/IOB2 token files (either "TOKEN TAG" or UNER's "ID TOKEN TAG …", blank line between sentences), tags
/// them with the analysis stage, and scores tags by exact entity spans (CoNLL convention) for PER, ORG and LOC.
/// </summary>
public static class Conll
{
    public static IEnumerable<ConllSentence> Read(TextReader reader)
    {
        var comments = new List<string>();
        var lines = new List<string>();
        var tokens = new List<string>();
        var gold = new List<string>();
        while (true)
        {
            var line = reader.ReadLine();
            if (line is null || line.Trim().Length == 0)
            {
                if (tokens.Count > 0) yield return new ConllSentence(comments.ToList(), lines.ToList(), tokens.ToList(), gold.ToList());
                comments.Clear(); lines.Clear(); tokens.Clear(); gold.Clear();
                if (line is null) yield break;
                continue;
            }
            if (line.StartsWith('#') && tokens.Count == 0) { comments.Add(line); continue; }
            var c = line.Split('\t');
            if (c.Length < 2) c = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var numbered = c.Length >= 3 && int.TryParse(c[0], out _);
            lines.Add(line);
            tokens.Add(numbered ? c[1] : c[0]);
            gold.Add(c.Length > (numbered ? 2 : 1) ? Normalize(numbered ? c[2] : c[1]) : "O");
        }
    }

    /// <summary>Gold tags in the PER/ORG/LOC scheme: WNUT's person/location/group/corporation mapped, other types dropped.</summary>
    public static string Normalize(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-') return "O";
        var type = tag[2..].ToLowerInvariant() switch
        {
            "per" or "person" => "PER",
            "org" or "group" or "corporation" or "organization" => "ORG",
            "loc" or "location" or "gpe" => "LOC",
            _ => null,
        };
        return type is null ? "O" : tag[..2] + type;
    }

    /// <summary>Predicted IOB2 tags for a sentence's tokens, analysed as one text in <paramref name="language"/>.</summary>
    public static IReadOnlyList<string> Tag(Analyzer analyzer, ConllSentence sentence, string language)
    {
        var starts = new List<int>();
        var text = new System.Text.StringBuilder();
        foreach (var t in sentence.Tokens) { if (text.Length > 0) text.Append(' '); starts.Add(text.Length); text.Append(t); }
        var doc = analyzer.Analyze(new Document("conll", text.ToString(), null, null, null, language, null, "conll", "conll"));
        var tags = Enumerable.Repeat("O", sentence.Tokens.Count).ToArray();
        foreach (var m in doc.Mentions.Where(m => m.Antecedent is null && !m.Descriptive))
        {
            var type = Annotation.AnnotationTypes.Of(m.Kind);
            var first = true;
            for (var i = 0; i < starts.Count; i++)
            {
                var span = new Span(starts[i], starts[i] + sentence.Tokens[i].Length);
                if (!span.Overlaps(m.Span)) continue;
                if (tags[i] != "O") { first = false; continue; }
                tags[i] = (first ? "B-" : "I-") + type;
                first = false;
            }
        }
        return tags;
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

    public IEnumerable<(string Type, double Precision, double Recall, double F1, int Gold)> Rows()
    {
        foreach (var type in new[] { "PER", "ORG", "LOC" }.Where(_byType.ContainsKey).Append("ALL"))
        {
            var (tp, fp, fn) = type == "ALL"
                ? _byType.Values.Aggregate((0, 0, 0), (s, v) => (s.Item1 + v.Tp, s.Item2 + v.Fp, s.Item3 + v.Fn))
                : _byType[type];
            var p = tp / (double)Math.Max(1, tp + fp);
            var r = tp / (double)Math.Max(1, tp + fn);
            yield return (type, p, r, 2 * p * r / Math.Max(1e-9, p + r), tp + fn);
        }
    }
}
