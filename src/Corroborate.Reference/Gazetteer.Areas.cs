using System.Globalization;

namespace Corroborate.Reference;

/// <summary>Regions and districts: their names in every form reports use (Grayvoronsky District, на Бєлгородщині), and where they are.</summary>
public sealed partial class Gazetteer
{
    /// <summary>Admin1 rows: code, GeoNames id, then names; a region GeoNames has no row for is placed at its seat.</summary>
    private void LoadRegions(IReadOnlyList<string[]> rows, Dictionary<(string, string), (double, double)> seats, bool world)
    {
        foreach (var r in rows)
        {
            if (r.Length < 3 || !long.TryParse(r[1], CultureInfo.InvariantCulture, out var id)) continue;
            _admin1Names[r[0]] = r[2];
            if (!_byId.TryGetValue(id, out var index))
            {
                var code = r[0].Split('.');
                if (code.Length != 2 || !seats.TryGetValue((code[0], code[1]), out var seat)) continue;
                index = AddPlace(new Place(id, r[2], seat.Item1, seat.Item2, code[0], code[1], "ADM1", 0));
            }
            var names = (world ? r.Skip(2) : r.Skip(2).Take(3).Concat(r.Length > 5 ? r[5].Split('|') : [])).Where(n => n.Length >= 2).ToList();
            Index(index, names, world);
            if (!world) IndexCores(_regionCores, index, names);
        }
    }

    /// <summary>
    /// Districts GeoNames lists as admin2 codes only (Russia, Belarus, Ukraine's raions since 2020): placed at the
    /// middle of their settlements; one with no settlement in the gazetteer has no coordinates to give and is left out.
    /// </summary>
    private void LoadDistricts(IReadOnlyList<string[]> rows, Dictionary<string, List<(double Lat, double Lon)>> members)
    {
        // Towns by region and the first letters of their name, to find the seat a district is named after.
        var towns = _places.Where(p => RegionalCountries.Contains(p.Country) && p.FeatureCode.StartsWith("PPL", StringComparison.Ordinal))
            .Select(p => (Place: p, Key: NameKey.Skeleton(p.Name))).Where(x => x.Key.Length >= 4)
            .ToLookup(x => (x.Place.Country, x.Place.Admin1, x.Key[..4]), x => x.Place);
        foreach (var r in rows)
        {
            if (r.Length < 3 || !long.TryParse(r[1], CultureInfo.InvariantCulture, out var id)) continue;
            var names = r.Skip(2).Take(3).Concat(r.Length > 5 ? r[5].Split('|') : []).Where(n => n.Length >= 2).ToList();
            if (!_byId.TryGetValue(id, out var index))
            {
                var code = r[0].Split('.');
                if (code.Length != 3) continue;
                // Ukraine's raions since 2020 have no settlements under their codes yet: placed at their namesake seat.
                var seat = members.TryGetValue(r[0], out var inside) ? null : Seat(code[0], code[1], names, towns);
                if (inside is null && seat is null) continue;
                var (lat, lon) = inside is not null ? (Math.Round(inside.Average(p => p.Lat), 4), Math.Round(inside.Average(p => p.Lon), 4)) : (seat!.Lat, seat.Lon);
                index = AddPlace(new Place(id, r[2], lat, lon, code[0], code[1], "ADM2", 0));
                // Indexed with the second tier, so that the tagger's gazetteer feature (Contains) stays what it was trained with.
                Index(index, names, world: true);
                // "Kupiansk district", "Shostka district": a district also goes by its seat's name.
                if (seat is not null) names.Add(seat.Name);
            }
            IndexCores(_districtCores, index, names);
        }
    }

    /// <summary>The town a district is named after: in its region, sharing the first letters of its name, the most important.</summary>
    private Place? Seat(string country, string admin1, IEnumerable<string> names, ILookup<(string, string, string), Place> towns)
    {
        var prefixes = names.Select(AreaCore).Where(c => c is { Length: >= 4 }).Select(c => c![..4]).Distinct(StringComparer.Ordinal);
        return prefixes.SelectMany(prefix => towns[(country, admin1, prefix)])
            .OrderByDescending(p => p.FeatureCode is "PPLA" or "PPLA2").ThenByDescending(p => p.Population).ThenBy(p => p.Id).FirstOrDefault();
    }

    private void IndexCores(Dictionary<string, List<int>> map, int index, IEnumerable<string> names)
    {
        foreach (var core in names.Select(AreaCore).Where(c => c is { Length: >= 3 }).Distinct(StringComparer.Ordinal)) AddUnique(map, core!, index);
    }

    /// <summary>Words that say "district" or "region" rather than name one, in the forms reports use.</summary>
    private static readonly HashSet<string> DistrictHeads = new(StringComparer.Ordinal)
    {
        "district", "raion", "rayon", "rajon", "район", "района", "районе", "районі", "району", "районом", "округ", "округа", "округе", "окрузі",
        "городской", "городского", "городском", "міський", "міського", "міському", "муниципальный", "муниципального", "urban", "municipal", "okrug",
        "міськрада", "mis’krada", "miskrada", "громада", "громади", "hromada",
    };
    private static readonly HashSet<string> RegionHeads = new(StringComparer.Ordinal)
    {
        "region", "oblast", "oblast’", "oblast'", "province", "область", "области", "областью", "області", "областю", "край", "края", "крае", "краю",
    };

    /// <summary>What kind of area a name says it is: "district", "region", or null for a bare name.</summary>
    public static string? AreaHead(string name)
    {
        var words = NameKey.Clean(name).Split(' ');
        if (words.Any(DistrictHeads.Contains)) return "district";
        if (words.Any(RegionHeads.Contains) || words.Any(IsShchyna)) return "region";
        return null;
    }

    /// <summary>Ukrainian and Russian region nicknames: Бєлгородщина, Донеччині, Курщину, Брянщины.</summary>
    private static bool IsShchyna(string word) => ShchynaStem(word) is not null;

    private static string? ShchynaStem(string word)
    {
        foreach (var marker in (string[])["ччин", "щин"])
        {
            var at = word.LastIndexOf(marker, StringComparison.Ordinal);
            if (at >= 3 && word.Length - at - marker.Length <= 3) return word[..at];
        }
        return null;
    }

    /// <summary>
    /// A district's or region's name without its head words and adjective ending, as a skeleton: Grayvoronskiy Rayon,
    /// Грайворонского района and Грайворонському районі share "graivoron"; Бєлгородщина and Белгородская область share "belgorod".
    /// </summary>
    private static string? AreaCore(string name)
    {
        var words = NameKey.Clean(name).Split(' ').Where(w => !DistrictHeads.Contains(w) && !RegionHeads.Contains(w)).ToList();
        if (words.Count == 0) return null;
        if (ShchynaStem(words[^1]) is { } stem) words[^1] = stem;
        var skeleton = NameKey.Skeleton(string.Join(' ', words));
        var suffix = System.Text.RegularExpressions.Regex.Match(skeleton, "[sc]k[a-z]{0,4}$");
        return suffix.Success && suffix.Index >= 3 ? skeleton[..suffix.Index] : skeleton;
    }
}
