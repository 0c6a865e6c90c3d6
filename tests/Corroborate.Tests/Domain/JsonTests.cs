using System.Text.Json;
using Corroborate.Domain;

namespace Corroborate.Tests.Domain;

public sealed class JsonTests
{
    [Fact]
    public void Serialize_FactRecord_UsesSnakeCaseNamesAndKebabCaseStatus()
    {
        var fact = new FactRecord("ent_1", "Eastern Shield Legion", "strength", "300", FactStatus.SingleSource, 1, ["stmt_1"], ["org_1"]);

        var json = Json.Serialize(fact);

        Assert.Contains("\"subject_name\":\"Eastern Shield Legion\"", json);
        Assert.Contains("\"independent_origins\":1", json);
        Assert.Contains("\"status\":\"single-source\"", json);
        Assert.DoesNotContain("SubjectName", json);
    }

    [Fact]
    public void Serialize_ChangeOverTimeKind_IsKebabCase()
    {
        Assert.Equal("\"change-over-time\"", Json.Serialize(DisagreementKind.ChangeOverTime));
    }

    [Fact]
    public void Serialize_MonthDateValue_IsTimexString()
    {
        Assert.Equal("\"2023-05\"", Json.Serialize(DateValue.OfMonth(2023, 5)));
    }

    [Fact]
    public void Serialize_NullableDateValueProperty_IsTimexStringOrNull()
    {
        var withDate = new ExtractedStatement(new Span(0, 5), 0, "commander", "Ivan Petrov", Stance.Reported, null, DateValue.OfSeason(2022, Season.Spring));
        var withoutDate = withDate with { ValidAt = null };

        Assert.Contains("\"valid_at\":\"2022-SP\"", Json.Serialize(withDate));
        Assert.Contains("\"valid_at\":null", Json.Serialize(withoutDate));
        Assert.Contains("\"stance\":\"reported\"", Json.Serialize(withDate));
    }

    [Fact]
    public void Deserialize_TimexString_ReturnsDateValue()
    {
        Assert.Equal(DateValue.OfSeason(2022, Season.Spring), Json.Deserialize<DateValue>("\"2022-SP\""));
        Assert.Equal(DateValue.OfDay(null, 5, 22), Json.Deserialize<DateValue>("\"XXXX-05-22\""));
    }

    [Fact]
    public void Deserialize_BadDateString_ThrowsJsonException()
    {
        Assert.Throws<JsonException>(() => Json.Deserialize<DateValue>("\"2023-13\""));
    }
}
