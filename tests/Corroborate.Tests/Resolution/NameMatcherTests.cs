using Corroborate.Resolution;

namespace Corroborate.Tests.Resolution;

public sealed class NameMatcherTests
{
    [Theory]
    [InlineData("Gladkov", "Hladkov")]
    [InlineData("Tyotkino", "Tetkino")]
    [InlineData("Grayvoron", "Graivoron")]
    [InlineData("Andronikov", "Андроников")]
    [InlineData("Andronikov", "Андроніков")]
    [InlineData("Volobuyev", "Volobuev")]
    [InlineData("Vasnetsov", "Васнєцов")]
    [InlineData("Schneider", "Шнайдер")]
    [InlineData("Rousseau", "Руссо")]
    [InlineData("Takahashi", "Такахаси")]
    [InlineData("Kowalczyk", "Ковальчик")]
    [InlineData("Giuseppe", "Джузеппе")]
    [InlineData("Wojciech", "Войцех")]
    [InlineData("Guerrero", "Герреро")]
    public void IsMatch_SpellingsOfOneName_True(string a, string b) => Assert.True(NameMatcher.IsMatch(a, b), $"{a} / {b}: {NameMatcher.Score(a, b):F2}");

    [Theory]
    [InlineData("Andronikov", "Baranovsky")]
    [InlineData("Merkulov", "Markov")]
    [InlineData("Petrov", "Ivanov")]
    [InlineData("Kozinka", "Козельск")]
    [InlineData("Rousseau", "Рассел")]
    [InlineData("Takahashi", "Такеда")]
    [InlineData("Kowalczyk", "Ковалёв")]
    [InlineData("Guerrero", "Гарсия")]
    [InlineData("Merkulov", "Маркова")]
    public void IsMatch_DifferentNames_False(string a, string b) => Assert.False(NameMatcher.IsMatch(a, b), $"{a} / {b}: {NameMatcher.Score(a, b):F2}");

    [Fact]
    public void Score_SameSkeleton_IsOneAndSymmetric()
    {
        Assert.Equal(1, NameMatcher.Score("Kharkiv", "Харків"));
        Assert.Equal(NameMatcher.Score("Froese", "Фрезе"), NameMatcher.Score("Фрезе", "Froese"));
    }
}
