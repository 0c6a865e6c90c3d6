using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Extraction;

public readonly record struct Trigger(string Kind, string EventType, string SubEventType);

/// <summary>The extraction stage's phrase lists (union over EN/RU/UK: reports quote across languages).</summary>
public sealed class ExtractionLexicons
{
    private static readonly Lazy<ExtractionLexicons> _shared = new(() => new ExtractionLexicons());
    public static ExtractionLexicons Shared => _shared.Value;

    public PhraseTable<(Stance Stance, string Position)> SpeechVerbs { get; } = new();
    public PhraseTable<Stance> Hedges { get; } = new();
    public PhraseTable<string> Characterizations { get; } = new();
    public PhraseTable<Trigger> Triggers { get; } = new();
    public PhraseTable<string> Roles { get; } = new();
    public PhraseTable<string> Occupations { get; } = new();
    public PhraseTable<string> Designations { get; } = new();
    public PhraseTable<string> Ideologies { get; } = new();
    public PhraseTable<string> PropertyCues { get; } = new();
    public PhraseTable<bool> Former { get; } = new();
    public PhraseTable<bool> DesignationVerbs { get; } = new();

    private ExtractionLexicons()
    {
        var asm = typeof(ExtractionLexicons).Assembly;
        foreach (var lang in Document.AnalysedLanguages)
        {
            IReadOnlyList<string[]> Rows(string file) => Lexicon.Rows(asm, lang, file);
            foreach (var r in Rows("speech-verbs.tsv"))
                if (r.Length >= 3 && Enum.TryParse<Stance>(r[1], true, out var s)) SpeechVerbs.Add(r[0], (s, r[2]));
            foreach (var r in Rows("hedges.tsv")) if (r.Length >= 2 && Enum.TryParse<Stance>(r[1], true, out var h)) Hedges.Add(r[0], h);
            foreach (var r in Rows("characterizations.tsv")) if (r.Length >= 2) Characterizations.Add(r[0], r[1]);
            foreach (var r in Rows("event-triggers.tsv")) if (r.Length >= 4) Triggers.Add(r[0], new Trigger(r[1], AcledName(r[2]), AcledName(r[3])));
            foreach (var r in Rows("roles.tsv")) if (r.Length >= 2) Roles.Add(r[0], r[1]);
            foreach (var r in Rows("occupations.tsv")) if (r.Length >= 2) Occupations.Add(r[0], r[1]);
            foreach (var r in Rows("designations.tsv")) if (r.Length >= 2) Designations.Add(r[0], r[1]);
            foreach (var r in Rows("ideologies.tsv")) if (r.Length >= 2) Ideologies.Add(r[0], r[1]);
            foreach (var r in Rows("property-cues.tsv")) if (r.Length >= 2) PropertyCues.Add(r[0], r[1]);
            foreach (var r in Rows("former.tsv")) Former.Add(r[0], true);
            foreach (var r in Rows("designation-verbs.tsv")) DesignationVerbs.Add(r[0], true);
        }
    }

    /// <summary>ACLED's spelling of an event type or sub-type ("explosions/remote violence" → "Explosions/Remote violence").</summary>
    public static string AcledName(string lower) => lower.ToLowerInvariant() switch
    {
        "explosions/remote violence" => "Explosions/Remote violence",
        "violence against civilians" => "Violence against civilians",
        var s when s.Length > 0 => char.ToUpperInvariant(s[0]) + s[1..],
        _ => lower,
    };
}
