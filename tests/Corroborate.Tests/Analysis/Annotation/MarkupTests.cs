using Corroborate.Analysis.Annotation;
using Corroborate.Domain;

namespace Corroborate.Tests.Analysis.Annotation;

public sealed class MarkupTests
{
    private static AnnotatedText Doc(string text, params (string Covered, string Type)[] spans)
    {
        var list = new List<GoldSpan>();
        var from = 0;
        foreach (var (covered, type) in spans)
        {
            var at = text.IndexOf(covered, from, StringComparison.Ordinal);
            list.Add(new GoldSpan(new Span(at, at + covered.Length), type));
            from = at + covered.Length;
        }
        return new AnnotatedText("d", "uk", text, list);
    }

    [Fact]
    public void Render_SpansInline_WritesTypeAndCoveredText()
    {
        var doc = Doc("Президент Зеленський відвідав Харків 5 квітня.", ("Зеленський", "PER"), ("Харків", "LOC"), ("5 квітня", "DATE"));
        Assert.Equal("Президент [[PER Зеленський]] відвідав [[LOC Харків]] [[DATE 5 квітня]].", Markup.Render(doc));
    }

    [Theory]
    [InlineData("The [[ORG Armed Forces of Ukraine]] said [[QTY two battalions]] left [[LOC Bakhmut]].")]
    [InlineData("Легион «Свобода России» — [[ORG Легион «Свобода России»]]\n\n[[PER Цезарь]]")]
    [InlineData("no marks at all")]
    [InlineData("[[LOC Київ]]")]
    public void ParseThenRender_AnyValidMarkup_GivesItBack(string markup)
    {
        var (text, spans) = Markup.Parse(markup);
        Assert.DoesNotContain("[[", text);
        Assert.Equal(markup, Markup.Render(new AnnotatedText("d", "en", text, spans)));
    }

    [Fact]
    public void Parse_Marks_GiveSpansOverThePlainText()
    {
        var (text, spans) = Markup.Parse("in [[LOC Sumy]] and [[LOC Kharkiv regions]]");
        Assert.Equal("in Sumy and Kharkiv regions", text);
        Assert.Equal(["Sumy", "Kharkiv regions"], spans.Select(s => s.Span.Of(text)));
        Assert.All(spans, s => Assert.Equal("LOC", s.Type));
    }

    [Theory]
    [InlineData("a [[FOO Kyiv]]", "line 1: unknown type 'FOO'")]
    [InlineData("a\n[[LOC Kyiv", "line 2: '[[' is never closed")]
    [InlineData("a Kyiv]] b", "line 1: ']]' without an opening '[['")]
    [InlineData("[[ORG a [[LOC b]] c]]", "line 1: marks cannot nest")]
    [InlineData("[[LOC]]", "line 1: expected '[[TYPE text]]'")]
    public void Parse_MalformedMark_ThrowsNamingTheLine(string markup, string message)
    {
        var e = Assert.Throws<FormatException>(() => Markup.Parse(markup));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void FirstDifference_ChangedCharacter_NamesLineAndBothTexts()
    {
        var diff = Markup.FirstDifference("one\nСлов'янськ", "one\nСлов’янськ");
        Assert.NotNull(diff);
        Assert.StartsWith("line 2:", diff);
        Assert.Contains("Слов'янськ", diff);
        Assert.Contains("Слов’янськ", diff);
        Assert.Null(Markup.FirstDifference("same", "same"));
    }
}
