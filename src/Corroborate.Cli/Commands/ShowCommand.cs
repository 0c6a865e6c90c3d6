using System.CommandLine;
using Spectre.Console;

namespace Corroborate.Cli.Commands;

/// <summary>`show NAME`: one actor or place under all its names, with its facts, sources and disagreements.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Any name of the entity, in any script, or its id" };
        var db = Options.Db();
        var format = Options.Format("table", "jsonl");
        var cmd = new Command("show", "Show an entity: its names, facts with their sources, disagreements and events") { name, format, db };
        cmd.SetAction(r => Cli.Run(() =>
        {
            using var store = Options.OpenExisting(r.GetValue(db)!);
            var views = new Views(store);
            var query = r.GetValue(name)!;
            var found = views.Find(query);
            if (found.Count == 0) throw new CliException($"no entity is named '{query}'");
            if (r.GetValue(format) == "jsonl") { views.EntityJson(found[0]); return 0; }
            views.Entity(found[0]);
            if (found.Count > 1)
                AnsiConsole.MarkupLine("[grey]Also matching: " + Markup.Escape(string.Join("; ", found.Skip(1).Take(5).Select(e => $"{e.Name} ({e.Id})"))) + "[/]");
            return 0;
        }));
        return cmd;
    }
}
