using Corroborate.Domain;
using Corroborate.Storage;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Storage;

/// <summary>
/// The contract every storage backend passes: atomic, idempotent adds; derived results replaced whole;
/// what goes in comes back out. A backend's test class derives from this and says how to open a store.
/// </summary>
public abstract class StoreContract : IDisposable
{
    protected readonly TempDir Dir = new();

    /// <summary>Opens (or reopens) the backend's store named <paramref name="name"/>.</summary>
    protected abstract IStore Open(string name = "store");

    public void Dispose() => Dir.Dispose();

    internal static ExtractedDocument Sample(string text = "The Eastern Shield Legion raided Kozinka.", string publisher = "The Test Gazette")
    {
        var doc = new Document(Ids.Of("doc", null, publisher, text), text, "A title", publisher, "https://example.org/a", "en",
            DateValue.OfDay(2023, 10, 15), "/tmp/a.txt", "text");
        var legion = new Mention(0, new Span(4, 25), MentionKind.Organization, "Eastern Shield Legion", "Eastern Shield Legion", 0);
        var place = new Mention(1, new Span(33, 40), MentionKind.Place, "Kozinka", "Kozinka", 0);
        var anaphor = new Mention(2, new Span(0, 3), MentionKind.Organization, "The", "Eastern Shield Legion", 0) { Antecedent = 0 };
        var statement = new ExtractedStatement(new Span(0, text.Length), 0, "strength", "2 battalions", Stance.Claimed, 0, DateValue.OfMonth(2023, 2));
        var ev = new ExtractedEvent(new Span(0, text.Length), "raid", "Battles", "Armed clash", "raided", DateValue.OfDay(2023, 10, 14), 1,
            [new EventActor(0, "actor1")], new CountRange(2, 2, 0), null);
        return new ExtractedDocument(doc, [legion, place, anaphor], [new AliasLink(0, 1, AliasKind.Alternate, new Span(0, 5))], [statement], [ev], "The Test Gazette");
    }

    [Fact]
    public void Add_NewDocument_IsAddedAndContained()
    {
        using var store = Open();
        var x = Sample();
        Assert.False(store.Contains(x.Document.Id));
        Assert.Equal(AddOutcome.Added, store.Add(x));
        Assert.True(store.Contains(x.Document.Id));
        Assert.Equal(1, store.DocumentCount());
    }

    [Fact]
    public void Add_SameDocumentTwice_SecondIsNoOp()
    {
        using var store = Open();
        store.Add(Sample());
        Assert.Equal(AddOutcome.AlreadyPresent, store.Add(Sample()));
        Assert.Equal(1, store.DocumentCount());
        Assert.Single(store.Extractions());
    }

    [Fact]
    public void Extractions_AfterReopen_ReturnWhatWasAdded()
    {
        var x = Sample();
        using (var store = Open()) store.Add(x);
        using var reopened = Open();
        var back = Assert.Single(reopened.Extractions());
        Assert.Equal(x.Document, back.Document);
        Assert.Equal(x.Mentions, back.Mentions);
        Assert.Equal(0, back.Mentions[2].Antecedent);
        Assert.Equal(x.Aliases, back.Aliases);
        Assert.Equal(x.Statements, back.Statements);
        var e = Assert.Single(back.Events);
        Assert.Equal(x.Events[0].Date, e.Date);
        Assert.Equal(x.Events[0].Fatalities, e.Fatalities);
        Assert.Equal(x.Events[0].Actors, e.Actors);
        Assert.Equal("The Test Gazette", back.AttributedTo);
    }

    [Fact]
    public void Documents_InIngestOrder_WithMetadata()
    {
        using var store = Open();
        store.Add(Sample("First report text about a raid.", "Alpha"));
        store.Add(Sample("Second report text about a raid.", "Beta"));
        var docs = store.Documents();
        Assert.Equal(["Alpha", "Beta"], docs.Select(d => d.Publisher));
        Assert.Equal(DateValue.OfDay(2023, 10, 15), docs[0].Published);
        Assert.Equal(docs[1], store.GetDocument(docs[1].Id));
        Assert.Null(store.GetDocument("doc_missing"));
    }

