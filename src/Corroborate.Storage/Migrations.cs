using Dapper;
using Microsoft.Data.Sqlite;

namespace Corroborate.Storage;

/// <summary>
/// The schema, as an ordered list of steps; PRAGMA user_version records how many have run.
/// Add a step to change the schema; never edit one that has shipped.
/// </summary>
internal static class Migrations
{
    private const string Marker = "corroborate_meta";

    private static readonly string[] Steps =
    [
        $"""
        CREATE TABLE {Marker} (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO {Marker} VALUES ('created_by', 'corroborate');
        CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT, publisher TEXT, url TEXT, language TEXT NOT NULL,
            published TEXT, source_path TEXT NOT NULL, format TEXT NOT NULL, text TEXT NOT NULL, ingested_at TEXT NOT NULL);
        CREATE TABLE extractions (document_id TEXT PRIMARY KEY REFERENCES documents(id), payload TEXT NOT NULL);
        CREATE TABLE mentions (document_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL, kind TEXT NOT NULL,
            text TEXT NOT NULL, normal TEXT NOT NULL, PRIMARY KEY (document_id, idx));
        CREATE INDEX mentions_normal ON mentions(normal);
        CREATE TABLE entities (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, payload TEXT NOT NULL);
        CREATE TABLE assignments (document_id TEXT NOT NULL, mention INTEGER NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY (document_id, mention));
        CREATE INDEX assignments_entity ON assignments(entity_id);
        CREATE TABLE statements (id TEXT PRIMARY KEY, subject TEXT NOT NULL, property TEXT NOT NULL, payload TEXT NOT NULL);
        CREATE INDEX statements_subject ON statements(subject);
        CREATE TABLE facts (subject TEXT NOT NULL, property TEXT NOT NULL, value TEXT NOT NULL, payload TEXT NOT NULL);
        CREATE INDEX facts_subject ON facts(subject);
        CREATE TABLE disagreements (subject TEXT NOT NULL, property TEXT NOT NULL, payload TEXT NOT NULL);
        CREATE TABLE events (id TEXT PRIMARY KEY, date TEXT, payload TEXT NOT NULL);
        CREATE INDEX events_date ON events(date);
        """,
        """
        CREATE TABLE judgements (number INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, entity_kind TEXT NOT NULL,
            a TEXT NOT NULL, b TEXT NOT NULL, shown TEXT NOT NULL, made_at TEXT NOT NULL);
        """,
    ];

    public static int Latest => Steps.Length;

    public static void Apply(SqliteConnection db, string shownPath)
    {
        var version = db.ExecuteScalar<long>("PRAGMA user_version");
        if (version == 0)
        {
            var tables = db.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'");
            if (tables > 0) throw new StoreException($"{shownPath}: is a SQLite database but not a Corroborate store");
        }
        else if (version > Steps.Length)
            throw new StoreException($"{shownPath}: was written by a newer Corroborate (schema {version}, this one knows {Steps.Length})");
        for (var v = (int)version; v < Steps.Length; v++)
        {
            using var tx = db.BeginTransaction();
            db.Execute(Steps[v], transaction: tx);
            db.Execute($"PRAGMA user_version = {v + 1}", transaction: tx);
            tx.Commit();
        }
    }
}
