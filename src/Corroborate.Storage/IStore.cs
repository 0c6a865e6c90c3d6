using Corroborate.Domain;

namespace Corroborate.Storage;

public enum AddOutcome { Added, AlreadyPresent }

/// <summary>
/// Where documents and everything derived from them live. Every backend passes the same contract tests:
/// adding a document is atomic and idempotent; derived results are replaced whole or not at all.
/// </summary>
public interface IStore : IDisposable
{
    bool Contains(string documentId);

    /// <summary>Stores a document with all it yields, in one transaction; a document already present is left as is.</summary>
    AddOutcome Add(ExtractedDocument document);

    int DocumentCount();

    IReadOnlyList<Document> Documents();

    Document? GetDocument(string id);

    /// <summary>Every document without its text, in ingest order; <c>Length</c> is the text's length in characters.</summary>
    IReadOnlyList<DocumentHeader> DocumentHeaders();

    /// <summary>
    /// A number that changes whenever another connection or process has committed to the store since this one last
    /// looked, so a long-running reader (the web app) knows when to reload.
    /// </summary>
    long DataVersion();

    /// <summary>Every stored extraction, in ingest order: the input of resolution and reconciliation.</summary>
    IEnumerable<ExtractedDocument> Extractions();

    void SaveResolution(ResolutionResult result);

    ResolutionResult LoadResolution();

    void SaveReconciliation(ReconciliationResult result);

    ReconciliationResult LoadReconciliation();

    /// <summary>Appends a judgement (its number is assigned by the store) and returns it as stored.</summary>
    Judgement AddJudgement(Judgement judgement);

    /// <summary>Every judgement ever made, oldest first, undone ones included.</summary>
    IReadOnlyList<Judgement> Judgements();
}

/// <summary>A store that cannot be opened or used, with a one-line reason.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
