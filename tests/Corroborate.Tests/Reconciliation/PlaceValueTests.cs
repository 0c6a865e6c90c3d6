using Corroborate.Domain;
using Corroborate.Reconciliation;
using Corroborate.Reference;

namespace Corroborate.Tests.Reconciliation;

public class PlaceValueTests
{
    private static Entity Place(string name, string precision, string? admin1, string country = "RU") =>
        new("ent_" + name, MentionKind.Place, name, [], 1, 1, new PlaceInfo(1, 50, 36, country, admin1, precision), []);

    [Theory]
    [InlineData("Shebekino", "settlement", "Belgorod Oblast", "Shebekino (settlement, Belgorod Oblast, RU)")]
    [InlineData("Belgorod Oblast", "region", "Belgorod Oblast", "Belgorod Oblast (region, RU)")]
    [InlineData("Russia", "country", null, "Russia (country, RU)")]
    public void ToString_ResolvedPlace_NamesItsHierarchyAndParsesBack(string name, string precision, string? admin1, string expected)
    {
        var value = PlaceValue.Of(Place(name, precision, admin1));
        Assert.Equal(expected, value.ToString());
        Assert.Equal(value, PlaceValue.Parse(expected));
    }

    [Fact]
    public void Parse_UnresolvedName_IsTheNameAlone() =>
        Assert.Equal(new PlaceValue("Kozinka (village)", null, null, null), PlaceValue.Parse("Kozinka (village)"));

    [Fact]
    public void Contains_RegionAndItsVillage_OnlyOutwards()
    {
        var region = PlaceValue.Of(Place("Belgorod Oblast", "region", "Belgorod Oblast"));
        var village = PlaceValue.Of(Place("Kozinka", "settlement", "Belgorod Oblast"));
        Assert.True(region.Contains(village));
        Assert.False(village.Contains(region));
        Assert.False(PlaceValue.Of(Place("Kursk Oblast", "region", "Kursk Oblast")).Contains(village));
        Assert.True(PlaceValue.Of(Place("Russia", "country", null)).Contains(village));
        Assert.False(PlaceValue.Of(Place("Ukraine", "country", null, "UA")).Contains(village));
    }

    [Fact]
    public void Compare_RegionAgainstVillageInIt_IsPrecisionAndTwoVillagesContradict()
    {
        var def = Vocabulary.Of("place");
        StatementRecord Said(string value) => new("stm_" + value, "evt_1", "raid", "place", value, "doc_1", 0, 1, "q", null, null,
            Stance.Asserted, null, null, "org_1", "Outlet", []);
        Assert.Equal(DisagreementKind.Precision,
            Facts.Compare(def, [Said("Kozinka (settlement, Belgorod Oblast, RU)")], [Said("Belgorod Oblast (region, RU)")]).Kind);
        Assert.Equal(DisagreementKind.Contradiction,
            Facts.Compare(def, [Said("Kozinka (settlement, Belgorod Oblast, RU)")], [Said("Shebekino (settlement, Belgorod Oblast, RU)")]).Kind);
    }
}
