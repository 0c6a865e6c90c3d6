using Corroborate.Reference;

namespace Corroborate.Tests.Reference;

public sealed class GazetteerTests
{
    private static Gazetteer G => Gazetteer.Shared;

    [Theory]
    [InlineData("Grayvoronsky District")]
    [InlineData("Грайворонского района")]
    [InlineData("Грайворонському районі")]
    public void Lookup_DistrictInAnyLanguageAndCase_FindsOnlyTheDistrict(string name)
    {
        var found = G.Lookup(name);
        Assert.Contains(found, p => p.Id == 824990);
        Assert.All(found, p => Assert.Equal("district", p.Precision));
    }

    [Theory]
    [InlineData("Бєлгородщині", 578071)]
    [InlineData("Курщину", 538555)]
    [InlineData("Донеччині", 709716)]
    [InlineData("Белгородской области", 578071)]
    public void Lookup_RegionNickname_FindsTheRegion(string name, long id)
    {
        var found = G.Lookup(name);
        Assert.Contains(found, p => p.Id == id);
        Assert.All(found, p => Assert.Equal("region", p.Precision));
    }

    [Fact]
    public void NamedExactly_FormerNameByALooseSpelling_IsNotThePlace()
    {
        // Donetsk was called Stalino: a lookup finds it by "Stalin", a place named exactly so it is not.
        Assert.Contains(G.Lookup("Stalin"), p => p.Id == 709717);
        Assert.DoesNotContain(G.NamedExactly("Stalin"), p => p.Id == 709717);
        Assert.Contains(G.NamedExactly("Donetsk"), p => p.Id == 709717);
    }

    [Theory]
    [InlineData("Сумами", 692194)]
    [InlineData("Часового Яру", 710915)]
    [InlineData("Новой Таволжанке", 519473)]
    public void Lookup_ShortOrAlternatingInflection_FindsThePlace(string name, long id) =>
        Assert.Contains(G.Lookup(name), p => p.Id == id);

    [Theory]
    [InlineData("Black Sea", "SEA")]
    [InlineData("Чорному морі", "SEA")]
    [InlineData("Alps", "MTS")]
    [InlineData("Азовского моря", "SEA")]
    public void Lookup_NaturalFeatureInAnyLanguage_FindsTheFeature(string name, string code)
    {
        var feature = Assert.Single(G.Lookup(name), p => p.IsNaturalFeature);
        Assert.Equal((code, "feature"), (feature.FeatureCode, feature.Precision));
    }

    [Fact]
    public void FeatureId_Key_HashedIntoNegativeIdApartFromOtherIds()
    {
        // -(10^12 + the first five bytes of SHA-256("black-sea")), computed apart from the code: the same on every machine.
        Assert.Equal(-1_197_046_372_396, Gazetteer.FeatureId("black-sea"));
        Assert.NotEqual(Gazetteer.FeatureId("black-sea"), Gazetteer.FeatureId("alps"));
        Assert.True(Gazetteer.FeatureId("alps") < -900_000_000_000); // below GeoNames' ids and the regional supplement's
    }

    [Fact]
    public void Best_RiverAndCityOfOneName_PrefersTheCity() => Assert.Equal("PPLA", G.Best("Dnipro")!.FeatureCode);

    [Fact]
    public void Lookup_Abbreviation_FindsTheCountry() => Assert.Contains(G.Lookup("РФ"), p => p.Id == 2017370 && p.Precision == "country");

    [Fact]
    public void Best_BareNameOfCityAndDistrict_PrefersByFeatureNotByDistrictPopulation()
    {
        // Bakhmut Raion has more people than Bakhmut; a bare name still means the town unless it says "district".
        Assert.Contains(G.Lookup("Bakhmut"), p => p.Id == 713172);
        Assert.DoesNotContain(G.Lookup("Bakhmut District"), p => p.Id == 713174);
    }

    [WorldFact]
    public void Lookup_WorldCityInRussianCase_FindsTheCapital() => Assert.Contains(G.Lookup("Варшаве"), p => p.Id == 756135);

    [WorldFact]
    public void Lookup_Country_IsPlacedInsideTheCountryNotAtItsCapital()
    {
        var us = Assert.Single(G.Lookup("U.S."), p => p.FeatureCode == "PCLI");
        Assert.Equal(6252001, us.Id);
        Assert.InRange(us.Lon, -110, -85); // the middle of the continental states, far from Washington's -77
    }

    [WorldFact]
    public void Best_ProminentOnly_IgnoresHamletsNamedLikeCommonWords()
    {
        Assert.Null(G.Best("Police", prominentOnly: true) is { Country: not ("UA" or "RU" or "BY") } p ? p : null);
        Assert.Equal(2988507, G.Best("Paris", prominentOnly: true)?.Id);
    }

    [WorldFact]
    public void Major_WorldRegionOrCityOfAMillion_FoundButNotATown()
    {
        Assert.Equal("CN", G.Major("Shanghai")?.Country);
        Assert.Equal(2523119, G.Major("Sicily")?.Id);
        Assert.Null(G.Major("Police") is { Country: not ("UA" or "RU" or "BY") } p ? p : null);
    }

    [Fact]
    public void Contains_WorldPlaceOutsideTheRegion_IsFalse() =>
        // The tagger's gazetteer feature was trained on Ukraine, Russia and Belarus only.
        Assert.False(G.Contains("Reading"));
}

/// <summary>A fact about the world's places, which setup installs: skipped, and reported as skipped, without them.</summary>
public sealed class WorldFactAttribute : FactAttribute
{
    public WorldFactAttribute()
    {
        if (!Gazetteer.Shared.HasWorld) Skip = "the world's places are not installed (./corroborate setup)";
    }
}

/// <summary>Cases about the world's places, which setup installs: skipped, and reported as skipped, without them.</summary>
public sealed class WorldTheoryAttribute : TheoryAttribute
{
    public WorldTheoryAttribute()
    {
        if (!Gazetteer.Shared.HasWorld) Skip = "the world's places are not installed (./corroborate setup)";
    }
}