    [Fact]
    public void DocumentHeaders_InIngestOrder_MatchDocumentsWithoutText()
    {
        using var store = Open();
        store.Add(Sample("First report text about a raid.", "Alpha"));
        store.Add(Sample("Второй отчёт о рейде.", "Beta"));
        var headers = store.DocumentHeaders();
        var docs = store.Documents();
        Assert.Equal(docs.Select(d => (d.Id, d.Publisher, d.Published, d.Text.Length)), headers.Select(h => (h.Id, h.Publisher, h.Published, h.Length)));
    }

    [Fact]
    public void DataVersion_AnotherConnectionCommits_Changes()
    {
        using var reader = Open();
        var before = reader.DataVersion();
        Assert.Equal(before, reader.DataVersion());
        using (var writer = Open()) writer.Add(Sample());
        Assert.NotEqual(before, reader.DataVersion());
    }

    [Fact]
    public void SaveResolution_Twice_SecondReplacesFirst()
    {
        using var store = Open();
        var x = Sample();
        store.Add(x);
        var first = new Entity("ent_1", MentionKind.Organization, "Old name", [new EntityAlias("Old name", "Latn", "en", 1, 1, null, null)], 1, 1, null, []);
        store.SaveResolution(new ResolutionResult([first], new Dictionary<MentionRef, string> { [new MentionRef(x.Document.Id, 0)] = "ent_1" }));
        var second = first with { Id = "ent_2", Name = "New name" };
        store.SaveResolution(new ResolutionResult([second], new Dictionary<MentionRef, string> { [new MentionRef(x.Document.Id, 0)] = "ent_2" }));
        var loaded = store.LoadResolution();
        Assert.Equal("New name", Assert.Single(loaded.Entities).Name);
        Assert.Equal("ent_2", loaded.Assignments[new MentionRef(x.Document.Id, 0)]);
    }

    [Fact]
    public void SaveReconciliation_RoundTrips()
    {
        using var store = Open();
        var statement = new StatementRecord("stm_1", "ent_1", "Legion", "strength", "2 battalions", "doc_1", 0, 10, "quote", "ent_2", "Speaker",
            Stance.Claimed, "2023-10-15", "2023-02", "ent_2", "Speaker");
        var fact = new FactRecord("ent_1", "Legion", "strength", "2 battalions", FactStatus.SingleSource, 1, ["stm_1"], ["ent_2"]);
        var disagreement = new DisagreementRecord("ent_1", "Legion", "strength", DisagreementKind.ChangeOverTime,
            [new DisagreementValue("2 battalions", ["stm_1"], ["ent_2"], ["2023-02"])], "why");
        var ev = new EventRecord("evt_1", "Battles", "Armed clash", "raid", "2023-10-14", "day", new EventPlace("Kozinka", "ent_3", "Belgorod Oblast", "RU", 50.5, 35.9, 1, "settlement"),
            [new EventActorRecord("ent_1", "Legion", "actor1")], new CasualtyRecord(2, 2, "ent_1", "Legion"), null, [new EventSource("doc_1", 0, 10, "quote")], 1, []);
        store.SaveReconciliation(new ReconciliationResult([statement], [fact], [disagreement], [ev]));
        var back = store.LoadReconciliation();
        Assert.Equal(statement, Assert.Single(back.Statements));
        Assert.Equal(fact.Statements, Assert.Single(back.Facts).Statements);
        Assert.Equal(DisagreementKind.ChangeOverTime, Assert.Single(back.Disagreements).Kind);
        var e = Assert.Single(back.Events);
        Assert.Equal(ev.Place, e.Place);
        Assert.Equal(ev.Fatalities, e.Fatalities);
    }

    [Fact]
    public void AddJudgement_Appends_NumbersInOrderAndSurvivesReopen()
    {
        using (var store = Open())
        {
            var first = store.AddJudgement(new Judgement(0, JudgementKind.Merge, MentionKind.Person, "Per:a", "Per:b", "A = B", "2026-01-01T00:00:00Z"));
            var second = store.AddJudgement(new Judgement(0, JudgementKind.Undo, MentionKind.Person, first.Number.ToString(), "", "undo", "2026-01-02T00:00:00Z"));
            Assert.True(second.Number > first.Number);
        }
        using var reopened = Open();
        var all = reopened.Judgements();
        Assert.Equal([JudgementKind.Merge, JudgementKind.Undo], all.Select(j => j.Kind));
        Assert.Equal("Per:b", all[0].B);
        Assert.Equal(MentionKind.Person, all[0].EntityKind);
    }
}
