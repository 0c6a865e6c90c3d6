using System.CommandLine;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Spectre.Console;

namespace Corroborate.Cli.Commands;

/// <summary>`ingest FILE_OR_DIR… [--db PATH]`: adds reports to the store and rebuilds the record.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (walked recursively): .txt, .html, RSS/Atom feeds, Telegram result.json", Arity = ArgumentArity.OneOrMore };
        var db = Options.Db();
        var cmd = new Command("ingest", "Add reports to the store (re-ingesting the same content is a no-op)") { paths, db };
        cmd.SetAction((r, cancel) => Task.FromResult(Cli.Run(() =>
        {
            var inputs = r.GetValue(paths)!;
            using var store = SqliteStore.Open(r.GetValue(db)!);
            var report = Run(Corroborator.CreateDefault(), store, inputs, cancel);
            return report.Documents.Count == 0 && report.Skipped.Count > 0 ? 1 : 0;
        })));
        return cmd;
    }

    /// <summary>Ingests with a progress bar on a terminal, rebuilds if anything changed, prints the summary.</summary>
    public static IngestReport Run(Corroborator corroborator, IStore store, IReadOnlyList<string> inputs, CancellationToken cancel, bool quiet = false)
    {
        IngestReport report;
        if (!Console.IsErrorRedirected && !quiet)
        {
            report = null!;
            Cli.Err.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("Reading reports");
                    report = corroborator.Ingest(inputs, store, (_, done, total) => { task.MaxValue = Math.Max(1, total); task.Value = done; }, cancel);
                });
        }
        else report = corroborator.Ingest(inputs, store, cancel: cancel);

        // One input that could not be read at all is an error of the whole command.
        if (inputs.Count == 1 && report.FilesRead == 1 && report.Skipped.Count == 1)
            throw new CliException($"{report.Skipped[0].Path}: {report.Skipped[0].Error}");
        foreach (var s in report.Skipped) Console.Error.WriteLine($"corroborate: skipped {s.Path}: {s.Error}");
        if (report.Added > 0 || store.LoadResolution().Entities.Count == 0 && store.DocumentCount() > 0)
        {
            if (!Console.IsErrorRedirected && !quiet) Cli.Err.Status().Start("Resolving entities and reconciling facts…", _ => corroborator.Rebuild(store));
            else corroborator.Rebuild(store);
        }
        if (!quiet) PrintSummary(report, store);
        return report;
    }

    private static void PrintSummary(IngestReport report, IStore store)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Ingest[/]").AddColumn("").AddColumn(new TableColumn("").RightAligned());
        table.AddRow("Files read", report.FilesRead.ToString());
        table.AddRow("Documents added", report.Added.ToString());
        table.AddRow("Already in the store (no-op)", report.AlreadyPresent.ToString());
        table.AddRow("Files skipped", report.Skipped.Count.ToString());
        foreach (var g in report.Documents.Where(d => d.Added).GroupBy(d => d.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
            table.AddRow(Markup.Escape($"  language {g.Key}{(g.First().Analysed ? "" : " (stored, not analysed)")}"), g.Count().ToString());
        table.AddRow("Documents in the store", store.DocumentCount().ToString());
        AnsiConsole.Write(table);
        if (report.Added == 0 && report.AlreadyPresent > 0)
            AnsiConsole.MarkupLine($"[yellow]Nothing new: all {report.AlreadyPresent} documents were already in the store.[/]");
    }
}
