using Corroborate.Domain;
using Corroborate.Extraction;

namespace Corroborate.Tests.Extraction;

public sealed class EventExtractorTests
{
    private static readonly Extractor Extractor = Extractor.CreateDefault();

    private static (ExtractedEvent Event, ExtractedDocument Doc) Only(string text, string lang, string published = "2024-03-14")
    {
        DateValue.TryParse(published, out var date);
        var x = Extractor.Extract(new Document("t", text, null, null, null, lang, date, "t", "text"));
        return (Assert.Single(x.Events), x);
    }

    [Theory]
    [InlineData("Russian troops attacked Velykyi Burluk with drones on Tuesday.", "en", "drone strike")]
    [InlineData("Вчера противник атаковал Шебекино беспилотниками.", "ru", "drone strike")]
    [InlineData("Ворог завдав удару по Сумах балістичною ракетою.", "uk", "missile strike")]
    [InlineData("Troops struck the depot with artillery at dawn.", "en", "shelling")]
    public void Extract_GenericTriggerWithWeapon_TakesTheWeaponsKind(string text, string lang, string kind) =>
        Assert.Equal(kind, Only(text, lang).Event.Kind);

    [Fact]
    public void Extract_GenericThenSpecificTrigger_TheSpecificOneNamesTheEvent()
    {
        var (e, _) = Only("The brigade attacked the village and then shelled the bridge nearby.", "en");
        Assert.Equal("shelling", e.Kind);
        Assert.Equal("Explosions/Remote violence", e.EventType);
    }

    [Theory]
    [InlineData("The regional council approved on Friday sweeping amendments to the mobilisation rules.", "en", "law")]
    [InlineData("Суд признал движение «Заря» экстремистской организацией.", "ru", "designation")]
    [InlineData("Бійці «Ранкової зорі» повернули під свій контроль село Рибне.", "uk", "capture")]
    public void Extract_FrameWithWordsBetweenItsParts_IsFound(string text, string lang, string kind) =>
        Assert.Equal(kind, Only(text, lang).Event.Kind);

    [Fact]
    public void Extract_OngoingEventWithoutDate_TakesTheReportsDate() =>
        Assert.Equal("2024-03-14", Only("Fighting is still raging on the outskirts of Vovchansk.", "en").Event.Date?.ToString());

    [Fact]
    public void Extract_SentenceGoingOnAboutADatedRaid_BorrowsTheDateAndSaysSo()
    {
        var x = Extractor.Extract(new Document("t", "The brigade raided Kozinka on 11 March 2024. During the raid, two houses burned down.",
            null, null, null, "en", DateValue.OfDay(2024, 3, 14), "t", "text"));

        Assert.Equal(2, x.Events.Count);
        Assert.All(x.Events, e => Assert.Equal("2024-03-11", e.Date?.ToString()));
        Assert.Equal([false, true], x.Events.OrderBy(e => e.Span.Start).Select(e => e.DateInferred));
    }

    [Fact]
    public void Extract_PastEventWithoutDate_StaysUndated() =>
        Assert.Null(Only("The brigade shelled the outskirts of Vovchansk.", "en").Event.Date);

    [Fact]
    public void Extract_DateAfterSaidThat_DatesTheEvent() =>
        Assert.Equal("2024-03-11", Only("The unit said that on 11 March it withdrew from Krynky.", "en").Event.Date?.ToString());

    [Theory]
    [InlineData("A drone hit a bus in Nikopol, killing a driver and wounding two passengers.", "en", 1L, 2L)]
    [InlineData("При обстреле Грайворона погибла 72-летняя жительница, ранены трое.", "ru", 1L, 3L)]
    [InlineData("Росіяни обстріляли Білопілля з мінометів, обійшлося без загиблих та поранених.", "uk", 0L, 0L)]
    public void Extract_CasualtiesInWordsAgesAndNone_AreCounted(string text, string lang, long killed, long injured)
    {
        var (e, _) = Only(text, lang);
        Assert.Equal(killed, e.Fatalities?.Min);
        Assert.Equal(injured, e.Injured?.Min);
    }

    [Theory]
    [InlineData("Затримання в Сумах відбулося через три тижні після рейду на Козинку.", "uk", "Сум")]
    [InlineData("The arrest came two weeks after the raid on Kozinka.", "en", null)]
    public void Extract_PlaceOfAnEarlierEventNamedAfterAfter_IsNotTheEventsPlace(string text, string lang, string? place)
    {
        var (e, x) = Only(text, lang);
        Assert.Equal("arrest", e.Kind);
        if (place is null) Assert.Null(e.Place);
        else Assert.StartsWith(place, x.Mentions[e.Place!.Value].Text);
    }

    [Fact]
    public void Extract_BeforeThatLeadsToNoOtherEvent_KeepsThePlaceAfterIt()
    {
        var (e, x) = Only("The Eastern Shield Legion raided the border before dawn and exchanged fire with guards near Tyotkino.", "en");
        Assert.NotNull(e.Place);
        Assert.Equal("Tyotkino", x.Mentions[e.Place!.Value].Text);
    }

    [Fact]
    public void Extract_PlaceWordInsideQuotedName_IsNotTheEventsPlace()
    {
        var (e, x) = Only("Бійці загону «Сумська варта» обстріляли позиції ворога поблизу Глушкова.", "uk");
        Assert.NotNull(e.Place);
        Assert.DoesNotContain("Сумськ", x.Mentions[e.Place!.Value].Text);
    }

