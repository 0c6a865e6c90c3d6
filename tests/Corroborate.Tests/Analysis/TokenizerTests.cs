using Corroborate.Analysis;
using Corroborate.Domain;

namespace Corroborate.Tests.Analysis;

public sealed class TokenizerTests
{
    private static AnalyzedDocument Tokenize(string text, string lang = "en")
    {
        var doc = new AnalyzedDocument(new Document("doc_t", text, null, null, null, lang, null, "x", "text"));
        new Tokenizer().Annotate(doc);
        return doc;
    }

    private static string[] Sentences(string text, string lang = "en")
    {
        var doc = Tokenize(text, lang);
        return doc.Sentences.Select(s => doc.SpanText(s.Span)).ToArray();
    }

    [Fact]
    public void Annotate_SitesAndAmpersandNames_AreOneTokenInOneSentence()
    {
        var doc = Tokenize("Как пишет news.example.ru, агентство S&P понизило рейтинг. Об этом сообщил Example.com.", "ru");

        var tokens = doc.Tokens.Select(t => t.Text).ToList();
        Assert.Contains("news.example.ru", tokens);
        Assert.Contains("S&P", tokens);
        Assert.Contains("Example.com", tokens);
        Assert.Equal(2, doc.Sentences.Count);
    }

    [Fact]
    public void Annotate_LatinInitialisms_AreOneTokenWithTheirPoints()
    {
        var doc = Tokenize("The U.S. envoy met U.N. staff, e.g. the J.R. Hollis team, at 5 p.m. in Kyiv.");

        var tokens = doc.Tokens.Select(t => t.Text).ToList();
        Assert.Equal(["U.S.", "U.N.", "e.g.", "J.R.", "p.m."], tokens.Where(t => t.Length > 2 && t.EndsWith('.')));
        Assert.Single(doc.Sentences);
    }

    [Fact]
    public void Annotate_CyrillicInitials_StaySeparateTokens()
    {
        var doc = Tokenize("Доклад сделал В.А. Петренко.", "ru");

        Assert.Equal(["Доклад", "сделал", "В", ".", "А", ".", "Петренко", "."], doc.Tokens.Select(t => t.Text));
    }

    [Fact]
    public void Annotate_TitleAbbreviation_DoesNotSplit()
    {
        Assert.Equal(
            new[] { "Mr. Hollis met the volunteers at the depot.", "They left at noon." },
            Sentences("Mr. Hollis met the volunteers at the depot. They left at noon."));
    }

    [Fact]
    public void Annotate_Initial_DoesNotSplit()
    {
        Assert.Equal(
            new[] { "Commander V. Ivanov denied the report.", "His deputy confirmed it." },
            Sentences("Commander V. Ivanov denied the report. His deputy confirmed it."));
    }

    [Fact]
    public void Annotate_RussianCityAbbreviation_DoesNotSplit()
    {
        Assert.Equal(
            new[] { "Колонна прибыла в г. Зареченск утром.", "Жители вышли на улицы." },
            Sentences("Колонна прибыла в г. Зареченск утром. Жители вышли на улицы.", "ru"));
    }

    [Fact]
    public void Annotate_BlankLineBetweenParagraphs_Splits()
    {
        Assert.Equal(
            new[] { "Shelling stopped before midnight", "Residents returned to their homes" },
            Sentences("Shelling stopped before midnight\n\nResidents returned to their homes"));
    }

    [Fact]
    public void Annotate_QuestionAndExclamationMarks_Split()
    {
        Assert.Equal(
            new[] { "Who fired first?", "Nobody knows!", "The inquiry continues." },
            Sentences("Who fired first? Nobody knows! The inquiry continues."));
    }

    [Fact]
    public void Annotate_PeriodInsideClosingQuote_SplitsAfterQuote()
    {
        Assert.Equal(
            new[] { "He said: \"We will hold.\"", "Then he left." },
            Sentences("He said: \"We will hold.\" Then he left."));
    }

    [Fact]
    public void Annotate_PossessiveS_SplitsOffApostropheS()
    {
        var doc = Tokenize("The Legion's commander spoke.");

        Assert.Equal(new[] { "The", "Legion", "'s", "commander", "spoke", "." }, doc.Tokens.Select(t => t.Text));
    }

    [Fact]
    public void Annotate_WordNoBeforePeriod_Splits()
    {
        Assert.Equal(
            new[] { "The commander said no.", "Then the unit withdrew." },
            Sentences("The commander said no. Then the unit withdrew."));
    }
}
