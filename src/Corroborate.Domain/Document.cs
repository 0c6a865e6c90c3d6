namespace Corroborate.Domain;

/// <summary>One report, as ingested. <see cref="Id"/> is a hash of its content, so re-ingesting is a no-op.</summary>
public sealed record Document(
    string Id,
    string Text,
    string? Title,
    string? Publisher,
    string? Url,
    string Language,
    DateValue? Published,
    string SourcePath,
    string Format)
{
    /// <summary>Languages the analysis stages read; others are stored and reported only.</summary>
    public static readonly IReadOnlyList<string> AnalysedLanguages = ["en", "ru", "uk"];

    public bool IsAnalysed => AnalysedLanguages.Contains(Language);

    /// <summary>This document without its text.</summary>
    public DocumentHeader Header => new(Id, Title, Publisher, Url, Language, Published, SourcePath, Format, Text.Length);
}

/// <summary>A document without its text: what lists and indexes of many documents need.</summary>
public sealed record DocumentHeader(
    string Id,
    string? Title,
    string? Publisher,
    string? Url,
    string Language,
    DateValue? Published,
    string SourcePath,
    string Format,
    int Length);
