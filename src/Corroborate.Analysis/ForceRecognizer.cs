using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Analysis;

/// <summary>
/// Descriptions of a state's forces, which reports use far more often than official names: "Russian troops",
/// "российские штурмовые подразделения", "українські військові", "окупанти". Each becomes an organization mention
/// marked <see cref="Mention.Descriptive"/>, normalized to one canonical actor (the organization list's "Armed Forces
/// of the Russian Federation", else ACLED's form "Police Forces of Russia"), so that every report's description of one
/// side resolves to one entity. Descriptions are no names: recognition benchmarks leave them out. A span a name
/// already covers is left to the name.
/// </summary>
public sealed class ForceRecognizer : IAnnotator
{
    public string Name => "forces";
    public IReadOnlyList<string> Requires => ["tokens", "mentions"];
    public IReadOnlyList<string> Produces => ["forces"];

    /// <summary>Lower-case words that may stand between the nation and the force ("tactical", "штурмовые").</summary>
    private const int MaxModifiers = 2;

    private static readonly Lazy<Lexicons> Lex = new(() => new Lexicons());

    private sealed class Lexicons
    {
        public PhraseTable<string> Nations { get; } = new();
        public PhraseTable<string> Forces { get; } = new();
        public PhraseTable<(string Country, string Force)> Alone { get; } = new();
        public Dictionary<(string Country, string Force), string> Canonical { get; } = [];
        public PhraseTable<bool> NotBefore { get; } = new();
        public PhraseTable<bool> MembersBefore { get; } = new();
        public PhraseTable<bool> MembersAfter { get; } = new();

        public Lexicons()
        {
            foreach (var lang in Document.AnalysedLanguages)
                foreach (var r in Lexicon.Rows(typeof(ForceRecognizer).Assembly, lang, "forces.tsv"))
                    switch (r)
                    {
                        case ["nation", var phrase, var country, ..]: Nations.Add(phrase, country); break;
                        case ["force", var phrase, var force, ..]: Forces.Add(phrase, force); break;
                        case ["alone", var phrase, var country, var force, ..]: Alone.Add(phrase, (country, force)); break;
                        case ["canonical", var country, var force, var name, ..]: Canonical[(country, force)] = name; break;
                        case ["not-before", var phrase, ..]: NotBefore.Add(phrase, true); break;
                        case ["members-before", var phrase, ..]: MembersBefore.Add(phrase, true); break;
                        case ["members-after", var phrase, ..]: MembersAfter.Add(phrase, true); break;
                    }
        }
    }

    /// <summary>The canonical actor for a country's forces of one kind: the organization list's name where it has one.</summary>
    public static string Canonical(string country, string force) =>
        Lex.Value.Canonical.TryGetValue((country, force), out var name) ? name : (force == "police" ? "Police Forces of " : "Military Forces of ") + country;

    public void Annotate(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        var taken = new bool[tokens.Count];
        var organizations = new HashSet<int>();
        var starts = tokens.Select(t => t.Span.Start).ToArray();
        foreach (var m in doc.Mentions)
        {
            var k = Array.BinarySearch(starts, m.Span.Start);
            if (k >= 0 && m.Kind == MentionKind.Organization) organizations.Add(k);
            for (k = k >= 0 ? k : Math.Max(0, ~k - 1); k < tokens.Count && tokens[k].Span.Start < m.Span.End; k++)
                if (tokens[k].Span.Overlaps(m.Span)) taken[k] = true;
        }

        var found = new List<(int First, int End, string Normal)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (taken[i]) continue;
            if (Describe(doc, taken, i) is { } d)
            {
                if (!OfAGroup(doc, organizations, d.First, d.End)) found.Add(d);
                i = d.End - 1;
            }
        }
        if (found.Count == 0) return;

        // Merge into the mention list in text order; indexes shift, so antecedents and aliases are relinked.
        var all = doc.Mentions.Select(m => (Span: m.Span, Old: (int?)m.Index, Mention: m))
            .Concat(found.Select(f =>
            {
                var span = new Span(tokens[f.First].Span.Start, tokens[f.End - 1].Span.End);
                return (Span: span, Old: (int?)null, Mention: new Mention(0, span, MentionKind.Organization, doc.SpanText(span), f.Normal, tokens[f.First].Sentence) { Descriptive = true });
            }))
            .OrderBy(x => x.Span.Start).ToList();
        var index = new Dictionary<int, int>();
        for (var k = 0; k < all.Count; k++)
            if (all[k].Old is int old) index[old] = k;
        doc.Mentions = all.Select((x, k) => x.Mention with
        {
            Index = k,
            Antecedent = x.Mention.Antecedent is int a && index.TryGetValue(a, out var na) ? na : null,
        }).ToList();
        doc.Aliases = doc.Aliases.Select(l => l with { Mention = index[l.Mention], Alias = index[l.Alias] }).ToList();
    }

    /// <summary>
    /// Descriptions that are not a state's forces: "anti-Putin Russian forces", "former Russian soldiers", a group
    /// "made up of Russian soldiers", "Russian servicemen from the Free Russia Legion".
    /// </summary>
    private static bool OfAGroup(AnalyzedDocument doc, HashSet<int> organizations, int first, int end)
    {
        var low = doc.LowerTokens;
        bool Same(int k) => k >= 0 && k < low.Count && doc.Tokens[k].Sentence == doc.Tokens[first].Sentence;
        if (Same(first - 1) && Lex.Value.NotBefore.Match(low, first - 1) is { Length: 1 }) return true;
        for (var k = first - 1; k >= first - 4; k--)
            if (Same(k) && Lex.Value.MembersBefore.Match(low, k)?.Length == first - k) return true;
        return Same(end) && Lex.Value.MembersAfter.Match(low, end) is { } after
               && (organizations.Contains(end + after.Length) || Same(end + after.Length) && low[end + after.Length] == "the" && organizations.Contains(end + after.Length + 1));
    }

    /// <summary>A description starting at token <paramref name="i"/>: its token range and canonical actor.</summary>
    private static (int First, int End, string Normal)? Describe(AnalyzedDocument doc, bool[] taken, int i)
    {
        var low = doc.LowerTokens;
        var tokens = doc.Tokens;
        bool Free(int from, int length) => from + length <= tokens.Count && Enumerable.Range(from, length).All(k => !taken[k] && tokens[k].Sentence == tokens[i].Sentence);
        if (Lex.Value.Alone.Match(low, i) is { } alone && Free(i, alone.Length))
            return (i, i + alone.Length, Canonical(alone.Value.Country, alone.Value.Force));
        if (Lex.Value.Nations.Match(low, i) is not { } nation || !Free(i, nation.Length)) return null;
        var j = i + nation.Length;
        for (var modifiers = 0; modifiers <= MaxModifiers && j < tokens.Count && Free(j, 1); modifiers++, j++)
        {
            if (Lex.Value.Forces.Match(low, j) is { } force && Free(j, force.Length))
                return (i, j + force.Length, Canonical(nation.Value, force.Value));
            // Only plain lower-case words modify the force: a name, a number, punctuation or a conjunction ends the search.
            if (!tokens[j].IsWord || char.IsUpper(tokens[j].Text[0]) || AnalysisLexicons.Shared.IsFunctionWord(low[j])) return null;
        }
        return null;
    }
}
