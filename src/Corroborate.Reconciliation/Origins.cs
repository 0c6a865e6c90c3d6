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

    public bool IsCopy(string documentId) => _originals.TryGetValue(documentId, out var o) && o != documentId;
}
