using System.Globalization;
using System.Text;
using Corroborate.Domain;

namespace Corroborate.Analysis.Annotation;

/// <summary>
/// The corpus's storage format: ID.txt holds the exact text (UTF-8, no BOM) and ID.ann its spans in brat standoff
/// form, one per line: <c>T1 &lt;tab&gt; TYPE START END &lt;tab&gt; covered text</c>, offsets in UTF-16 characters.
/// </summary>
public static class Standoff
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void Write(string directory, AnnotatedText doc)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, doc.Id + ".txt"), doc.Text, Utf8);
        File.WriteAllText(Path.Combine(directory, doc.Id + ".ann"), Format(doc), Utf8);
    }

    public static string Format(AnnotatedText doc)
    {
        var sb = new StringBuilder();
        var n = 0;
        foreach (var a in doc.Spans.OrderBy(a => a.Span.Start).ThenBy(a => a.Span.End))
            sb.Append(CultureInfo.InvariantCulture, $"T{++n}\t{a.Type} {a.Span.Start} {a.Span.End}\t{Flat(doc.SpanText(a))}\n");
        return sb.ToString();
    }

    /// <summary>Reads ID.txt and its ID.ann (absent: no spans). Malformed lines are errors; checks come from <see cref="AnnotationChecks"/>.</summary>
    public static AnnotatedText Read(string textPath, string language)
    {
        var text = File.ReadAllText(textPath, Utf8);
        var annPath = Path.ChangeExtension(textPath, ".ann");
        var spans = new List<GoldSpan>();
        if (File.Exists(annPath))
        {
            var lineNo = 0;
            foreach (var line in File.ReadLines(annPath, Utf8))
            {
                lineNo++;
                if (line.Length == 0 || line.StartsWith('#')) continue;
                var cols = line.Split('\t');
                var head = cols.Length >= 2 ? cols[1].Split(' ') : [];
                if (cols.Length < 2 || !cols[0].StartsWith('T') || head.Length != 3
                    || !int.TryParse(head[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                    || !int.TryParse(head[2], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
                    throw new FormatException($"{annPath}:{lineNo}: expected 'T<n><tab>TYPE START END<tab>text'");
                if (start > end || end > text.Length)
                    throw new FormatException($"{annPath}:{lineNo}: span {start}-{end} lies outside the text ({text.Length} characters)");
                var a = new GoldSpan(new Span(start, end), head[0]);
                if (cols.Length >= 3 && cols[2] != Flat(a.Span.Of(text)))
                    throw new FormatException($"{annPath}:{lineNo}: span {start}-{end} covers '{Flat(a.Span.Of(text))}', not '{cols[2]}'");
                spans.Add(a);
            }
        }
        return new AnnotatedText(Path.GetFileNameWithoutExtension(textPath), language, text, spans);
    }

    /// <summary>Covered text on one line, as brat writes it.</summary>
    private static string Flat(string s) => s.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
}
