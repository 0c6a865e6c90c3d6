using System.Globalization;
using CsvHelper;
using Corroborate.Domain;
using Corroborate.Pipeline;

namespace Corroborate.Tests.Pipeline;

/// <summary>Events as ACLED CSV and GeoJSON, and the filter the timeline, the exports and the API share.</summary>
public sealed class EventExportsTests
{
    private static readonly DocumentHeader Courier = new("doc_a", "Raid report", "The Border Courier", null, "en", DateValue.OfDay(2023, 10, 15), "a.txt", "text", 100);

    private static EventRecord Event(string id, string? date, string? precision, EventPlace? place, CasualtyRecord? killed = null, params EventActorRecord[] actors) =>
        new(id, "Battles", "Armed clash", "raid", date, precision, place, actors, killed, null,
            [new EventSource("doc_a", 0, 30, "The battalion raided the village.")], 1, []);

    private static readonly EventPlace Kozinka = new("Kozinka", "ent_k", "Belgorod Oblast", "RU", 50.4614, 35.6025, 580000, "settlement");
    private static readonly EventPlace Oblast = new("Belgorod Oblast", "ent_b", "Belgorod Oblast", "RU", 50.6107, 36.5803, 578071, "region");

    private static List<Dictionary<string, string>> Acled(params EventRecord[] events)
    {
        using var w = new StringWriter();
        EventExports.WriteAcledCsv(w, events, new Dictionary<string, DocumentHeader> { ["doc_a"] = Courier });
        using var csv = new CsvReader(new StringReader(w.ToString()), CultureInfo.InvariantCulture);
        return csv.GetRecords<dynamic>().Select(r => ((IDictionary<string, object>)r).ToDictionary(p => p.Key, p => (string)p.Value)).ToList();
    }

    [Fact]
    public void WriteAcledCsv_DayPreciseEventAtVillage_FillsAcledColumns()
    {
        var row = Acled(Event("evt_0123456789abcdef", "2023-10-14", "day", Kozinka, new CasualtyRecord(2, 5, "ent_g", "Belgorod administration"),
            new EventActorRecord("ent_n", "Northern Freedom Battalion", "actor1"), new EventActorRecord("ent_r", "Black Raven Company", "assoc_actor_1"))).Single();
        Assert.Equal(EventExports.AcledColumns, row.Keys);
        Assert.Equal("RUS0123456789", row["event_id_cnty"]);
        Assert.Equal("2023-10-14", row["event_date"]);
        Assert.Equal("1", row["time_precision"]);
        Assert.Equal("Political violence", row["disorder_type"]);
        Assert.Equal("Northern Freedom Battalion", row["actor1"]);
        Assert.Equal("Black Raven Company", row["assoc_actor_1"]);
        Assert.Equal("Russia", row["country"]);
        Assert.Equal("643", row["iso"]);
        Assert.Equal("Belgorod Oblast", row["admin1"]);
        Assert.Equal("Kozinka", row["location"]);
        Assert.Equal("50.4614", row["latitude"]);
        Assert.Equal("1", row["geo_precision"]);
        Assert.Equal("2", row["fatalities"]);
        Assert.Equal("The Border Courier", row["source"]);
        Assert.Contains("Belgorod administration", row["tags"]);
    }

    [Fact]
    public void WriteAcledCsv_ActorsWhoseNamesTellTheirType_GetInterCodesAndInteraction()
    {
        var row = Acled(Event("evt_2", "2023-10-14", "day", Kozinka, null,
            new EventActorRecord("ent_n", "Northern Freedom Battalion", "actor1"), new EventActorRecord("ent_f", "Border Guard Service of the FSB", "actor2"))).Single();
        Assert.Equal("3", row["inter1"]);
        Assert.Equal("1", row["inter2"]);
        Assert.Equal("13", row["interaction"]);
    }

