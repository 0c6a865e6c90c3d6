using System.Text.Json.Nodes;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Cli;

/// <summary>`timeline` and the event export formats, run as a user runs them over one sample report.</summary>
public sealed class TimelineCommandTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _db;

    public TimelineCommandTests()
    {
        _db = _dir.File("t.db");
        Assert.Equal(0, CommandLineTests.Run("ingest", Path.Combine(Paths.Samples, "reports"), "--db", _db).Exit);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Timeline_ActorAndRange_JsonlEventsOfThatActorInsideTheRange()
    {
        var r = CommandLineTests.Run("timeline", "--actor", "Батальон «Северная свобода»", "--from", "2023-10-01", "--to", "2023-10-31", "--format", "jsonl", "--db", _db);
        Assert.Equal(0, r.Exit);
        var events = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.StartsWith("2023-10", (string?)e["date"]);
            Assert.Contains(e["actors"]!.AsArray(), a => (string?)a!["name"] == "Northern Freedom Battalion");
        });
    }

    [Fact]
    public void Timeline_UnknownActor_OneLineError()
    {
        var r = CommandLineTests.Run("timeline", "--actor", "Nobody Whatsoever", "--db", _db);
        Assert.Equal(1, r.Exit);
        Assert.Contains("--actor: no entity is named 'Nobody Whatsoever'", r.Err);
    }

    [Fact]
    public void Export_AcledCsv_HeaderRowThenOneRowPerDatedEvent()
    {
        var r = CommandLineTests.Run("export", "events", "--format", "acled-csv", "--db", _db);
        Assert.Equal(0, r.Exit);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,", lines[0]);
        Assert.Contains(lines, l => l.Contains(",2023-10-14,2023,1,Political violence,Battles,", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_GeoJsonOfEntities_OneLineError()
    {
        var r = CommandLineTests.Run("export", "entities", "--format", "geojson", "--db", _db);
        Assert.Equal(1, r.Exit);
        Assert.Contains("exports events only", r.Err);
    }
}
