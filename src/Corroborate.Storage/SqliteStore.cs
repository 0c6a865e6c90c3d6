using Corroborate.Domain;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage;

/// <summary>
/// The default store: one SQLite file in WAL mode. Each document is written in its own transaction, so a
/// killed process leaves only whole documents; derived tables are rebuilt in one transaction.
/// </summary>
public sealed class SqliteStore : IStore
{
    public const string DefaultFileName = "corroborate.db";

    private readonly SqliteConnection _db;

    public string Path { get; }

    private SqliteStore(string path, SqliteConnection db) { Path = path; _db = db; }

    /// <summary>Opens (creating if needed) a store; a file that is not a Corroborate store is refused, untouched.</summary>
    public static SqliteStore Open(string path, bool create = true)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new StoreException($"{path}: is a directory, not a database file");
        var exists = File.Exists(full);
        if (!exists && !create) throw new StoreException($"{path}: no such database (ingest something first)");
        if (exists) CheckHeader(full, path);
        else Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var cs = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        var db = new SqliteConnection(cs);
        try
        {
            db.Open();
            db.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;");
            Migrations.Apply(db, path);
            return new SqliteStore(full, db);
        }
        catch (SqliteException e)
        {
            db.Dispose();
            throw new StoreException($"{path}: cannot be used as a database ({e.Message.Split('\n')[0].Replace("SQLite Error ", "")})", e);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    private static void CheckHeader(string full, string shown)
    {
        var header = new byte[16];
        int read;
        using (var f = File.OpenRead(full)) read = f.Read(header, 0, 16);
        if (read == 0) return; // an empty file becomes a new store
        if (read < 16 || System.Text.Encoding.ASCII.GetString(header, 0, 15) != "SQLite format 3")
            throw new StoreException($"{shown}: is not a database file");
    }

    public bool Contains(string documentId) =>
        _db.ExecuteScalar<long>("SELECT COUNT(*) FROM documents WHERE id = @id", new { id = documentId }) > 0;

    public AddOutcome Add(ExtractedDocument x)
    {
        var d = x.Document;
        using var tx = _db.BeginTransaction();
        var inserted = _db.Execute("""
            INSERT OR IGNORE INTO documents (id, title, publisher, url, language, published, source_path, format, text, ingested_at)
            VALUES (@Id, @Title, @Publisher, @Url, @Language, @Published, @SourcePath, @Format, @Text, @Now)
            """, new { d.Id, d.Title, d.Publisher, d.Url, d.Language, Published = d.Published?.ToString(), d.SourcePath, d.Format, d.Text, Now = DateTime.UtcNow.ToString("O") }, tx);
        if (inserted == 0) { tx.Rollback(); return AddOutcome.AlreadyPresent; }
        _db.Execute("INSERT INTO extractions (document_id, payload) VALUES (@id, @payload)",
            new { id = d.Id, payload = Json.Serialize(new Payload(x.Mentions, x.Aliases, x.Statements, x.Events, x.AttributedTo)) }, tx);
        foreach (var m in x.Mentions)
            _db.Execute("INSERT INTO mentions (document_id, idx, kind, text, normal) VALUES (@doc, @Index, @kind, @Text, @Normal)",
                new { doc = d.Id, m.Index, kind = m.Kind.ToString().ToLowerInvariant(), m.Text, m.Normal }, tx);
        tx.Commit();
        return AddOutcome.Added;
    }

    private sealed record Payload(IReadOnlyList<Mention> Mentions, IReadOnlyList<AliasLink> Aliases, IReadOnlyList<ExtractedStatement> Statements, IReadOnlyList<ExtractedEvent> Events, string? AttributedTo);

    private sealed record DocumentRow(string id, string? title, string? publisher, string? url, string language, string? published, string source_path, string format, string text)
    {
        public Document ToDocument() => new(id, text, title, publisher, url, language,
            DateValue.TryParse(published, out var p) ? p : null, source_path, format);
    }

    private const string DocumentColumns = "id, title, publisher, url, language, published, source_path, format, text";

    public int DocumentCount() => _db.ExecuteScalar<int>("SELECT COUNT(*) FROM documents");

    public IReadOnlyList<Document> Documents() =>
        _db.Query<DocumentRow>($"SELECT {DocumentColumns} FROM documents ORDER BY rowid").Select(r => r.ToDocument()).ToList();

    public Document? GetDocument(string id) =>
        _db.QuerySingleOrDefault<DocumentRow>($"SELECT {DocumentColumns} FROM documents WHERE id = @id", new { id })?.ToDocument();

    public IReadOnlyList<DocumentHeader> DocumentHeaders() =>
        _db.Query<(string id, string? title, string? publisher, string? url, string language, string? published, string source_path, string format, long length)>(
                "SELECT id, title, publisher, url, language, published, source_path, format, length(text) FROM documents ORDER BY rowid")
            .Select(r => new DocumentHeader(r.id, r.title, r.publisher, r.url, r.language, DateValue.TryParse(r.published, out var p) ? p : null,
                r.source_path, r.format, (int)r.length))
            .ToList();

    public long DataVersion() => _db.ExecuteScalar<long>("PRAGMA data_version");

    public IEnumerable<ExtractedDocument> Extractions()
    {
        var rows = _db.Query<(string payload, string id, string? title, string? publisher, string? url, string language, string? published, string source_path, string format, string text)>(
            $"SELECT e.payload, d.{DocumentColumns.Replace(", ", ", d.")} FROM documents d JOIN extractions e ON e.document_id = d.id ORDER BY d.rowid", buffered: false);
        foreach (var r in rows)
        {
            var p = Json.Deserialize<Payload>(r.payload);
            var doc = new DocumentRow(r.id, r.title, r.publisher, r.url, r.language, r.published, r.source_path, r.format, r.text).ToDocument();
            yield return new ExtractedDocument(doc, p.Mentions, p.Aliases, p.Statements, p.Events, p.AttributedTo);
        }
    }

    public void SaveResolution(ResolutionResult result)
    {
        using var tx = _db.BeginTransaction();
        _db.Execute("DELETE FROM entities; DELETE FROM assignments;", transaction: tx);
        _db.Execute("INSERT INTO entities (id, kind, name, payload) VALUES (@Id, @Kind, @Name, @Payload)",
            result.Entities.Select(e => new { e.Id, Kind = e.Kind.ToString().ToLowerInvariant(), e.Name, Payload = Json.Serialize(e) }), tx);
        _db.Execute("INSERT INTO assignments (document_id, mention, entity_id) VALUES (@Document, @Mention, @Entity)",
            result.Assignments.Select(a => new { a.Key.Document, a.Key.Mention, Entity = a.Value }), tx);
        tx.Commit();
    }

    public ResolutionResult LoadResolution()
    {
        var entities = _db.Query<string>("SELECT payload FROM entities ORDER BY rowid").Select(Json.Deserialize<Entity>).ToList();
        var map = _db.Query<(string doc, long mention, string entity)>("SELECT document_id, mention, entity_id FROM assignments")
            .ToDictionary(r => new MentionRef(r.doc, (int)r.mention), r => r.entity);
        return new ResolutionResult(entities, map);
    }

    public void SaveReconciliation(ReconciliationResult result)
    {
        using var tx = _db.BeginTransaction();
        _db.Execute("DELETE FROM statements; DELETE FROM facts; DELETE FROM disagreements; DELETE FROM events;", transaction: tx);
        _db.Execute("INSERT INTO statements (id, subject, property, payload) VALUES (@Id, @Subject, @Property, @Payload)",
            result.Statements.Select(s => new { s.Id, s.Subject, s.Property, Payload = Json.Serialize(s) }), tx);
        _db.Execute("INSERT INTO facts (subject, property, value, payload) VALUES (@Subject, @Property, @Value, @Payload)",
            result.Facts.Select(f => new { f.Subject, f.Property, f.Value, Payload = Json.Serialize(f) }), tx);
        _db.Execute("INSERT INTO disagreements (subject, property, payload) VALUES (@Subject, @Property, @Payload)",
            result.Disagreements.Select(d => new { d.Subject, d.Property, Payload = Json.Serialize(d) }), tx);
        _db.Execute("INSERT INTO events (id, date, payload) VALUES (@Id, @Date, @Payload)",
            result.Events.Select(e => new { e.Id, e.Date, Payload = Json.Serialize(e) }), tx);
        tx.Commit();
    }

    public ReconciliationResult LoadReconciliation() => new(
        _db.Query<string>("SELECT payload FROM statements ORDER BY rowid").Select(Json.Deserialize<StatementRecord>).ToList(),
        _db.Query<string>("SELECT payload FROM facts ORDER BY rowid").Select(Json.Deserialize<FactRecord>).ToList(),
        _db.Query<string>("SELECT payload FROM disagreements ORDER BY rowid").Select(Json.Deserialize<DisagreementRecord>).ToList(),
        _db.Query<string>("SELECT payload FROM events ORDER BY rowid").Select(Json.Deserialize<EventRecord>).ToList());

    public Judgement AddJudgement(Judgement j)
    {
        using var tx = _db.BeginTransaction();
        var number = _db.ExecuteScalar<long>("""
            INSERT INTO judgements (kind, entity_kind, a, b, shown, made_at) VALUES (@kind, @entityKind, @A, @B, @Shown, @MadeAt);
            SELECT last_insert_rowid();
            """, new { kind = j.Kind.ToString().ToLowerInvariant(), entityKind = j.EntityKind.ToString().ToLowerInvariant(), j.A, j.B, j.Shown, j.MadeAt }, tx);
        tx.Commit();
        return j with { Number = number };
    }

    public IReadOnlyList<Judgement> Judgements() =>
        _db.Query<(long number, string kind, string entity_kind, string a, string b, string shown, string made_at)>(
                "SELECT number, kind, entity_kind, a, b, shown, made_at FROM judgements ORDER BY number")
            .Select(r => new Judgement(r.number, Enum.Parse<JudgementKind>(r.kind, true), Enum.Parse<MentionKind>(r.entity_kind, true), r.a, r.b, r.shown, r.made_at))
            .ToList();

    public void Dispose()
    {
        _db.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
