using Corroborate.Reference;

namespace Corroborate.Analysis;

/// <summary>What the rules and the tagger both take for a major place of the world beyond the prominent ones.</summary>
internal static class WorldPlaces
{
    /// <summary>
    /// A region of the world or a city of a million that is not a prominent place ("Sicily", "Shanghai"), in Latin script
    /// only: Cyrillic text names its own region's places, all prominent, and world names there mostly mislead.
    /// </summary>
    public static Place? Major(Gazetteer gazetteer, string name) =>
        name.Length == 0 || NameKey.IsCyrillic(name[0]) || gazetteer.Best(name, prominentOnly: true) is not null ? null : gazetteer.Major(name);

    /// <summary>Whether a name is a country, a first-level region or a city of 100,000 people anywhere ("High Wycombe", "Texas").</summary>
    public static bool Large(Gazetteer gazetteer, string name) => gazetteer.Lookup(name).Any(IsLarge);

    /// <summary>A country, a first-level region or a city of 100,000 people.</summary>
    public static bool IsLarge(Place p) => p.Population >= 100_000 || p.FeatureCode is "PCLI" or "ADM1";
}
