using System.CommandLine;
using System.Text.Json;
using Corroborate.Analysis;
using Corroborate.Domain;
using Corroborate.Ingestion;
using Corroborate.Reference;

namespace Corroborate.Cli.Commands;

/// <summary>`analyze FILE|-`: what the analysis stage recognizes in one text, with character spans.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A text file, or - for standard input" };
        var lang = new Option<string?>("--lang") { Description = "Language (en, ru, uk); detected when omitted" };
        var date = new Option<string?>("--date") { Description = "The report's date (YYYY-MM-DD), for relative dates" };
        var format = Options.Format("jsonl", "conll");
        var cmd = new Command("analyze", "Print what the analysis stage recognizes (JSON lines), or tag a CoNLL/IOB2 token file (--format conll)") { file, lang, date, format };
        cmd.SetAction(r => Cli.Run(() =>
        {
            var path = r.GetValue(file)!;
            if (r.GetValue(format) == "conll") return TagConll(path, r.GetValue(lang) ?? "en");
            string text;
            if (path == "-") text = Console.In.ReadToEnd();
            else
            {
                var result = Ingestor.CreateDefault().ReadFile(path);
                if (result.Error is not null) throw new CliException($"{path}: {result.Error}");
                text = result.Documents[0].Text;
            }
            var language = r.GetValue(lang) ?? LanguageDetector.Shared.Detect(text);
            DateValue? published = DateValue.TryParse(r.GetValue(date), out var d) ? d : null;
            var doc = Analyzer.CreateDefault().Analyze(new Document("stdin", text, null, null, null, language, published, path, "text"));
            var w = Console.Out;
            foreach (var m in doc.Mentions)
                w.WriteLine(Json.Serialize(new { type = "mention", kind = m.Kind, m.Text, normal = m.Normal, start = m.Span.Start, end = m.Span.End, antecedent = m.Antecedent, descriptive = m.Descriptive, place = PlaceOf(m) }));
            foreach (var o in doc.Others)
                w.WriteLine(Json.Serialize(new { type = "other", kind = o.Kind, o.Text, start = o.Span.Start, end = o.Span.End }));
            foreach (var a in doc.Aliases)
                w.WriteLine(Json.Serialize(new { type = "alias", name = doc.Mentions[a.Mention].Text, alias = doc.Mentions[a.Alias].Text, kind = a.Kind }));
            foreach (var t in doc.Times)
                w.WriteLine(Json.Serialize(new { type = "date", t.Text, value = t.Value.ToString(), precision = t.Value.PrecisionName, modifier = t.Modifier, start = t.Span.Start, end = t.Span.End }));
            foreach (var q in doc.Quantities)
                w.WriteLine(Json.Serialize(new { type = "quantity", q.Text, min = q.Min, max = q.Max, unit = q.Unit, start = q.Span.Start, end = q.Span.End }));
            return 0;
        }));
        return cmd;
    }

    private static PlaceInfo? PlaceOf(Mention m) =>
        m.GeonamesId is long id && Gazetteer.Shared.ById(id) is { } p ? p.ToInfo(Gazetteer.Shared) : null;

    /// <summary>Writes each token line back with a predicted IOB2 tag column appended (PER, ORG, LOC, MISC), reading a document at a time where the file marks its documents.</summary>
    private static int TagConll(string path, string language)
    {
        if (path != "-" && !File.Exists(path)) throw new CliException($"{path}: no such file");
        using var reader = path == "-" ? Console.In : new StreamReader(path);
        var analyzer = Analyzer.CreateDefault();
        using var w = new StreamWriter(Console.OpenStandardOutput());
        foreach (var document in Conll.Documents(Conll.Read(reader)))
        {
            var tagged = Conll.TagDocument(analyzer, document, language);
            for (var k = 0; k < document.Count; k++)
            {
                foreach (var c in document[k].Comments) w.WriteLine(c);
                for (var i = 0; i < document[k].Lines.Count; i++) w.WriteLine(Conll.WithColumn(document[k].Lines[i], tagged[k][i]));
                w.WriteLine();
            }
        }
        return 0;
    }
}
