namespace Corroborate.Domain;

public enum JudgementKind { Merge, Split, Undo }

/// <summary>
/// A user's decision about resolution, kept append-only and applied on top of automatic resolution at every rebuild.
/// Merge: the entities named by keys <see cref="A"/> and <see cref="B"/> are one. Split: the name key <see cref="B"/>
/// is not the entity <see cref="A"/>. Undo: judgement number <see cref="A"/> no longer applies. Names are kept as name
/// keys, so judgements survive re-ingest and new documents; <see cref="Shown"/> is what the user typed.
/// </summary>
public sealed record Judgement(long Number, JudgementKind Kind, MentionKind EntityKind, string A, string B, string Shown, string MadeAt);
