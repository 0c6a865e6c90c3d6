using Corroborate.Domain;
using Corroborate.Reference;
using Corroborate.Pipeline;
using Corroborate.Reconciliation;
using Corroborate.Storage;
using Spectre.Console;

namespace Corroborate.Cli;

/// <summary>Terminal views of the record: actors, timeline, facts, disagreements, one entity's page.</summary>
internal sealed class Views(IStore store)
{
    private readonly ResolutionResult _resolution = store.LoadResolution();
    private readonly ReconciliationResult _record = store.LoadReconciliation();
    private readonly Dictionary<string, Document> _documents = store.Documents().ToDictionary(d => d.Id);

    private static string E(string? s) => Markup.Escape(s ?? "");

    public string SourceName(string documentId) =>
        _documents.TryGetValue(documentId, out var d) ? $"{d.Publisher ?? Path.GetFileName(d.SourcePath)}{(d.Published is { } p ? ", " + p : "")}" : documentId;

    public void Actors(int top = 12)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Actors and all their names[/]")
            .AddColumn("Actor").AddColumn("Kind").AddColumn("Other names").AddColumn(new TableColumn("Docs").RightAligned());
        foreach (var e in _resolution.Entities.Where(e => e.Kind != MentionKind.Place).OrderByDescending(e => e.Documents).ThenByDescending(e => e.Mentions).Take(top))
            table.AddRow(E(e.Name), e.Kind.ToString().ToLowerInvariant(), E(string.Join(", ", e.Aliases.Select(a => a.Name).Where(n => n != e.Name).Take(8))), e.Documents.ToString());
        AnsiConsole.Write(table);
    }

    public void Timeline(string? entity = null) =>
        Timeline(Pipeline.EventFilter.InTimeOrder(_record.Events.Where(e => entity is null || e.Actors.Any(a => a.Entity == entity))));

    public void Timeline(IEnumerable<EventRecord> events)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Timeline of events[/]")
            .AddColumn("Date").AddColumn("Event").AddColumn("Where").AddColumn("Who").AddColumn("Killed").AddColumn(new TableColumn("Sources").RightAligned()).AddColumn(new TableColumn("Origins").RightAligned());
        foreach (var ev in events)
        {
            var killed = ev.Fatalities is { } f ? (f.Min == f.Max ? $"{f.Min}" : $"{f.Min}-{f.Max}") + (f.ClaimedByName is { } c ? $" (per {c})" : "") : "";
            table.AddRow(E(ev.Date ?? "?"), E($"{ev.Kind} [{ev.SubEventType}]"), E(ev.Place is { } p ? $"{p.Name}{(p.Precision is { } pr ? $" ({pr})" : "")}" : ""),
                E(string.Join(", ", ev.Actors.Select(a => a.Name).Take(3))), E(killed), ev.Sources.Count.ToString(), ev.IndependentOrigins.ToString());
        }
        AnsiConsole.Write(table);
    }

    public void Facts(string? subject = null, int top = 25)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Facts[/]")
            .AddColumn("Subject").AddColumn("Property").AddColumn("Value").AddColumn("Status").AddColumn(new TableColumn("Independent origins").RightAligned());
        var facts = _record.Facts.Where(f => subject is null || f.Subject == subject)
            .OrderByDescending(f => f.IndependentOrigins).ThenBy(f => f.SubjectName, StringComparer.Ordinal).ThenBy(f => f.Property, StringComparer.Ordinal);
        foreach (var f in facts.Take(subject is null ? top : int.MaxValue))
            table.AddRow(E(f.SubjectName), E(f.Property), E(Clip(f.Value)), Status(f.Status), f.IndependentOrigins.ToString());
        AnsiConsole.Write(table);
    }

    private static string Status(FactStatus s) => s switch
    {
        FactStatus.Corroborated => "[green]corroborated[/]",
        FactStatus.Contested => "[red]contested[/]",
        FactStatus.Denied => "[red]denied[/]",
        _ => "[grey]single-source[/]",
    };

    public void Disagreements(string? subject = null)
    {
        var list = _record.Disagreements.Where(d => subject is null || d.Subject == subject).ToList();
        if (list.Count == 0) { AnsiConsole.MarkupLine("[grey]No disagreements.[/]"); return; }
        var statements = _record.Statements.ToDictionary(s => s.Id);
        var tree = new Tree("[bold]Disagreements[/]");
        foreach (var d in list)
        {
            var node = tree.AddNode($"[bold]{E(d.SubjectName)}[/] · {E(d.Property)} · [yellow]{E(Json.Name(d.Kind))}[/] [grey]({E(d.Reason)})[/]");
            foreach (var v in d.Values)
            {
                var valueNode = node.AddNode($"[bold]{E(v.Value)}[/]{(v.ValidAt.FirstOrDefault(t => t is not null) is { } t ? $" [grey](as of {E(t)})[/]" : "")}");
                foreach (var id in v.Statements.Take(4))
                    if (statements.TryGetValue(id, out var s))
                        valueNode.AddNode($"{E(SourceName(s.Document))} · {E(s.Stance.ToString().ToLowerInvariant())} · origin {E(s.OriginName)}: [italic]\"{E(Clip(s.Quote, 140))}\"[/]");
            }
        }
        AnsiConsole.Write(tree);
    }

    /// <summary>An entity's page: names by script and language, place, facts with sources, disagreements, events, merges.</summary>
    public void Entity(Entity e)
    {
        AnsiConsole.Write(new Rule($"[bold]{E(e.Name)}[/] [grey]({e.Kind.ToString().ToLowerInvariant()}, {E(e.Id)})[/]").LeftJustified());
        var names = new Table().Border(TableBorder.Simple).AddColumn("Name").AddColumn("Script").AddColumn("Language")
            .AddColumn(new TableColumn("Mentions").RightAligned()).AddColumn(new TableColumn("Documents").RightAligned()).AddColumn("First seen").AddColumn("Last seen");
        foreach (var a in e.Aliases) names.AddRow(E(a.Name), a.Script, a.Language, a.Mentions.ToString(), a.Documents.ToString(), E(a.FirstSeen ?? ""), E(a.LastSeen ?? ""));
        AnsiConsole.Write(names);
        if (e.Aliases.FirstOrDefault(a => a.Script == "Cyrl") is { } cyrillic)
            AnsiConsole.MarkupLine($"[grey]Romanized ({E(cyrillic.Name)}):[/] {E(string.Join(" · ", Transliteration.Shared.Variants(cyrillic.Name, cyrillic.Language)))}");
        if (e.Place is { } p)
            AnsiConsole.MarkupLine($"GeoNames {p.GeonamesId} · {p.Lat:0.####}, {p.Lon:0.####} · {E(p.Admin1)} · {p.Country} · {p.Precision}");
        var statements = _record.Statements.ToDictionary(s => s.Id);
        var facts = _record.Facts.Where(f => f.Subject == e.Id).ToList();
        if (facts.Count > 0)
        {
            var tree = new Tree("[bold]Facts[/]");
            foreach (var f in facts.OrderBy(f => f.Property, StringComparer.Ordinal))
            {
                var node = tree.AddNode($"{E(f.Property)}: [bold]{E(f.Value)}[/] · {Status(f.Status)} · {f.IndependentOrigins} independent origin(s)");
                foreach (var id in f.Statements)
                    if (statements.TryGetValue(id, out var s))
                        node.AddNode($"{E(SourceName(s.Document))} · {E(s.Stance.ToString().ToLowerInvariant())}{(s.SpeakerName is { } sp ? " by " + E(sp) : "")} · origin {E(s.OriginName)}: [italic]\"{E(Clip(s.Quote, 160))}\"[/]");
            }
            AnsiConsole.Write(tree);
        }
        Disagreements(e.Id);
        if (_record.Events.Any(ev => ev.Actors.Any(a => a.Entity == e.Id))) Timeline(e.Id);
        if (e.Explanations.Count > 0)
        {
            AnsiConsole.MarkupLine("[bold]Why these names are one " + e.Kind.ToString().ToLowerInvariant() + ":[/]");
            foreach (var x in e.Explanations.Take(20)) AnsiConsole.MarkupLine("  · " + E(x));
        }
    }

    /// <summary>The entity page as JSON lines: the entity, then its facts, statements, disagreements and events.</summary>
    public void EntityJson(Entity e)
    {
        Console.WriteLine(ExportContract.Entity(e).ToJsonString(Json.Options));
        foreach (var f in _record.Facts.Where(f => f.Subject == e.Id)) Console.WriteLine(Json.Serialize(new { type = "fact", fact = f }));
        foreach (var s in _record.Statements.Where(s => s.Subject == e.Id || s.Speaker == e.Id)) Console.WriteLine(Json.Serialize(new { type = "statement", statement = s }));
        foreach (var d in _record.Disagreements.Where(d => d.Subject == e.Id)) Console.WriteLine(Json.Serialize(new { type = "disagreement", disagreement = d }));
        foreach (var ev in _record.Events.Where(ev => ev.Actors.Any(a => a.Entity == e.Id) || ev.Place?.Entity == e.Id)) Console.WriteLine(Json.Serialize(new { type = "event", @event = ev }));
    }

    public (string Subject, IReadOnlyList<PropertyExplanation> Properties)? Explain(string query, string? property) =>
        FactExplainer.Explain(_resolution, _record, query, property);

    /// <summary>Why a subject's facts are what they are: per property, each value's origins and statements, then how values compare.</summary>
    public void Explanation(string subject, IReadOnlyList<PropertyExplanation> properties)
    {
        AnsiConsole.Write(new Rule($"[bold]{E(subject)}[/]: why its facts are what they are").LeftJustified());
        foreach (var p in properties)
        {
            var tree = new Tree($"[bold]{E(p.Property)}[/]");
            foreach (var v in p.Values)
            {
                var spellings = v.Spellings.Count > 1 ? $" [grey](one value spelled {E(string.Join(", ", v.Spellings))})[/]" : "";
                var valueNode = tree.AddNode($"[bold]{E(v.Value)}[/]{spellings} · {Status(v.Status)} · {v.IndependentOrigins} independent origin(s): {E(v.Why)}");
                foreach (var o in v.Origins)
                {
                    var originNode = valueNode.AddNode($"origin [bold]{E(o.OriginName)}[/] [grey]({E(o.Independence)})[/]");
                    foreach (var s in o.Statements)
                    {
                        var node = originNode.AddNode($"{E(s.Id)} · {E(SourceName(s.Document))} · {E(Json.Name(s.Stance))}{(s.SpeakerName is { } sp ? " by " + E(sp) : "")}"
                            + $"{(s.ValidAt is { } t ? $" · as of {E(t)}" : "")}: [italic]\"{E(Clip(s.Quote, 160))}\"[/]");
                        if (s.OriginChain is { Count: > 0 } chain) node.AddNode("[grey]" + E(string.Join(" → ", chain)) + "[/]");
                    }
                }
            }
            if (p.Comparisons.Count > 0)
            {
                var compared = tree.AddNode("[bold]how the values compare[/]");
                foreach (var c in p.Comparisons)
                    compared.AddNode($"'{E(c.A)}' and '{E(c.B)}': {(c.Kind is { } k ? $"[yellow]{E(Json.Name(k))}[/]" : "[green]no disagreement[/]")} [grey]({E(c.Why)})[/]");
            }
            AnsiConsole.Write(tree);
        }
    }

    /// <summary>Entities whose id or any name matches, across scripts and inflections; the best match first.</summary>
    public IReadOnlyList<Entity> Find(string query) => EntityLookup.Find(_resolution.Entities, query);

    public static string Clip(string s, int max = 70) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
