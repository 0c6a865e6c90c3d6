using Corroborate.Reference;
using System.Globalization;
using Corroborate.Domain;

namespace Corroborate.Reconciliation;

/// <summary>
/// Facts and disagreements from statements: per subject and property, each value with its supporting statements
/// and independent origins; values that cannot both hold are a contradiction, or a change over time when stated for
/// different times, or a matter of precision when one refines the other; competing opinions are characterizations.
/// </summary>
public static class Facts
{
    /// <summary>The facts and disagreements of one subject: they depend on its statements and nothing else.</summary>
    public static (List<FactRecord> Facts, List<DisagreementRecord> Disagreements) BuildSubject(IReadOnlyList<StatementRecord> statements)
    {
        var facts = new List<FactRecord>();
        var disagreements = new List<DisagreementRecord>();
        foreach (var group in statements.GroupBy(s => (s.Subject, s.Property)).OrderBy(g => g.Key.Property, StringComparer.Ordinal))
        {
            var def = Vocabulary.Of(group.Key.Property);
            var values = group.GroupBy(s => Normalize(s.Value)).Select(g => g.ToList()).ToList();
            var conflicts = new List<(List<StatementRecord> A, List<StatementRecord> B, DisagreementKind Kind)>();
            for (var i = 0; i < values.Count; i++)
                for (var j = i + 1; j < values.Count; j++)
                    if (Compare(def, values[i], values[j]).Kind is { } kind) conflicts.Add((values[i], values[j], kind));
            var contested = conflicts.Where(c => c.Kind == DisagreementKind.Contradiction).SelectMany(c => new[] { c.A, c.B }).ToHashSet();
            foreach (var v in values)
            {
                var (status, origins) = Assess(v, contested.Contains(v));
                facts.Add(new FactRecord(group.Key.Subject, v[0].SubjectName, group.Key.Property, Display(v), status, origins.Count,
                    v.Select(s => s.Id).ToList(), origins));
            }
            foreach (var kind in conflicts.Select(c => c.Kind).Distinct())
            {
                var involved = conflicts.Where(c => c.Kind == kind).SelectMany(c => new[] { c.A, c.B }).Distinct().ToList();
                disagreements.Add(new DisagreementRecord(group.Key.Subject, group.First().SubjectName, group.Key.Property, kind,
                    involved.Select(v => new DisagreementValue(Display(v), v.Select(s => s.Id).ToList(), v.Select(s => s.Origin).Distinct().ToList(),
                        v.Select(s => s.ValidAt).Distinct().ToList())).ToList(),
                    Reason(kind, def)));
            }
        }
        return (facts, disagreements);
    }

    /// <summary>A value's status and its independent origins: those of the statements that do not deny it.</summary>
    internal static (FactStatus Status, List<string> Origins) Assess(IReadOnlyList<StatementRecord> v, bool contradicted)
    {
        var origins = v.Where(s => s.Stance != Stance.Denied).Select(s => s.Origin).Distinct().ToList();
        var deniedBy = v.Where(s => s.Stance == Stance.Denied).Select(s => s.Origin).Distinct().Count();
        // Denied by as many origins as state it, it is denied; denied by fewer, it is still contested.
        var status = deniedBy > 0 && deniedBy >= origins.Count ? FactStatus.Denied
            : contradicted || deniedBy > 0 ? FactStatus.Contested
            : origins.Count >= 2 ? FactStatus.Corroborated : FactStatus.SingleSource;
        return (status, origins);
    }

    internal static string Display(IReadOnlyList<StatementRecord> v) => v.GroupBy(s => s.Value).OrderByDescending(g => g.Count()).First().Key;

    /// <summary>Values that differ only in case, script or transliteration are one value (Granit, Гранит, Граніт).</summary>
    internal static string Normalize(string value) => NameKey.Skeleton(value);

    private static string Reason(DisagreementKind kind, PropertyDefinition def) => kind switch
    {
        DisagreementKind.Contradiction when def.Cardinality == "by-head" => $"these {def.Name} values are ranks of one kind, and a person holds one of them at a time",
        DisagreementKind.Contradiction => $"{def.Name} holds one value at a time, and these were stated for the same time",
        DisagreementKind.ChangeOverTime => $"the values of {def.Name} were stated for different times",
        DisagreementKind.Precision => "one value refines the other; both can be true",
        _ => "competing opinions, each attributed to whoever holds it",
    };

