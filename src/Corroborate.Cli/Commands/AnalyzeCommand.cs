using System.CommandLine;
using System.Text.Json;
using Corroborate.Analysis;
using Corroborate.Domain;
using Corroborate.Ingestion;

namespace Corroborate.Cli.Commands;

/// <summary>`analyze FILE|-`: what the analysis stage recognizes in one text, with character spans.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A text file, or - for standard input" };
        var lang = new Option<string?>("--lang") { Description = "Language (en, ru, uk); detected when omitted" };
        var date = new Option<string?>("--date") { Description = "The report's date (YYYY-MM-DD), for relative dates" };
        var cmd = new Command("analyze", "Print the names, dates and quantities the analysis stage recognizes, as JSON lines") { file, lang, date };
        cmd.SetAction(r => Cli.Run(() =>
        {
            var path = r.GetValue(file)!;
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
                w.WriteLine(Json.Serialize(new { type = "mention", kind = m.Kind, m.Text, normal = m.Normal, start = m.Span.Start, end = m.Span.End, antecedent = m.Antecedent }));
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
}
