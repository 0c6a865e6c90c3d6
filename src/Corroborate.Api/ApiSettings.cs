using System.Security.Cryptography;

namespace Corroborate.Api;

/// <summary>
/// What the server needs to know: the store, the write token, where the web app's files are. Read from configuration
/// (`--Corroborate:Db`, `--Corroborate:Token`, or CORROBORATE_DB / CORROBORATE_TOKEN); a token is made up when none is set.
/// </summary>
public sealed record ApiSettings(string Db, string Token, bool TokenWasGenerated, string WebRoot, long MaxUploadBytes)
{
    public static ApiSettings From(IConfiguration config)
    {
        var db = config["Corroborate:Db"] ?? Environment.GetEnvironmentVariable("CORROBORATE_DB") ?? "corroborate.db";
        var token = config["Corroborate:Token"] ?? Environment.GetEnvironmentVariable("CORROBORATE_TOKEN");
        var generated = string.IsNullOrWhiteSpace(token);
        if (generated) token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var web = config["Corroborate:WebRoot"] ?? Path.Combine(AppContext.BaseDirectory, "web");
        return new ApiSettings(Path.GetFullPath(db), token!, generated, web, 64L * 1024 * 1024);
    }
}
