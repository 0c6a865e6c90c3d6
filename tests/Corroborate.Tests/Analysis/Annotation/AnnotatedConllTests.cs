using Corroborate.Analysis.Annotation;

namespace Corroborate.Tests.Analysis.Annotation;

public sealed class AnnotatedConllTests
{
    [Fact]
    public void Sentences_AnnotatedText_TagsNamesInIob2AndLeavesDatesOut()
    {
        var (text, spans) = Markup.Parse("[[DATE 5 квітня]] [[PER Володимир Зеленський]] відвідав [[LOC Харків]]. Там був [[ORG полк «Азов»]].");
        var sentences = AnnotatedConll.Sentences(new AnnotatedText("d", "uk", text, spans)).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["5", "квітня", "Володимир", "Зеленський", "відвідав", "Харків", "."], sentences[0].Tokens);
        Assert.Equal(["O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"], sentences[0].Gold);
        Assert.Equal(["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"], sentences[1].Gold);
    }

    [Fact]
    public void Sentences_AdjacentNamesOfOneType_StartEachWithB()
    {
        var (text, spans) = Markup.Parse("[[LOC Kharkiv]] [[LOC Sumy]]");
        var sentence = Assert.Single(AnnotatedConll.Sentences(new AnnotatedText("d", "en", text, spans)));
        Assert.Equal(["B-LOC", "B-LOC"], sentence.Gold);
    }

    [Fact]
    public void AnnotationScore_TwoPasses_CountsExactSpanAndTypeAgreement()
    {
        var (text, a) = Markup.Parse("[[PER Zelensky]] met [[ORG NATO]] in [[LOC Brussels]]");
        var (_, b) = Markup.Parse("[[PER Zelensky]] met [[LOC NATO]] in [[LOC Brussels]]");
        Assert.Equal(text, Markup.Parse("Zelensky met NATO in Brussels").Text);
        var score = new AnnotationScore();
        score.Add(a, b);
        var rows = score.Rows().ToDictionary(r => r.Type);
        Assert.Equal(1.0, rows["PER"].F1);
        Assert.Equal(0.0, rows["ORG"].F1);
        Assert.Equal(2 / 3.0, rows["ALL"].F1, 6);
        Assert.Equal((3, 3), (rows["ALL"].InA, rows["ALL"].InB));
    }
}
