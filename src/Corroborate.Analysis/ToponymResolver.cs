using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Analysis;

/// <summary>
/// Resolves each place mention to a GeoNames place by the document's context: a region or country right after the
/// name ("Pervomaisk, Luhansk region", "в селе Козинка Белгородской области"), the regions and countries the
/// document names, closeness to the places it names unambiguously, the language's home countries, feature type
/// and population. A name that nothing in the document decides between small namesakes stays unresolved: a named
/// place without coordinates beats a wrong pin.
/// </summary>
public sealed class ToponymResolver(Gazetteer gazetteer) : IAnnotator
{
    public string Name => "toponyms";
    public IReadOnlyList<string> Requires => ["mentions"];
    public IReadOnlyList<string> Produces => ["places"];

    /// <summary>Where reports in a language are most likely about, all else equal.</summary>
    private static readonly Dictionary<string, string[]> HomeCountries = new(StringComparer.Ordinal)
    {
        ["uk"] = ["UA"], ["ru"] = ["RU", "UA", "BY"], ["en"] = ["UA", "RU", "BY"],
    };

    /// <summary>Words that may stand between a place and the region that qualifies it.</summary>
    private static readonly HashSet<string> QualifierGlue = new(StringComparer.Ordinal)
    { "in", "the", "of", "near", "в", "во", "на", "у", "із", "из", "з", "під", "под", "region", "oblast" };

    private sealed record Candidate(Place Place, bool Exact, bool BareName);

    /// <summary>The war's front-line and border regions (Lexicons/war-regions.tsv): a small tie-breaker between namesakes.</summary>
    private static readonly Lazy<HashSet<(string Country, string Admin1)>> WarRegions = new(() =>
        Lexicon.Rows(typeof(ToponymResolver).Assembly, "Lexicons/war-regions.tsv").Where(r => r.Length >= 2).Select(r => (r[0], r[1])).ToHashSet());

    public void Annotate(AnalyzedDocument doc)
    {
        var mentions = doc.Mentions;
        var places = mentions.Where(m => m.Kind == MentionKind.Place && m.Antecedent is null).OrderBy(m => m.Span.Start).ToList();
        if (places.Count == 0) return;
        var candidates = places.ToDictionary(m => m.Index, Candidates);
        // "the Belgorod regional administration": the region, not its capital.
        foreach (var m in places)
            if (RegionalAfter(doc, m) && gazetteer.Lookup(m.Text + " region").Where(p => p.FeatureCode == "ADM1").ToList() is { Count: > 0 } regions)
                candidates[m.Index] = regions.Select(p => new Candidate(p, false, false)).ToList();
        // "the left bank of the Dnipro", "форсували Дніпро": the river, not the city of its name.
        foreach (var m in places)
            if (candidates[m.Index].Any(c => c.Place.FeatureCode == "STM") && RiverCueBefore(doc, m))
                candidates[m.Index] = candidates[m.Index].Where(c => c.Place.FeatureCode == "STM").ToList();
        var qualifiers = Qualifiers(doc, places, candidates);
        var home = HomeCountries.TryGetValue(doc.Language, out var h) ? h : [];

        // Pass 1: without closeness, to learn the document's regions, countries and unambiguous anchors.
        var first = places.ToDictionary(m => m.Index, m => Rank(candidates[m.Index], qualifiers.GetValueOrDefault(m.Index), home, Context.Empty with { Language = doc.Language }));
        var context = Context.From(first.Values.Where(r => r.Count > 0).Select(r => r[0].Place).ToList(),
            first.Where(kv => IsAnchor(kv.Value)).Select(kv => (kv.Key, kv.Value[0].Place)).ToList()) with
        {
            Possible = candidates.Where(kv => kv.Value.Count is > 0 and <= 30)
                .SelectMany(kv => kv.Value.Where(c => c.Place.PrecisionRank <= 1).Select(c => (kv.Key, c.Place))).ToList(),
            Language = doc.Language,
        };

        // Pass 2: everything the document says. A name does not vouch for itself: its repetitions are left out of
        // its own context, while another name of the same place (Артемовск for Бахмут) counts fully.
        var sameName = places.GroupBy(m => NameKey.StemKey(m.Normal)).ToDictionary(g => g.Key, g => (IReadOnlySet<int>)g.Select(m => m.Index).ToHashSet());
        var resolved = new Dictionary<int, long>();
        var areas = new Dictionary<int, long>();
        foreach (var m in places)
        {
            var ranked = Rank(candidates[m.Index], qualifiers.GetValueOrDefault(m.Index), home, context with { Self = sameName[NameKey.StemKey(m.Normal)] });
            if (ranked.Count == 0) continue;
            if (Decided(ranked)) resolved[m.Index] = ranked[0].Place.Id;
            // Undecided between namesakes that all lie in one region or country: that much is known (0: not even that).
            else areas[m.Index] = gazetteer.CommonArea(ranked.Where(r => r.Score > ranked[0].Score - 1).Select(r => r.Place).ToList())?.Id ?? 0;
        }
        if (resolved.Count == 0 && areas.Count == 0) return;
        doc.Mentions = mentions.Select(m => m.Kind != MentionKind.Place ? m
            : resolved.TryGetValue(m.Antecedent ?? m.Index, out var id) ? m with { GeonamesId = id }
            : areas.TryGetValue(m.Antecedent ?? m.Index, out var area) ? m with { AreaId = area } : m).ToList();
    }

