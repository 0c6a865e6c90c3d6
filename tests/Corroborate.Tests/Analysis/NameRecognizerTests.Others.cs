using Corroborate.Analysis;
using Corroborate.Domain;

namespace Corroborate.Tests.Analysis;

/// <summary>Other names: nationalities and creeds, events, documents, awards, works and products.</summary>
public sealed partial class NameRecognizerTests
{
    private static OtherKind? OtherKindOf(AnalyzedDocument doc, string text) => doc.Others.FirstOrDefault(o => o.Text == text)?.Kind;

    [Theory]
    [InlineData("Dutch officials met the mayor of Lviv on Friday.", "Dutch", OtherKind.Group)]
    [InlineData("The talks between Bosnian Serb leaders resumed.", "Bosnian Serb", OtherKind.Group)]
    [InlineData("Moslem leaders in Sarajevo welcomed the plan.", "Moslem", OtherKind.Group)]
    [InlineData("The Israeli-Palestinian talks resumed in Cairo.", "Israeli-Palestinian", OtherKind.Group)]
    [InlineData("Fans in Madrid watched the World Cup final on Sunday.", "World Cup", OtherKind.Event)]
    [InlineData("His grandfather fought in the Second World War near Kursk.", "Second World War", OtherKind.Event)]
    [InlineData("Veterans of World War II laid flowers in Odesa.", "World War II", OtherKind.Event)]
    [InlineData("Both sides accused each other of breaking the Minsk Agreements.", "Minsk Agreements", OtherKind.Document)]
    [InlineData("The border was drawn by the Treaty of Versailles in 1919.", "Treaty of Versailles", OtherKind.Document)]
    [InlineData("The activist was awarded the Nobel Peace Prize in Oslo.", "Nobel Peace Prize", OtherKind.Award)]
    [InlineData("The battery fired HIMARS rockets at the depot near Kherson.", "HIMARS", OtherKind.Product)]
    [InlineData("The Olympic champion trained in Kharkiv before the war.", "Olympic", OtherKind.Event)]
    [InlineData("The club won the UEFA Cup in 2009 and lost the US Open final.", "UEFA Cup", OtherKind.Event)]
    [InlineData("The club won the UEFA Cup in 2009 and lost the US Open final.", "US Open", OtherKind.Event)]
    [InlineData("У Ворзелі били «Градами» по будинку.", "Градами", OtherKind.Product, "uk")]
    [InlineData("Спортсменка готовилась к Олимпиаде в Харькове.", "Олимпиаде", OtherKind.Event, "ru")]
    [InlineData("Він воював в АТО, а потім працював на Євро-2012.", "АТО", OtherKind.Event, "uk")]
    [InlineData("Ветераны Второй мировой войны собрались в Москве.", "Второй мировой войны", OtherKind.Event, "ru")]
    [InlineData("Він воював в АТО, а потім працював на Євро-2012.", "Євро-2012", OtherKind.Event, "uk")]
    [InlineData("Ракетний комплекс «Нептун» запустили з Одеси.", "Нептун", OtherKind.Product, "uk")]
    public void Annotate_OtherName_FoundWithItsKind(string text, string name, OtherKind kind, string lang = "en")
    {
        var doc = Analyze(text, lang);

        Assert.Equal(kind, OtherKindOf(doc, name));
    }

