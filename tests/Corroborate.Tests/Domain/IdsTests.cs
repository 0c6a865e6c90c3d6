using Corroborate.Domain;

namespace Corroborate.Tests.Domain;

public sealed class IdsTests
{
    [Fact]
    public void Of_SameInput_ReturnsSameId()
    {
        var a = Ids.Of("doc", "Convoy halted", "Valley Courier", "The convoy halted near the river.");
        var b = Ids.Of("doc", "Convoy halted", "Valley Courier", "The convoy halted near the river.");

        Assert.Equal(a, b);
    }

    [Fact]
    public void Of_DifferentInput_ReturnsDifferentId()
    {
        var a = Ids.Of("doc", "Convoy halted", "Valley Courier", "The convoy halted near the river.");
        var b = Ids.Of("doc", "Convoy halted", "Steppe Dispatch", "The convoy halted near the river.");

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Of_PartBoundaryMoved_ReturnsDifferentId()
    {
        Assert.NotEqual(Ids.Of("ent", "ab", "c"), Ids.Of("ent", "a", "bc"));
    }

    [Fact]
    public void Of_Prefix_KeptBeforeSixteenLowerHexDigits()
    {
        var id = Ids.Of("stmt", "x");

        Assert.StartsWith("stmt_", id);
        var hash = id["stmt_".Length..];
        Assert.Equal(16, hash.Length);
        Assert.All(hash, c => Assert.True(c is >= '0' and <= '9' or >= 'a' and <= 'f', $"'{c}' is not lower-case hex"));
    }
}
