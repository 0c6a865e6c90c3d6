using System.CommandLine;
using System.Globalization;
using Corroborate.Domain;
using Corroborate.Pipeline;

namespace Corroborate.Cli.Commands;

/// <summary>`timeline [--actor NAME] [--place NAME] [--from DATE] [--to DATE]`: events in time order, filtered.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var actor = new Option<string?>("--actor") { Description = "Only events this actor took part in (any name, any script, or an id)" };
        var place = new Option<string?>("--place") { Description = "Only events at this place (its name or region, or an id)" };
        var from = new Option<string?>("--from") { Description = "Only events whose date overlaps this day or later (YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "Only events whose date overlaps this day or earlier (YYYY-MM-DD)" };
        var kind = new Option<string?>("--kind") { Description = "Only events of this kind (raid, shelling, drone strike, arrest, …)" };
        var format = Options.Format("table", "jsonl", "acled-csv", "geojson");
        var db = Options.Db();
        var cmd = new Command("timeline", "Events in time order, with place, actors, casualties and sources; filter by actor, place, kind and dates")
            { actor, place, from, to, kind, format, db };
        cmd.SetAction(r => Cli.Run(() =>
        {
            using var store = Options.OpenExisting(r.GetValue(db)!);
            var views = new Views(store);
            string? actorId = null;
            if (r.GetValue(actor) is { } name)
                actorId = (views.Find(name).FirstOrDefault() ?? throw new CliException($"--actor: no entity is named '{name}'")).Id;
            string? placeKey = r.GetValue(place) is { } p ? views.Find(p).FirstOrDefault(e => e.Kind == MentionKind.Place)?.Id ?? p : null;
            var filter = new EventFilter(actorId, placeKey, null, r.GetValue(kind), Day(r.GetValue(from), "--from"), Day(r.GetValue(to), "--to"));
            if (filter.From > filter.To) throw new CliException("--from is after --to");
            var events = EventFilter.InTimeOrder(store.LoadReconciliation().Events.Where(filter.Matches)).ToList();
            switch (r.GetValue(format))
            {
                case "jsonl":
                    using (var w = new StreamWriter(Console.OpenStandardOutput()))
                        foreach (var e in events) w.WriteLine(ExportContract.ToNode(e).ToJsonString(Json.Options));
                    break;
                case "table":
                    views.Timeline(events);
                    break;
                default:
                    EventFormats.Write(store, events, r.GetValue(format)!);
                    break;
            }
            return 0;
        }));
        return cmd;
    }

    private static DateOnly? Day(string? s, string option) =>
        s is null ? null
        : DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new CliException($"{option}: '{s}' is not a date like 2023-10-14");
}
