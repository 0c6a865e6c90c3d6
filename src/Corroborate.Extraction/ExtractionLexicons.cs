using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Extraction;

public readonly record struct Trigger(string Kind, string EventType, string SubEventType);

/// <summary>An event phrase in two parts with up to <see cref="Gap"/> words between ("approved … amendments").</summary>
public sealed record EventFrame(Trigger Trigger, PhraseTable<bool> Second, int Gap);

/// <summary>The extraction stage's phrase lists (union over EN/RU/UK: reports quote across languages).</summary>
public sealed class ExtractionLexicons
{
    private static readonly Lazy<ExtractionLexicons> _shared = new(() => new ExtractionLexicons());
    public static ExtractionLexicons Shared => _shared.Value;

    public PhraseTable<(Stance Stance, string Position)> SpeechVerbs { get; } = new();
    public PhraseTable<Stance> Hedges { get; } = new();
    /// <summary>Subjects of saying that name no one ("some might say") and the auxiliaries before the verb.</summary>
    public PhraseTable<string> IndefiniteSpeakers { get; } = new();
    /// <summary>Words for a place's governing body: next to a place, they make its authorities a speaker.</summary>
    public PhraseTable<bool> Authorities { get; } = new();
    /// <summary>Phrases that tie an accused person to an organization, or deny the tie.</summary>
    public PhraseTable<string> LinkCues { get; } = new();
    public PhraseTable<string> Characterizations { get; } = new();
    public PhraseTable<Trigger> Triggers { get; } = new();
    public PhraseTable<string> Roles { get; } = new();
    public PhraseTable<string> Occupations { get; } = new();
    public PhraseTable<string> Designations { get; } = new();
    public PhraseTable<string> Ideologies { get; } = new();
    public PhraseTable<string> PropertyCues { get; } = new();
    public PhraseTable<bool> Former { get; } = new();
    /// <summary>The entries of former.tsv that are prefixes ("ex-", "экс-"): "Ex-State Duma deputy" is written as one word.</summary>
    public List<string> FormerPrefixes { get; } = [];
    public PhraseTable<bool> DesignationVerbs { get; } = new();
    public PhraseTable<string> Weapons { get; } = new();
    public PhraseTable<bool> Ongoing { get; } = new();

    /// <summary>Words that place an event before or after another ("two days after the raid").</summary>
    public HashSet<string> TimeRelations { get; } = new(StringComparer.Ordinal);
    /// <summary>Pronouns that, opening a sentence, go on with the speaker of the sentence before ("It said…").</summary>
    public HashSet<string> ContinuingPronouns { get; } = new(StringComparer.Ordinal);
    public PhraseTable<List<EventFrame>> Frames { get; } = new();
    /// <summary>Words that open a reported clause ("said that …"): a name after them is spoken about, not speaking.</summary>
    public HashSet<string> Complementizers { get; } = new(StringComparer.Ordinal);
    /// <summary>Conjunctions that open a contrasting clause after a comma ("…, but the RVC denied …").</summary>
    public PhraseTable<bool> ContrastConjunctions { get; } = new();
    /// <summary>Platforms and outlets: where a claim appears, never an actor of the event.</summary>
    public PhraseTable<bool> Media { get; } = new();
    /// <summary>Words that, after a verb of denial, make it a denial of the speaker's own part ("denied that it …").</summary>
    public HashSet<string> OwnPart { get; } = new(StringComparer.Ordinal);
    /// <summary>Arms and equipment ("Stinger MANPADS"): a name ending in one is no actor.</summary>
    public PhraseTable<bool> Arms { get; } = new();
    /// <summary>Marks of a reference-list entry, anywhere in a sentence or (<see cref="CitationStarts"/>) at its start.</summary>
    public PhraseTable<bool> Citations { get; } = new();
    public PhraseTable<bool> CitationStarts { get; } = new();

    /// <summary>Each event kind's ACLED type and sub-type, as its triggers give them.</summary>
    public IReadOnlyDictionary<string, Trigger> Kinds => _kinds;
    private readonly Dictionary<string, Trigger> _kinds = new(StringComparer.Ordinal);

