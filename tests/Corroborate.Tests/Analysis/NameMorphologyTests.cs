using Corroborate.Analysis;

namespace Corroborate.Tests.Analysis;

public sealed class NameMorphologyTests
{
    private static readonly HashSet<string> GivenNames = new(StringComparer.Ordinal) { "микола", "тарас", "марія", "андрей", "тетяна" };

    [Theory]
    [InlineData("Миколою", "Микола")] // Ukrainian instrumental
    [InlineData("Тарасові", "Тарас")] // Ukrainian dative
    [InlineData("Марією", "Марія")]
    [InlineData("Тетяні", "Тетяна")]
    [InlineData("Андрея", "Андрей")]
    [InlineData("Меркулова", "Меркулов")] // a surname by its suffix
    [InlineData("Зеленського", "Зеленський")]
    public void Nominative_InflectedName_ItsNominative(string inflected, string nominative) =>
        Assert.Equal(nominative, NameMorphology.Nominative(inflected, GivenNames));

    [Fact]
    public void Nominative_WordOfNoName_Unchanged() => Assert.Equal("Столом", NameMorphology.Nominative("Столом", GivenNames));
}
