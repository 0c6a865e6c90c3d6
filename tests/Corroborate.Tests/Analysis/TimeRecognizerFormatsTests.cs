using Corroborate.Analysis;
using Corroborate.Domain;

namespace Corroborate.Tests.Analysis;

public sealed class TimeRecognizerFormatsTests
{
    private static TimeExpression Only(string text, string lang = "en")
    {
        var doc = Analyzer.CreateDefault().Analyze(new Document("t", text, null, null, null, lang, DateValue.OfDay(2024, 5, 6), "t", "text"));
        return Assert.Single(doc.Times);
    }

    [Theory]
    [InlineData("en", "The man was detained on 3.11.2023 near the border.", "2023-11-03")]
    [InlineData("ru", "Талонова задержали 03.11.2023 в Белгороде.", "2023-11-03")]
    [InlineData("en", "The order was signed on Jan. 14, 2023 in Kyiv.", "2023-01-14")]
    public void Annotate_NumericAndAbbreviatedDates_DayPrecision(string lang, string text, string expected) =>
        Assert.Equal(expected, Only(text, lang).Value.ToString());

    [Theory]
    [InlineData("Fighting intensified in late 2022 along the border.", "2022", "late")]
    [InlineData("The unit was reorganized in mid-2023, officials said.", "2023", "mid")]
    public void Annotate_ModifiedYears_YearWithModifier(string text, string value, string modifier)
    {
        var t = Only(text);
        Assert.Equal(value, t.Value.ToString());
        Assert.Equal(modifier, t.Modifier);
    }
}
