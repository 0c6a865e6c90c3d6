using System.CommandLine;
using System.Globalization;
using Corroborate.Domain;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Spectre.Console;

namespace Corroborate.Cli.Commands;

/// <summary>
/// `merge A B`, `split ENTITY NAME`, `judgements [undo N]`: a user's corrections to resolution, stored append-only,
/// applied on top of automatic resolution at every rebuild, so they survive re-ingest and can be undone.
/// </summary>
internal static class JudgementCommands
{
    public static IEnumerable<Command> Create() => [Merge(), Split(), List()];

    private static Command Merge()
    {
        var a = new Argument<string>("a") { Description = "A name (any script) or id of the first entity" };
        var b = new Argument<string>("b") { Description = "A name or id of the second entity" };
        var db = Options.Db();
        var cmd = new Command("merge", "Judge two entities to be one (stored, applied at every rebuild, undoable)") { a, b, db };
        cmd.SetAction(r => Cli.Run(() =>
        {
            using var store = Options.OpenExisting(r.GetValue(db)!);
            var (j, merged) = Desk(store).Merge(r.GetValue(a)!, r.GetValue(b)!);
            AnsiConsole.MarkupLine($"Judgement #{j.Number}: {Markup.Escape(j.Shown)}: one {Json.Name(j.EntityKind)}, now [bold]{Markup.Escape(merged!.Name)}[/] ({merged.Id}).");
            return 0;
        }));
        return cmd;
    }

    private static Command Split()
    {
        var entity = new Argument<string>("entity") { Description = "A name or id of the entity" };
        var name = new Argument<string>("name") { Description = "One of its names that denotes something else" };
        var db = Options.Db();
        var cmd = new Command("split", "Judge one name of an entity to denote something else (stored, undoable)") { entity, name, db };
        cmd.SetAction(r => Cli.Run(() =>
        {
            using var store = Options.OpenExisting(r.GetValue(db)!);
            var (j, _) = Desk(store).Split(r.GetValue(entity)!, r.GetValue(name)!);
            AnsiConsole.MarkupLine($"Judgement #{j.Number}: {Markup.Escape(j.Shown)}; the name is no longer taken for it.");
            return 0;
        }));
        return cmd;
    }

    private static Command List()
    {
        var db = Options.Db();
        var format = Options.Format("table", "jsonl");
        var number = new Argument<long>("number") { Description = "The judgement to undo" };
        var undoDb = Options.Db();
        var undo = new Command("undo", "Undo a judgement (the undoing is itself recorded)") { number, undoDb };
        undo.SetAction(r => Cli.Run(() =>
        {
            using var store = Options.OpenExisting(r.GetValue(undoDb)!);
            var (j, _) = Desk(store).Undo(r.GetValue(number));
            AnsiConsole.MarkupLine($"Judgement #{j.Number}: {Markup.Escape(j.Shown)}.");
            return 0;
        }));
        var cmd = new Command("judgements", "List the merge and split judgements made on this store") { format, db, undo };
        cmd.SetAction(r => Cli.Run(() =>
        {
            using var store = Options.OpenExisting(r.GetValue(db)!);
            var all = store.Judgements();
            if (r.GetValue(format) == "jsonl")
            {
                foreach (var j in all) Console.WriteLine(Json.Serialize(new { j.Number, j.Kind, entity_kind = j.EntityKind, j.Shown, j.MadeAt, undone = JudgementDesk.IsUndone(all, j.Number) }));
                return 0;
            }
            if (all.Count == 0) { AnsiConsole.MarkupLine("[grey]No judgements yet: use merge or split.[/]"); return 0; }
            var table = new Table().Border(TableBorder.Rounded).AddColumn("#").AddColumn("Judgement").AddColumn("Made").AddColumn("In force");
            foreach (var j in all)
                table.AddRow(j.Number.ToString(CultureInfo.InvariantCulture), Markup.Escape($"{j.Kind.ToString().ToLowerInvariant()}: {j.Shown}"), Markup.Escape(j.MadeAt),
                    j.Kind == JudgementKind.Undo ? "" : JudgementDesk.IsUndone(all, j.Number) ? "[grey]undone[/]" : "[green]yes[/]");
            AnsiConsole.Write(table);
            return 0;
        }));
        return cmd;
    }

    private static JudgementDesk Desk(IStore store) => new(store, Corroborator.CreateDefault());
}