    /// <summary>How two values of one property relate: a kind of disagreement, or none, and why in either case.</summary>
    public static (DisagreementKind? Kind, string Why) Compare(PropertyDefinition def, IReadOnlyList<StatementRecord> a, IReadOnlyList<StatementRecord> b)
    {
        if (def.ValueType == "opinion")
            return a.Concat(b).Any(s => s.Stance == Stance.Characterized) && a.Select(s => s.Origin).Intersect(b.Select(s => s.Origin)).Count() < Math.Min(a.Count, b.Count)
                ? (DisagreementKind.Characterization, Reason(DisagreementKind.Characterization, def))
                : (null, "opinions that no one characterizes against each other, or that the same origins hold");
        if (def.Cardinality == "multi") return (null, $"{def.Name} can hold several values at once");
        var va = a[0].Value;
        var vb = b[0].Value;
        if (def.Cardinality == "by-head" && !SameHead(va, vb)) return (null, $"'{va}' and '{vb}' are different kinds of {def.Name}, which one can hold together");
        if (def.ValueType == "date" && DateValue.TryParse(va, out var da) && DateValue.TryParse(vb, out var db))
        {
            if (da.Refines(db) || db.Refines(da)) return (DisagreementKind.Precision, Reason(DisagreementKind.Precision, def));
            if (da.IsCompatibleWith(db)) return (null, $"the dates {va} and {vb} can overlap");
        }
        if (def.ValueType == "place")
        {
            var (pa, pb) = (PlaceValue.Parse(va), PlaceValue.Parse(vb));
            if (pa.Contains(pb) || pb.Contains(pa)) return (DisagreementKind.Precision, Reason(DisagreementKind.Precision, def));
        }
        var ta = a.Select(s => TimeOf(def, s)).Where(t => t.At is not null).Distinct().ToList();
        var tb = b.Select(s => TimeOf(def, s)).Where(t => t.At is not null).Distinct().ToList();
        var differentTimes = ta.Count > 0 && tb.Count > 0 && !ta.Select(t => t.At).Intersect(tb.Select(t => t.At)).Any() && !Overlap(ta, tb);
        var changeOverTime = (DisagreementKind.ChangeOverTime,
            $"{Reason(DisagreementKind.ChangeOverTime, def)}: {Times(ta)} against {Times(tb)}");
        if (def.ValueType == "quantity" && Comparable(va, vb) is { } comparable)
        {
            var (ra, rb, converted) = comparable;
            if (ra.Min <= rb.Max && rb.Min <= ra.Max)
            {
                // Values that can both be true still tell of a change when stated for different times ("several hundred" then "two battalions").
                if (differentTimes && def.Changes) return changeOverTime;
                if (converted is not null) return (null, converted);
                return (ra.Min, ra.Max) == (rb.Min, rb.Max) ? (null, "the same range") : (DisagreementKind.Precision, Reason(DisagreementKind.Precision, def));
            }
        }
        if (differentTimes) return changeOverTime;
        return (DisagreementKind.Contradiction, Reason(DisagreementKind.Contradiction, def)
            + (ta.Count == 0 || tb.Count == 0 ? " (one of them states no time, so both are read as holding at the same time)" : ""));
    }

    /// <summary>
    /// When a statement's value holds: the time its sentence gives, else, for a value that changes, the month of its
    /// report (a report of June tells the strength of June).
    /// </summary>
    private static (string? At, bool FromReport) TimeOf(PropertyDefinition def, StatementRecord s) =>
        s.ValidAt is not null ? (s.ValidAt, false)
        : def.Changes && s.StatedAt is { Length: >= 7 } stated && stated[4] == '-' ? (stated[..7], true)
        : (null, false);

    private static string Times(IEnumerable<(string? At, bool FromReport)> times) =>
        string.Join(", ", times.Select(t => t.FromReport ? $"{t.At} (its report's date)" : t.At));

    /// <summary>
    /// Two quantities as ranges in one unit: as they are when their units agree, or both in people when one counts
    /// formations ("1 battalion" is 300–1000 people), with the reason they can be compared.
    /// </summary>
    private static ((long Min, long Max) A, (long Min, long Max) B, string? Converted)? Comparable(string va, string vb)
    {
        if (Range(va) is not { } ra || Range(vb) is not { } rb) return null;
        var (ua, ub) = (Unit(va), Unit(vb));
        if (ua == ub) return (ra, rb, null);
        var pa = InPeople(ra, ua);
        var pb = InPeople(rb, ub);
        if (pa is null || pb is null) return null;
        return (pa.Value, pb.Value, $"'{va}' is about {pa.Value.Min}-{pa.Value.Max} people and '{vb}' about {pb.Value.Min}-{pb.Value.Max}: the counts can agree");
    }

    private static (long Min, long Max)? InPeople((long Min, long Max) r, string unit)
    {
        if (unit == "people") return r;
        if (!FormationSizes.Value.TryGetValue(unit, out var size)) return null;
        return (r.Min * size.Min, r.Max == long.MaxValue ? long.MaxValue : r.Max * size.Max);
    }

    /// <summary>How many people a formation usually counts, from Data/formation-sizes.tsv.</summary>
    private static readonly Lazy<Dictionary<string, (long Min, long Max)>> FormationSizes = new(() =>
        Lexicon.Rows(typeof(Vocabulary).Assembly, "Data/formation-sizes.tsv").Where(r => r.Length >= 3)
            .ToDictionary(r => r[0], r => (long.Parse(r[1], CultureInfo.InvariantCulture), long.Parse(r[2], CultureInfo.InvariantCulture)), StringComparer.Ordinal));

    private static bool Overlap(List<(string? At, bool FromReport)> ta, List<(string? At, bool FromReport)> tb) =>
        ta.Any(x => tb.Any(y => DateValue.TryParse(x.At, out var dx) && DateValue.TryParse(y.At, out var dy) && dx.IsCompatibleWith(dy)));

    private static bool SameHead(string a, string b) =>
        string.Equals(a.Split(' ')[^1], b.Split(' ')[^1], StringComparison.OrdinalIgnoreCase);

    /// <summary>"300-900 people" → (300, 900); "2 battalions" → (2, 2); "20+" → (20, max).</summary>
    public static (long Min, long Max)? Range(string value)
    {
        var first = value.Split(' ')[0];
        if (first.EndsWith('+') && long.TryParse(first[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var open)) return (open, long.MaxValue);
        var parts = first.Split('-');
        if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var lo) && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var hi)) return (lo, hi);
        return long.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (n, n) : null;
    }

    private static string Unit(string value)
    {
        var i = value.IndexOf(' ');
        return i < 0 ? "" : value[(i + 1)..].TrimEnd('s');
    }
}
