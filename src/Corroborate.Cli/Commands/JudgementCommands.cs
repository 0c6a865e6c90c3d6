using System.CommandLine;
using System.Globalization;
using Corroborate.Domain;
using Corroborate.Pipeline;
using Corroborate.Resolution;
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
            var views = new Views(store);
            var ea = Find(views, r.GetValue(a)!);
            var eb = Find(views, r.GetValue(b)!);
            if (ea.Id == eb.Id) throw new CliException($"'{r.GetValue(a)}' and '{r.GetValue(b)}' are already one entity ({ea.Name})");
            if (ea.Kind != eb.Kind) throw new CliException($"cannot merge a {Kind(ea)} ({ea.Name}) with a {Kind(eb)} ({eb.Name})");
            var j = store.AddJudgement(new Judgement(0, JudgementKind.Merge, ea.Kind, Key(ea, ea.Aliases[0].Name), Key(eb, eb.Aliases[0].Name),
                $"{ea.Name} = {eb.Name}", Now()));
            var merged = Rebuild(store).Entities.First(e => e.Aliases.Any(x => x.Name == ea.Aliases[0].Name));
            AnsiConsole.MarkupLine($"Judgement #{j.Number}: [bold]{Markup.Escape(ea.Name)}[/] and [bold]{Markup.Escape(eb.Name)}[/] are one {Kind(ea)}, now {Markup.Escape(merged.Name)} ({merged.Id}).");
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
            var e = Find(new Views(store), r.GetValue(entity)!);
            var wanted = Reference.NameKey.Skeleton(r.GetValue(name)!);
            var alias = e.Aliases.FirstOrDefault(x => Reference.NameKey.Skeleton(x.Name) == wanted)
                        ?? throw new CliException($"'{r.GetValue(name)}' is not a name of {e.Name}; its names are: {string.Join(", ", e.Aliases.Select(x => x.Name))}");
            if (e.Aliases.Count < 2) throw new CliException($"{e.Name} has only one name; there is nothing to split");
            var j = store.AddJudgement(new Judgement(0, JudgementKind.Split, e.Kind, Key(e, e.Aliases.First(x => x != alias).Name), Key(e, alias.Name),
                $"{alias.Name} is not {e.Name}", Now()));
            Rebuild(store);
            AnsiConsole.MarkupLine($"Judgement #{j.Number}: [bold]{Markup.Escape(alias.Name)}[/] is no longer taken for {Markup.Escape(e.Name)}.");
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
            var all = store.Judgements();
            var n = r.GetValue(number);
            var target = all.FirstOrDefault(j => j.Number == n) ?? throw new CliException($"there is no judgement #{n}");
            if (target.Kind == JudgementKind.Undo) throw new CliException($"judgement #{n} is an undo; make the judgement again instead");
            if (all.Any(j => j.Kind == JudgementKind.Undo && j.A == Number(n))) throw new CliException($"judgement #{n} is already undone");
            var j = store.AddJudgement(new Judgement(0, JudgementKind.Undo, target.EntityKind, Number(n), "", $"undo #{n}: {target.Shown}", Now()));
            Rebuild(store);
            AnsiConsole.MarkupLine($"Judgement #{j.Number}: undid #{n} ({Markup.Escape(target.Shown)}).");
            return 0;
        }));
        var cmd = new Command("judgements", "List the merge and split judgements made on this store") { format, db, undo };
        cmd.SetAction(r => Cli.Run(() =>
        {
            using var store = Options.OpenExisting(r.GetValue(db)!);
            var all = store.Judgements();
            var undone = all.Where(j => j.Kind == JudgementKind.Undo).Select(j => j.A).ToHashSet();
            if (r.GetValue(format) == "jsonl")
            {
                foreach (var j in all) Console.WriteLine(Json.Serialize(new { j.Number, j.Kind, entity_kind = j.EntityKind, j.Shown, j.MadeAt, undone = undone.Contains(Number(j.Number)) }));
                return 0;
            }
            if (all.Count == 0) { AnsiConsole.MarkupLine("[grey]No judgements yet: use merge or split.[/]"); return 0; }
            var table = new Table().Border(TableBorder.Rounded).AddColumn("#").AddColumn("Judgement").AddColumn("Made").AddColumn("In force");
            foreach (var j in all)
                table.AddRow(j.Number.ToString(CultureInfo.InvariantCulture), Markup.Escape($"{j.Kind.ToString().ToLowerInvariant()}: {j.Shown}"), Markup.Escape(j.MadeAt),
                    j.Kind == JudgementKind.Undo ? "" : undone.Contains(Number(j.Number)) ? "[grey]undone[/]" : "[green]yes[/]");
            AnsiConsole.Write(table);
            return 0;
        }));
        return cmd;
    }

    private static Entity Find(Views views, string query) =>
        views.Find(query).FirstOrDefault() ?? throw new CliException($"no entity is named '{query}'");

    private static string Key(Entity e, string name) => Resolver.NameKeyOf(e.Kind, name);

    private static string Kind(Entity e) => e.Kind.ToString().ToLowerInvariant();

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static ResolutionResult Rebuild(IStore store) => Corroborator.CreateDefault().Rebuild(store).Resolution;
}
