using System.Text.Json.Nodes;
using Corroborate.Domain;
using Corroborate.Pipeline;
using Corroborate.Storage;

namespace Corroborate.Api.Http;

/// <summary>A request the API refuses, with the status to answer and a one-line reason.</summary>
public sealed class ApiException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>
/// Every failure becomes JSON <c>{"status": 4xx, "error": "one line"}</c>: the API's own refusals, malformed requests
/// the framework rejects, unknown routes, and anything unexpected (500, with no stack trace or exception text).
/// </summary>
public static class ApiErrors
{
    public static WebApplication UseApiErrors(this WebApplication app)
    {
        // The unexpected: logged by the framework, answered with no detail.
        app.UseExceptionHandler(error => error.Run(context => Write(context, 500, "internal error; the server log has the details")));
        // Refusals are answers, not failures: written straight away and not logged.
        app.Use(async (context, next) =>
        {
            try { await next(context); }
            catch (Exception e) when (Refusal(e) is { } r && !context.Response.HasStarted)
            {
                context.Response.Clear();
                await Write(context, r.Status, r.Message);
            }
        });
        // Errors the framework answers without an exception (unknown route, wrong method, oversized body) get a body too.
        app.UseStatusCodePages(async ctx =>
        {
            var r = ctx.HttpContext.Response;
            var message = r.StatusCode switch
            {
                404 when ctx.HttpContext.Request.Path.StartsWithSegments("/api") => "no such API endpoint (see /openapi/v1.json)",
                404 => "not found",
                405 => $"{ctx.HttpContext.Request.Method} is not allowed here",
                413 => "the upload is too large",
                415 => "unsupported content type",
                _ => "the request was refused",
            };
            await Write(ctx.HttpContext, r.StatusCode, message);
        });
        return app;
    }

    private static (int Status, string Message)? Refusal(Exception e) => e switch
    {
        ApiException a => (a.Status, a.Message),
        JudgementException j => (j.NotFound ? 404 : 409, j.Message),
        BadHttpRequestException b => (b.StatusCode, OneLine(b.Message)),
        StoreException s => (503, s.Message),
        _ => null,
    };

    private static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();

    private static Task Write(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(new JsonObject { ["status"] = status, ["error"] = message }.ToJsonString(Json.Options));
    }
}
