using Corroborate.Resolution;

namespace Corroborate.Tests.Resolution;

public sealed class TransliterationModelTests
{
    /// <summary>Invented words spelled with French-style conventions: ch is ш, ou is у, eau is о.</summary>
    private static readonly (string, string)[] FrenchStyle =
    [
        ("chamou", "шаму"), ("bouchet", "буше"), ("moreau", "моро"), ("chabot", "шабо"), ("toulou", "тулу"),
        ("beaumont", "бомон"), ("chaton", "шатон"), ("rouchat", "руша"), ("nouveau", "нуво"), ("chemin", "шемен"),
        ("mouton", "мутон"), ("cheval", "шеваль"), ("bourdeau", "бурдо"), ("douchet", "душе"), ("lachou", "лашу"),
    ];

    [Fact]
    public void Train_ConsistentConvention_ScoresUnseenPairAboveUnrelated()
    {
        var model = TransliterationModel.Train(Enumerable.Repeat(FrenchStyle, 4).SelectMany(x => x).ToList());

        var spelling = model.Score("chouteau", "шуто");
        var unrelated = model.Score("chouteau", "кратен");

        Assert.True(spelling > 0, $"chouteau/шуто: {spelling:F2}");
        Assert.True(unrelated < spelling - 1, $"chouteau/кратен: {unrelated:F2}, chouteau/шуто: {spelling:F2}");
    }

    [Fact]
    public void WriteRead_TrainedModel_ScoresUnchanged()
    {
        var model = TransliterationModel.Train(FrenchStyle);
        var writer = new StringWriter();
        model.Write(writer);

        var read = TransliterationModel.Read(new StringReader(writer.ToString()));

        foreach (var (latin, cyrillic) in FrenchStyle.Append(("chouteau", "кратен")))
            Assert.Equal(model.Score(latin, cyrillic), read.Score(latin, cyrillic), precision: 2);
    }

    [Fact]
    public void Shipped_IsTrainedAndSeparatesSpellingFromOtherName()
    {
        var model = TransliterationModel.Shipped;

        Assert.True(model.IsTrained);
        Assert.True(model.Score("Yoshida", "Ёсида") > NameMatcher.ModelThreshold);
        Assert.True(model.Score("Yoshida", "Ямада") < NameMatcher.ModelThreshold);
    }

    [Theory]
    [InlineData("", "шуто")]
    [InlineData("chouteau", "")]
    [InlineData("123", "шуто")]
    public void Score_NoLetters_NegativeInfinity(string latin, string cyrillic) =>
        Assert.Equal(double.NegativeInfinity, TransliterationModel.Shipped.Score(latin, cyrillic));
}
