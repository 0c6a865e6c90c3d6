using Microsoft.Extensions.FileProviders;

namespace Corroborate.Api.Features;

/// <summary>
/// The web app: static files built from npm packages at build time, served by this process with the API. Routes are
/// in the page's fragment (#/timeline), so every other path that is not a file answers 404.
/// </summary>
internal static class WebApp
{
    public static void MapWebApp(this WebApplication app, ApiSettings settings)
    {
        if (!Directory.Exists(settings.WebRoot))
        {
            app.MapGet("/", () => Results.Text("The web app was not built; the API is at /api and described at /openapi/v1.json.", "text/plain"));
            return;
        }
        var files = new PhysicalFileProvider(settings.WebRoot);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = c.File.Name == "index.html" ? "no-cache" : "public, max-age=3600",
        });
    }
}