    [Fact]
    public void Annotate_NationalityBeforeForces_IsAnOtherNameBesideTheDescription()
    {
        var doc = Analyze("Russian troops shelled the village of Pisky overnight.");

        Assert.Equal(OtherKind.Group, OtherKindOf(doc, "Russian"));
        Assert.DoesNotContain(doc.Mentions, m => m.IsName && m.Text.Contains("Russian", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Conservative estimates put the number of displaced at 3,000.")]
    [InlineData("The Socialist Party of Ukraine was banned in 2022.")]
    public void Annotate_CommonWordOrBodyName_NoOtherName(string text)
    {
        var doc = Analyze(text);

        Assert.DoesNotContain(doc.Others, o => o.Kind == OtherKind.Group);
    }

    [Fact]
    public void Annotate_AmbiguousProductNamedAsABody_StaysABody()
    {
        var doc = Analyze("Футбольний клуб «Авангард» переміг у Краматорську.", "uk");

        Assert.Null(OtherKindOf(doc, "Авангард"));
    }

    [Fact]
    public void Annotate_SurnameThatIsANationality_NoOtherName()
    {
        var doc = Analyze("The novelist Wellesley Tudor Pole spoke first.");

        Assert.Null(OtherKindOf(doc, "Pole"));
    }

    [Fact]
    public void Annotate_OtherNames_NeverOverlapMentions()
    {
        var doc = Analyze("German Chancellor Olaf Scholz and the German Foreign Ministry praised the Ukrainian Navy after the Black Sea Summit in Odesa.");

        Assert.NotEmpty(doc.Others);
        Assert.All(doc.Others, o => Assert.DoesNotContain(doc.Mentions, m => m.IsName && m.Span.Start < o.Span.End && o.Span.Start < m.Span.End));
    }

    [Theory]
    [InlineData("Режиссёр показал фильм «Брат» в Киеве.", "Брат", OtherKind.Work)]
    [InlineData("Операция «Буря в пустыне» началась в 1991 году.", "Буря в пустыне", OtherKind.Event)]
    [InlineData("Депутаты приняли закон «О полиции» в среду.", "О полиции", OtherKind.Document)]
    [InlineData("Крейсер «Москва» затонул в Чёрном море.", "Москва", OtherKind.Product)]
    public void Annotate_QuotedTitleAfterItsHead_NamedByTheHeadsKind(string text, string title, OtherKind kind)
    {
        var doc = Analyze(text, "ru");

        Assert.Equal(kind, OtherKindOf(doc, title));
    }

    [Fact]
    public void Annotate_AwardWithLowerCaseHead_NameWithoutTheHead()
    {
        var doc = Analyze("Командира наградили орденом Богдана Хмельницкого.", "ru");

        Assert.Equal(OtherKind.Award, OtherKindOf(doc, "Богдана Хмельницкого"));
    }

    [Fact]
    public void Annotate_EventInAHeadlineInCapitals_FoundAsTheStoryNamesIt()
    {
        var doc = Analyze("TENNIS - SAMPRAS THROUGH AT GRAND SLAM CUP\n\nMUNICH 1996-09-26\n\nPete Sampras beat Mark Woodforde in the first round of the Grand Slam Cup on Thursday.\n");

        Assert.Equal(OtherKind.Event, OtherKindOf(doc, "GRAND SLAM CUP"));
    }

    [Fact]
    public void Annotate_NationalitiesOnTwoLines_TwoNames()
    {
        var doc = Analyze("Ukrainians!\nUkrainians defend their land.");

        Assert.Equal(2, doc.Others.Count(o => o.Text == "Ukrainians"));
    }

    [Fact]
    public void Annotate_AwardWithCapitalizedCyrillicHead_NameWithoutTheHead()
    {
        var doc = Analyze("Орденом «За мужність» нагороджено бійців бригади.", "uk");

        Assert.Equal(OtherKind.Award, OtherKindOf(doc, "За мужність"));
    }

    [Fact]
    public void Annotate_EventReadAsAPersonElsewhere_GivesNoSurname()
    {
        var doc = Analyze("The Stanley Cup and the World Series drew record audiences. The Asian Cup was played in December.");

        Assert.DoesNotContain(doc.Mentions, m => m.IsName && m.Text == "Cup");
        Assert.Contains(doc.Others, o => o.Text == "Asian Cup" && o.Kind == OtherKind.Event);
    }

    [Fact]
    public void Annotate_PluralOfACreedReadAsAPerson_IsAGroup()
    {
        var doc = Analyze("Republican leaders and Democrats clashed over the budget.");

        Assert.DoesNotContain(doc.Mentions, m => m.IsName && m.Text == "Democrats");
        Assert.Contains(doc.Others, o => o.Text == "Democrats" && o.Kind == OtherKind.Group);
    }
}
