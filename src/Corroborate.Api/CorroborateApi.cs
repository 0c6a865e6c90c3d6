using Corroborate.Api.Features;
using Corroborate.Api.Http;
using Corroborate.Domain;

namespace Corroborate.Api;

/// <summary>
/// The web application, as a table of contents: settings and services, then the safety layers, then each feature's
/// endpoints, then the web app's files. Every item the API returns has the shape of the JSONL export contract.
/// </summary>
public static class CorroborateApi
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        var settings = ApiSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<StoreHost>();
        builder.Services.ConfigureHttpJsonOptions(o => Json.CopyTo(o.SerializerOptions));
        builder.Services.AddOpenApi();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxUploadBytes);

        var app = builder.Build();
        app.Services.GetRequiredService<StoreHost>(); // open the store and load the record now: a bad store fails at start, not at the first request
        app.UseApiErrors();
        app.UseSecurityHeaders();
        app.MapOpenApi();

        var api = app.MapGroup("/api");
        api.MapStats();
        api.MapSearch();
        api.MapDocuments();
        api.MapEntities();
        api.MapEvents();
        api.MapRecords();
        api.MapJudgements();

        app.MapWebApp(settings);
        return app;
    }
}
