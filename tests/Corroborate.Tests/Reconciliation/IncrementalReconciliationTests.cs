using Corroborate.Domain;
using Corroborate.Pipeline;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Reconciliation;

/// <summary>Reconciling after a change redoes only what the change touches, and gives exactly what a full rebuild gives.</summary>
public sealed class IncrementalReconciliationTests : IDisposable
{
    private readonly TempDir _dir = new();
    public void Dispose() => _dir.Dispose();

    private static string Serialized(ReconciliationResult r) => Json.Serialize(r);

    /// <summary>A full rebuild by a process that has never reconciled this store.</summary>
    private static ReconciliationResult Fresh(IStore store) => Corroborator.CreateDefault().Rebuild(store).Reconciliation;

    /// <summary>The sample corpus without the report held back (the Shebekino strike, with a role and a characterization).</summary>
    private (SqliteStore Store, Corroborator Warm, string HeldBack) StoreWithAllButOne()
    {
        var reports = Directory.EnumerateFiles(Path.Combine(Paths.Samples, "reports")).Order(StringComparer.Ordinal).ToList();
        var heldBack = reports.Single(r => Path.GetFileName(r).StartsWith("08-", StringComparison.Ordinal));
        var store = SqliteStore.Open(_dir.File("s.db"));
        var warm = Corroborator.CreateDefault();
        warm.Ingest([.. reports.Where(r => r != heldBack), Path.Combine(Paths.Samples, "feeds"), Path.Combine(Paths.Samples, "telegram")], store);
        warm.Rebuild(store);
        return (store, warm, heldBack);
    }

    [Fact]
    public void Rebuild_AfterAddingOneReport_EqualsFullRebuildAndRedoesLess()
    {
        var (store, warm, heldBack) = StoreWithAllButOne();
        using var _ = store;
        warm.Ingest([heldBack], store);

        var incremental = warm.Rebuild(store).Reconciliation;
        var work = warm.LastReconciliationWork;

        Assert.Equal(Serialized(Fresh(store)), Serialized(incremental));
        Assert.InRange(work.SubjectsRebuilt, 1, work.Subjects - 1);
        Assert.InRange(work.EventMentionsReclustered, 0, work.EventMentions - 1);
    }

    [Fact]
    public void Rebuild_NothingChanged_RedoesNothing()
    {
        var (store, warm, _) = StoreWithAllButOne();
        using var _ = store;

        var again = warm.Rebuild(store).Reconciliation;

        Assert.Equal(Serialized(Fresh(store)), Serialized(again));
        Assert.Equal(0, warm.LastReconciliationWork.SubjectsRebuilt);
        Assert.Equal(0, warm.LastReconciliationWork.EventMentionsReclustered);
    }

    [Fact]
    public void Rebuild_AfterAJudgementRenamesEntities_EqualsFullRebuild()
    {
        var (store, warm, _) = StoreWithAllButOne();
        using var _ = store;

        new JudgementDesk(store, warm).Merge("Black Raven Company", "Northern Freedom Battalion");

        Assert.Equal(Serialized(Fresh(store)), Serialized(store.LoadReconciliation()));
        Assert.True(warm.LastReconciliationWork.SubjectsRebuilt > 0);
    }

    [Fact]
    public void Rebuild_MergeMakesTwoRaidsShareAnActor_TheyBecomeOneEventAsInAFullRebuild()
    {
        _dir.File("in/a.txt", "Title: A\nPublisher: Alpha News\nDate: 2023-05-05\n\nThe Eastern Shield Legion raided Kozinka on 4 May 2023, the regional governor said.\n");
        _dir.File("in/b.txt", "Title: B\nPublisher: Beta Post\nDate: 2023-05-05\n\nThe Grey Wolf Brigade raided Kozinka on 4 May 2023, local officials said.\n");
        using var store = SqliteStore.Open(_dir.File("m.db"));
        var warm = Corroborator.CreateDefault();
        warm.Ingest([Path.Combine(_dir.Path, "in")], store);
        var before = warm.Rebuild(store).Reconciliation.Events.Count(e => e.Kind == "raid");

        new JudgementDesk(store, warm).Merge("Eastern Shield Legion", "Grey Wolf Brigade");

        Assert.Equal(2, before);
        Assert.Single(store.LoadReconciliation().Events, e => e.Kind == "raid");
        Assert.Equal(Serialized(Fresh(store)), Serialized(store.LoadReconciliation()));
    }
}
