using Corroborate.Analysis;
using Corroborate.Domain;
using Corroborate.Reference;

namespace Corroborate.Tests.Analysis;

public sealed class TruecaserTests
{
    private static string Truecased(string text, string lang)
    {
        var doc = new AnalyzedDocument(new Document("doc_tc", text, null, null, null, lang, null, "x", "text"));
        new Tokenizer().Annotate(doc);
        var spans = doc.Tokens.Select(t => t.Span).ToList();
        new Truecaser(Gazetteer.Shared).Annotate(doc);
        // Only the texts change: every token keeps the span it was written at.
        Assert.Equal(spans, doc.Tokens.Select(t => t.Span));
        return string.Join(" ", doc.Tokens.Select(t => t.Text));
    }

    [Theory]
    [InlineData("RUSSIA SAYS DRONES HIT A REFINERY IN VOLGOGRAD", "en", "Russia says drones hit a refinery in Volgograd")]
    [InlineData("NATO CHIEF WARNS OF A LONG WAR", "en", "NATO chief warns of a long war")]
    [InlineData("PUTIN'S ARMY LOSES MORE GROUND", "en", "Putin 's army loses more ground")]
    [InlineData("ВСУ ОТБИЛИ АТАКУ ПОД БАХМУТОМ", "ru", "ВСУ отбили атаку под Бахмутом")]
    [InlineData("ЗЕЛЕНСЬКИЙ ЗУСТРІВСЯ З ПРЕЗИДЕНТОМ ФРАНЦІЇ", "uk", "Зеленський зустрівся з президентом Франції")]
    public void Annotate_HeadlineInCapitals_WordsTakeTheirUsualCase(string headline, string lang, string expected) =>
        Assert.Equal(expected, Truecased(headline, lang));

    [Theory]
    [InlineData("NATO and the EU met in Kyiv .", "en")]
    [InlineData("ЩО вони хочуть від нас ?", "uk")]
    [InlineData("The IT ARMY said it hit the site .", "en")]
    public void Annotate_FewWordsInCapitals_Unchanged(string text, string lang) =>
        Assert.Equal(text, Truecased(text, lang));

    [Theory]
    [InlineData("i met olena in kyiv and she spoke of nato .", "I met Olena in Kyiv and she spoke of NATO .")]
    [InlineData("we drove from kharkiv to the united states border .", "we drove from Kharkiv to the United States border .")]
    [InlineData("the strike hit a house near the river at night .", "the strike hit a house near the river at night .")] // no name: nothing changes
    public void Annotate_SentenceInLowerCase_KnownNamesGetTheirCapitals(string text, string expected) =>
        Assert.Equal(expected, Truecased(text, "en"));

    [Theory]
    [InlineData("Russian Forces Shell Kharkiv Region , Killing Three Civilians", "Russian forces shell Kharkiv Region , killing three civilians")]
    [InlineData("Ukraine Strikes Oil Refinery In Volgograd", "Ukraine strikes oil refinery in Volgograd")]
    public void Annotate_HeadlineInTitleCase_WordsTakeTheirUsualCase(string headline, string expected) =>
        Assert.Equal(expected, Truecased(headline, "en"));

    [Theory]
    [InlineData("Vladimir Putin , Xi Jinping and Narendra Modi")] // names alone
    [InlineData("The Armed Forces of Ukraine struck the bridge .")] // a sentence with a name of several words
    public void Annotate_CapitalizedNamesInSentence_Unchanged(string text) =>
        Assert.Equal(text, Truecased(text, "en"));

    [Fact]
    public void Annotate_LowerCaseNameInSentenceWithCapitals_Unchanged() =>
        Assert.Equal("We met in kyiv on Monday .", Truecased("We met in kyiv on Monday .", "en"));

    [Fact]
    public void Annotate_NameOfSeveralWordsInHeadline_IsCapitalizedAsOne() =>
        Assert.Equal("The United States and South Africa sign a deal", Truecased("THE UNITED STATES AND SOUTH AFRICA SIGN A DEAL", "en"));

    [Fact]
    public void Analyze_HeadlineInCapitals_FindsNamesAsWritten()
    {
        var doc = Analyzer.CreateDefault().Analyze(new Document("doc_tc2", "NATO CHIEF STOLTENBERG WARNS MOSCOW OVER BALTIC BUILD-UP", null, null, null, "en", null, "x", "text"));

        Assert.Equal([("NATO", MentionKind.Organization), ("STOLTENBERG", MentionKind.Person), ("MOSCOW", MentionKind.Place)],
            doc.Mentions.Select(m => (m.Text, m.Kind)));
    }
}
