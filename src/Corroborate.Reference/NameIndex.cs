namespace Corroborate.Reference;

/// <summary>Ids of known things by each of their names, written exactly (in any case and punctuation) or inflected.</summary>
public sealed class NameIndex
{
    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byStem = new(StringComparer.Ordinal);

    /// <param name="inflected">Whether inflected forms are looked up too (<see cref="IdOfAnyForm"/>); without, no stems are kept.</param>
    public NameIndex(IEnumerable<(string Id, string[] Names)> rows, bool inflected = true)
    {
        foreach (var (id, names) in rows)
            foreach (var name in names)
            {
                _byName.TryAdd(NameKey.Clean(name), id);
                if (inflected) _byStem.TryAdd(NameKey.StemKey(name), id);
            }
    }

    /// <summary>A list of id and names (|): each row one thing, its id under the list's prefix.</summary>
    public static IEnumerable<(string Id, string[] Names)> Listed(System.Reflection.Assembly owner, string resource, string prefix) =>
        Lexicon.Rows(owner, resource).Where(r => r.Length >= 2).Select(r => (prefix + r[0], r[1].Split('|', StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>The id of what a name is written exactly as, or null.</summary>
    public string? IdOf(string name) => _byName.GetValueOrDefault(NameKey.Clean(name));

    /// <summary>The id of what a name is, also in an inflected form the list does not spell out ("Путина"), or null.</summary>
    public string? IdOfAnyForm(string name) => IdOf(name) ?? _byStem.GetValueOrDefault(NameKey.StemKey(name));
}
