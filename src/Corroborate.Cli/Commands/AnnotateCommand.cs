using System.CommandLine;
using System.Text;
using Corroborate.Analysis;
using Corroborate.Analysis.Annotation;
using Corroborate.Ingestion;

namespace Corroborate.Cli.Commands;

/// <summary>
/// `annotate pretag|markup|apply|validate|agree|stats|conll`: the tooling of the annotated corpus (docs/annotation.md).
/// Machine pre-annotation, an inline editing view, checks, agreement between two passes and CoNLL export.
/// </summary>
internal static class AnnotateCommand
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static Command Create() => new("annotate", "Build and check annotated gold texts (see docs/annotation.md)")
    {
        Pretag(), MarkupView(), Apply(), Validate(), Agree(), Stats(), ToConll(),
    };

    private static Command Pretag()
    {
        var input = new Argument<string>("input") { Description = "A text file, or JSON lines (.jsonl, .jsonl.gz) with id, text, lang and date fields" };
        var output = new Option<string>("--out") { Description = "Folder for ID.txt + ID.ann", Required = true };
        var lang = new Option<string?>("--lang") { Description = "Language (en, ru, uk); else the record's lang, else detected" };
        var ids = new Option<string?>("--ids") { Description = "A file of ids (one per line): only these documents" };
        var force = new Option<bool>("--force") { Description = "Overwrite documents already in the folder (their corrections are lost)" };
        var cmd = new Command("pretag", "Pre-annotate raw texts with the analysis stage (existing documents are kept)") { input, output, lang, ids, force };
        cmd.SetAction(r => Cli.Run(() =>
        {
            var wanted = r.GetValue(ids) is { } f ? File.ReadLines(f).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet() : null;
            var tagger = new Pretagger(Analyzer.CreateDefault());
            var dir = r.GetValue(output)!;
            int written = 0, kept = 0;
            foreach (var raw in Read(() => AnnotatedCorpus.ReadRaw(r.GetValue(input)!)))
            {
                if (wanted is not null && !wanted.Contains(raw.Id)) continue;
                if (!r.GetValue(force) && File.Exists(Path.Combine(dir, raw.Id + ".txt"))) { kept++; continue; }
                var language = r.GetValue(lang) ?? raw.Language ?? LanguageDetector.Shared.Detect(raw.Text);
                Standoff.Write(dir, tagger.Tag(raw.Id, language, raw.Text.Replace("\r\n", "\n"), raw.Date));
                written++;
            }
            Console.WriteLine($"pre-annotated {written} document(s) into {dir}" + (kept > 0 ? $"; kept {kept} already there" : ""));
            return 0;
        }));
        return cmd;
    }

    private static Command MarkupView()
    {
        var path = new Argument<string>("path") { Description = "An annotated folder or ID.txt" };
        var force = new Option<bool>("--force") { Description = "Overwrite existing .mark files" };
        var cmd = new Command("markup", "Write each document's editing view ID.mark: spans inline as [[TYPE text]]") { path, force };
        cmd.SetAction(r => Cli.Run(() =>
        {
            var n = 0;
            foreach (var txt in Read(() => AnnotatedCorpus.TextFiles(r.GetValue(path)!)))
            {
                var file = Path.ChangeExtension(txt, ".mark");
                if (File.Exists(file) && !r.GetValue(force)) continue;
                var doc = Read(() => AnnotatedCorpus.Read(txt)).Single();
                File.WriteAllText(file, Markup.Render(doc), Utf8);
                n++;
            }
            Console.WriteLine($"wrote {n} .mark file(s)");
            return 0;
        }));
        return cmd;
    }

    private static Command Apply()
    {
        var path = new Argument<string>("path") { Description = "An annotated folder or one ID.mark" };
        var cmd = new Command("apply", "Turn edited ID.mark files back into ID.ann; the text must be unchanged (all files or none are written)") { path };
        cmd.SetAction(r => Cli.Run(() =>
        {
            var root = r.GetValue(path)!;
            var marks = File.Exists(root) ? [root] : Directory.Exists(root)
                ? Directory.EnumerateFiles(root, "*.mark", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
                : throw new CliException($"{root}: no such file or folder");
            var problems = new List<string>();
            var ready = new List<(string Dir, AnnotatedText Doc)>();
            foreach (var mark in marks)
            {
                var txt = Path.ChangeExtension(mark, ".txt");
                if (!File.Exists(txt)) { problems.Add($"{mark}: no {Path.GetFileName(txt)} beside it"); continue; }
                var original = File.ReadAllText(txt, Utf8);
                (string Text, IReadOnlyList<GoldSpan> Spans) parsed;
                try { parsed = Markup.Parse(File.ReadAllText(mark, Utf8)); }
                catch (FormatException e) { problems.Add($"{mark}: {e.Message}"); continue; }
                // Editors add a final line break the text may not have: that alone is no change.
                if (parsed.Text == original + "\n") parsed = (original, parsed.Spans);
                if (Markup.FirstDifference(original, parsed.Text) is { } diff) { problems.Add($"{mark}: the text was changed at {diff}"); continue; }
                var doc = new AnnotatedText(Path.GetFileNameWithoutExtension(mark), AnnotatedCorpus.LanguageOf(mark) ?? "en", original, parsed.Spans);
                var found = AnnotationChecks.Problems(doc).ToList();
                if (found.Count > 0) { problems.AddRange(found.Select(p => $"{mark}: {p}")); continue; }
                ready.Add((Path.GetDirectoryName(mark)!, doc));
            }
            if (problems.Count > 0)
            {
                foreach (var p in problems) Console.Error.WriteLine(p);
                throw new CliException($"{problems.Count} problem(s); nothing was written");
            }
            foreach (var (dir, doc) in ready) File.WriteAllText(Path.Combine(dir, doc.Id + ".ann"), Standoff.Format(doc), Utf8);
            Console.WriteLine($"applied {ready.Count} file(s)");
            return 0;
        }));
        return cmd;
    }

    private static Command Validate()
    {
        var paths = new Argument<string[]>("paths") { Description = "Annotated folders or ID.txt files", Arity = ArgumentArity.OneOrMore };
        var cmd = new Command("validate", "Check annotated files: spans match the text, types are known, no overlaps, no cut words") { paths };
        cmd.SetAction(r => Cli.Run(() =>
        {
            int docs = 0, problems = 0;
            foreach (var p in r.GetValue(paths)!)
                foreach (var doc in Read(() => AnnotatedCorpus.Read(p)))
                {
                    docs++;
                    foreach (var problem in AnnotationChecks.Problems(doc)) { Console.Error.WriteLine(problem); problems++; }
                }
            if (problems > 0) throw new CliException($"{problems} problem(s) in {docs} document(s)");
            Console.WriteLine($"{docs} document(s) valid");
            return 0;
        }));
        return cmd;
    }

    private static Command Agree()
    {
        var a = new Argument<string>("a") { Description = "The first annotation (folder)" };
        var b = new Argument<string>("b") { Description = "The second annotation of some of the same documents (folder)" };
        var list = new Option<bool>("--list") { Description = "Also list every disagreement with its context, for adjudication" };
        var cmd = new Command("agree", "Entity-level agreement (exact span and type) between two annotations of the same documents") { a, b, list };
        cmd.SetAction(r => Cli.Run(() =>
        {
            var second = new Dictionary<string, AnnotatedText>(StringComparer.Ordinal);
            foreach (var d in Read(() => AnnotatedCorpus.Read(r.GetValue(b)!)))
                if (!second.TryAdd(d.Id, d)) throw new CliException($"{d.Id} appears twice under {r.GetValue(b)}: give a folder with one annotation per document");
            var byLanguage = new SortedDictionary<string, AnnotationScore>(StringComparer.Ordinal);
            var docs = 0;
            // A may contain B (data/annotated and data/annotated/second-pass): B's own files are not the first annotation.
            var underB = Path.GetFullPath(r.GetValue(b)!).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            var firstFiles = Read(() => AnnotatedCorpus.TextFiles(r.GetValue(a)!)).Where(f => !Path.GetFullPath(f).StartsWith(underB, StringComparison.Ordinal));
            foreach (var doc in firstFiles.SelectMany(f => Read(() => AnnotatedCorpus.Read(f))))
            {
                if (!second.TryGetValue(doc.Id, out var other)) continue;
                if (other.Text != doc.Text) throw new CliException($"{doc.Id}: the two annotations are of different texts");
                foreach (var key in new[] { doc.Language, "all" })
                {
                    if (!byLanguage.TryGetValue(key, out var s)) byLanguage[key] = s = new AnnotationScore();
                    s.Add(doc.Spans, other.Spans);
                }
                if (r.GetValue(list))
                    foreach (var line in Disagreements(doc, other)) Console.WriteLine(line);
                docs++;
            }
            if (docs == 0) throw new CliException("the two folders share no document");
            Console.WriteLine($"{docs} document(s) annotated twice; F1 of exact span and type");
            foreach (var (lang, score) in byLanguage)
                foreach (var (type, p, rec, f1, inA, inB) in score.Rows())
                    Console.WriteLine($"  {lang,-3} {type,-4} F1 {f1:F3} · {inA} vs {inB} spans (A against B: precision {p:F3}, recall {rec:F3})");
            return 0;
        }));
        return cmd;
    }

    /// <summary>Spans only one side has, grouped where they overlap: "ID offset  A: [[TYPE text]]  B: [[TYPE text]]  … context …".</summary>
    private static IEnumerable<string> Disagreements(AnnotatedText a, AnnotatedText b)
    {
        var onlyA = a.Spans.Except(b.Spans).ToList();
        var onlyB = b.Spans.Except(a.Spans).ToList();
        var seen = new HashSet<GoldSpan>();
        foreach (var x in onlyA.Concat(onlyB).OrderBy(x => x.Span.Start))
        {
            if (seen.Contains(x)) continue;
            var fromA = onlyA.Where(y => y.Span.Overlaps(x.Span)).ToList();
            var fromB = onlyB.Where(y => y.Span.Overlaps(x.Span)).ToList();
            seen.UnionWith(fromA); seen.UnionWith(fromB);
            string Show(List<GoldSpan> spans, AnnotatedText d) => spans.Count == 0 ? "-" : string.Join(" ", spans.Select(y => $"[[{y.Type} {d.SpanText(y)}]]"));
            var start = Math.Max(0, x.Span.Start - 40);
            var end = Math.Min(a.Text.Length, x.Span.End + 40);
            yield return $"{a.Id} {x.Span.Start}\tA: {Show(fromA, a)}\tB: {Show(fromB, b)}\t… {a.Text[start..end].ReplaceLineEndings(" ")} …";
        }
    }

    private static Command Stats()
    {
        var path = new Argument<string>("path") { Description = "An annotated folder" };
        var cmd = new Command("stats", "Documents, tokens and spans per type, per language") { path };
        cmd.SetAction(r => Cli.Run(() =>
        {
            var rows = new SortedDictionary<string, (int Docs, int Tokens, Dictionary<string, int> Spans)>(StringComparer.Ordinal);
            foreach (var doc in Read(() => AnnotatedCorpus.Read(r.GetValue(path)!)))
            {
                var row = rows.TryGetValue(doc.Language, out var v) ? v : (0, 0, new Dictionary<string, int>());
                var tokens = AnnotatedConll.Sentences(doc).Sum(s => s.Tokens.Count);
                foreach (var s in doc.Spans) row.Item3[s.Type] = row.Item3.GetValueOrDefault(s.Type) + 1;
                rows[doc.Language] = (row.Item1 + 1, row.Item2 + tokens, row.Item3);
            }
            foreach (var (lang, (docs, tokens, spans)) in rows)
                Console.WriteLine($"{lang}: {docs} documents, {tokens:N0} tokens; " + string.Join(", ", AnnotationTypes.All.Select(t => $"{t} {spans.GetValueOrDefault(t)}")));
            return 0;
        }));
        return cmd;
    }

    private static Command ToConll()
    {
        var path = new Argument<string>("path") { Description = "An annotated folder or ID.txt" };
        var cmd = new Command("conll", "Print annotated texts as CoNLL (token, IOB2 tag for PER/ORG/LOC; blank line between sentences)") { path };
        cmd.SetAction(r => Cli.Run(() =>
        {
            using var w = new StreamWriter(Console.OpenStandardOutput(), Utf8);
            foreach (var doc in Read(() => AnnotatedCorpus.Read(r.GetValue(path)!)))
                foreach (var s in AnnotatedConll.Sentences(doc))
                {
                    foreach (var c in s.Comments) w.WriteLine(c);
                    for (var i = 0; i < s.Tokens.Count; i++) w.WriteLine($"{s.Tokens[i]}\t{s.Gold[i]}");
                    w.WriteLine();
                }
            return 0;
        }));
        return cmd;
    }

    /// <summary>Enumerates, turning malformed input files into one-line user errors.</summary>
    private static IEnumerable<T> Read<T>(Func<IEnumerable<T>> source)
    {
        using var e = Wrap(source).GetEnumerator();
        while (true)
        {
            try { if (!e.MoveNext()) yield break; }
            catch (Exception ex) when (ex is FormatException or FileNotFoundException or DirectoryNotFoundException) { throw new CliException(ex.Message); }
            yield return e.Current;
        }
    }

    private static IEnumerable<T> Wrap<T>(Func<IEnumerable<T>> source)
    {
        foreach (var x in source()) yield return x;
    }
}
