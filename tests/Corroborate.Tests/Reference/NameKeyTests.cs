using Corroborate.Reference;

namespace Corroborate.Tests.Reference;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("  The  Hague ", "hague")]
    [InlineData("the", "the")]
    [InlineData("Al-‘Arish, (Sinai)", "al arish sinai")]
    [InlineData("Gora-Podol'", "gora podol’")]
    [InlineData("Київ", "київ")]
    public void Clean_Name_LowersDropsPunctuationAndLeadingArticle(string name, string clean) => Assert.Equal(clean, NameKey.Clean(name));

    [Theory]
    [InlineData("Tyotkino", "Tetkino")]
    [InlineData("Grayvoron", "Graivoron")]
    [InlineData("Андроников", "Andronikov")]
    public void Skeleton_SpellingsOfOneName_AreEqual(string a, string b) => Assert.Equal(NameKey.Skeleton(a), NameKey.Skeleton(b));

    [Theory]
    [InlineData("Часового Яру", "Часів Яр")]
    [InlineData("Новой Таволжанке", "Новая Таволжанка")]
    [InlineData("Сумами", "Суми")]
    public void LooseStemKey_InflectedShortWords_MatchTheirNominative(string inflected, string nominative) =>
        Assert.Equal(NameKey.LooseStemKey(nominative), NameKey.LooseStemKey(inflected));

    [Fact]
    public void StemKey_EveryWord_KeepsTheUsualMinimumStem() =>
        // Short words keep their endings in the ordinary key; only the gazetteer's fallback strips them.
        Assert.NotEqual(NameKey.StemKey("Сумами"), NameKey.StemKey("Суми"));
}
