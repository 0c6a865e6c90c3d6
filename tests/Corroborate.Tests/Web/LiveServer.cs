using System.Text.Json.Nodes;
using Corroborate.Api;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Corroborate.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Corroborate.Tests.Web;

/// <summary>
/// The web app as a user meets it: the sample corpus plus one hostile report in a store, the server on a loopback
/// port, and Debian's Chromium driven by Playwright. Screenshots go to artifacts/screenshots/ in the repository.
/// </summary>
public sealed class LiveServer : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>A report whose text and metadata try to run script in the page. None of it may run.</summary>
    public const string HostileReport =
        "Title: <script>window.__pwned = 'title'</script>Raid near Kozinka <img src=x onerror=\"window.__pwned='img'\">\n" +
        "Publisher: <b onmouseover=\"window.__pwned='pub'\">The Hostile Herald</b>\n" +
        "Date: 2023-10-16\n\n" +
        "The Northern Freedom Battalion said it raided Kozinka on 14 October 2023. <script>window.__pwned = 'text'</script> " +
        "Two fighters were killed, <img src=x onerror=\"window.__pwned='text-img'\"> the group's commander Pavel Merkulov said. " +
        "<a href=\"javascript:window.__pwned='link'\">details</a>\n";

    private readonly TempDir _dir = new();
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string Url { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public string Screenshots { get; } = Path.Combine(Paths.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium)) return;
        var db = _dir.File("web.db");
        var reports = _dir.File("hostile/hostile-report.txt", HostileReport);
        var c = Corroborator.CreateDefault();
        using (var store = SqliteStore.Open(db))
        {
            c.Ingest([.. Directory.GetDirectories(Paths.Samples).Order(StringComparer.Ordinal), Path.GetDirectoryName(reports)!], store);
            c.Rebuild(store);
        }
        var port = Ports.Free();
        Url = $"http://127.0.0.1:{port}";
        _app = CorroborateApi.Build(["--Corroborate:Db", db, "--Corroborate:Token", "web-test-token", "--urls", Url]);
        await _app.StartAsync();
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
    }

    public async Task<IPage> Open(string route)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        page.Dialog += (_, d) => throw new InvalidOperationException("a dialog opened: " + d.Message);
        await page.GotoAsync(Url + "/" + route);
        return page;
    }

    public async Task<JsonNode> Api(string path)
    {
        using var client = new HttpClient();
        return JsonNode.Parse(await client.GetStringAsync(Url + path))!;
    }

    public Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = false });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        _dir.Dispose();
    }
}

/// <summary>A browser test: needs Debian's Chromium (installed by `./corroborate setup`); skipped, and reported as skipped, without it.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(LiveServer.Chromium)) Skip = "Chromium is not installed (run ./corroborate setup)";
    }
}
