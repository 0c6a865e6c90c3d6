using Corroborate.Domain;

namespace Corroborate.Tests.Support;

/// <summary>Small hand-made extractions for stage tests: a document whose mentions are given, not recognized.</summary>
public sealed class Build(string text, string publisher = "The Test Gazette", string lang = "en", DateValue? published = null)
{
    private readonly List<Mention> _mentions = [];
    private readonly List<AliasLink> _aliases = [];
    private readonly List<ExtractedStatement> _statements = [];
    private readonly List<ExtractedEvent> _events = [];
    public string? AttributedTo { get; set; }

    public Document Document { get; } = new(Ids.Of("doc", null, publisher, text), text, null, publisher, null, lang, published, "test.txt", "text");

    /// <summary>Adds a mention of the first occurrence of <paramref name="name"/>, an anaphor of <paramref name="antecedent"/> when given; returns its index.</summary>
    public int Mention(MentionKind kind, string name, string? normal = null, int? antecedent = null, int occurrence = 0) =>
        Add(kind, name, normal, antecedent, occurrence, anaphor: antecedent is not null);

    /// <summary>Adds a shorter name ("AMS") of the mention <paramref name="full"/> names in full; returns its index.</summary>
    public int ShortForm(MentionKind kind, string name, int full) => Add(kind, name, null, full, 0, anaphor: false);

    private int Add(MentionKind kind, string name, string? normal, int? antecedent, int occurrence, bool anaphor)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++) at = Document.Text.IndexOf(name, at + 1, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{name}' is not in the text");
        _mentions.Add(new Mention(_mentions.Count, new Span(at, at + name.Length), kind, name, normal ?? name, 0) { Antecedent = antecedent, Anaphor = anaphor });
        return _mentions.Count - 1;
    }

    public Build Alias(int a, int b, AliasKind kind) { _aliases.Add(new AliasLink(a, b, kind, new Span(0, 1))); return this; }

    public Build Says(int subject, string property, string value, Stance stance = Stance.Asserted, int? speaker = null, DateValue? validAt = null, int? valueMention = null)
    {
        _statements.Add(new ExtractedStatement(new Span(0, Document.Text.Length), subject, property, value, stance, speaker, validAt, valueMention));
        return this;
    }

    public Build Event(string kind, DateValue? date, int? place, int[] actors, CountRange? killed = null, int spanStart = 0)
    {
        _events.Add(new ExtractedEvent(new Span(spanStart, Document.Text.Length), kind, "Battles", "Armed clash", kind, date, place,
            actors.Select((a, i) => new EventActor(a, i == 0 ? "actor1" : "actor2")).ToList(), killed, null));
        return this;
    }

    public ExtractedDocument Done() => new(Document, _mentions.ToList(), _aliases.ToList(), _statements.ToList(), _events.ToList(), AttributedTo);
}
