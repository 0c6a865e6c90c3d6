using System.Text.Json.Nodes;
using Corroborate.Domain;
using Corroborate.Storage;

namespace Corroborate.Tests.Api;

/// <summary>The read side of the API over the sample corpus: what each endpoint returns, filters and refuses.</summary>
public sealed class ReadEndpointsTests(SampleStore samples) : IClassFixture<SampleStore>, IDisposable
{
    private readonly ApiHost _api = new(samples.Db);

    public void Dispose() => _api.Dispose();

    private static string Q(string s) => Uri.EscapeDataString(s);

    [Fact]
    public async Task Stats_SampleStore_CountsEqualTheStore()
    {
        var (status, body) = await _api.Get("/api/stats");
        Assert.Equal(200, status);
        using var store = SqliteStore.Open(samples.Db, create: false);
        var record = store.LoadReconciliation();
        Assert.Equal(store.DocumentCount(), (int)body!["documents"]!);
        Assert.Equal(store.LoadResolution().Entities.Count, (int)body["entities"]!);
        Assert.Equal(record.Events.Count, (int)body["events"]!);
        Assert.Equal(record.Disagreements.Count, (int)body["disagreements"]!);
    }

    [Theory]
    [InlineData("Меркулов")]
    [InlineData("Merkulov")]
    [InlineData("merk")]
    [InlineData("Павло Меркулов")]
    [InlineData("Меркулова")]
    public async Task Search_NameInAnyScript_FindsThePersonFirst(string query)
    {
        var (status, body) = await _api.Get("/api/search?q=" + Q(query));
        Assert.Equal(200, status);
        Assert.Equal("Pavel Merkulov", (string?)body!["items"]![0]!["name"]);
    }

    [Fact]
    public async Task Search_WithoutQuery_Is400WithReason()
    {
        var (status, body) = await _api.Get("/api/search");
        Assert.Equal(400, status);
        Assert.StartsWith("q:", (string?)body!["error"]);
    }

    [Fact]
    public async Task Entities_KindFilterAndPaging_OnlyThatKindAndTheAskedWindow()
    {
        var (_, all) = await _api.Get("/api/entities?kind=organization&limit=500");
        var total = (int)all!["total"]!;
        Assert.True(total >= 3);
        Assert.All(all["items"]!.AsArray(), e => Assert.Equal("organization", (string?)e!["kind"]));
        var (_, page) = await _api.Get("/api/entities?kind=organization&offset=1&limit=2");
        Assert.Equal(total, (int)page!["total"]!);
        Assert.Equal([all["items"]![1]!["id"]!.ToString(), all["items"]![2]!["id"]!.ToString()], page["items"]!.AsArray().Select(e => e!["id"]!.ToString()));
    }

    [Theory]
    [InlineData("/api/entities?kind=army", "kind:")]
    [InlineData("/api/entities?limit=0", "limit:")]
    [InlineData("/api/entities?offset=-1", "offset:")]
    [InlineData("/api/events?from=yesterday", "from:")]
    [InlineData("/api/events?from=2023-12-01&to=2023-01-01", "from:")]
    [InlineData("/api/events/histogram?bucket=decade", "bucket:")]
    [InlineData("/api/facts?status=true", "status:")]
    public async Task List_BadQueryParameter_Is400NamingIt(string url, string prefix)
    {
        var (status, body) = await _api.Get(url);
        Assert.Equal(400, status);
        Assert.StartsWith(prefix, (string?)body!["error"]);
    }

