using Corroborate.Analysis;
using Corroborate.Analysis.Annotation;
using Corroborate.Domain;

namespace Corroborate.Tests.Analysis.Annotation;

public sealed class AnnotationChecksTests
{
    private static List<string> Problems(string text, params (int Start, int End, string Type)[] spans) =>
        AnnotationChecks.Problems(new AnnotatedText("d", "en", text, spans.Select(s => new GoldSpan(new Span(s.Start, s.End), s.Type)).ToList())).ToList();

    [Fact]
    public void Problems_WellFormedSpans_None() =>
        Assert.Empty(Problems("Zelensky visited Kharkiv.", (0, 8, "PER"), (17, 24, "LOC")));

    [Theory]
    [InlineData(0, 4, "PER", "ends inside a word")]
    [InlineData(1, 8, "PER", "starts inside a word")]
    [InlineData(8, 16, "PER", "starts or ends with a space")]
    [InlineData(0, 8, "MISC", "unknown type")]
    [InlineData(17, 40, "LOC", "outside the text")]
    public void Problems_BrokenSpan_Reported(int start, int end, string type, string problem) =>
        Assert.Contains(Problems("Zelensky visited Kharkiv.", (start, end, type)), p => p.Contains(problem));

    [Fact]
    public void Problems_OverlappingSpans_Reported() =>
        Assert.Contains(Problems("Armed Forces of Ukraine", (0, 23, "ORG"), (16, 23, "LOC")), p => p.Contains("overlaps ORG 0-23"));

    [Fact]
    public void Problems_SpanAcrossLineBreak_Reported() =>
        Assert.Contains(Problems("Kyiv\nLviv", (0, 9, "LOC")), p => p.Contains("crosses a line break"));

    [Fact]
    public void Pretag_UkrainianText_GivesValidSpansWithTheNamedPlace()
    {
        var text = "Вчора ворог обстріляв Харків, загинули двоє людей.\n\nПрезидент Володимир Зеленський заявив про це 5 квітня.";
        var doc = new Pretagger(Analyzer.CreateDefault()).Tag("p", "uk", text);
        Assert.Empty(AnnotationChecks.Problems(doc));
        Assert.Contains(doc.Spans, s => s.Type == "LOC" && doc.SpanText(s) == "Харків");
        Assert.Contains(doc.Spans, s => s.Type == "PER" && doc.SpanText(s) == "Володимир Зеленський");
    }
}
