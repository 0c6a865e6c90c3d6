using System.Globalization;

namespace Corroborate.Reference;

/// <summary>The second tier: the world's places (GeoNames cities-500, installed at setup), countries and continents.</summary>
public sealed partial class Gazetteer
{
    /// <summary>GeoNames cities-500 rows outside the regional tier, with their Latin and Cyrillic names.</summary>
    private void LoadWorldPlaces(string path)
    {
        // Keys are the cost of loading: computed on every core, added in file order so indexes stay deterministic.
        var rows = File.ReadLines(path).AsParallel().AsOrdered().Select(WorldRow).Where(r => r is not null).ToList();
        var sums = new Dictionary<(string, string), (double Lat, double Lon, int N)>();
        foreach (var (place, keys) in rows.Select(r => r!.Value))
        {
            if (_byId.ContainsKey(place.Id)) continue;
            var region = (place.Country, place.Admin1);
            var (lat, lon, n) = sums.GetValueOrDefault(region);
            sums[region] = (lat + place.Lat, lon + place.Lon, n + 1);
            Index(AddPlace(place), keys, world: true);
        }
        // A world region sits at the middle of its places (California near Fresno, not at Sacramento): closer to where
        // a reader puts a region than its seat is.
        foreach (var (region, (lat, lon, n)) in sums) _worldRegionCentres[region] = (Math.Round(lat / n, 4), Math.Round(lon / n, 4));
        HasWorld = true;
    }

    private static (Place Place, (string[], string[]) Keys)? WorldRow(string line)
    {
        var c = line.Split('\t');
        if (c.Length < 15 || RegionalCountries.Contains(c[8])) return null;
        var place = new Place(long.Parse(c[0], CultureInfo.InvariantCulture), c[1],
            double.Parse(c[4], CultureInfo.InvariantCulture), double.Parse(c[5], CultureInfo.InvariantCulture),
            c[8], c[10], c[7], long.TryParse(c[14], CultureInfo.InvariantCulture, out var pop) ? pop : 0);
        // Russian and Ukrainian names of every place; other Latin spellings (exonyms such as Warschau, Varsovie)
        // only for prominent places: they are what reports use, and the rest would double the load time.
        var latinToo = place.FeatureCode is "PPLC" or "PPLA" || place.Population >= 100_000;
        var names = new List<string> { c[1], c[2] };
        foreach (var n in c[3].Split(','))
            if (n.Length >= 3 && (NameKey.IsCyrillic(n[0]) ? IsCyrillicName(n) : latinToo && IsLatinName(n))) names.Add(n);
        return (place, Keys(names));
    }

    private static bool IsCyrillicName(string n)
    {
        foreach (var ch in n)
            if (char.IsLetter(ch) ? !NameKey.IsCyrillic(ch) : ch is not (' ' or '-' or '’' or '\'')) return false;
        return true;
    }

    /// <summary>Latin spellings only: alternate names in other scripts, codes and links are of no use to reports in EN/RU/UK.</summary>
    private static bool IsLatinName(string n)
    {
        var lower = false;
        foreach (var ch in n)
        {
            if (char.IsLetter(ch)) { if (ch > '\u024F') return false; lower |= char.IsLower(ch); }
            else if (ch is not (' ' or '-' or '’' or '\'' or '.')) return false;
        }
        return lower;
    }

    /// <summary>Countries outside the regional tier, placed at the centre of their land (countries.tsv), else at their capital.</summary>
    private void LoadCountries(IReadOnlyList<string[]> rows, IReadOnlyList<string[]> aliases)
    {
        var extra = aliases.Where(r => r.Length >= 2).ToDictionary(r => r[0], r => r[1].Split('|'));
        var capitals = _places.Where(p => p.FeatureCode == "PPLC").GroupBy(p => p.Country).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Population)!);
        foreach (var r in rows)
        {
            if (r.Length < 9 || RegionalCountries.Contains(r[0]) || !long.TryParse(r[1], CultureInfo.InvariantCulture, out var id)) continue;
            (double, double)? centre = r.Length >= 12 && double.TryParse(r[10], CultureInfo.InvariantCulture, out var lat) && double.TryParse(r[11], CultureInfo.InvariantCulture, out var lon)
                ? (lat, lon) : capitals.TryGetValue(r[0], out var capital) ? (capital.Lat, capital.Lon) : null;
            if (centre is not { } c) continue;
            var index = AddPlace(new Place(id, r[2], c.Item1, c.Item2, r[0], "", "PCLI", long.TryParse(r[7], CultureInfo.InvariantCulture, out var pop) ? pop : 0));
            Index(index, r.Skip(2).Take(3).Concat(r[5].Split('|')).Where(n => n.Length >= 3).Concat(extra.GetValueOrDefault(r[0], [])), world: true);
        }
        LoadAliases(aliases.Where(r => RegionalCountries.Contains(r[0])).ToList());
    }

    /// <summary>Extra names of the regional tier's countries (РФ, Russian Federation).</summary>
    private void LoadAliases(IReadOnlyList<string[]> aliases)
    {
        foreach (var r in aliases.Where(r => r.Length >= 2 && RegionalCountries.Contains(r[0])))
            if (_places.FindIndex(p => p.FeatureCode == "PCLI" && p.Country == r[0]) is >= 0 and var index)
                Index(index, r[1].Split('|'), world: false);
    }

    private void LoadContinents(IReadOnlyList<string[]> rows)
    {
        foreach (var r in rows.Where(r => r.Length >= 5))
            Index(AddPlace(new Place(long.Parse(r[1], CultureInfo.InvariantCulture), r[4].Split('|')[0], double.Parse(r[2], CultureInfo.InvariantCulture),
                double.Parse(r[3], CultureInfo.InvariantCulture), "", "", "CONT", 0)), r[4].Split('|'), world: true);
    }

    /// <summary>
    /// Seas, rivers, mountains, islands and regions of the world (Data/world-features.tsv), which GeoNames' cities and
    /// countries lack: "the Black Sea", "the Alps", "Donbas". Their ids are negative and content-hashed from their key,
    /// apart from GeoNames' ids and the regional supplement's (-900000000 and up).
    /// </summary>
    private void LoadFeatures(IReadOnlyList<string[]> rows)
    {
        foreach (var r in rows.Where(r => r.Length >= 5))
        {
            var names = r[4].Split('|', StringSplitOptions.RemoveEmptyEntries);
            var place = new Place(FeatureId(r[0]), names[0], double.Parse(r[2], CultureInfo.InvariantCulture), double.Parse(r[3], CultureInfo.InvariantCulture), "", "", r[1], 0);
            if (_byId.ContainsKey(place.Id)) continue;
            var index = AddPlace(place);
            Index(index, names, world: true);
            // "Черного моря", "Чорному морі": a short head word keeps its ending under the stem key, so the loose key finds them.
            foreach (var loose in names.Where(n => NameKey.IsCyrillic(n[0]) && n.Contains(' ')).Select(NameKey.LooseStemKey).Distinct(StringComparer.Ordinal))
                AddUnique(_byLooseStem, loose, index);
        }
    }

    /// <summary>A feature's id: -(10^12 + the first five bytes of its key's SHA-256), the same on every machine.</summary>
    public static long FeatureId(string key)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key));
        long n = 0;
        for (var k = 0; k < 5; k++) n = n << 8 | hash[k];
        return -(1_000_000_000_000L + n);
    }
}
