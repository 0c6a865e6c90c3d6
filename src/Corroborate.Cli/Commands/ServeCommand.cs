using System.CommandLine;
using Corroborate.Api;
using Corroborate.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace Corroborate.Cli.Commands;

/// <summary>`serve`: the HTTP API and the web app over a store, on localhost unless told otherwise.</summary>
internal static class ServeCommand
{
    public const int DefaultPort = 5170;

    public static Command Create()
    {
        var db = Options.Db();
        var port = new Option<int>("--port") { Description = "The port to listen on", DefaultValueFactory = _ => DefaultPort };
        var host = new Option<string>("--host") { Description = "The address to bind (other machines can reach anything but localhost)", DefaultValueFactory = _ => "127.0.0.1" };
        var token = new Option<string?>("--token") { Description = "The token that writes (ingest, judgements) need; made up when not given (or set CORROBORATE_TOKEN)" };
        var cmd = new Command("serve", "Serve the HTTP API and the web app (timeline, map, entities, disagreements, sources) over a store") { db, port, host, token };
        cmd.SetAction((r, cancel) => Task.FromResult(Cli.Run(() =>
        {
            var path = r.GetValue(db)!;
            using (Options.OpenExisting(path)) { } // a clear one-line error before the server starts
            var p = r.GetValue(port);
            if (p is < 1 or > 65535) throw new CliException($"--port: {p} is not a port number");
            var url = $"http://{r.GetValue(host)}:{p}";
            var args = new List<string> { "--Corroborate:Db", Path.GetFullPath(path), "--urls", url };
            if (r.GetValue(token) is { Length: > 0 } t) args.AddRange(["--Corroborate:Token", t]);
            WebApplication app;
            try { app = CorroborateApi.Build([.. args]); }
            catch (StoreException e) { throw new CliException(e.Message, 2); }
            var settings = app.Services.GetRequiredService<ApiSettings>();
            try { app.StartAsync(cancel).GetAwaiter().GetResult(); }
            catch (IOException e) { throw new CliException($"cannot listen on {url}: {e.Message.Split('\n')[0]}", 2); }
            AnsiConsole.MarkupLine($"Corroborate is serving [bold]{Markup.Escape(path)}[/]");
            AnsiConsole.MarkupLine($"  web app:  [bold link]{url}/[/]");
            AnsiConsole.MarkupLine($"  API:      {url}/api  (described at {url}/openapi/v1.json)");
            AnsiConsole.MarkupLine($"  token for writes (header X-Corroborate-Token): [bold]{Markup.Escape(settings.Token)}[/]");
            AnsiConsole.MarkupLine("[grey]Ctrl+C stops it.[/]");
            app.WaitForShutdownAsync(cancel).GetAwaiter().GetResult();
            return 0;
        })));
        return cmd;
    }
}