    /// <summary>A river's word among the three words before a mention (river-cues.txt).</summary>
    private static bool RiverCueBefore(AnalyzedDocument doc, Mention m)
    {
        var before = doc.Text.AsSpan(Math.Max(0, m.Span.Start - 60), Math.Min(60, m.Span.Start)).ToString();
        var words = before.Split([' ', ',', '\n', '(', '"', '«'], StringSplitOptions.RemoveEmptyEntries);
        return words.TakeLast(3).Any(w => AnalysisLexicons.Shared.RiverCues.Contains(Casing.Lower(w)));
    }

    private static bool RegionalAfter(AnalyzedDocument doc, Mention m) =>
        doc.Text.AsSpan(m.Span.End).TrimStart(' ').StartsWith("regional ", StringComparison.OrdinalIgnoreCase);

    private List<Candidate> Candidates(Mention m)
    {
        var (exact, normal) = (NameKey.Skeleton(m.Text), NameKey.Skeleton(m.Normal));
        var bare = Gazetteer.AreaHead(m.Text) is null;
        var found = gazetteer.Lookup(m.Normal).Concat(gazetteer.Lookup(m.Text)).DistinctBy(p => p.Id)
            .Select(p => new Candidate(p, NameKey.Skeleton(p.Name) is var name && (name == exact || name == normal), bare)).ToList();
        return found.Count > 0 || bare ? found : QualifiedInside(m.Text);
    }

