namespace Corroborate.Reference;

/// <summary>
/// Organizations known under all their names in English, Russian and Ukrainian: international organizations
/// (Data/international-orgs.tsv: "UN", "ООН" and "Організації Об'єднаних Націй" are one), news outlets (Data/media.tsv:
/// "Le Monde", "Медуза"), companies that reports name alone (Data/brands.tsv: "Gazprom", "Rheinmetall") and the conflict actors of
/// Data/orgs.tsv.gz, whose rows name their organization's group ("ЗСУ", "ВСУ", "Armed Forces of Ukraine").
/// </summary>
public sealed class KnownOrganizations
{
    private static readonly Lazy<KnownOrganizations> _shared = new(() =>
    {
        var owner = typeof(KnownOrganizations).Assembly;
        var international = Listed(owner, "Data/international-orgs.tsv", "intl:");
        var media = Listed(owner, "Data/media.tsv", "media:");
        var companies = Listed(owner, "Data/brands.tsv", "company:");
        // orgs.tsv.gz: name, type, language, aliases, group (empty for rows that belong to no group).
        var grouped = Lexicon.Rows(owner, "Data/orgs.tsv.gz")
            .Where(r => r.Length >= 5 && r[4].Length > 0).Select(r => (Id: "org:" + r[4], Names: r[3].Split('|', StringSplitOptions.RemoveEmptyEntries).Prepend(r[0]).ToArray()));
        return new KnownOrganizations(international.Concat(media).Concat(companies).Concat(grouped));
    });

    /// <summary>A list of id and names (|): each row one organization, its id under the list's prefix.</summary>
    private static IEnumerable<(string Id, string[] Names)> Listed(System.Reflection.Assembly owner, string resource, string prefix) =>
        Lexicon.Rows(owner, resource).Where(r => r.Length >= 2).Select(r => (prefix + r[0], r[1].Split('|', StringSplitOptions.RemoveEmptyEntries)));
    public static KnownOrganizations Shared => _shared.Value;

    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byStem = new(StringComparer.Ordinal);

    public KnownOrganizations(IEnumerable<(string Id, string[] Names)> organizations)
    {
        foreach (var (id, names) in organizations)
            foreach (var name in names)
            {
                _byName.TryAdd(NameKey.Clean(name), id);
                _byStem.TryAdd(NameKey.StemKey(name), id);
            }
    }

    /// <summary>The organization a name is written exactly as (in any case and punctuation), or null.</summary>
    public string? IdOf(string name) => _byName.GetValueOrDefault(NameKey.Clean(name));

    /// <summary>The organization a name is, also in an inflected form the lists do not spell out ("Совбезе ООН"), or null.</summary>
    public string? IdOfAnyForm(string name) => IdOf(name) ?? _byStem.GetValueOrDefault(NameKey.StemKey(name));
}
