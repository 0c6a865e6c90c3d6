using Corroborate.Analysis;
using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Tests.Analysis;

public sealed class ToponymResolverTests
{
    private static readonly Analyzer Analyzer = Analyzer.CreateDefault();

    private static Mention Place(string text, string lang, string name)
    {
        var doc = Analyzer.Analyze(new Document("t", text, null, null, null, lang, DateValue.OfDay(2024, 5, 20), "t", "text"));
        return Assert.Single(doc.Mentions, m => m.Kind == MentionKind.Place && m.Text == name);
    }

    [Theory]
    [InlineData("Shelling hit Pervomaisk, Luhansk region, on Monday.", 697592)]
    [InlineData("Shelling hit Pervomaisk in the Mykolaiv region on Monday.", 697593)]
    public void Annotate_RegionRightAfterTheName_PicksTheNamesakeInThatRegion(string text, long id) =>
        Assert.Equal(id, Place(text, "en", "Pervomaisk").GeonamesId);

    [Theory]
    [InlineData("The Kursk regional administration said the bridge was hit.", "region")]
    [InlineData("The bridge in Kursk was hit.", "settlement")]
    public void Annotate_NameBeforeRegional_IsTheRegion(string text, string precision)
    {
        var id = Place(text, "en", "Kursk").GeonamesId;
        Assert.NotNull(id);
        Assert.Equal(precision, Gazetteer.Shared.ById(id!.Value)!.Precision);
    }

    [Theory]
    [InlineData("Troops hold positions on the left bank of the Dnipro near Krynky.", "en", "Dnipro", "STM")] // a river's word before the name
    [InlineData("На лівому березі Дніпра тривають бої.", "uk", "Дніпра", "STM")]
    [InlineData("У Дніпрі пролунали вибухи.", "uk", "Дніпрі", "PPLA")] // without one, the city
    [InlineData("Ситуация на Кавказе обострилась.", "ru", "Кавказе", "RGN")] // a region of the world over a village of its name
    [InlineData("Військові переправилися через Керченську протоку.", "uk", "Керченську протоку", "STRT")]
    public void Annotate_NaturalFeatureOrNamesake_PicksByCueAndKind(string text, string lang, string name, string code)
    {
        var id = Place(text, lang, name).GeonamesId;
        Assert.NotNull(id);
        Assert.Equal(code, Gazetteer.Shared.ById(id!.Value)!.FeatureCode);
    }

    [Fact]
    public void Annotate_SmallNamesakesAndNoContext_LeavesThePlaceUnresolved()
    {
        Assert.True(Gazetteer.Shared.Lookup("Novoselivka").Count > 5);
        var m = Place("Shelling hit Novoselivka on Monday.", "en", "Novoselivka");
        Assert.Null(m.GeonamesId);
        // What is known is kept: all its likely namesakes are in Ukraine.
        Assert.Equal(690791, m.AreaId);
    }

    [Fact]
    public void Annotate_AnotherPlaceNearby_PicksTheNamesakeNearIt()
    {
        // Kozinka is a name of several villages; the one beside Grayvoron is meant.
        var id = Place("Fighters entered the village of Kozinka after a night of shelling in Graivoron.", "en", "Kozinka").GeonamesId;
        Assert.Equal(-900000001, id);
    }

    [Fact]
    public void Annotate_NamesakesOneOfThemNearTheFront_PicksTheOneNearTheFront()
    {
        // Myropillia is a village in Sumy Oblast on the border, and a namesake lies far from the war.
        Assert.Contains(Gazetteer.Shared.Lookup("Миропілля"), p => p.Admin1 != "21");
        var m = Place("Уночі дрон влучив у будинок у Миропіллі.", "uk", "Миропіллі");
        Assert.Equal("21", Gazetteer.Shared.ById(m.GeonamesId!.Value)!.Admin1);
    }

    [Fact]
    public void Annotate_BareNameOfTownAndDistrict_PicksTheTown() =>
        Assert.Equal(713174, Place("Бои под Бахмутом продолжаются.", "ru", "Бахмутом").GeonamesId);

    [Fact]
    public void Annotate_RegionNickname_ResolvesToTheRegion() =>
        Assert.Equal(578071, Place("Уночі на Бєлгородщині лунали вибухи.", "uk", "Бєлгородщині").GeonamesId);

    [Fact]
    public void Annotate_Anaphor_TakesItsAntecedentsPlace()
    {
        var doc = Analyzer.Analyze(new Document("t", "Drones struck Shebekino on Monday. The town lost power.", null, null, null, "en", null, "t", "text"));
        var town = doc.Mentions.Where(m => m.Antecedent is not null && m.Kind == MentionKind.Place).ToList();
        Assert.All(town, m => Assert.Equal(doc.Mentions[m.Antecedent!.Value].GeonamesId, m.GeonamesId));
        Assert.NotNull(doc.Mentions.Single(m => m.Text == "Shebekino").GeonamesId);
    }
}