    /// <summary>
    /// One mention naming a place and its area ("Старая Гута Брянской области", "Kozinka Belgorod Oblast"): the
    /// places of the leading words that lie inside the area of the trailing ones.
    /// </summary>
    private List<Candidate> QualifiedInside(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = words.Length - 1; k >= 1; k--)
        {
            var (name, area) = (string.Join(' ', words[..k]), string.Join(' ', words[k..]));
            if (Gazetteer.AreaHead(area) is null) continue;
            var areas = gazetteer.Lookup(area).Where(p => p.PrecisionRank is 1 or 2).ToList();
            var inside = gazetteer.Lookup(name).Where(p => areas.Any(a => Within(p, a))).ToList();
            if (inside.Count > 0) return inside.Select(p => new Candidate(p, true, true)).ToList();
        }
        return [];
    }

    /// <summary>A region, district or country named right after a place qualifies it: "Kozinka, Belgorod Oblast", "Первомайськ на Луганщині".</summary>
    private Dictionary<int, Place> Qualifiers(AnalyzedDocument doc, List<Mention> places, Dictionary<int, List<Candidate>> candidates)
    {
        var result = new Dictionary<int, Place>();
        for (var i = 0; i + 1 < places.Count; i++)
        {
            var (a, b) = (places[i], places[i + 1]);
            if (a.Sentence != b.Sentence || b.Span.Start - a.Span.End > 24) continue;
            var gap = doc.Text[a.Span.End..b.Span.Start];
            var words = gap.Split([' ', ',', '(', ')', '–', '-', '\n'], StringSplitOptions.RemoveEmptyEntries);
            if (!words.All(w => QualifierGlue.Contains(Casing.Lower(w)))) continue;
            var qualifier = candidates[b.Index].Select(c => c.Place).Where(p => p.PrecisionRank >= 1)
                .OrderByDescending(Gazetteer.FeatureWeight).ThenByDescending(p => p.Population).FirstOrDefault();
            if (qualifier is not null && candidates[a.Index].Any(c => Within(c.Place, qualifier))) result[a.Index] = qualifier;
        }
        return result;
    }

    private static bool Within(Place p, Place area) => area.FeatureCode switch
    {
        "PCLI" => p.Country == area.Country,
        "ADM1" => p.Country == area.Country && p.Admin1 == area.Admin1,
        _ => p.Country == area.Country && p.Admin1 == area.Admin1 && p.KilometresTo(area) < 60,
    } && p.Id != area.Id;

    private sealed record Context(IReadOnlySet<string> Countries, IReadOnlySet<(string, string)> Regions, IReadOnlyList<(int Mention, Place Place)> Anchors, IReadOnlySet<int> Self)
    {
        public static readonly Context Empty = new(new HashSet<string>(), new HashSet<(string, string)>(), [], new HashSet<int>());

        /// <summary>Every settlement or district some other place name of the document may be: namesakes near each other explain each other.</summary>
        public IReadOnlyList<(int Mention, Place Place)> Possible { get; init; } = [];

        /// <summary>The document's language.</summary>
        public string Language { get; init; } = "";

        /// <summary>Countries the document names (or names regions of) or its anchors lie in; regions it names; anchors that are settlements or districts.</summary>
        public static Context From(IReadOnlyList<Place> tops, IReadOnlyList<(int Mention, Place Place)> anchors) => new(
            tops.Where(p => p.FeatureCode is "PCLI" or "ADM1" or "ADM2").Select(p => p.Country).Concat(anchors.Select(a => a.Place.Country)).ToHashSet(),
            tops.Where(p => p.FeatureCode is "ADM1" or "ADM2").Select(p => (p.Country, p.Admin1)).ToHashSet(),
            anchors.Where(a => a.Place.PrecisionRank <= 1).ToList(), new HashSet<int>());
    }

    /// <summary>Unambiguous enough to steer the others: one candidate, or a clear winner.</summary>
    private static bool IsAnchor(List<Ranked> ranked) =>
        ranked.Count == 1 || (ranked.Count > 1 && ranked[0].Score - ranked[1].Score >= 2);

    /// <summary>A small place among namesakes with nothing in the document to choose by is left unresolved.</summary>
    private static bool Decided(List<Ranked> ranked) =>
        ranked.Count == 1 || ranked[0].Place.Population >= 10_000 || Gazetteer.FeatureWeight(ranked[0].Place) > 0 || ranked[0].Place.IsNaturalFeature
        || ranked[0].Score - ranked[1].Score >= (ranked[0].Support > 0 ? 0.25 : 1);

    /// <summary>A candidate's score, and how much of it the document's context gave (not the place's own weight).</summary>
    private readonly record struct Ranked(Place Place, double Score, double Support);

    private static List<Ranked> Rank(List<Candidate> candidates, Place? qualifier, string[] home, Context context)
    {
        // A bare "Sumy", "Kyiv" or "Minsk" is the city, not the region named after it, when both match.
        var city = candidates.Any(c => c.Place.PrecisionRank == 0 && Gazetteer.FeatureWeight(c.Place) > 0);
        return candidates.Select(c => Score(c, qualifier, home, context) is var r && city && c.BareName && c.Place.FeatureCode == "ADM1"
                ? r with { Score = r.Score - 2.5 } : r)
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Place.Population).ThenBy(x => x.Place.Id).ToList();
    }

    private static Ranked Score(Candidate c, Place? qualifier, string[] home, Context context)
    {
        var p = c.Place;
        // GeoNames gives many villages no population: unknown is not zero, but a village's worth.
        var s = Gazetteer.FeatureWeight(p) + 0.5 * Math.Log10(Math.Max(p.Population, 50) + 1) + (c.Exact ? 1 : 0)
            + p.FeatureCode switch { "PPLA2" => 0.75, "PPLA3" => 0.5, _ => 0 }; // a district's or community's seat is the namesake reports mean
        // "Кавказ", "Сибирь", "Donbas": the region or the sea a report means, not a village that shares its name. A river
        // gets no such weight: a village on the front named after its river ("Оскіл") is what a bare name means, and a
        // river's word before the name says when it is the river.
        if (p.IsNaturalFeature && p.FeatureCode is not ("STM" or "CNL")) s += 4.5;
        // "Bakhmut" is the town, not Bakhmut Raion, unless the name says "district".
        if (c.BareName && p.FeatureCode is "ADM2" or "ADM3") s -= 3;
        // Reports about the war mean the village near the front or the border far more often than its namesakes.
        if (p.PrecisionRank <= 1 && WarRegions.Value.Contains((p.Country, p.Admin1))) s += 1;
        var support = 0.0;
        if (qualifier is not null) support += Within(p, qualifier) ? 6 : -3;
        if (p.FeatureCode != "ADM1" && context.Regions.Contains((p.Country, p.Admin1))) support += 2.5;
        if (context.Countries.Contains(p.Country)) support += 1.5;
        // Reports in Russian and Ukrainian are about their region unless the place is big or named as abroad; reports
        // in English that reach this tool mostly are too, but less surely.
        if (home.Contains(p.Country)) s += context.Language == "en" ? 1 : 2;
        else if (context.Language != "en" && home.Length > 0 && p.FeatureCode is not ("PCLI" or "CONT" or "PPLC") && !p.IsNaturalFeature) s -= 1.5;
        support += Nearness(p, context.Anchors, context.Self) switch { < 30 => 3, < 100 => 2, < 300 => 1, _ => 0 };
        support += Nearness(p, context.Possible, context.Self) switch { < 30 => 1.5, < 100 => 0.75, _ => 0 };
        return new Ranked(p, s + support, support);
    }

    private static double Nearness(Place p, IReadOnlyList<(int Mention, Place Place)> others, IReadOnlySet<int> self)
    {
        var nearest = double.MaxValue;
        foreach (var (mention, other) in others)
            if (!self.Contains(mention)) nearest = Math.Min(nearest, p.KilometresTo(other));
        return nearest;
    }
}
