using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Pipeline;

/// <summary>Finds entities by id or by any of their names, in any script or inflection, best match first.</summary>
public static class EntityLookup
{
    public static IReadOnlyList<Entity> Find(IEnumerable<Entity> entities, string query)
    {
        var skeleton = NameKey.Skeleton(query);
        var stem = NameKey.StemKey(query);
        return entities
            .Select(e => (e, score: e.Id == query ? 4 : NameKey.Skeleton(e.Name) == skeleton ? 3 : e.Aliases.Any(a => NameKey.Skeleton(a.Name) == skeleton) ? 2
                : e.Aliases.Any(a => NameKey.StemKey(a.Name) == stem) ? 1 : 0))
            .Where(x => x.score > 0).OrderByDescending(x => x.score).ThenByDescending(x => x.e.Mentions).Select(x => x.e).ToList();
    }
}
