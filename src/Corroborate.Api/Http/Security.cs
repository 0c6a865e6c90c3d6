using System.Security.Cryptography;
using System.Text;

namespace Corroborate.Api.Http;

/// <summary>
/// Reports are untrusted. The page may only run the app's own scripts (CSP), is never framed, and nothing is sniffed
/// into another type; anything that writes needs the token the server printed when it started.
/// </summary>
public static class Security
{
    public const string TokenHeader = "X-Corroborate-Token";

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var h = context.Response.Headers;
            h.ContentSecurityPolicy = ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
        return app;
    }

    /// <summary>Refuses the request with 401 unless it carries the write token.</summary>
    public static TBuilder RequireWriteToken<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var settings = context.HttpContext.RequestServices.GetRequiredService<ApiSettings>();
            var given = context.HttpContext.Request.Headers[TokenHeader].ToString();
            if (given.Length == 0) throw new ApiException(401, $"this changes the store: send the token printed by `corroborate serve` in the {TokenHeader} header");
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(settings.Token)))
                throw new ApiException(401, "the token is not the one this server printed");
            return await next(context);
        });
}
