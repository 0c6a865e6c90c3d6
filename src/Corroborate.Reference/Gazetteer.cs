using System.Globalization;
using Corroborate.Domain;

namespace Corroborate.Reference;

/// <summary>A GeoNames place of the compact gazetteer shipped in Data/places.tsv.gz.</summary>
public sealed record Place(long Id, string Name, double Lat, double Lon, string Country, string Admin1, string FeatureCode, long Population)
{
    public string Precision => FeatureCode switch
    {
        "PCLI" => "country",
        "ADM1" => "region",
        "ADM2" or "ADM3" => "district",
        _ => "settlement",
    };

    public PlaceInfo ToInfo(Gazetteer g) => new(Id, Lat, Lon, Country, g.Admin1Name(Country, Admin1), Precision);
}

/// <summary>
/// Offline GeoNames lookup by any name of a place, in any script, and by inflected Russian and Ukrainian forms.
/// Loaded once per process on first use.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> _shared = new(() => Load(typeof(Gazetteer).Assembly));
    public static Gazetteer Shared => _shared.Value;

    private readonly List<Place> _places = [];
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _admin1Names = new(StringComparer.Ordinal);

    public int Count => _places.Count;

    public static Gazetteer Load(System.Reflection.Assembly owner)
    {
        var g = new Gazetteer();
        var admin1 = Lexicon.Rows(owner, "Data/admin1.tsv");
        foreach (var r in admin1)
            if (r.Length >= 3) g._admin1Names[r[0]] = r[2];
        var byId = new Dictionary<long, int>();
        var seats = new Dictionary<(string, string), (double, double)>();
        using var stream = Lexicon.Open(owner, "Data/places.tsv.gz");
        if (stream is null) return g;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var c = line.Split('\t');
            if (c.Length < 10) continue;
            var place = new Place(long.Parse(c[0], CultureInfo.InvariantCulture), c[1],
                double.Parse(c[2], CultureInfo.InvariantCulture), double.Parse(c[3], CultureInfo.InvariantCulture),
                c[4], c[5], c[7], long.TryParse(c[8], CultureInfo.InvariantCulture, out var pop) ? pop : 0);
            var index = g._places.Count;
            g._places.Add(place);
            byId[place.Id] = index;
            if (place.FeatureCode == "PPLA") seats.TryAdd((place.Country, place.Admin1), (place.Lat, place.Lon));
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var stems = new HashSet<string>(StringComparer.Ordinal);
            foreach (var n in c[9].Split('|').Append(c[1]))
            {
                if (n.Length < 2) continue;
                keys.Add(NameKey.Skeleton(n));
                stems.Add(NameKey.StemKey(n));
            }
            foreach (var k in keys) Add(g._byKey, k, index);
            foreach (var k in stems) Add(g._byStem, k, index);
        }
        // Regions also go by their admin1 names in every language ("Belgorod Region", "Бєлгородська область").
        foreach (var r in admin1)
        {
            if (r.Length < 3 || !long.TryParse(r[1], CultureInfo.InvariantCulture, out var id)) continue;
            if (!byId.TryGetValue(id, out var index))
            {
                // Regions GeoNames rows are missing for: placed at their administrative seat.
                var code = r[0].Split('.');
                if (code.Length != 2 || !seats.TryGetValue((code[0], code[1]), out var seat)) continue;
                index = g._places.Count;
                g._places.Add(new Place(id, r[2], seat.Item1, seat.Item2, code[0], code[1], "ADM1", 0));
                byId[id] = index;
            }
            var names = r.Skip(2).Take(3).Concat(r.Length > 5 ? r[5].Split('|') : []).Where(n => n.Length >= 2);
            foreach (var n in names)
            {
                var key = NameKey.Skeleton(n);
                if (!g._byKey.TryGetValue(key, out var list) || !list.Contains(index)) Add(g._byKey, key, index);
                var stem = NameKey.StemKey(n);
                if (!g._byStem.TryGetValue(stem, out var sl) || !sl.Contains(index)) Add(g._byStem, stem, index);
            }
        }
        return g;
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int index)
    {
        if (key.Length == 0) return;
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(index);
    }

    public string? Admin1Name(string country, string admin1) =>
        _admin1Names.TryGetValue($"{country}.{admin1}", out var n) ? n : null;

    /// <summary>Whether any place goes by this name: the cheap question a tagger asks of every capitalized word.</summary>
    public bool Contains(string name) => _byKey.ContainsKey(NameKey.Skeleton(name)) || _byStem.ContainsKey(NameKey.StemKey(name));

    /// <summary>Places that go by this name (exact spelling variants first, then inflected forms).</summary>
    public IReadOnlyList<Place> Lookup(string name)
    {
        var found = new List<int>();
        if (_byKey.TryGetValue(NameKey.Skeleton(name), out var exact)) found.AddRange(exact);
        // Inflected forms (Курська, Белгородской) are matched by stem: a village spelled like the inflection must not win by spelling alone.
        if (_byStem.TryGetValue(NameKey.StemKey(name), out var stem)) found.AddRange(stem);
        return found.Distinct().Select(i => _places[i]).ToList();
    }

    /// <summary>
    /// The most likely place for a name: administrative and populous places first, a country-level hint breaks ties.
    /// Null when nothing matches: a named place without coordinates beats a wrong pin.
    /// </summary>
    public Place? Best(string name, IReadOnlyCollection<string>? countryHints = null)
    {
        var candidates = Lookup(name);
        if (candidates.Count == 0) return null;
        return candidates
            .OrderByDescending(p => countryHints is not null && countryHints.Contains(p.Country))
            .ThenByDescending(p => p.FeatureCode switch { "PCLI" => 4, "ADM1" => 3, "PPLC" or "PPLA" => 2, _ => 0 })
            .ThenByDescending(p => p.Population)
            .ThenBy(p => p.Id)
            .First();
    }
}