    [Theory]
    [InlineData("/api/entities/ent_nope")]
    [InlineData("/api/events/evt_nope")]
    [InlineData("/api/documents/doc_nope")]
    [InlineData("/api/no-such-thing")]
    public async Task Get_Unknown_Is404Json(string url)
    {
        var (status, body) = await _api.Get(url);
        Assert.Equal(404, status);
        Assert.Equal(404, (int)body!["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["error"]));
    }

    [Fact]
    public async Task Post_OnReadOnlyRoute_Is405Json()
    {
        var (status, body) = await _api.Post("/api/stats", new { });
        Assert.Equal(405, status);
        Assert.Contains("POST", (string?)body!["error"]);
    }

    [Fact]
    public async Task EntityPage_Person_CarriesNamesInBothScriptsFactsAndSourcedStatements()
    {
        var (_, found) = await _api.Get("/api/search?q=Merkulov");
        var id = (string)found!["items"]![0]!["id"]!;
        var (status, page) = await _api.Get("/api/entities/" + id);
        Assert.Equal(200, status);
        var names = page!["entity"]!["alias_details"]!.AsArray().Select(a => (string)a!["script"]!).ToHashSet();
        Assert.Contains("Latn", names);
        Assert.Contains("Cyrl", names);
        Assert.NotEmpty(page["facts"]!.AsArray());
        var statement = page["statements"]!.AsArray().First()!;
        Assert.Equal(id, (string?)statement["subject"]);
        Assert.False(string.IsNullOrEmpty((string?)statement["publisher"]));
        Assert.All(page["events"]!.AsArray(), e =>
            Assert.True(e!["actors"]!.AsArray().Any(a => (string?)a!["entity"] == id) || (string?)e["place"]?["entity"] == id));
    }

    [Fact]
    public async Task Events_DateRange_KeepsOnlyEventsOverlappingIt()
    {
        var (_, page) = await _api.Get("/api/events?from=2023-10-01&to=2023-10-31&limit=5000");
        var dates = page!["items"]!.AsArray().Select(e => DateValue.TryParse((string?)e!["date"], out var d) ? d.Range : null).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, r => Assert.True(r is { } g && g.Last >= new DateOnly(2023, 10, 1) && g.First <= new DateOnly(2023, 10, 31)));
    }

    [Fact]
    public async Task Events_Order_DatedByFirstDayThenUndated()
    {
        var (_, page) = await _api.Get("/api/events?limit=5000");
        var firsts = page!["items"]!.AsArray().Select(e => DateValue.TryParse((string?)e!["date"], out var d) ? d.Range?.First : null).ToList();
        var dated = firsts.TakeWhile(f => f is not null).ToList();
        Assert.Equal(dated.Order().ToList(), dated);
        Assert.All(firsts.Skip(dated.Count), f => Assert.Null(f));
    }

    [Fact]
    public async Task Events_ActorFilter_EveryEventHasThatActor()
    {
        var (_, all) = await _api.Get("/api/events?limit=5000");
        var id = (string)all!["items"]!.AsArray().SelectMany(e => e!["actors"]!.AsArray()).First()!["entity"]!;
        var (_, page) = await _api.Get("/api/events?actor=" + id);
        Assert.InRange(page!["items"]!.AsArray().Count, 1, (int)all["total"]! - 1);
        Assert.All(page["items"]!.AsArray(), e => Assert.Contains(e!["actors"]!.AsArray(), a => (string?)a!["entity"] == id));
    }

    [Fact]
    public async Task Histogram_Counts_AddUpToTheDatedEvents()
    {
        var (_, events) = await _api.Get("/api/events?limit=5000");
        var dated = events!["items"]!.AsArray().Count(e => DateValue.TryParse((string?)e!["date"], out var d) && d.Range is not null);
        foreach (var bucket in new[] { "day", "week", "month", "year" })
        {
            var (_, h) = await _api.Get("/api/events/histogram?bucket=" + bucket);
            Assert.Equal(dated, h!["items"]!.AsArray().Sum(i => (int)i!["count"]!));
        }
        var (_, facets) = await _api.Get("/api/events/facets");
        Assert.Equal((int)events["total"]!, facets!["kinds"]!.AsArray().Sum(k => (int)k!["count"]!));
    }

    [Fact]
    public async Task EventDetail_Sources_QuoteTheDocumentAtTheirSpan()
    {
        var (_, events) = await _api.Get("/api/events?limit=1");
        var id = (string)events!["items"]![0]!["id"]!;
        var (status, detail) = await _api.Get("/api/events/" + id);
        Assert.Equal(200, status);
        foreach (var source in detail!["sources"]!.AsArray())
        {
            var (_, doc) = await _api.Get("/api/documents/" + (string)source!["document"]!);
            var text = (string)doc!["text"]!;
            Assert.Equal((string?)source["quote"], text[(int)source["start"]!..(int)source["end"]!]);
            Assert.Equal((string?)doc["publisher"], (string?)source["publisher"]);
        }
    }

    [Fact]
    public async Task Document_Statements_SpansSelectTheirQuotes()
    {
        var (_, docs) = await _api.Get("/api/documents?limit=500");
        var checkedAny = false;
        foreach (var d in docs!["items"]!.AsArray())
        {
            var (_, doc) = await _api.Get("/api/documents/" + (string)d!["id"]!);
            var text = (string)doc!["text"]!;
            Assert.Equal((int)d["length"]!, text.Length);
            foreach (var s in doc["statements"]!.AsArray())
            {
                Assert.Equal((string?)s!["quote"], text[(int)s["start"]!..(int)s["end"]!]);
                checkedAny = true;
            }
        }
        Assert.True(checkedAny);
    }

    [Fact]
    public async Task Documents_TextFilter_MatchesPublisher()
    {
        var (_, all) = await _api.Get("/api/documents?limit=500");
        var publisher = (string)all!["items"]!.AsArray().First(d => d!["publisher"] is not null)!["publisher"]!;
        var (_, page) = await _api.Get("/api/documents?q=" + Q(publisher.ToUpperInvariant()));
        Assert.NotEmpty(page!["items"]!.AsArray());
        Assert.All(page["items"]!.AsArray(), d => Assert.Contains(publisher, (string?)d!["publisher"] + (string?)d["title"] + (string?)d["source_path"], StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Disagreements_KindFilter_CountsAllKindsAndSpellsOutStatements()
    {
        var (_, all) = await _api.Get("/api/disagreements?limit=500");
        var counts = all!["counts"]!.AsObject();
        Assert.Equal((int)all["total"]!, counts.Sum(c => (int)c.Value!));
        var kind = (string)all["items"]![0]!["kind"]!;
        var (_, some) = await _api.Get("/api/disagreements?kind=" + kind);
        Assert.Equal((int)counts[kind]!, (int)some!["total"]!);
        foreach (var d in some["items"]!.AsArray())
        {
            Assert.Equal(kind, (string?)d!["kind"]);
            // A board spells out the first five statements of each side; the rest are there by id.
            foreach (var id in d["values"]!.AsArray().SelectMany(v => v!["statements"]!.AsArray().Take(5)))
                Assert.NotNull(d["statement_details"]![(string)id!]?["quote"]);
        }
    }

    /// <summary>
    /// The API's items are the export's records: same fields with the same values (the API may add fields). A long
    /// array in a list is the export's array cut short, followed by its full length as "{field}_total".
    /// </summary>
    [Theory]
    [InlineData("entities")]
    [InlineData("events")]
    [InlineData("statements")]
    [InlineData("facts")]
    [InlineData("disagreements")]
    public async Task ListItems_EqualTheJsonlExportRecords(string kind)
    {
        using var store = SqliteStore.Open(samples.Db, create: false);
        var exported = Corroborate.Cli.Exports.Records(store, kind).ToDictionary(Key);
        var (_, page) = await _api.Get($"/api/{kind}?limit=500");
        var items = page!["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.Equal(exported.Count, items.Count);
        foreach (var item in items) AssertListed(exported[Key(item)], item, $"{kind} {Key(item)}");

        static string Key(JsonObject o) => o["id"]?.ToString() ?? $"{o["subject"]}|{o["property"]}|{o["value"] ?? o["kind"]}";
    }

    /// <summary>Every field of the record is in the listed item with its value, or, at any depth, cut short with "{field}_total".</summary>
    private static void AssertListed(JsonObject record, JsonObject item, string where)
    {
        foreach (var (field, value) in record)
        {
            if (value is JsonArray full && item[field] is JsonArray cut)
            {
                if (item[field + "_total"] is { } total)
                {
                    Assert.Equal(full.Count, (int)total);
                    Assert.True(cut.Count < full.Count, $"{where}: {field} is cut short but no shorter");
                }
                else Assert.Equal(full.Count, cut.Count);
                for (var i = 0; i < cut.Count; i++)
                    if (full[i] is JsonObject fo && cut[i] is JsonObject co) AssertListed(fo, co, $"{where}.{field}[{i}]");
                    else Assert.True(JsonNode.DeepEquals(full[i], cut[i]), $"{where}: {field}[{i}] is not the export's");
                continue;
            }
            Assert.True(JsonNode.DeepEquals(value, item[field]), $"{where}: field {field} differs");
        }
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheEndpoints()
    {
        var (status, doc) = await _api.Get("/openapi/v1.json");
        Assert.Equal(200, status);
        var paths = doc!["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var p in new[] { "/api/entities/{id}", "/api/events", "/api/events/histogram", "/api/disagreements", "/api/documents", "/api/judgements/merge" })
            Assert.Contains(p, paths);
    }

    [Fact]
    public async Task AnyResponse_CarriesTheContentSecurityPolicy()
    {
        using var client = _api.CreateClient();
        var r = await client.GetAsync("/api/stats");
        var csp = string.Join(";", r.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
