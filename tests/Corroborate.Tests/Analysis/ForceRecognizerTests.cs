using Corroborate.Analysis;
using Corroborate.Domain;

namespace Corroborate.Tests.Analysis;

public sealed class ForceRecognizerTests
{
    private static readonly Analyzer Analyzer = Analyzer.CreateDefault();

    private static AnalyzedDocument Analyze(string text, string lang) =>
        Analyzer.Analyze(new Document("t", text, null, null, null, lang, DateValue.OfDay(2024, 3, 14), "t", "text"));

    private static List<Mention> Described(string text, string lang) => Analyze(text, lang).Mentions.Where(m => m.Descriptive).ToList();

    [Theory]
    [InlineData("Russian tactical aviation struck the bridge near Vovchansk.", "en", "Russian tactical aviation", "Armed Forces of the Russian Federation")]
    [InlineData("Вчера украинские вооружённые формирования атаковали подстанцию.", "ru", "украинские вооружённые формирования", "Armed Forces of Ukraine")]
    [InlineData("Уночі окупанти обстріляли околиці Чугуєва.", "uk", "окупанти", "Armed Forces of the Russian Federation")]
    [InlineData("Belarusian police detained two rail workers in Gomel.", "en", "Belarusian police", "Police Forces of Belarus")]
    public void Annotate_DescriptionOfAStatesForces_OneDescriptiveMentionWithTheCanonicalActor(string text, string lang, string span, string normal)
    {
        var m = Assert.Single(Described(text, lang));
        Assert.Equal(span, m.Text);
        Assert.Equal(normal, m.Normal);
        Assert.Equal(MentionKind.Organization, m.Kind);
    }

    [Theory]
    [InlineData("The pact united armed anti-Putin Russian forces in Kyiv.", "en")]
    [InlineData("The unit, made up of Russian soldiers who defected, trains near Kyiv.", "en")]
    [InlineData("Russian servicemen from the Eastern Shield Legion gave a briefing.", "en")]
    public void Annotate_DescriptionOfAGroupsMembers_IsNoStatesForce(string text, string lang) =>
        Assert.Empty(Described(text, lang));

    [Fact]
    public void Annotate_DescriptionBetweenNames_KeepsIndexesAntecedentsAndAliasesInOrder()
    {
        var doc = Analyze("The Eastern Shield Legion (ESL) said Russian troops shelled Kozinka. The Legion denied it.", "en");

        Assert.Equal(Enumerable.Range(0, doc.Mentions.Count), doc.Mentions.Select(m => m.Index));
        Assert.True(doc.Mentions.Zip(doc.Mentions.Skip(1)).All(p => p.First.Span.Start < p.Second.Span.Start));
        Assert.All(doc.Mentions.Where(m => m.Antecedent is not null), m => Assert.False(doc.Mentions[m.Antecedent!.Value].Descriptive));
        Assert.All(doc.Aliases, a => Assert.Contains("Legion", doc.Mentions[a.Mention].Text + doc.Mentions[a.Alias].Text, StringComparison.Ordinal));
        Assert.Contains(doc.Mentions, m => m.Descriptive && m.Text == "Russian troops");
    }

    [Fact]
    public void Tag_DescriptionOfForces_IsNoNameThoughItsNationalityIs()
    {
        var sentence = Conll.Read(new StringReader("Russian\tB-MISC\ntroops\tO\nshelled\tO\nKupiansk\tB-LOC\n.\tO\n")).Single();
        Assert.Equal(["B-MISC", "O", "O", "B-LOC", "O"], Conll.Tag(Analyzer, sentence, "en"));
    }
}