    [Fact]
    public void Extract_UndatedFightingLaterInReport_TakesTheDateOfTheReportsRaid()
    {
        var x = Extractor.Extract(new Document("t", "Fighters raided the village of Tyotkino on 3 March 2024.\n\nThe fighting lasted several hours, residents said.",
            null, null, null, "en", DateValue.OfDay(2024, 3, 5), "t", "text"));
        Assert.Equal(2, x.Events.Count);
        Assert.All(x.Events, e => Assert.Equal("2024-03-03", e.Date?.ToString()));
    }

    [Fact]
    public void Extract_EventPlacedAfterAnother_NeitherInheritsItsDateNorRenamesTheFirst()
    {
        var x = Extractor.Extract(new Document("t", "A strike on 16 October 2023 hit a warehouse.\n\nThe strike came two days after the battalion raided the village of Kozinka.",
            null, null, null, "en", DateValue.OfDay(2023, 10, 17), "t", "text"));
        var second = x.Events.Single(e => e.Span.Start > 40);
        Assert.Equal("attack", second.Kind);
        Assert.Null(second.Date);
    }

    [Fact]
    public void Extract_SourceNamedAfterAccordingTo_IsNoActor()
    {
        var (e, x) = Only("The Eastern Shield Legion raided the village on 14 October 2023, according to the group's Telegram channel.", "en");

        var actor = Assert.Single(e.Actors);
        Assert.Equal("Eastern Shield Legion", x.Mentions[actor.Mention].Text);
    }

    [Fact]
    public void Extract_ArrestAccusedOfHelpingAGroupThenDenied_LinkAllegedThenDenied()
    {
        var x = Extractor.Extract(new Document("t",
            "Вчера ФСБ задержала в Курске местного жителя. Его обвиняют в помощи батальону «Западный щит». Представитель батальона Игорь Соколов опроверг связь группы с задержанным.",
            null, null, null, "ru", DateValue.OfDay(2024, 3, 14), "t", "text"));

        var links = x.Events.Where(e => e.Kind == "arrest" && e.Link is not null).Select(e => e.Link!).ToList();
        Assert.Equal([Stance.Alleged, Stance.Denied], links.Select(l => l.Stance));
        Assert.All(links, l => Assert.Contains("Западный щит", x.Mentions[l.Organization].Normal, StringComparison.Ordinal));
        Assert.Equal("Игорь Соколов", x.Mentions[links[1].ClaimedBy!.Value].Text);
    }

    [Theory]
    [InlineData("The Eastern Shield Legion raided Kozinka on Monday, the group said on Telegram.")]
    [InlineData("The Eastern Shield Legion raided Kozinka on Monday, its commander told The Times.")]
    public void Extract_PlatformOrOutletNamed_IsNoActor(string text)
    {
        var (e, x) = Only(text, "en");
        Assert.Equal(["Eastern Shield Legion"], e.Actors.Select(a => x.Mentions[a.Mention].Normal).Distinct());
    }

    [Fact]
    public void Extract_DocumentNamedAfterAPlace_IsNotTheEventsPlace()
    {
        var (e, x) = Only("In August 2022, the Eastern Shield Legion signed the Irpin Declaration.", "en");
        Assert.Null(e.Place);
        Assert.DoesNotContain(x.Mentions, m => m.Text.Contains("Declaration", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Former Wagner fighters attacked Kozinka on Monday.", "Wagner")]
    [InlineData("The Eastern Shield Legion attacked Kozinka on Monday with Stinger MANPADS.", "MANPADS")]
    public void Extract_FormerBodyOrEquipmentNamed_IsNoActor(string text, string name)
    {
        var (e, x) = Only(text, "en");
        Assert.DoesNotContain(e.Actors, a => x.Mentions[a.Mention].Text.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ReferenceEntriesAfterTheReport_TellNoEvent()
    {
        var x = Extractor.Extract(new Document("t",
            "The Eastern Shield Legion raided Kozinka on 14 October 2023. \"Partisans raid a border village in surprise attack\". "
            + "The Border Courier. Retrieved 15 March 2024, with the attack on the village archived.",
            null, null, null, "en", DateValue.OfDay(2024, 3, 14), "t", "text"));

        var e = Assert.Single(x.Events);
        Assert.Equal("raid", e.Kind);
    }

    [Fact]
    public void Extract_TriggerInsideAQuotedTitle_IsNoEvent()
    {
        var x = Extractor.Extract(new Document("t", "The ministry cited the report \"The Elusive Legion Fighting With Ukraine\" in its review.",
            null, null, null, "en", DateValue.OfDay(2024, 3, 14), "t", "text"));
        Assert.Empty(x.Events);
    }

    [Theory]
    [InlineData("Russian troops shelled Kupiansk on Monday.", "en", "Russian troops", "shelling")]
    [InlineData("В ночь на среду украинские вооружённые формирования атаковали беспилотниками нефтебазу.", "ru", "украинские вооружённые формирования", "drone strike")]
    [InlineData("Ukrainian saboteurs tried to push into a border village on Tuesday.", "en", "Ukrainian saboteurs", "raid")]
    public void Extract_DescribedForces_AreTheActorAndTheirWordsNameNoOtherEvent(string text, string lang, string actor, string kind)
    {
        var (e, x) = Only(text, lang);
        Assert.Equal(kind, e.Kind);
        Assert.Equal(actor, x.Mentions[e.Actors.Single(a => a.Role == "actor1").Mention].Text);
    }
}
