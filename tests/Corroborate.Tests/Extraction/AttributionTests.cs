using Corroborate.Domain;
using Corroborate.Extraction;

namespace Corroborate.Tests.Extraction;

public sealed class AttributionTests
{
    private static readonly Extractor Extractor = Extractor.CreateDefault();

    private static ExtractedDocument Extract(string text, string lang) =>
        Extractor.Extract(new Document("t", text, null, "Test Post", null, lang, DateValue.OfDay(2024, 3, 14), "t", "text"));

    private static string MentionText(ExtractedDocument x, int? index) => index is int i ? x.Mentions[i].Text : "(none)";

    [Fact]
    public void Extract_OutletRelaysPersonsWords_PersonSpeaksThroughTheOutlet()
    {
        var x = Extract("Как сообщает газета «Северный курьер», Игорь Соколов заявил, что в ходе рейда на село Козинка батальон потерял двух бойцов.", "ru");

        var fatalities = Assert.Single(x.Events).Fatalities;
        Assert.NotNull(fatalities);
        Assert.Equal("Игорь Соколов", MentionText(x, fatalities.ClaimedBy));
    }

    [Fact]
    public void Extract_DescriptionInRelayedSentence_IsTheRelayingOutletsWord()
    {
        var x = Extract("Как сообщает газета «Северный курьер», Игорь Соколов, 41-летний бывший школьный учитель, заявил, что батальон отступил.", "ru");

        var occupation = Assert.Single(x.Statements, s => s.Property == "occupation");
        Assert.Equal("Северный курьер", MentionText(x, occupation.Speaker));
        Assert.Equal(Stance.Reported, occupation.Stance);
    }

    [Fact]
    public void Extract_PersonSpeaksWithoutRelay_NoRelayIsRecorded()
    {
        var x = Extract("Igor Sokolov, a 41-year-old former schoolteacher, told reporters that the battalion had withdrawn.", "en");

        var occupation = Assert.Single(x.Statements, s => s.Property == "occupation");
        Assert.Null(occupation.Via);
        Assert.Null(occupation.Speaker);
    }
}