    private ExtractionLexicons()
    {
        var asm = typeof(ExtractionLexicons).Assembly;
        var frames = new Dictionary<string, List<EventFrame>>(StringComparer.Ordinal);
        foreach (var lang in Document.AnalysedLanguages)
        {
            IReadOnlyList<string[]> Rows(string file) => Lexicon.Rows(asm, lang, file);
            foreach (var r in Rows("speech-verbs.tsv"))
                if (r.Length >= 3 && Enum.TryParse<Stance>(r[1], true, out var s)) SpeechVerbs.Add(r[0], (s, r[2]));
            foreach (var r in Rows("authorities.txt")) Authorities.Add(r[0], true);
            foreach (var r in Rows("link-cues.tsv")) if (r.Length >= 2) LinkCues.Add(r[0], r[1]);
            foreach (var r in Rows("indefinite-speakers.tsv")) if (r.Length >= 2) IndefiniteSpeakers.Add(r[0], r[1]);
            foreach (var r in Rows("hedges.tsv")) if (r.Length >= 2 && Enum.TryParse<Stance>(r[1], true, out var h)) Hedges.Add(r[0], h);
            foreach (var r in Rows("characterizations.tsv")) if (r.Length >= 2) Characterizations.Add(r[0], r[1]);
            foreach (var r in Rows("event-triggers.tsv"))
                if (r.Length >= 4)
                {
                    var t = new Trigger(r[1], AcledName(r[2]), AcledName(r[3]));
                    Triggers.Add(r[0], t);
                    _kinds.TryAdd(t.Kind, t);
                }
            foreach (var r in Rows("event-weapons.tsv")) if (r.Length >= 2) Weapons.Add(r[0], r[1]);
            foreach (var r in Rows("ongoing.tsv")) Ongoing.Add(r[0], true);
            foreach (var r in Rows("time-relations.tsv")) TimeRelations.Add(r[0]);
            foreach (var r in Rows("continuing-pronouns.txt")) ContinuingPronouns.Add(r[0]);
            foreach (var r in Rows("complementizers.txt")) Complementizers.Add(r[0]);
            foreach (var r in Rows("contrast-conjunctions.txt")) ContrastConjunctions.Add(r[0], true);
            foreach (var r in Rows("media.txt")) Media.Add(r[0], true);
            foreach (var r in Rows("own-part.txt")) OwnPart.Add(r[0]);
            foreach (var r in Rows("arms.txt")) Arms.Add(r[0], true);
            foreach (var r in Rows("citations.txt")) (r[0].StartsWith('^') ? CitationStarts : Citations).Add(r[0].TrimStart('^'), true);
            foreach (var r in Rows("event-frames.tsv").Where(r => r.Length >= 4))
            {
                var second = new PhraseTable<bool>();
                second.Add(r[2], true);
                if (!_kinds.TryGetValue(r[0], out var usual)) continue;
                var trigger = r.Length >= 6 ? new Trigger(r[0], AcledName(r[4]), AcledName(r[5])) : usual;
                (frames.TryGetValue(r[1], out var list) ? list : frames[r[1]] = []).Add(new EventFrame(trigger, second, int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)));
            }
            foreach (var r in Rows("roles.tsv")) if (r.Length >= 2) Roles.Add(r[0], r[1]);
            foreach (var r in Rows("occupations.tsv")) if (r.Length >= 2) Occupations.Add(r[0], r[1]);
            foreach (var r in Rows("designations.tsv")) if (r.Length >= 2) Designations.Add(r[0], r[1]);
            foreach (var r in Rows("ideologies.tsv")) if (r.Length >= 2) Ideologies.Add(r[0], r[1]);
            foreach (var r in Rows("property-cues.tsv")) if (r.Length >= 2) PropertyCues.Add(r[0], r[1]);
            foreach (var r in Rows("former.tsv"))
            {
                Former.Add(r[0], true);
                if (r[0].EndsWith('-')) FormerPrefixes.Add(r[0]);
            }
            foreach (var r in Rows("designation-verbs.tsv")) DesignationVerbs.Add(r[0], true);
        }
        foreach (var (first, list) in frames) Frames.Add(first, list);
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
