using Corroborate.Reference;

namespace Corroborate.Tests.Reference;

public sealed class CasingTests
{
    [Fact]
    public void Lower_EveryCharacter_EqualsInvariantCulture()
    {
        for (var c = 0; c <= char.MaxValue; c++)
            Assert.True(Casing.Lower((char)c) == char.ToLowerInvariant((char)c), $"U+{c:X4}");
    }

    [Theory]
    [InlineData("Легион «Свобода России»")]
    [InlineData("ҐРУНТ Їжак Єнакієве")]
    [InlineData("Freedom of Russia Legion")]
    [InlineData("already lower")]
    [InlineData("ÉCOLE İstanbul ΑΘΗΝΑ")]
    public void Lower_MixedScripts_EqualsInvariantCulture(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), Casing.Lower(text));
    }

    [Fact]
    public void Lower_AlreadyLowerCase_ReturnsSameInstance()
    {
        const string text = "белгородская область";
        Assert.Same(text, Casing.Lower(text));
    }

    [Fact]
    public void Upper_EveryCharacter_EqualsInvariantCulture()
    {
        for (var c = 0; c <= char.MaxValue; c++)
            Assert.True(Casing.Upper((char)c) == char.ToUpperInvariant((char)c), $"U+{c:X4}");
    }

    [Theory]
    [InlineData("олександр", "Олександр")]
    [InlineData("ґрунт", "Ґрунт")]
    [InlineData("ivan", "Ivan")]
    [InlineData("µm", "Μm")]
    [InlineData("", "")]
    public void Capitalize_Word_FirstLetterUpper(string word, string expected) => Assert.Equal(expected, Casing.Capitalize(word));

    [Fact]
    public void Capitalize_AlreadyCapitalized_ReturnsSameInstance()
    {
        const string word = "Бахмут";
        Assert.Same(word, Casing.Capitalize(word));
    }
}