    [Theory]
    [InlineData("Вооружённые силы Украины", "1")]
    [InlineData("Russian Liberation Army", "2")]
    [InlineData("Легион «Свобода России»", "2")]
    [InlineData("батальйон «Сумська варта»", "3")]
    [InlineData("Wagner Group", "8")]
    [InlineData("The Border Courier", null)]
    public void ActorTypes_Name_GivesAcledTypeOrNothing(string name, string? code) => Assert.Equal(code, ActorTypes.Of(name));

    [Fact]
    public void WriteAcledCsv_MonthAtRegionLevel_MidMonthPrecisionThreeAndRegionGeoPrecision()
    {
        var row = Acled(Event("evt_1", "2023-10", "month", Oblast)).Single();
        Assert.Equal("2023-10-16", row["event_date"]);
        Assert.Equal("3", row["time_precision"]);
        Assert.Equal("3", row["geo_precision"]);
        Assert.Equal("0", row["fatalities"]);
    }

    [Fact]
    public void WriteAcledCsv_UndatedOrYearlessEvent_LeftOutAndCounted()
    {
        using var w = new StringWriter();
        var result = EventExports.WriteAcledCsv(w, [Event("evt_1", null, null, Kozinka), Event("evt_2", "XXXX-10-14", "day", Kozinka), Event("evt_3", "2023-10-14", "day", null)], new Dictionary<string, DocumentHeader>());
        Assert.Equal(new EventExports.AcledResult(1, 2), result);
    }

    [Fact]
    public void GeoJson_PlacedAndUnplacedEvents_PointsInLonLatOrderOthersCounted()
    {
        var (collection, unplaced) = EventExports.GeoJson([Event("evt_1", "2023-10-14", "day", Kozinka), Event("evt_2", "2023-10-14", "day", null)]);
        Assert.Equal("FeatureCollection", (string?)collection["type"]);
        var feature = Assert.Single(collection["features"]!.AsArray())!;
        Assert.Equal([35.6025, 50.4614], feature["geometry"]!["coordinates"]!.AsArray().Select(c => (double)c!));
        Assert.Equal("raid", (string?)feature["properties"]!["kind"]);
        Assert.Equal(1, unplaced);
    }

    [Theory]
    [InlineData("2023-10", "2023-10-14", "2023-10-20", true)]   // a month overlaps a week inside it
    [InlineData("2023-10-14", "2023-10-15", null, false)]       // the day before the range
    [InlineData("2023-10-14", null, "2023-10-14", true)]
    [InlineData("2023-SU", "2023-08-31", null, true)]           // summer runs to the end of August
    [InlineData(null, "2000-01-01", null, false)]               // undated events are outside any range
    public void Matches_DateRange_KeepsOverlappingDates(string? date, string? from, string? to, bool kept)
    {
        var filter = new EventFilter(From: from is null ? null : DateOnly.Parse(from, CultureInfo.InvariantCulture), To: to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture));
        Assert.Equal(kept, filter.Matches(Event("evt_1", date, null, Kozinka)));
    }

    [Fact]
    public void Matches_ActorPlaceAndCoordinates_AllMustHold()
    {
        var e = Event("evt_1", "2023-10-14", "day", Kozinka, null, new EventActorRecord("ent_n", "Northern Freedom Battalion", "actor1"));
        Assert.True(new EventFilter(Actor: "ent_n", Place: "kozinka", HasCoordinates: true).Matches(e));
        Assert.True(new EventFilter(Place: "Belgorod Oblast").Matches(e));
        Assert.False(new EventFilter(Actor: "ent_other").Matches(e));
        Assert.False(new EventFilter(HasCoordinates: false).Matches(e));
        Assert.False(new EventFilter(Kind: "shelling").Matches(e));
    }

    [Fact]
    public void InTimeOrder_MixedPrecision_ByFirstDayUndatedLast()
    {
        var ordered = EventFilter.InTimeOrder([Event("evt_a", null, null, null), Event("evt_b", "2023-10-14", "day", null), Event("evt_c", "2023-10", "month", null), Event("evt_d", "2022", "year", null)]);
        Assert.Equal(["evt_d", "evt_c", "evt_b", "evt_a"], ordered.Select(e => e.Id));
    }
}
