using System.CommandLine;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Spectre.Console;

namespace Corroborate.Cli.Commands;

/// <summary>`demo`: ingests the built-in sample corpus into a fresh store and shows what a user most wants to see.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "Where to write the demo store", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "corroborate-demo", "demo.db") };
        var cmd = new Command("demo", "Run the whole flow on the built-in sample corpus and show actors, timeline, facts and disagreements") { db };
        cmd.SetAction((r, cancel) => Task.FromResult(Cli.Run(() =>
        {
            var samples = FindSamples() ?? throw new CliException("the sample corpus (samples/) was not found next to the program or in the current folder");
            var path = r.GetValue(db)!;
            foreach (var f in new[] { path, path + "-wal", path + "-shm" }) if (File.Exists(f)) File.Delete(f);
            using (var store = SqliteStore.Open(path))
            {
                AnsiConsole.Write(new Rule("[bold]Corroborate demo[/]: the sample corpus in " + Markup.Escape(samples)).LeftJustified());
                IngestCommand.Run(Corroborator.CreateDefault(), store, Directory.GetDirectories(samples).Order(StringComparer.Ordinal).ToList(), cancel);
                var views = new Views(store);
                views.Actors();
                views.Timeline();
                views.Facts();
                views.Disagreements();
            }
            AnsiConsole.MarkupLine($"\nExplore it: [bold]./corroborate show \"Pavel Merkulov\" --db {Markup.Escape(path)}[/]");
            AnsiConsole.MarkupLine($"Export it:  [bold]./corroborate export events --format jsonl --db {Markup.Escape(path)}[/]");
            AnsiConsole.MarkupLine($"Look at it: [bold]./corroborate serve --db {Markup.Escape(path)}[/], then open [bold]http://127.0.0.1:{ServeCommand.DefaultPort}/[/] (timeline, map, entities, disagreements, sources)");
            return 0;
        })));
        return cmd;
    }

    /// <summary>samples/ beside the repository this program was built from, else under the current folder.</summary>
    private static string? FindSamples()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "samples", "README.md"))) return Path.Combine(dir.FullName, "samples");
        return null;
    }
}
