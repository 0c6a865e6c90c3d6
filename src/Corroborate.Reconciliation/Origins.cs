using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Reconciliation;

/// <summary>Where something really comes from: an id for independence checks and a name for people.</summary>
public readonly record struct Origin(string Id, string Name);

/// <summary>
/// The origin of a statement: the speaker it quotes, else the source its document attributes itself to
/// ("reports The Times"), else its publisher; a syndicated copy takes its original's source and publisher.
/// </summary>
public sealed class Origins
{
    private readonly Dictionary<string, Entity> _entities;
    private readonly Dictionary<string, Entity> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExtractedDocument> _documents;
    private readonly IReadOnlyDictionary<string, string> _originals;

    public Origins(ResolutionResult resolution, IReadOnlyList<ExtractedDocument> documents, IReadOnlyDictionary<string, string> originals)
    {
        _entities = resolution.Entities.ToDictionary(e => e.Id);
        foreach (var e in resolution.Entities.Where(e => e.Kind != MentionKind.Place))
            foreach (var a in e.Aliases) _byName.TryAdd(NameKey.StemKey(a.Name), e);
        _documents = documents.ToDictionary(d => d.Document.Id);
        _originals = originals;
    }

    public Entity? Entity(string? id) => id is not null && _entities.TryGetValue(id, out var e) ? e : null;

    public Origin Of(string documentId, string? speakerEntity)
    {
        if (Entity(speakerEntity) is { } speaker) return new Origin(speaker.Id, speaker.Name);
        return OfDocument(documentId);
    }

    /// <summary>A document's own source: what it attributes itself to, else its (original's) publisher.</summary>
    public Origin OfDocument(string documentId)
    {
        var id = _originals.TryGetValue(documentId, out var o) ? o : documentId;
        var doc = _documents[id];
        if (doc.AttributedTo is { } source)
            return _byName.TryGetValue(NameKey.StemKey(source), out var e) ? new Origin(e.Id, e.Name) : new Origin("src:" + NameKey.Skeleton(source), source);
        var publisher = doc.Document.Publisher;
        if (publisher is null) return new Origin("doc:" + id, doc.Document.Title ?? id);
        return _byName.TryGetValue(NameKey.StemKey(publisher), out var pe) ? new Origin(pe.Id, pe.Name) : new Origin("pub:" + NameKey.Skeleton(publisher), publisher);
    }

    /// <summary>
    /// How a statement's origin was found, one step per line from the report to the origin: who published it, whose
    /// near-duplicate it is, whom it cites, whom the sentence quotes. <see cref="Of"/> ends where this ends.
    /// </summary>
    public IReadOnlyList<string> Chain(string documentId, string? speakerEntity, string? relayedBy = null)
    {
        var steps = new List<string> { $"published by {Describe(_documents[documentId].Document)}" };
        var id = _originals.TryGetValue(documentId, out var o) ? o : documentId;
        if (id != documentId)
            steps.Add($"a near-duplicate of {Describe(_documents[id].Document)}: one story retold, so it takes that report's origin");
        if (_documents[id].AttributedTo is { } source) steps.Add($"the report attributes its account to {source}");
        if (relayedBy is not null) steps.Add($"the sentence cites {relayedBy}");
        if (Entity(speakerEntity) is { } speaker) steps.Add($"the sentence gives it as what {speaker.Name} says");
        var origin = Of(documentId, speakerEntity);
        steps.Add($"origin: {origin.Name}");
        return steps;
    }

    private static string Describe(Document d) =>
        $"{d.Publisher ?? "an unnamed publisher"}{(d.Title is { } t ? $" as «{t}»" : "")}{(d.Published is { } p ? $" on {p}" : "")} ({d.Id})";

    /// <summary>The report a document retells (itself when it is no near-duplicate).</summary>
    public string OriginalOf(string documentId) => _originals.TryGetValue(documentId, out var o) ? o : documentId;

    public bool IsCopy(string documentId) => _originals.TryGetValue(documentId, out var o) && o != documentId;
}
