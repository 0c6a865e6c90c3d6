using System.Text.Json.Nodes;
using Corroborate.Api.Http;
using Corroborate.Domain;

namespace Corroborate.Api.Features;

/// <summary>The sources: list, one document with its text and what was read in it, and ingest by upload.</summary>
internal static class DocumentEndpoints
{
    public static void MapDocuments(this RouteGroupBuilder api)
    {
        api.MapGet("/documents", (HttpRequest r, StoreHost host) =>
        {
            var s = host.Current;
            var q = r.Text("q");
            var language = r.Text("language");
            IEnumerable<DocumentHeader> docs = s.Documents;
            if (language is not null) docs = docs.Where(d => d.Language == language);
            if (q is not null)
                docs = docs.Where(d => Has(d.Title, q) || Has(d.Publisher, q) || Has(d.SourcePath, q) || d.Id == q);
            return r.Paging().Page(docs.ToList(), d => Shapes.Document(d));
        }).WithTags("documents").WithSummary("Documents in ingest order, filtered by text in title/publisher/path and by language");

        api.MapGet("/documents/{id}", (string id, StoreHost host) =>
        {
            var s = host.Current;
            var d = host.GetDocument(id) ?? throw new ApiException(404, $"no document has id '{id}'");
            var o = Shapes.Document(d.Header);
            o["text"] = d.Text;
            o["statements"] = Shapes.Array(s.StatementsByDocument[id].OrderBy(x => x.Start).Select(Shapes.Record));
            o["events"] = Shapes.Array((s.EventsByDocument.TryGetValue(id, out var evs) ? evs : []).SelectMany(i =>
                s.Events[i].Record.Sources.Where(src => src.Document == id).Select(src => (JsonNode)new JsonObject
                {
                    ["id"] = s.Events[i].Record.Id, ["kind"] = s.Events[i].Record.Kind, ["start"] = src.Start, ["end"] = src.End,
                })));
            return o;
        }).WithTags("documents").WithSummary("One document: metadata, full text, its statements and event mentions with character spans");

        api.MapPost("/documents", async (HttpRequest r, StoreHost host, CancellationToken cancel) =>
        {
            if (!r.HasFormContentType) throw new ApiException(415, "send the reports as multipart/form-data, field 'files'");
            var form = await r.ReadFormAsync(cancel);
            if (form.Files.Count == 0) throw new ApiException(400, "files: no file was uploaded");
            var dir = Directory.CreateTempSubdirectory("corroborate-upload-");
            try
            {
                foreach (var f in form.Files)
                {
                    var name = Path.GetFileName(f.FileName.Replace('\\', '/'));
                    if (name.Length == 0 || name.StartsWith('.')) throw new ApiException(400, $"files: '{f.FileName}' is not a usable file name");
                    await using var target = File.Create(Path.Combine(dir.FullName, name));
                    await f.CopyToAsync(target, cancel);
                }
                var report = host.Write((store, corroborator) =>
                {
                    var rep = corroborator.Ingest([dir.FullName], store, cancel: cancel);
                    if (rep.Added > 0) corroborator.Rebuild(store);
                    return rep;
                });
                return new JsonObject
                {
                    ["added"] = report.Added,
                    ["already_present"] = report.AlreadyPresent,
                    ["documents"] = Shapes.Array(report.Documents.Select(d => (JsonNode)new JsonObject
                    {
                        ["id"] = d.Id, ["name"] = Path.GetFileName(d.Path), ["language"] = d.Language, ["added"] = d.Added, ["analysed"] = d.Analysed,
                    })),
                    ["skipped"] = Shapes.Array(report.Skipped.Select(x => (JsonNode)new JsonObject { ["path"] = Path.GetFileName(x.Path), ["error"] = x.Error })),
                };
            }
            finally { dir.Delete(recursive: true); }
        }).RequireWriteToken().DisableAntiforgery().WithTags("documents")
          .WithSummary("Ingest uploaded reports (multipart field 'files'): text, HTML, RSS/Atom or Telegram JSON; re-uploading is a no-op");
    }

    private static bool Has(string? field, string q) => field is not null && field.Contains(q, StringComparison.OrdinalIgnoreCase);
}
