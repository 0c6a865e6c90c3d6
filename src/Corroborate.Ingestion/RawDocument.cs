using Corroborate.Domain;

namespace Corroborate.Ingestion;

/// <summary>What a reader takes out of a file, before language detection and hashing.</summary>
public sealed record RawDocument(string Text, string? Title, string? Publisher, string? Url, string? Language, DateValue? Published, string Format);

/// <summary>Turns one file's bytes into documents. Readers are tried in order; the first that accepts the file reads it.</summary>
public interface IDocumentReader
{
    string Format { get; }
    bool CanRead(string path, string head);
    IEnumerable<RawDocument> Read(string path, string content);
}

/// <summary>A file that could not be read, and why (one line, for the user).</summary>
public sealed class UnreadableFileException(string reason) : Exception(reason);
