using Microsoft.Playwright;

namespace Corroborate.Tests.Web;

/// <summary>Each page of the web app over the sample corpus, clicked through as a user would, with a screenshot of each.</summary>
[Collection("browser")]
public sealed class WebAppTests(LiveServer server) : IClassFixture<LiveServer>
{
    private static readonly LocatorWaitForOptions Visible = new() { State = WaitForSelectorState.Visible, Timeout = 15_000 };

    [BrowserFact]
    public async Task Timeline_ClickEventThenSource_OpensTheDocumentWithTheSentenceHighlighted()
    {
        var page = await server.Open("#/timeline");
        await page.GetByTestId("timeline").WaitForAsync(Visible);
        await page.GetByTestId("event-row").First.WaitForAsync(Visible);
        Assert.True(await page.GetByTestId("timeline-event").CountAsync() > 0);
        await server.Shot(page, "timeline");

        await page.GetByTestId("event-row").First.ClickAsync();
        await page.GetByTestId("event-detail").WaitForAsync(Visible);
        var eventId = page.Url.Split("#/event/")[1];
        var sources = (await server.Api("/api/events/" + eventId))["sources"]!.AsArray();
        await server.Shot(page, "event");

        await page.GetByTestId("source-link").First.ClickAsync();
        await page.GetByTestId("document-view").WaitForAsync(Visible);
        var highlight = page.GetByTestId("highlight");
        await highlight.WaitForAsync(Visible);
        Assert.Equal((string?)sources[0]!["quote"], await highlight.TextContentAsync());
        Assert.True(await highlight.IsVisibleAsync());
        await server.Shot(page, "source");
    }

    [BrowserFact]
    public async Task Map_EventsWithCoordinates_ShowAsMarkers()
    {
        var located = (int)(await server.Api("/api/events?has_coordinates=true"))["total"]!;
        Assert.True(located > 0);
        var page = await server.Open("#/map");
        await page.GetByTestId("map").WaitForAsync(Visible);
        await page.GetByTestId("map-marker").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        Assert.InRange(await page.GetByTestId("map-marker").CountAsync(), 1, located);
        await page.WaitForTimeoutAsync(500);
        await server.Shot(page, "map");
    }

    [BrowserFact]
    public async Task Search_CyrillicName_OpensTheEntityPageWithAllItsNames()
    {
        var page = await server.Open("#/entities");
        await page.GetByTestId("entity-row").First.WaitForAsync(Visible);
        await server.Shot(page, "entities");

        await page.GetByTestId("search").FillAsync("Меркулов");
        await page.GetByTestId("search").PressAsync("Enter");
        await page.GetByTestId("search-result").First.WaitForAsync(Visible);
        await page.GetByTestId("search-result").First.ClickAsync();
        await page.GetByTestId("entity-page").WaitForAsync(Visible);
        Assert.Equal("Pavel Merkulov", (await page.GetByTestId("entity-name").TextContentAsync())?.Trim());
        var aliases = await page.GetByTestId("alias-row").AllTextContentsAsync();
        Assert.Contains(aliases, a => a.Contains("Павло Меркулов"));
        Assert.Contains(aliases, a => a.Contains("Granit"));
        Assert.True(await page.GetByTestId("fact-row").CountAsync() > 0);
        await server.Shot(page, "entity");
    }

    [BrowserFact]
    public async Task Disagreements_KindFilter_ShowsOnlyThatKind()
    {
        var all = await server.Api("/api/disagreements?limit=500");
        var kind = (string)all["items"]![0]!["kind"]!;
        var page = await server.Open("#/disagreements");
        await page.GetByTestId("disagreement").First.WaitForAsync(Visible);
        Assert.Equal((int)all["total"]!, await page.GetByTestId("disagreement").CountAsync());
        await server.Shot(page, "disagreements");

        await page.Locator($"[data-testid=kind-filter][data-kind={kind}]").ClickAsync();
        await page.WaitForFunctionAsync($"n => document.querySelectorAll('[data-testid=disagreement]').length === n", (int)all["counts"]![kind]!);
    }

    [BrowserFact]
    public async Task Sources_List_ShowsEveryDocument()
    {
        var total = (int)(await server.Api("/api/stats"))["documents"]!;
        var page = await server.Open("#/documents");
        await page.GetByTestId("document-row").First.WaitForAsync(Visible);
        Assert.Equal(Math.Min(total, 50), await page.GetByTestId("document-row").CountAsync());
        Assert.Contains(total.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.GetByTestId("stats").TextContentAsync());
        await server.Shot(page, "sources");
    }

    /// <summary>A report carrying script tags, event handlers and a javascript: link is shown as text on every page it reaches.</summary>
    [BrowserFact]
    public async Task HostileReport_OnEveryPage_IsShownAsTextAndNeverRuns()
    {
        var docs = await server.Api("/api/documents?q=Hostile%20Herald");
        var id = (string)docs["items"]![0]!["id"]!;
        var routes = new[] { $"#/document/{id}", "#/documents", "#/timeline", "#/disagreements", "#/map" };
        foreach (var route in routes)
        {
            var page = await server.Open(route);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.WaitForTimeoutAsync(300);
            Assert.Equal("none", await page.EvaluateAsync<string>("() => String(window.__pwned ?? 'none')"));
            Assert.Equal(0, await page.Locator("img[src=x], a[href^=javascript], [onerror], [onmouseover]").CountAsync());
            if (route.StartsWith("#/document/", StringComparison.Ordinal))
            {
                var text = await page.GetByTestId("document-text").TextContentAsync();
                Assert.Contains("<script>window.__pwned = 'text'</script>", text);
                await server.Shot(page, "hostile-report");
            }
            await page.CloseAsync();
        }
    }
}
