using Corroborate.Analysis;
using Corroborate.Domain;

namespace Corroborate.Tests.Analysis;

public sealed class TimeRecognizerTests
{
    private static readonly Analyzer Pipeline = Analyzer.CreateDefault();

    /// <summary>Sunday 15 October 2023.</summary>
    private static readonly DateValue ReportDate = DateValue.OfDay(2023, 10, 15);

    private static IReadOnlyList<TimeExpression> Times(string text, string lang = "en", DateValue? published = null) =>
        Pipeline.Analyze(new Document("doc_t", text, null, null, null, lang, published, "x", "text")).Times;

    private static TimeExpression One(string text, string lang = "en", DateValue? published = null) => Assert.Single(Times(text, lang, published));

    [Fact]
    public void Annotate_DayMonthYear_ReturnsDay()
    {
        var t = One("The convoy was attacked on 22 May 2023 near the river.");

        Assert.Equal("22 May 2023", t.Text);
        Assert.Equal("2023-05-22", t.Value.ToString());
        Assert.Equal(DatePrecision.Day, t.Value.Precision);
    }

    [Fact]
    public void Annotate_MonthDayCommaYear_ReturnsDay()
    {
        var t = One("The convoy was attacked on May 22, 2023, officials said.");

        Assert.Equal("May 22, 2023", t.Text);
        Assert.Equal(DateValue.OfDay(2023, 5, 22), t.Value);
    }

    [Fact]
    public void Annotate_MonthYear_ReturnsMonth()
    {
        var t = One("The group was formed in March 2022 by volunteers.");

        Assert.Equal("March 2022", t.Text);
        Assert.Equal(DateValue.OfMonth(2022, 3), t.Value);
    }

    [Fact]
    public void Annotate_SeasonOfYear_ReturnsSeason()
    {
        var t = One("The unit moved north in the spring of 2022.");

        Assert.Equal("the spring of 2022", t.Text);
        Assert.Equal("2022-SP", t.Value.ToString());
    }

    [Fact]
    public void Annotate_RussianSeasonAdverb_ReturnsSeason()
    {
        var t = One("Отряд был создан весной 2022 года добровольцами.", "ru");

        Assert.Equal("весной 2022 года", t.Text);
        Assert.Equal(DateValue.OfSeason(2022, Season.Spring), t.Value);
    }

    [Fact]
    public void Annotate_RussianDayMonthYear_ReturnsDay()
    {
        var t = One("Обстрел начался 14 октября 2023 года рано утром.", "ru");

        Assert.Equal("14 октября 2023 года", t.Text);
        Assert.Equal(DateValue.OfDay(2023, 10, 14), t.Value);
    }

    [Fact]
    public void Annotate_UkrainianDayMonthYear_ReturnsDay()
    {
        var t = One("Обстріл почався 14 жовтня 2023 року на світанку.", "uk");

        Assert.Equal("14 жовтня 2023 року", t.Text);
        Assert.Equal(DateValue.OfDay(2023, 10, 14), t.Value);
    }

    [Fact]
    public void Annotate_WeekdayWithReportDate_ReturnsPrecedingMonday()
    {
        var t = One("The depot was hit on Monday, the mayor said.", published: ReportDate);

        Assert.Equal("Monday", t.Text);
        Assert.Equal(DateValue.OfDay(2023, 10, 9), t.Value);
    }

    [Theory]
    [InlineData("en", "The depot was hit yesterday, the mayor said.", "yesterday")]
    [InlineData("ru", "Склад был поражён вчера, сообщил мэр.", "вчера")]
    [InlineData("uk", "Склад було уражено учора, повідомив мер.", "учора")]
    public void Annotate_Yesterday_ReturnsDayBeforeReport(string lang, string text, string phrase)
    {
        var t = One(text, lang, ReportDate);

        Assert.Equal(phrase, t.Text);
        Assert.Equal(DateValue.OfDay(2023, 10, 14), t.Value);
    }

    [Fact]
    public void Annotate_UkrainianLastWeek_ReturnsPreviousIsoWeek()
    {
        // 15 October 2023 is in ISO week 41; the week before is W40 (2–8 October).
        var t = One("Підрозділ відійшов минулого тижня, кажуть місцеві.", "uk", ReportDate);

        Assert.Equal("минулого тижня", t.Text);
        Assert.Equal(DatePrecision.Week, t.Value.Precision);
        Assert.Equal("2023-W40", t.Value.ToString());
    }

    [Fact]
    public void Annotate_MonthDayWithoutReportDate_ReturnsYearless()
    {
        var t = One("The bridge was closed on May 22 and reopened later.");

        Assert.Equal("May 22", t.Text);
        Assert.Equal("XXXX-05-22", t.Value.ToString());
        Assert.False(t.Value.HasYear);
    }

    [Fact]
    public void Annotate_DateWellAfterReportDate_TakesPreviousYear()
    {
        // 3 December 2023 would lie in the future of a report from 15 October 2023.
        var t = One("The bridge was closed on December 3 and reopened later.", published: ReportDate);

        Assert.Equal(DateValue.OfDay(2022, 12, 3), t.Value);
    }

    [Fact]
    public void Annotate_AsOfMonthYear_KeepsAsOfModifier()
    {
        var t = One("The unit had 300 fighters as of February 2023, the ministry said.");

        Assert.Equal("as of February 2023", t.Text);
        Assert.Equal("as-of", t.Modifier);
        Assert.Equal(DateValue.OfMonth(2023, 2), t.Value);
    }

    [Fact]
    public void Annotate_YearAfterPreposition_ReturnsYear()
    {
        var t = One("The legion was founded in 2022 by exiles.");

        Assert.Equal("2022", t.Text);
        Assert.Equal(DateValue.OfYear(2022), t.Value);
        Assert.Null(t.Modifier);
    }

    [Fact]
    public void Annotate_FourDigitCountWithoutPreposition_IsNotAYear()
    {
        Assert.Empty(Times("The shelter housed 2022 people last winter."));
    }

    [Fact]
    public void Annotate_EarlyMonthYear_KeepsEarlyModifier()
    {
        var t = One("The advance stalled in early July 2023, observers said.");

        Assert.EndsWith("early July 2023", t.Text);
        Assert.Equal("early", t.Modifier);
        Assert.Equal(DateValue.OfMonth(2023, 7), t.Value);
    }

    [Fact]
    public void Annotate_HyphenatedMidMonth_KeepsMidModifier()
    {
        var t = One("The offensive began in mid-June 2023 along the river.");

        Assert.EndsWith("mid-June 2023", t.Text);
        Assert.Equal("mid", t.Modifier);
        Assert.Equal(DateValue.OfMonth(2023, 6), t.Value);
    }

    [Theory]
    [InlineData("The court cited the October raid on the village.", "en")]
    [InlineData("Суд послался на октябрьский рейд на село.", "ru")]
    [InlineData("Суд послався на жовтневий рейд на село.", "uk")]
    public void Annotate_MonthAsAdjective_ReturnsTheLatestSuchMonth(string text, string lang) =>
        Assert.Equal("2023-10", One(text, lang, ReportDate).Value.ToString());

    [Theory]
    [InlineData("Drones attacked the town overnight.", "en")]
    [InlineData("Минулої ночі дрони атакували місто.", "uk")]
    public void Annotate_LastNight_IsTheNightEndingOnTheReportsDay(string text, string lang) =>
        Assert.Equal("2023-10-15", One(text, lang, ReportDate).Value.ToString());
}
