using System.Text;
using Corroborate.Domain;

namespace Corroborate.Analysis.Annotation;

/// <summary>
/// The editing view of an annotated text: spans written inline as <c>[[TYPE covered text]]</c>. Annotators correct
/// this view; <see cref="Parse"/> turns it back into text plus spans, and the text must stay exactly the original.
/// </summary>
public static class Markup
{
    public const string Open = "[[", Close = "]]";

    public static string Render(AnnotatedText doc)
    {
        var sb = new StringBuilder(doc.Text.Length + doc.Spans.Count * 10);
        var at = 0;
        foreach (var a in doc.Spans.OrderBy(a => a.Span.Start))
        {
            if (a.Span.Start < at) throw new InvalidOperationException($"{doc.Id}: overlapping spans cannot be written inline");
            sb.Append(doc.Text, at, a.Span.Start - at).Append(Open).Append(a.Type).Append(' ').Append(doc.SpanText(a)).Append(Close);
            at = a.Span.End;
        }
        return sb.Append(doc.Text, at, doc.Text.Length - at).ToString();
    }

    /// <summary>The text and spans of a marked-up text; a malformed mark is a <see cref="FormatException"/> naming its line.</summary>
    public static (string Text, IReadOnlyList<GoldSpan> Spans) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = new List<GoldSpan>();
        var i = 0;
        while (i < markup.Length)
        {
            var open = markup.IndexOf(Open, i, StringComparison.Ordinal);
            var stray = markup.IndexOf(Close, i, StringComparison.Ordinal);
            if (stray >= 0 && (open < 0 || stray < open)) throw Error(markup, stray, "']]' without an opening '[['");
            if (open < 0) { text.Append(markup, i, markup.Length - i); break; }
            text.Append(markup, i, open - i);
            var space = markup.IndexOf(' ', open);
            var close = markup.IndexOf(Close, open + Open.Length, StringComparison.Ordinal);
            if (close < 0) throw Error(markup, open, "'[[' is never closed");
            var nested = markup.IndexOf(Open, open + Open.Length, StringComparison.Ordinal);
            if (nested >= 0 && nested < close) throw Error(markup, nested, "marks cannot nest");
            if (space < 0 || space > close) throw Error(markup, open, "expected '[[TYPE text]]'");
            var type = markup[(open + Open.Length)..space];
            if (!AnnotationTypes.IsKnown(type)) throw Error(markup, open, $"unknown type '{type}' (known: {string.Join(", ", AnnotationTypes.All)})");
            var covered = markup[(space + 1)..close];
            if (covered.Length == 0) throw Error(markup, open, "empty mark");
            spans.Add(new GoldSpan(new Span(text.Length, text.Length + covered.Length), type));
            text.Append(covered);
            i = close + Close.Length;
        }
        return (text.ToString(), spans);
    }

    /// <summary>Where two texts first differ, as a line number and the two lines: what an annotator needs to fix an edit.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        var n = Math.Min(expected.Length, actual.Length);
        var k = 0;
        while (k < n && expected[k] == actual[k]) k++;
        if (k == n && expected.Length == actual.Length) return null;
        var line = expected.AsSpan(0, k).Count('\n') + 1;
        return $"line {line}: expected \"{Around(expected, k)}\", found \"{Around(actual, k)}\"";
    }

    private static string Around(string s, int k)
    {
        var from = Math.Max(0, k - 20);
        return s.Substring(from, Math.Min(s.Length, k + 20) - from).Replace("\n", "\\n");
    }

    private static FormatException Error(string markup, int at, string message) =>
        new($"line {markup.AsSpan(0, at).Count('\n') + 1}: {message}");
}
