using Corroborate.Analysis;

namespace Corroborate.Tests.Analysis;

public sealed class WordNetWordsTests
{
    private static WordNetWords Words => WordNetWords.Shared;

    [Theory]
    [InlineData("Einstein")]
    [InlineData("einstein")]
    [InlineData("EINSTEIN")]
    public void Proper_FamousSurnameInAnyCase_NamesAPersonAlone(string word)
    {
        Assert.Contains('P', Words.Proper(word)!.Value.Alone);
    }

    [Fact]
    public void Proper_WordOfLongerNames_SaysWhatItOpensAndEnds()
    {
        var river = Words.Proper("River")!.Value;
        Assert.Equal("", river.Alone);
        Assert.Contains('L', river.Opens);
        Assert.Contains('L', river.Ends);
    }

    [Theory]
    [InlineData("quickly")]
    [InlineData("Kozinka")]
    public void Proper_WordNamingNothing_Null(string word)
    {
        Assert.Null(Words.Proper(word));
    }

    [Theory]
    [InlineData("army", true)]
    [InlineData("armies", true)]
    [InlineData("seized", true)]
    [InlineData("shelling", true)]
    [InlineData("told", true)]
    [InlineData("einstein", false)]
    [InlineData("kozinka", false)]
    public void IsCommon_LowerCaseWord_InflectedFormsToo(string word, bool common)
    {
        Assert.Equal(common, Words.IsCommon(word));
    }

    [Theory]
    [InlineData("envoys", "person", "")]
    [InlineData("city", "location", "")]
    [InlineData("told", "", "communication")]
    [InlineData("kozinka", "", "")]
    public void Classes_Word_ItsMostFrequentSensesClasses(string word, string noun, string verb)
    {
        Assert.Equal((noun, verb), Words.Classes(word));
    }
}
