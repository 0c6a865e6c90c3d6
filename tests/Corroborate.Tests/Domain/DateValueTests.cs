using Corroborate.Domain;

namespace Corroborate.Tests.Domain;

public sealed class DateValueTests
{
    private static DateValue Parse(string s)
    {
        Assert.True(DateValue.TryParse(s, out var v), $"'{s}' should parse");
        return v;
    }

    [Theory]
    [InlineData("2023-05-22", DatePrecision.Day)]
    [InlineData("2023-05", DatePrecision.Month)]
    [InlineData("2022-SP", DatePrecision.Season)]
    [InlineData("2023", DatePrecision.Year)]
    [InlineData("XXXX-05-22", DatePrecision.Day)]
    [InlineData("2023-W41", DatePrecision.Week)]
    public void TryParse_TimexString_RoundTripsWithPrecision(string text, DatePrecision precision)
    {
        var value = Parse(text);

        Assert.Equal(precision, value.Precision);
        Assert.Equal(text, value.ToString());
    }

    [Fact]
    public void TryParse_YearlessDate_HasNoYearAndNoRange()
    {
        var value = Parse("XXXX-05-22");

        Assert.False(value.HasYear);
        Assert.Equal(5, value.Month);
        Assert.Equal(22, value.Day);
        Assert.Null(value.Range);
    }

    [Fact]
    public void TryParse_IsoWeek_KeepsItsMondayAndCoversSevenDays()
    {
        // 2023-01-02 is the Monday of ISO week 1 of 2023; 40 weeks later is Monday 9 October.
        var value = Parse("2023-W41");

        Assert.Equal((2023, 10, 9), (value.Year, value.Month, value.Day));
        Assert.Equal((new DateOnly(2023, 10, 9), new DateOnly(2023, 10, 15)), value.Range);
    }

    [Fact]
    public void TryParse_WeekOneStartingInPreviousYear_RoundTrips()
    {
        // ISO week 1 of 2020 starts on Monday 30 December 2019.
        var value = Parse("2020-W01");

        Assert.Equal(new DateOnly(2019, 12, 30), value.Range!.Value.First);
        Assert.Equal("2020-W01", value.ToString());
    }

    [Theory]
    [InlineData("2023-13")]
    [InlineData("2023-00")]
    [InlineData("2023-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("XXXX")]
    [InlineData("2023-W54")]
    [InlineData("2023-XX")]
    public void TryParse_InvalidString_ReturnsFalse(string text)
    {
        Assert.False(DateValue.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_NonexistentWeek53_ReturnsFalse()
    {
        // 2023 has 52 ISO weeks (28 December 2023 falls in W52), so 2023-W53 names no week.
        Assert.False(DateValue.TryParse("2023-W53", out _));
    }

    [Fact]
    public void IsCompatibleWith_DayInsideMonth_ReturnsTrue()
    {
        Assert.True(Parse("2023-05-22").IsCompatibleWith(Parse("2023-05")));
        Assert.True(Parse("2023-05").IsCompatibleWith(Parse("2023-05-22")));
    }

    [Fact]
    public void IsCompatibleWith_DifferentDays_ReturnsFalse()
    {
        Assert.False(Parse("2023-05-22").IsCompatibleWith(Parse("2023-05-23")));
    }

    [Fact]
    public void IsCompatibleWith_YearlessAndDatedSameMonthDay_ReturnsTrue()
    {
        Assert.True(Parse("XXXX-05-22").IsCompatibleWith(Parse("2023-05-22")));
        Assert.True(Parse("2023-05-22").IsCompatibleWith(Parse("XXXX-05-22")));
    }

    [Fact]
    public void IsCompatibleWith_YearlessAndDatedOtherMonth_ReturnsFalse()
    {
        Assert.False(Parse("XXXX-05-22").IsCompatibleWith(Parse("2023-06-22")));
    }

    [Fact]
    public void IsCompatibleWith_YearlessDayInsideDatedWeek_ReturnsTrue()
    {
        // 2023-W41 covers 9–15 October; 12 October of an unknown year can be inside it.
        Assert.True(Parse("XXXX-10-12").IsCompatibleWith(Parse("2023-W41")));
    }

    [Fact]
    public void IsCompatibleWith_YearlessJulyDayAndSpring_ReturnsFalse()
    {
        // Spring is March–May; 14 July can never fall in it, whatever the year.
        Assert.False(Parse("XXXX-07-14").IsCompatibleWith(Parse("2022-SP")));
    }

    [Fact]
    public void Refines_MonthWithinSeason_ReturnsTrue()
    {
        Assert.True(Parse("2022-03").Refines(Parse("2022-SP")));
    }

    [Fact]
    public void Refines_SeasonWithinYear_ReturnsTrue()
    {
        Assert.True(Parse("2022-SP").Refines(Parse("2022")));
    }

    [Fact]
    public void Refines_CoarserThanOther_ReturnsFalse()
    {
        Assert.False(Parse("2022").Refines(Parse("2022-SP")));
        Assert.False(Parse("2022-SP").Refines(Parse("2022-03")));
    }

    [Fact]
    public void Refines_EqualValues_ReturnsFalse()
    {
        Assert.False(Parse("2022-SP").Refines(Parse("2022-SP")));
        Assert.False(Parse("2023-05-22").Refines(Parse("2023-05-22")));
    }

    [Fact]
    public void Refines_MonthOutsideSeason_ReturnsFalse()
    {
        Assert.False(Parse("2022-06").Refines(Parse("2022-SP")));
    }

    [Fact]
    public void Range_Winter_SpansDecemberOfPreviousYearToFebruary()
    {
        Assert.Equal((new DateOnly(2022, 12, 1), new DateOnly(2023, 2, 28)), Parse("2023-WI").Range);
        Assert.Equal((new DateOnly(2023, 12, 1), new DateOnly(2024, 2, 29)), Parse("2024-WI").Range);
    }
}
