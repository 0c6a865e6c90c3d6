using System.Text.Json.Nodes;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Cli;

/// <summary>`corroborate serve` as a user starts it: a clear refusal for a bad store or port, else a server that answers.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempDir _dir = new();
    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Serve_MissingStore_OneLineErrorAndNoServer()
    {
        var r = CommandLineTests.Run("serve", "--db", Path.Combine(_dir.Path, "none.db"), "--port", "5999");
        Assert.NotEqual(0, r.Exit);
        var line = Assert.Single(r.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("corroborate: ", line);
        Assert.Contains("none.db", line);
    }

    [Fact]
    public void Serve_BadPort_OneLineError()
    {
        var db = _dir.File("s.db");
        Assert.Equal(0, CommandLineTests.Run("ingest", Path.Combine(Paths.Samples, "reports", "01-border-courier-raid.txt"), "--db", db).Exit);
        var r = CommandLineTests.Run("serve", "--db", db, "--port", "70000");
        Assert.NotEqual(0, r.Exit);
        Assert.Contains("--port", Assert.Single(r.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task Serve_SampleReport_AnswersOnLocalhostAndPrintsTheToken()
    {
        var db = _dir.File("s.db");
        Assert.Equal(0, CommandLineTests.Run("ingest", Path.Combine(Paths.Samples, "reports", "01-border-courier-raid.txt"), "--db", db).Exit);
        var port = Ports.Free();
        using var p = CommandLineTests.Start("serve", "--db", db, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--token", "cli-token-42");
        try
        {
            string? line;
            var seen = new List<string>();
            while ((line = await p.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))) is not null && !line.Contains("token", StringComparison.Ordinal))
                seen.Add(line);
            Assert.Contains("cli-token-42", line);
            Assert.Contains(seen, l => l.Contains($"http://127.0.0.1:{port}/", StringComparison.Ordinal));
            using var client = new HttpClient();
            var stats = JsonNode.Parse(await client.GetStringAsync($"http://127.0.0.1:{port}/api/stats"))!;
            Assert.Equal(1, (int)stats["documents"]!);
        }
        finally
        {
            p.Kill(entireProcessTree: true);
        }
    }
}
