namespace Corroborate.Reference;

/// <summary>A property of the vocabulary; <see cref="Changes"/> when its value holds at a time (strength, leader) rather than once and for all.</summary>
public sealed record PropertyDefinition(string Name, string SubjectKind, string ValueType, string Cardinality, bool Changes = false);

/// <summary>The property vocabulary, read from Data/properties.tsv.</summary>
public static class Vocabulary
{
    private static readonly Lazy<Dictionary<string, PropertyDefinition>> _all = new(() =>
        Lexicon.Rows(typeof(Vocabulary).Assembly, "Data/properties.tsv")
            .Where(r => r.Length >= 4).ToDictionary(r => r[0], r => new PropertyDefinition(r[0], r[1], r[2], r[3], r.Length > 4 && r[4] == "changes")));

    public static IReadOnlyDictionary<string, PropertyDefinition> All => _all.Value;

    public static PropertyDefinition Of(string property) =>
        All.TryGetValue(property, out var p) ? p : new PropertyDefinition(property, "any", "text", "multi");
}
