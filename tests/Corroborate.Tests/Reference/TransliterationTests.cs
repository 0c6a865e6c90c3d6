using Corroborate.Reference;
using Corroborate.Resolution;

namespace Corroborate.Tests.Reference;

public sealed class TransliterationTests
{
    private static string R(string name, string scheme) => Transliteration.Shared.Romanize(name, scheme);

    [Theory]
    [InlineData("Гладков", "bgn-pcgn-ru", "Gladkov")]
    [InlineData("Гладков", "ua-2010", "Hladkov")]
    [InlineData("Тёткино", "informal-ru", "Tyotkino")]
    [InlineData("Тёткино", "icao-ru", "Tetkino")]
    [InlineData("Тёткино", "bgn-pcgn-ru", "Tëtkino")]
    [InlineData("Грайворон", "bgn-pcgn-ru", "Grayvoron")]
    [InlineData("Грайворон", "icao-ru", "Graivoron")]
    [InlineData("Щёкино", "iso9", "Ŝëkino")]
    [InlineData("Щёкино", "scholarly", "Ščëkino")]
    [InlineData("Харків", "ua-2010", "Kharkiv")]
    [InlineData("Київ", "ua-2010", "Kyiv")]
    [InlineData("Юрій", "ua-2010", "Yurii")]
    [InlineData("Бєлгородщина", "ua-2010", "Bielhorodshchyna")]
    [InlineData("Ельцин", "bgn-pcgn-ru", "Yeltsin")]
    [InlineData("Андреев", "bgn-pcgn-ru", "Andreyev")]
    [InlineData("Андреев", "icao-ru", "Andreev")]
    [InlineData("ШЕВЧЕНКО", "ua-2010", "SHEVCHENKO")]
    public void Romanize_KnownNames_ConventionalSpelling(string cyrillic, string scheme, string expected) =>
        Assert.Equal(expected, R(cyrillic, scheme));

    [Fact]
    public void Variants_RussianName_OneSpellingPerDistinctScheme()
    {
        var variants = Transliteration.Shared.Variants("Васнецов", "ru");
        Assert.Contains("Vasnetsov", variants);
        Assert.Contains("Vasnecov", variants);
        Assert.Equal(variants.Count, variants.Distinct().Count());
        Assert.DoesNotContain(variants, v => v.Any(c => c is >= 'А' and <= 'я'));
    }

    [Fact]
    public void Romanize_UnknownScheme_Throws() =>
        Assert.Throws<ArgumentException>(() => R("Київ", "klingon"));

    [Theory]
    [InlineData("Андроников")]
    [InlineData("Васнецов")]
    [InlineData("Шебекино")]
    [InlineData("Белгородская")]
    [InlineData("Меркулов")]
    public void Variants_EverySchemeSpelling_MatchesTheCyrillicName(string cyrillic)
    {
        var variants = Transliteration.Shared.Variants(cyrillic, "ru");
        Assert.NotEmpty(variants);
        Assert.All(variants, v => Assert.True(NameMatcher.IsMatch(v, cyrillic), $"{v} / {cyrillic}: {NameMatcher.Score(v, cyrillic):F2}"));
    }
}
