using Corroborate.Domain;
using Corroborate.Reconciliation;

namespace Corroborate.Pipeline;

/// <summary>What a user asks to have explained: a statement, an event, or an entity by id or any of its names.</summary>
public static class FactExplainer
{
    /// <summary>
    /// The explanations a query asks for: a statement id explains its subject's property; an event id or an entity
    /// (by id or any name, in any script) explains all its properties, or only <paramref name="property"/>.
    /// Null when nothing matches.
    /// </summary>
    public static (string SubjectName, IReadOnlyList<PropertyExplanation> Properties)? Explain(
        ResolutionResult resolution, ReconciliationResult record, string query, string? property = null)
    {
        if (record.Statements.FirstOrDefault(s => s.Id == query) is { } statement)
            return (statement.SubjectName, Explanations.Of(record.Statements, statement.Subject, property ?? statement.Property));
        var subjects = record.Statements.Select(s => s.Subject).ToHashSet(StringComparer.Ordinal);
        if (subjects.Contains(query))
            return (record.Statements.First(s => s.Subject == query).SubjectName, Explanations.Of(record.Statements, query, property));
        var found = EntityLookup.Find(resolution.Entities, query);
        if (found.Count == 0) return null;
        var entity = found.FirstOrDefault(e => subjects.Contains(e.Id)) ?? found[0];
        return (entity.Name, Explanations.Of(record.Statements, entity.Id, property));
    }
}
