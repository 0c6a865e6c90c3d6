using Corroborate.Analysis;
using Corroborate.Domain;

namespace Corroborate.Tests.Analysis;

public sealed class QuantityRecognizerTests
{
    private static readonly Analyzer Pipeline = Analyzer.CreateDefault();

    private static IReadOnlyList<Quantity> Quantities(string text, string lang = "en") =>
        Pipeline.Analyze(new Document("doc_q", text, null, null, null, lang, null, "x", "text")).Quantities;

    private static Quantity One(string text, string lang = "en") => Assert.Single(Quantities(text, lang));

    [Fact]
    public void Annotate_SeveralHundredFighters_ReturnsThreeToNineHundredPeople()
    {
        var q = One("The legion sent several hundred fighters to the border.");

        Assert.Equal("several hundred fighters", q.Text);
        Assert.Equal((300L, 900L, "people"), (q.Min, q.Max, q.Unit));
    }

    [Fact]
    public void Annotate_TwoBattalions_ReturnsTwoBattalions()
    {
        var q = One("The command moved two battalions to the east.");

        Assert.Equal("two battalions", q.Text);
        Assert.Equal((2L, 2L, "battalion"), (q.Min, q.Max, q.Unit));
    }

    [Fact]
    public void Annotate_UpToEightDrones_ReturnsOneToEight()
    {
        var q = One("The group launched up to 8 drones overnight.");

        Assert.Equal("up to 8 drones", q.Text);
        Assert.Equal((1L, 8L, "drone"), (q.Min, q.Max, q.Unit));
    }

    [Fact]
    public void Annotate_AtLeastTwoCiviliansKilled_ReturnsOpenRangeOfKilled()
    {
        var q = One("At least 2 civilians were killed in the shelling.");

        Assert.Equal(2, q.Min);
        Assert.Null(q.Max);
        Assert.Equal("killed", q.Unit);
    }

    [Fact]
    public void Annotate_DigitRangeOfTroops_ReturnsRange()
    {
        var q = One("Officials estimated that 500-1000 troops were massing nearby.");

        Assert.Equal("500-1000 troops", q.Text);
        Assert.Equal((500L, 1000L, "people"), (q.Min, q.Max, q.Unit));
    }

    [Fact]
    public void Annotate_RussianTensOfFighters_ReturnsTwentyToNinety()
    {
        var q = One("В атаке участвовали десятки бойцов отряда.", "ru");

        Assert.Equal("десятки бойцов", q.Text);
        Assert.Equal((20L, 90L, "people"), (q.Min, q.Max, q.Unit));
    }

    [Fact]
    public void Annotate_UkrainianSeveralHundredSoldiers_ReturnsThreeToNineHundredPeople()
    {
        var q = One("До кордону прибули кілька сотень військових підрозділу.", "uk");

        Assert.Equal("кілька сотень військових", q.Text);
        Assert.Equal((300L, 900L, "people"), (q.Min, q.Max, q.Unit));
    }

    [Fact]
    public void Annotate_TenWereWounded_ReturnsInjured()
    {
        var q = One("In the strike ten were wounded, medics said.");

        Assert.Equal((10L, 10L, "injured"), (q.Min, q.Max, q.Unit));
    }

    [Fact]
    public void Annotate_YearAfterPreposition_IsNotAQuantity()
    {
        Assert.Empty(Quantities("The legion was founded in 2023 by exiles."));
    }

    [Fact]
    public void Annotate_YearLikeCountWithUnit_ReturnsQuantity()
    {
        var q = One("About 2000 troops arrived at the depot.");

        Assert.Equal((2000L, 2000L, "people"), (q.Min, q.Max, q.Unit));
    }

    [Fact]
    public void Annotate_SpaceSeparatedThousands_ReturnsWholeNumber()
    {
        var q = One("Более 20 000 военных стянуты к границе.", "ru");

        Assert.Equal(20001, q.Min);
        Assert.Null(q.Max);
        Assert.Equal("people", q.Unit);
    }

    [Fact]
    public void Annotate_DecimalCommaBeforeScale_ReturnsFifteenHundred()
    {
        var q = One("Около 1,5 тысячи бойцов покинули город.", "ru");

        Assert.Equal((1500L, 1500L, "people"), (q.Min, q.Max, q.Unit));
    }

    [Fact]
    public void Annotate_DecimalPointBeforeScale_ReturnsFifteenHundred()
    {
        var q = One("About 1.5 thousand fighters left the city.");

        Assert.Equal((1500L, 1500L, "people"), (q.Min, q.Max, q.Unit));
    }

    [Fact]
    public void Annotate_LostACoupleOfSoldiers_ReturnsTwoKilled()
    {
        var q = One("The company lost a couple of soldiers near the river.");

        Assert.Equal((2L, 2L, "killed"), (q.Min, q.Max, q.Unit));
    }

    [Theory]
    [InlineData("The unit has a battalion strength, its officers say.", "en", "battalion strength", "battalion")]
    [InlineData("Отряд численностью до батальона перешёл реку.", "ru", "численностью до батальона", "battalion")]
    [InlineData("Загін чисельністю до роти перейшов річку.", "uk", "чисельністю до роти", "company")]
    public void Annotate_OneFormationWithoutNumber_ReturnsOneOfThatFormation(string text, string lang, string phrase, string unit)
    {
        var q = One(text, lang);

        Assert.Equal(phrase, q.Text);
        Assert.Equal((1L, 1L, unit), (q.Min, q.Max, q.Unit));
    }

    [Fact]
    public void Annotate_DestroyedTwoStrongpoints_NoCasualties()
    {
        Assert.DoesNotContain(Quantities("Наши подразделения уничтожили два опорных пункта противника.", "ru"), q => q.Unit is "killed" or "injured");
    }

    [Fact]
    public void Annotate_TwoOfOurFightersDied_TwoKilled()
    {
        var q = One("В бою погибли двое наших бойцов.", "ru");

        Assert.Equal((2L, 2L, "killed"), (q.Min, q.Max, q.Unit));
    }
}
