using Corroborate.Domain;
using Corroborate.Pipeline;
using Corroborate.Storage;

namespace Corroborate.Api;

/// <summary>
/// The store behind the server, and the read snapshot requests are answered from. SQLite connections are not shared
/// across threads, so every touch of the store is serialized here; reads of the record never touch it. Writes (ingest,
/// judgements) rebuild the record and swap in a new snapshot. Commits made by another process (a `corroborate ingest`
/// while the server runs) are noticed by the store's data version and reloaded in the background.
/// </summary>
public sealed class StoreHost : IDisposable
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(2);
    private readonly Lock _gate = new();
    private readonly IStore _store;
    private readonly Corroborator _corroborator = Corroborator.CreateDefault();
    private Snapshot _snapshot;
    private long _version;
    private DateTime _checkedAt = DateTime.UtcNow;
    private int _reloading;

    public StoreHost(ApiSettings settings)
    {
        _store = SqliteStore.Open(settings.Db);
        _snapshot = Load();
    }

    public Snapshot Current
    {
        get
        {
            if (DateTime.UtcNow - _checkedAt > CheckEvery) CheckForOutsideChanges();
            return Volatile.Read(ref _snapshot);
        }
    }

    public Document? GetDocument(string id)
    {
        lock (_gate) return _store.GetDocument(id);
    }

    /// <summary>Runs a write on the store, then reloads the snapshot so the next read sees it.</summary>
    public T Write<T>(Func<IStore, Corroborator, T> write)
    {
        lock (_gate)
        {
            var result = write(_store, _corroborator);
            Volatile.Write(ref _snapshot, Load());
            return result;
        }
    }

    private void CheckForOutsideChanges()
    {
        _checkedAt = DateTime.UtcNow;
        if (Interlocked.Exchange(ref _reloading, 1) == 1) return;
        Task.Run(() =>
        {
            try
            {
                lock (_gate)
                    if (_store.DataVersion() != _version) Volatile.Write(ref _snapshot, Load());
            }
            finally { Volatile.Write(ref _reloading, 0); }
        });
    }

    /// <summary>Reads the whole record; the caller holds the gate (or is the constructor).</summary>
    private Snapshot Load()
    {
        var snapshot = new Snapshot(_store.DocumentHeaders(), _store.LoadResolution(), _store.LoadReconciliation(), _store.Judgements());
        _version = _store.DataVersion();
        return snapshot;
    }

    public void Dispose() => _store.Dispose();
}
