using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Api;

/// <summary>What changes the store: judgements and uploads, each on a private copy of the sample store.</summary>
public sealed class WriteEndpointsTests(SampleStore samples) : IClassFixture<SampleStore>, IDisposable
{
    private readonly TempDir _dir = new();
    private ApiHost? _api;

    private ApiHost Api => _api ??= new ApiHost(samples.Copy(_dir));

    public void Dispose()
    {
        _api?.Dispose();
        _dir.Dispose();
    }

    private async Task<string> IdOf(string name) => (string)(await Api.Get("/api/search?q=" + Uri.EscapeDataString(name))).Body!["items"]![0]!["id"]!;

    [Theory]
    [InlineData(null, "send the token")]
    [InlineData("wrong-token", "not the one")]
    public async Task Merge_WithoutTheToken_Is401AndChangesNothing(string? token, string reason)
    {
        var (status, body) = await Api.Post("/api/judgements/merge", new { a = "Pavel Merkulov", b = "Kozinka" }, token);
        Assert.Equal(401, status);
        Assert.Contains(reason, (string?)body!["error"]);
        Assert.Empty((await Api.Get("/api/judgements")).Body!["items"]!.AsArray());
    }

    [Fact]
    public async Task Merge_TwoOrganizations_OneEntityThenUndoSeparatesThem()
    {
        var (_, orgs) = await Api.Get("/api/entities?kind=organization&limit=2");
        var a = (string)orgs!["items"]![0]!["name"]!;
        var b = (string)orgs["items"]![1]!["name"]!;
        var before = (int)(await Api.Get("/api/stats")).Body!["entities"]!;

        var (status, merged) = await Api.Post("/api/judgements/merge", new { a, b });
        Assert.Equal(200, status);
        var names = merged!["entity"]!["alias_details"]!.AsArray().Select(x => (string)x!["name"]!).ToList();
        Assert.Contains(a, names);
        Assert.Contains(b, names);
        Assert.Equal(before - 1, (int)(await Api.Get("/api/stats")).Body!["entities"]!);
        var page = (await Api.Get("/api/entities/" + (string)merged["entity"]!["id"]!)).Body!;
        Assert.Single(page["judgements"]!.AsArray());

        var number = (long)merged["judgement"]!["number"]!;
        var (undoStatus, _) = await Api.Post($"/api/judgements/{number}/undo", new { });
        Assert.Equal(200, undoStatus);
        Assert.Equal(before, (int)(await Api.Get("/api/stats")).Body!["entities"]!);
        var listed = (await Api.Get("/api/judgements")).Body!["items"]!.AsArray();
        Assert.True((bool)listed[0]!["undone"]!);
        var (again, body) = await Api.Post($"/api/judgements/{number}/undo", new { });
        Assert.Equal(409, again);
        Assert.Contains("already undone", (string?)body!["error"]);
    }

    [Fact]
    public async Task Merge_PersonWithPlace_Is409WithReason()
    {
        var (status, body) = await Api.Post("/api/judgements/merge", new { a = "Pavel Merkulov", b = "Kozinka" });
        Assert.Equal(409, status);
        Assert.Contains("cannot merge a person", (string?)body!["error"]);
    }

    [Fact]
    public async Task Merge_UnknownName_Is404()
    {
        var (status, body) = await Api.Post("/api/judgements/merge", new { a = "Pavel Merkulov", b = "Nobody Atall" });
        Assert.Equal(404, status);
        Assert.Contains("Nobody Atall", (string?)body!["error"]);
    }

    [Fact]
    public async Task Merge_MissingField_Is400()
    {
        var (status, body) = await Api.Post("/api/judgements/merge", new { a = "Pavel Merkulov" });
        Assert.Equal(400, status);
        Assert.StartsWith("b:", (string?)body!["error"]);
    }

    [Fact]
    public async Task Split_AnAlias_LeavesTheEntityWithoutThatName()
    {
        var id = await IdOf("Pavel Merkulov");
        var (status, body) = await Api.Post("/api/judgements/split", new { entity = id, name = "Granit" });
        Assert.Equal(200, status);
        var kept = body!["entity"]!["alias_details"]!.AsArray().Select(x => (string)x!["name"]!).ToList();
        Assert.Contains("Pavel Merkulov", kept);
        Assert.DoesNotContain("Granit", kept);
    }

    [Fact]
    public async Task Upload_NewReport_IsIngestedAndReuploadIsNoOp()
    {
        const string report = "Title: Night raid on Orlivka\nPublisher: The Upload Test Herald\nDate: 2023-12-02\n\n" +
                              "On 1 December 2023 the Northern Freedom Battalion raided the village of Kozinka, the regional governor said.\n";
        var first = await Upload(("orlivka.txt", report));
        Assert.Equal(200, first.Status);
        Assert.Equal(1, (int)first.Body!["added"]!);
        var (_, docs) = await Api.Get("/api/documents?q=Upload%20Test%20Herald");
        Assert.Equal(1, (int)docs!["total"]!);
        var again = await Upload(("orlivka-copy.txt", report));
        Assert.Equal(0, (int)again.Body!["added"]!);
        Assert.Equal(1, (int)again.Body!["already_present"]!);
    }

    [Fact]
    public async Task Upload_ReportWithMarkup_IsStoredAsTextAndServedAsJson()
    {
        const string hostile = "Title: <script>alert('x')</script>Raid report\nPublisher: <img src=x onerror=alert(1)>Herald\nDate: 2023-12-03\n\n" +
                               "The Northern Freedom Battalion said it raided Kozinka. <script>document.title='owned'</script> <b onmouseover=alert(2)>bold</b>\n";
        var (status, body) = await Upload(("hostile.txt", hostile));
        Assert.Equal(200, status);
        var id = (string)body!["documents"]![0]!["id"]!;
        using var client = Api.CreateClient();
        var r = await client.GetAsync("/api/documents/" + id);
        Assert.Equal("application/json", r.Content.Headers.ContentType!.MediaType);
        var doc = (await ApiHost.Body(r))!;
        Assert.Contains("<script>document.title='owned'</script>", (string?)doc["text"]);
    }

    [Fact]
    public async Task Upload_WithoutFiles_Is400AndBinaryFileIsSkippedWithReason()
    {
        using var client = Api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Corroborate-Token", ApiHost.Token);
        var empty = await client.PostAsync("/api/documents", new MultipartFormDataContent { { new StringContent("x"), "note" } });
        Assert.Equal(400, (int)empty.StatusCode);
        var (status, body) = await Upload(("image.txt", "\u0000\u0001\u0002PNG\u0000\u0000"));
        Assert.Equal(200, status);
        Assert.Equal(0, (int)body!["added"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["skipped"]![0]!["error"]));
    }

    [Fact]
    public async Task Upload_WithoutToken_Is401()
    {
        using var client = Api.CreateClient();
        var form = new MultipartFormDataContent { { new StringContent("Some report."), "files", "a.txt" } };
        var r = await client.PostAsync("/api/documents", form);
        Assert.Equal(401, (int)r.StatusCode);
    }

    private async Task<(int Status, JsonNode? Body)> Upload(params (string Name, string Text)[] files)
    {
        using var client = Api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Corroborate-Token", ApiHost.Token);
        var form = new MultipartFormDataContent();
        foreach (var (name, text) in files)
        {
            var part = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text));
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(part, "files", name);
        }
        var r = await client.PostAsync("/api/documents", form);
        return ((int)r.StatusCode, await ApiHost.Body(r));
    }
}
