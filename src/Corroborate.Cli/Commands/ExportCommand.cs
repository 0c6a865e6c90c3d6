using System.CommandLine;
using System.Globalization;
using CsvHelper;
using Corroborate.Domain;
using Corroborate.Pipeline;
using Spectre.Console;

namespace Corroborate.Cli.Commands;

/// <summary>`export entities|events|statements|facts|disagreements --format jsonl|csv|table`, entities as FollowTheMoney, events as ACLED CSV or GeoJSON.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var what = new Argument<string>("what") { Description = "entities, events, statements, facts or disagreements" };
        what.AcceptOnlyFromAmong(Exports.Kinds);
        var format = Options.Format("jsonl", "csv", "table", "ftm", "acled-csv", "geojson");
        var db = Options.Db();
        var cmd = new Command("export", "Print the record as JSON lines, CSV or a table") { what, format, db };
        cmd.SetAction(r => Cli.Run(() =>
        {
            using var store = Options.OpenExisting(r.GetValue(db)!);
            if (r.GetValue(format) is "acled-csv" or "geojson")
            {
                if (r.GetValue(what) != "events") throw new CliException($"--format {r.GetValue(format)} exports events only");
                EventFormats.Write(store, EventFilter.InTimeOrder(store.LoadReconciliation().Events), r.GetValue(format)!);
                return 0;
            }
            if (r.GetValue(format) == "ftm")
            {
                if (r.GetValue(what) != "entities") throw new CliException("--format ftm exports entities only (FollowTheMoney has no schema for the others here)");
                var facts = store.LoadReconciliation().Facts;
                using var w = new StreamWriter(Console.OpenStandardOutput());
                foreach (var e in store.LoadResolution().Entities) w.WriteLine(Exports.FollowTheMoney(e, facts).ToJsonString(Json.Options));
                return 0;
            }
            var records = Exports.Records(store, r.GetValue(what)!).ToList();
            switch (r.GetValue(format))
            {
                case "jsonl":
                    using (var w = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false })
                        foreach (var o in records) w.WriteLine(o.ToJsonString(Json.Options));
                    break;
                case "csv":
                    WriteCsv(records.Select(Exports.Flatten).ToList());
                    break;
                default:
                    WriteTable(records.Select(Exports.Flatten).ToList());
                    break;
            }
            return 0;
        }));
        return cmd;
    }

    private static void WriteCsv(List<IReadOnlyList<(string Column, string Value)>> rows)
    {
        using var w = new StreamWriter(Console.OpenStandardOutput());
        using var csv = new CsvWriter(w, CultureInfo.InvariantCulture);
        var columns = rows.SelectMany(r => r.Select(c => c.Column)).Distinct().ToList();
        foreach (var c in columns) csv.WriteField(c);
        csv.NextRecord();
        foreach (var r in rows)
        {
            var map = r.ToDictionary(c => c.Column, c => c.Value);
            foreach (var c in columns) csv.WriteField(map.TryGetValue(c, out var v) ? v : "");
            csv.NextRecord();
        }
    }

    private static readonly HashSet<string> Wide = ["alias_details", "explanations", "merge_reasons", "quote", "sources", "statements"];

    private static void WriteTable(List<IReadOnlyList<(string Column, string Value)>> rows)
    {
        var columns = rows.SelectMany(r => r.Select(c => c.Column)).Distinct().Where(c => !Wide.Contains(c)).ToList();
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var c in columns) table.AddColumn(Markup.Escape(c));
        foreach (var r in rows)
        {
            var map = r.ToDictionary(c => c.Column, c => c.Value);
            table.AddRow(columns.Select(c => Markup.Escape(Views.Clip(map.TryGetValue(c, out var v) ? v : "", 60))).ToArray());
        }
        AnsiConsole.Write(table);
    }
}
