using Corroborate.Reference;
using Corroborate.Domain;

namespace Corroborate.Reconciliation;

/// <summary>One origin behind a value: the statements that trace to it, each with the chain that led there.</summary>
public sealed record OriginExplanation(string Origin, string OriginName, IReadOnlyList<StatementRecord> Statements, string Independence);

/// <summary>One value of a property: its spellings, status, why it has that status, and the origins behind it.</summary>
public sealed record ValueExplanation(string Value, IReadOnlyList<string> Spellings, FactStatus Status, int IndependentOrigins, string Why,
    IReadOnlyList<OriginExplanation> Origins);

/// <summary>How two values of one property relate: a kind of disagreement or none, and why.</summary>
public sealed record ValueComparison(string A, string B, DisagreementKind? Kind, string Why);

/// <summary>Why a subject's property has the values, statuses and disagreements it has.</summary>
public sealed record PropertyExplanation(string Subject, string SubjectName, string Property, IReadOnlyList<ValueExplanation> Values,
    IReadOnlyList<ValueComparison> Comparisons);

/// <summary>
/// Explains facts from their statements with the very rules <see cref="Facts"/> applies: values are grouped and
/// compared the same way, so an explanation never tells a different story from the record.
/// </summary>
public static class Explanations
{
    public static IReadOnlyList<PropertyExplanation> Of(IEnumerable<StatementRecord> statements, string subject, string? property = null) =>
        statements.Where(s => s.Subject == subject && (property is null || s.Property == property))
            .GroupBy(s => s.Property).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Explain(g.ToList()))
            .ToList();

    private static PropertyExplanation Explain(List<StatementRecord> statements)
    {
        var def = Vocabulary.Of(statements[0].Property);
        var values = statements.GroupBy(s => Facts.Normalize(s.Value)).Select(g => g.ToList()).ToList();
        var comparisons = new List<(int A, int B, DisagreementKind? Kind, string Why)>();
        for (var i = 0; i < values.Count; i++)
            for (var j = i + 1; j < values.Count; j++)
            {
                var (kind, why) = Facts.Compare(def, values[i], values[j]);
                comparisons.Add((i, j, kind, why));
            }
        var explained = values.Select((v, i) =>
        {
            var contradictedBy = comparisons.Where(c => c.Kind == DisagreementKind.Contradiction && (c.A == i || c.B == i))
                .Select(c => Facts.Display(values[c.A == i ? c.B : c.A])).ToList();
            var (status, origins) = Facts.Assess(v, contradictedBy.Count > 0);
            return new ValueExplanation(Facts.Display(v), v.Select(s => s.Value).Distinct().ToList(), status, origins.Count,
                Why(status, v, origins, contradictedBy), v.GroupBy(s => s.Origin).Select(Origin).ToList());
        }).ToList();
        return new PropertyExplanation(statements[0].Subject, statements[0].SubjectName, def.Name, explained,
            comparisons.Select(c => new ValueComparison(explained[c.A].Value, explained[c.B].Value, c.Kind, c.Why)).ToList());
    }

    private static string Why(FactStatus status, List<StatementRecord> v, List<string> origins, List<string> contradictedBy)
    {
        var names = string.Join(", ", v.Where(s => origins.Contains(s.Origin)).Select(s => s.OriginName).Distinct());
        var deniers = v.Where(s => s.Stance == Stance.Denied).Select(s => s.OriginName).Distinct().ToList();
        return status switch
        {
            FactStatus.Denied => origins.Count == 0 ? $"denied by {string.Join(", ", deniers)}, and asserted by no one"
                : $"denied by {string.Join(", ", deniers)}: as many origins or more than assert it ({names})",
            FactStatus.Contested => $"contradicted by {string.Join(", ", contradictedBy.Select(x => $"'{x}'"))}",
            FactStatus.Corroborated => $"{origins.Count} independent origins: {names}",
            _ when v.Count > 1 => $"{v.Count} statements, but all from one origin: {names}",
            _ => $"one statement, from {names}",
        };
    }

    private static OriginExplanation Origin(IGrouping<string, StatementRecord> group)
    {
        var list = group.ToList();
        var documents = list.Select(s => s.Document).Distinct().Count();
        var independence = list.Count == 1 ? "one statement"
            : $"{list.Count} statements in {documents} report(s) count once: all trace to {list[0].OriginName}";
        return new OriginExplanation(group.Key, list[0].OriginName, list, independence);
    }
}
