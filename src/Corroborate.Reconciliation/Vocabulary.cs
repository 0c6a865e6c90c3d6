using Corroborate.Reference;

namespace Corroborate.Reconciliation;

public sealed record PropertyDefinition(string Name, string SubjectKind, string ValueType, string Cardinality);

/// <summary>The property vocabulary, read from Lexicons/properties.tsv.</summary>
public static class Vocabulary
{
    private static readonly Lazy<Dictionary<string, PropertyDefinition>> _all = new(() =>
        Lexicon.Rows(typeof(Vocabulary).Assembly, "Lexicons/properties.tsv")
            .Where(r => r.Length >= 4).ToDictionary(r => r[0], r => new PropertyDefinition(r[0], r[1], r[2], r[3])));

    public static IReadOnlyDictionary<string, PropertyDefinition> All => _all.Value;

    public static PropertyDefinition Of(string property) =>
        All.TryGetValue(property, out var p) ? p : new PropertyDefinition(property, "any", "text", "multi");
}
