using Corroborate.Domain;
using Corroborate.Pipeline;
using Corroborate.Storage;

namespace Corroborate.Cli;

/// <summary>Events to stdout as ACLED CSV or GeoJSON, with a note on stderr for what the format could not hold.</summary>
internal static class EventFormats
{
    public static void Write(IStore store, IEnumerable<EventRecord> events, string format)
    {
        using var w = new StreamWriter(Console.OpenStandardOutput());
        if (format == "acled-csv")
        {
            var documents = store.DocumentHeaders().ToDictionary(d => d.Id);
            var result = EventExports.WriteAcledCsv(w, events, documents);
            if (result.Undated > 0) Console.Error.WriteLine($"corroborate: {result.Undated} undated event(s) left out (ACLED rows need a date); --format jsonl has them");
            return;
        }
        var (collection, unplaced) = EventExports.GeoJson(events);
        w.WriteLine(collection.ToJsonString(Json.Options));
        if (unplaced > 0) Console.Error.WriteLine($"corroborate: {unplaced} event(s) without coordinates left out of the GeoJSON; --format jsonl has them");
    }
}
