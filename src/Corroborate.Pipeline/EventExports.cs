using System.Globalization;
using System.Text.Json.Nodes;
using CsvHelper;
using Corroborate.Domain;

namespace Corroborate.Pipeline;

/// <summary>
/// Events in the formats event researchers already load: ACLED's CSV columns and GeoJSON. Mapping choices follow
/// ACLED's codebook where our record knows the answer and leave the column empty where it does not (an actor whose
/// name does not tell its type has no inter code).
/// </summary>
public static class EventExports
{
    public static readonly string[] AcledColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>What an ACLED file cannot hold: events with no calendar date (ACLED requires one).</summary>
    public sealed record AcledResult(int Written, int Undated);

    /// <summary>
    /// One row per dated event. The event date is the middle of the date's range, with ACLED's time_precision
    /// (1 day, 2 week, 3 month or coarser); fatalities are the lowest figure claimed, as ACLED codes conservatively;
    /// source lists the publishers of the reports the event was read in.
    /// </summary>
    public static AcledResult WriteAcledCsv(TextWriter writer, IEnumerable<EventRecord> events, IReadOnlyDictionary<string, DocumentHeader> documents)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var c in AcledColumns) csv.WriteField(c);
        csv.NextRecord();
        int written = 0, undated = 0;
        foreach (var e in events)
        {
            if (!DateValue.TryParse(e.Date, out var date) || date.Range is not { } range) { undated++; continue; }
            var mid = range.First.AddDays((range.Last.DayNumber - range.First.DayNumber) / 2);
            string Actors(string role) => string.Join("; ", e.Actors.Where(a => a.Role == role).Select(a => a.Name).Distinct());
            string? Inter(string role) => e.Actors.Where(a => a.Role == role).Select(a => ActorTypes.Of(a.Name)).FirstOrDefault(c => c is not null);
            var (inter1, inter2) = (Inter("actor1"), Inter("actor2"));
            var row = new Dictionary<string, string?>
            {
                ["event_id_cnty"] = $"{Iso3(e.Place?.Country) ?? "XXX"}{e.Id.Replace("evt_", "", StringComparison.Ordinal)[..Math.Min(10, e.Id.Length - 4)].ToUpperInvariant()}",
                ["event_date"] = mid.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["year"] = mid.Year.ToString(CultureInfo.InvariantCulture),
                ["time_precision"] = date.Precision switch { DatePrecision.Day => "1", DatePrecision.Week => "2", _ => "3" },
                ["disorder_type"] = DisorderType(e.EventType),
                ["event_type"] = e.EventType,
                ["sub_event_type"] = e.SubEventType,
                ["actor1"] = Actors("actor1"),
                ["assoc_actor_1"] = Actors("assoc_actor_1"),
                ["inter1"] = inter1,
                ["actor2"] = Actors("actor2"),
                ["inter2"] = inter2,
                ["interaction"] = ActorTypes.Interaction(inter1, inter2),
                ["assoc_actor_2"] = Actors("assoc_actor_2"),
                ["iso"] = IsoNumeric(e.Place?.Country),
                ["region"] = e.Place?.Country is "UA" or "RU" or "BY" ? "Europe" : null,
                ["country"] = CountryName(e.Place?.Country),
                ["admin1"] = e.Place?.Admin1,
                ["location"] = e.Place?.Name,
                ["latitude"] = e.Place?.Lat?.ToString("0.####", CultureInfo.InvariantCulture),
                ["longitude"] = e.Place?.Lon?.ToString("0.####", CultureInfo.InvariantCulture),
                ["geo_precision"] = e.Place?.Lat is null ? null : e.Place.Precision switch { "settlement" => "1", "district" => "2", _ => "3" },
                ["source"] = string.Join("; ", e.Sources.Select(s => documents.TryGetValue(s.Document, out var d) ? d.Publisher ?? d.Title : null).OfType<string>().Distinct()),
                ["notes"] = e.Sources.Count > 0 ? e.Sources[0].Quote : null,
                ["fatalities"] = (e.Fatalities?.Min ?? 0).ToString(CultureInfo.InvariantCulture),
                ["tags"] = e.Fatalities is { } f && f.ClaimedByName is { } by ? $"fatalities claimed by {by}" : null,
            };
            foreach (var c in AcledColumns) csv.WriteField(row.GetValueOrDefault(c) ?? "");
            csv.NextRecord();
            written++;
        }
        return new AcledResult(written, undated);
    }

    /// <summary>A FeatureCollection of the events that have coordinates (a Point each); the others cannot be placed.</summary>
    public static (JsonObject Collection, int Unplaced) GeoJson(IEnumerable<EventRecord> events)
    {
        var features = new JsonArray();
        var unplaced = 0;
        foreach (var e in events)
        {
            if (e.Place is not { Lat: { } lat, Lon: { } lon }) { unplaced++; continue; }
            var properties = ExportContract.ToNode(e);
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = e.Id,
                ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(Math.Round(lon, 5), Math.Round(lat, 5)) },
                ["properties"] = properties,
            });
        }
        return (new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }, unplaced);
    }

    private static string DisorderType(string eventType) => eventType switch
    {
        "Battles" or "Explosions/Remote violence" or "Violence against civilians" => "Political violence",
        "Protests" or "Riots" => "Demonstrations",
        _ => "Strategic developments",
    };

    private static string? Iso3(string? country) => country switch { "UA" => "UKR", "RU" => "RUS", "BY" => "BLR", null => null, _ => country };

    private static string? IsoNumeric(string? country) => country switch { "UA" => "804", "RU" => "643", "BY" => "112", _ => null };

    private static string? CountryName(string? country) => country switch { "UA" => "Ukraine", "RU" => "Russia", "BY" => "Belarus", _ => country };
}
