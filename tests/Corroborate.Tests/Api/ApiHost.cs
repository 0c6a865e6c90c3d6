using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Corroborate.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Corroborate.Tests.Api;

/// <summary>The sample corpus ingested once into a store that tests copy before they change it.</summary>
public sealed class SampleStore : IDisposable
{
    private readonly TempDir _dir = new();
    public string Db { get; }

    public SampleStore()
    {
        Db = _dir.File("samples.db");
        var c = Corroborator.CreateDefault();
        using var store = SqliteStore.Open(Db);
        c.Ingest(Directory.GetDirectories(Paths.Samples).Order(StringComparer.Ordinal).ToList(), store);
        c.Rebuild(store);
    }

    /// <summary>A private copy of the sample store, for a test that writes.</summary>
    public string Copy(TempDir into)
    {
        var path = into.File("copy.db");
        using (var source = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}"))
        using (var target = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return path;
    }

    public void Dispose() => _dir.Dispose();
}

/// <summary>The API hosted in memory over a store, with a known write token.</summary>
public sealed class ApiHost(string db, string? webRoot = null) : WebApplicationFactory<Corroborate.Api.Program>
{
    public const string Token = "test-token-1234";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Corroborate:Db", db);
        builder.UseSetting("Corroborate:Token", Token);
        if (webRoot is not null) builder.UseSetting("Corroborate:WebRoot", webRoot);
    }

    public async Task<(int Status, JsonNode? Body)> Get(string url)
    {
        using var client = CreateClient();
        var r = await client.GetAsync(url);
        return ((int)r.StatusCode, await Body(r));
    }

    public async Task<(int Status, JsonNode? Body)> Post(string url, object body, string? token = Token)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (token is not null) request.Headers.Add("X-Corroborate-Token", token);
        var r = await client.SendAsync(request);
        return ((int)r.StatusCode, await Body(r));
    }

    public static async Task<JsonNode?> Body(HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}
