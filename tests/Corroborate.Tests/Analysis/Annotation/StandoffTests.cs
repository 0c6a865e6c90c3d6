using Corroborate.Analysis.Annotation;
using Corroborate.Domain;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Analysis.Annotation;

public sealed class StandoffTests
{
    [Fact]
    public void WriteThenRead_Document_RoundTripsTextAndSpans()
    {
        using var dir = new TempDir();
        var text = "Полк «Азов» обороняв Маріуполь.\nТретій рядок";
        var doc = new AnnotatedText("a-1", "uk", text, [new GoldSpan(new Span(0, 11), "ORG"), new GoldSpan(new Span(21, 30), "LOC")]);
        Standoff.Write(dir.Path, doc);
        Assert.Equal("T1\tORG 0 11\tПолк «Азов»\nT2\tLOC 21 30\tМаріуполь\n", File.ReadAllText(Path.Combine(dir.Path, "a-1.ann")));
        var back = Standoff.Read(Path.Combine(dir.Path, "a-1.txt"), "uk");
        Assert.Equal(text, back.Text);
        Assert.Equal(doc.Spans, back.Spans);
    }

    [Fact]
    public void Read_CoveredTextDisagreesWithOffsets_Throws()
    {
        using var dir = new TempDir();
        dir.File("x.txt", "Kyiv and Lviv");
        dir.File("x.ann", "T1\tLOC 0 4\tLviv\n");
        var e = Assert.Throws<FormatException>(() => Standoff.Read(Path.Combine(dir.Path, "x.txt"), "en"));
        Assert.Contains("covers 'Kyiv', not 'Lviv'", e.Message);
    }

    [Fact]
    public void Read_SpanBeyondText_Throws()
    {
        using var dir = new TempDir();
        dir.File("x.txt", "Kyiv");
        dir.File("x.ann", "T1\tLOC 0 40\tKyiv\n");
        Assert.Throws<FormatException>(() => Standoff.Read(Path.Combine(dir.Path, "x.txt"), "en"));
    }

    [Fact]
    public void LanguageOf_CorpusPath_IsTheLanguageSegment()
    {
        Assert.Equal("ru", AnnotatedCorpus.LanguageOf("data/annotated/ru/test/nerel-1.txt"));
        Assert.Equal("uk", AnnotatedCorpus.LanguageOf("data/annotated/second-pass/uk/x.txt"));
        Assert.Null(AnnotatedCorpus.LanguageOf("somewhere/else/x.txt"));
    }
}
