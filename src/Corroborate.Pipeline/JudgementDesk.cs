using System.Globalization;
using Corroborate.Domain;
using Corroborate.Reference;
using Corroborate.Resolution;
using Corroborate.Storage;

namespace Corroborate.Pipeline;

/// <summary>A judgement that cannot be made as asked, with a one-line reason for the user.</summary>
public sealed class JudgementException(string message, bool notFound = false) : Exception(message)
{
    /// <summary>True when the request named an entity or judgement that does not exist.</summary>
    public bool NotFound { get; } = notFound;
}

/// <summary>
/// A user's corrections to resolution: merge two entities, split a name off one, undo a judgement. Each is checked,
/// appended to the store's judgements (never edited) and applied by rebuilding, so it survives re-ingest.
/// Surfaces (command line, HTTP API) call this; the rules live here once.
/// </summary>
public sealed class JudgementDesk(IStore store, Corroborator corroborator)
{
    public sealed record Outcome(Judgement Judgement, Entity? Entity);

    public Outcome Merge(string a, string b)
    {
        var entities = store.LoadResolution().Entities;
        var ea = Find(entities, a);
        var eb = Find(entities, b);
        if (ea.Id == eb.Id) throw new JudgementException($"'{a}' and '{b}' are already one entity ({ea.Name})");
        if (ea.Kind != eb.Kind) throw new JudgementException($"cannot merge a {Json.Name(ea.Kind)} ({ea.Name}) with a {Json.Name(eb.Kind)} ({eb.Name})");
        var j = store.AddJudgement(new Judgement(0, JudgementKind.Merge, ea.Kind, Key(ea, ea.Aliases[0].Name), Key(eb, eb.Aliases[0].Name),
            $"{ea.Name} = {eb.Name}", Now()));
        var merged = corroborator.Rebuild(store).Resolution.Entities.First(e => e.Aliases.Any(x => x.Name == ea.Aliases[0].Name));
        return new Outcome(j, merged);
    }

    public Outcome Split(string entity, string name)
    {
        var e = Find(store.LoadResolution().Entities, entity);
        var wanted = NameKey.Skeleton(name);
        var alias = e.Aliases.FirstOrDefault(x => NameKey.Skeleton(x.Name) == wanted)
                    ?? throw new JudgementException($"'{name}' is not a name of {e.Name}; its names are: {string.Join(", ", e.Aliases.Select(x => x.Name))}");
        if (e.Aliases.Count < 2) throw new JudgementException($"{e.Name} has only one name; there is nothing to split");
        var j = store.AddJudgement(new Judgement(0, JudgementKind.Split, e.Kind, Key(e, e.Aliases.First(x => x != alias).Name), Key(e, alias.Name),
            $"{alias.Name} is not {e.Name}", Now()));
        var kept = corroborator.Rebuild(store).Resolution.Entities.FirstOrDefault(x => x.Aliases.Any(y => y.Name == e.Aliases.First(z => z != alias).Name));
        return new Outcome(j, kept);
    }

    public Outcome Undo(long number)
    {
        var all = store.Judgements();
        var target = all.FirstOrDefault(j => j.Number == number) ?? throw new JudgementException($"there is no judgement #{number}", notFound: true);
        if (target.Kind == JudgementKind.Undo) throw new JudgementException($"judgement #{number} is an undo; make the judgement again instead");
        if (IsUndone(all, number)) throw new JudgementException($"judgement #{number} is already undone");
        var j = store.AddJudgement(new Judgement(0, JudgementKind.Undo, target.EntityKind, Number(number), "", $"undo #{number}: {target.Shown}", Now()));
        corroborator.Rebuild(store);
        return new Outcome(j, null);
    }

    /// <summary>Whether a later undo judgement has taken judgement <paramref name="number"/> back.</summary>
    public static bool IsUndone(IReadOnlyList<Judgement> all, long number) =>
        all.Any(j => j.Kind == JudgementKind.Undo && j.A == Number(number));

    private static Entity Find(IEnumerable<Entity> entities, string query) =>
        EntityLookup.Find(entities, query).FirstOrDefault() ?? throw new JudgementException($"no entity is named '{query}'", notFound: true);

    private static string Key(Entity e, string name) => Resolver.NameKeyOf(e.Kind, name);

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
