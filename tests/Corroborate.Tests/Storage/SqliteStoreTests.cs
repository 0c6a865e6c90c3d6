using Corroborate.Storage;

namespace Corroborate.Tests.Storage;

/// <summary>The SQLite backend passes the store contract, and refuses files that are not its stores, untouched.</summary>
public sealed class SqliteStoreTests : StoreContract
{
    protected override IStore Open(string name = "store") => SqliteStore.Open(Dir.File(name + ".db"));

    [Fact]
    public void Open_TextFile_ThrowsAndLeavesFileUnchanged()
    {
        var path = Dir.File("notes.db", "these are my notes, not a database\n");
        var e = Assert.Throws<StoreException>(() => SqliteStore.Open(path));
        Assert.Contains("not a database", e.Message);
        Assert.Equal("these are my notes, not a database\n", File.ReadAllText(path));
    }

    [Fact]
    public void Open_ForeignSqliteDatabase_Throws()
    {
        var path = Dir.File("other.db");
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE people (name TEXT)";
            cmd.ExecuteNonQuery();
        }
        var e = Assert.Throws<StoreException>(() => SqliteStore.Open(path));
        Assert.Contains("not a Corroborate store", e.Message);
    }

    [Fact]
    public void Open_MissingWithoutCreate_Throws()
    {
        var e = Assert.Throws<StoreException>(() => SqliteStore.Open(Dir.File("absent.db"), create: false));
        Assert.Contains("no such database", e.Message);
    }

    [Fact]
    public void Open_Directory_Throws()
    {
        var e = Assert.Throws<StoreException>(() => SqliteStore.Open(Dir.Path));
        Assert.Contains("is a directory", e.Message);
    }

    [Fact]
    public void Open_NewFile_UsesWriteAheadLog()
    {
        using var store = SqliteStore.Open(Dir.File("wal.db"));
        store.Add(Sample());
        Assert.True(File.Exists(Dir.File("wal.db") + "-wal"));
    }
}
