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
        var international = NameIndex.Listed(owner, "Data/international-orgs.tsv", "intl:");
        var media = NameIndex.Listed(owner, "Data/media.tsv", "media:");
        var companies = NameIndex.Listed(owner, "Data/brands.tsv", "company:");
        // orgs.tsv.gz: name, type, language, aliases, group (empty for rows that belong to no group).
        var grouped = Lexicon.Rows(owner, "Data/orgs.tsv.gz")
            .Where(r => r.Length >= 5 && r[4].Length > 0).Select(r => (Id: "org:" + r[4], Names: r[3].Split('|', StringSplitOptions.RemoveEmptyEntries).Prepend(r[0]).ToArray()));
        return new KnownOrganizations(international.Concat(media).Concat(companies).Concat(grouped));
    });

    public static KnownOrganizations Shared => _shared.Value;

    private readonly NameIndex _names;

    public KnownOrganizations(IEnumerable<(string Id, string[] Names)> organizations) => _names = new NameIndex(organizations);

    /// <summary>The organization a name is written exactly as (in any case and punctuation), or null.</summary>
    public string? IdOf(string name) => _names.IdOf(name);

    /// <summary>The organization a name is, also in an inflected form the lists do not spell out ("Совбезе ООН"), or null.</summary>
    public string? IdOfAnyForm(string name) => _names.IdOfAnyForm(name);
}
