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
    public void Extract_ItOpensTheNextSentence_GoesOnWithTheSpeakerBefore()
    {
        var x = Extract("The Eastern Shield Legion shelled Kozinka on Monday. The Kursk regional administration said five people were killed. It said two residents were wounded.", "en");

        var injured = Assert.Single(x.Events, e => e.Injured is not null).Injured!;
        Assert.Contains("Kursk", MentionText(x, injured.ClaimedBy));
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

    [Fact]
    public void Extract_SomeMightSay_NoOneNamedSpeaks()
    {
        var x = Extract("The Eastern Shield Legion and its close ally, the Northern Watch, are far-right - some might say \"neo-Nazi\" - groups.", "en");

        var ideologies = x.Statements.Where(s => s.Property == "ideology").ToList();
        Assert.Equal(["Eastern Shield Legion", "Northern Watch"], ideologies.Where(s => s.Value == "far-right").Select(s => MentionText(x, s.Subject)).Order());
        Assert.All(ideologies, s => Assert.Null(s.Speaker));
    }

    [Fact]
    public void Extract_IdeologyWordDescribingNoNamedGroup_NoStatement()
    {
        var x = Extract("The fighters crossed over with the help of the Eastern Shield Legion on 27 February to protect civilians from real fascists.", "en");

        Assert.DoesNotContain(x.Statements, s => s.Property == "ideology");
    }

    [Fact]
    public void Extract_IdeologyLabelBeforeGroupThatSpeaks_IsTheNarratorsWord()
    {
        var x = Extract("The far-right, Northern Watch, a separate group, has said it has a different ideological base.", "en");

        var ideology = Assert.Single(x.Statements, s => s.Property == "ideology");
        Assert.Equal("Northern Watch", MentionText(x, ideology.Subject));
        Assert.Null(ideology.Speaker);
    }

    [Theory]
    [InlineData("Как сообщает администрация Курской области, в ходе боя были убиты пять нападавших.", "ru", "Курской области")]
    [InlineData("Адміністрація Сумської області повідомила, що в бою було вбито п'ятьох нападників.", "uk", "Сумської області")]
    public void Extract_RegionsAdministrationSpeaks_TheRegionClaimsTheCount(string text, string lang, string region)
    {
        var x = Extract(text, lang);

        var fatalities = Assert.Single(x.Events).Fatalities;
        Assert.NotNull(fatalities);
        Assert.Equal(5, fatalities.Min);
        Assert.Equal(region, MentionText(x, fatalities.ClaimedBy));
    }

    [Fact]
    public void Extract_ReportsOfACountNotTrue_CountIsDenied()
    {
        var x = Extract("В бою под Козинкой погибли двое наших бойцов. Сообщения о пяти убитых нападавших не соответствуют действительности.", "ru");

        Assert.Contains(x.Events, e => e.Fatalities is { Min: 5, Denied: true });
        Assert.Contains(x.Events, e => e.Fatalities is { Min: 2, Denied: false });
    }

    [Theory]
    [InlineData("Ivan Petrov said that the Eastern Shield Legion had signed the pact, but the Eastern Shield Legion denied that it had signed.", "en")]
    [InlineData("Иван Петров заявил, что Легион «Восточный щит» подписал декларацию, но Легион «Восточный щит» опроверг это.", "ru")]
    public void Extract_ClaimThenDenialInOneSentence_EachClauseHasItsOwnSpeaker(string text, string lang)
    {
        var x = Extract(text, lang);

        var actors = Assert.Single(x.Events).Actors;
        Assert.Contains(actors, a => a.Stance != Stance.Denied && MentionText(x, a.ClaimedBy).Contains("Петров") | MentionText(x, a.ClaimedBy).Contains("Petrov"));
        Assert.Contains(actors, a => a.Stance == Stance.Denied && MentionText(x, a.ClaimedBy).Contains("Legion", StringComparison.OrdinalIgnoreCase)
                                     | MentionText(x, a.ClaimedBy).Contains("Легион", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SaidThatName_TheNameIsSpokenAboutNotSpeaking()
    {
        var x = Extract("Officials said that the Eastern Shield Legion had shelled Kozinka.", "en");

        Assert.Null(Assert.Single(x.Events).Actors.Single().ClaimedBy);
    }

    [Fact]
    public void Extract_AccusedOfARaid_TheAccuserTakesNoPart()
    {
        var x = Extract("The Northern Watch accused the Eastern Shield Legion of the raid on Kozinka.", "en");

        var actor = Assert.Single(Assert.Single(x.Events).Actors);
        Assert.Equal("Eastern Shield Legion", MentionText(x, actor.Mention));
        Assert.Equal(Stance.Alleged, actor.Stance);
        Assert.Equal("Northern Watch", MentionText(x, actor.ClaimedBy));
    }

    [Theory]
    [InlineData("The Northern Watch accused Ukraine of the raid on Kozinka, although Ukraine denied that it was in charge of it.", "en", "Ukraine")]
    [InlineData("ФСБ обвинила Украину в теракте в Брянске, но Украина отрицает свою причастность.", "ru", "Украин")]
    public void Extract_CountryAccusedThenDenying_CountryIsAnActorAllegedAndDenied(string text, string lang, string country)
    {
        var x = Extract(text, lang);

        var e = Assert.Single(x.Events);
        var parts = e.Actors.Where(a => x.Mentions[a.Mention].Text.StartsWith(country, StringComparison.Ordinal)).ToList();
        Assert.Contains(parts, a => a.Stance == Stance.Alleged);
        Assert.Contains(parts, a => a.Stance == Stance.Denied && x.Mentions[a.ClaimedBy!.Value].Text.StartsWith(country, StringComparison.Ordinal));
        Assert.NotEqual(e.Place, parts[0].Mention);
    }
}
