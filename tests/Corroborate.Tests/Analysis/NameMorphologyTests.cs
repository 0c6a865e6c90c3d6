using Corroborate.Analysis;

namespace Corroborate.Tests.Analysis;

public sealed class NameMorphologyTests
{
    private static readonly HashSet<string> GivenNames = new(StringComparer.Ordinal) { "микола", "тарас", "марія", "андрей", "тетяна", "дональд", "жан-клод", "олаф", "мария", "марі", "асия" };

    [Theory]
    [InlineData("Миколою", "Микола")] // Ukrainian instrumental
    [InlineData("Тарасові", "Тарас")] // Ukrainian dative
    [InlineData("Марією", "Марія")]
    [InlineData("Тетяні", "Тетяна")]
    [InlineData("Андрея", "Андрей")]
    [InlineData("Меркулова", "Меркулов")] // a surname by its suffix
    [InlineData("Зеленського", "Зеленський")]
    [InlineData("Марію", "Марія")] // a woman's accusative before a listed stem ("Марі")
    [InlineData("Асію", "Асія")] // the Ukrainian spelling of a listed Russian name (Асия)
    public void Nominative_InflectedName_ItsNominative(string inflected, string nominative) =>
        Assert.Equal(nominative, NameMorphology.Nominative(inflected, GivenNames));

    [Fact]
    public void Nominative_WordOfNoName_Unchanged() => Assert.Equal("Столом", NameMorphology.Nominative("Столом", GivenNames));

    [Theory]
    [InlineData("Дональдом Трампом", "Дональд Трамп")]
    [InlineData("Жан-Клода Юнкера", "Жан-Клод Юнкер")]
    [InlineData("Олафу Шольцу", "Олаф Шольц")]
    [InlineData("Дональдові Трампу", "Дональд Трамп")]
    [InlineData("Андрея Ермака", "Андрей Ермака")] // a stem in к may be Ермак's or Бойко's: left as it is
    [InlineData("Марии Кюри", "Мария Кюри")] // a woman's surname does not decline
    [InlineData("Миколою Кюри", "Микола Кюри")] // the given name's ending is not the surname's
    public void Nominatives_ForeignSurnameAfterAMansGivenName_TakesTheGivenNamesCase(string name, string nominative) =>
        Assert.Equal(nominative, string.Join(' ', NameMorphology.Nominatives(name.Split(' '), GivenNames)));

    [Theory]
    [InlineData("Kakha Kaladze", true)]
    [InlineData("Goran Ivanisevic", true)]
    [InlineData("Gheorghe Popescu", true)]
    [InlineData("Nikol Pashinyan", true)]
    [InlineData("John Smith", false)]
    [InlineData("Marco Christian", false)]
    public void LooksLikeSurname_CaucasianBalkanAndRomanianEndings_RecognizedOthersNot(string name, bool expected)
    {
        Assert.Equal(expected, NameMorphology.LooksLikeSurname(name.Split(' ')[1]));
    }
}
