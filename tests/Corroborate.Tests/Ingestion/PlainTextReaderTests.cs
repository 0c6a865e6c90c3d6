using Corroborate.Domain;
using Corroborate.Ingestion.Readers;

namespace Corroborate.Tests.Ingestion;

public sealed class PlainTextReaderTests
{
    private static Corroborate.Ingestion.RawDocument ReadOne(string content) =>
        Assert.Single(new PlainTextReader().Read("report.txt", content).ToList());

    [Fact]
    public void Read_HeaderBlock_FillsMetadataAndStripsHeader()
    {
        const string content =
            "Title: Convoy halted near the river\n" +
            "Publisher: Northern Ledger\n" +
            "URL: https://northern-ledger.example/convoy\n" +
            "Date: 2023-10-14\n" +
            "Language: EN\n" +
            "\n" +
            "A convoy of the Eastern Shield Legion halted near the river on Friday.\n" +
            "Its commander said the stop was temporary.\n";

        var raw = ReadOne(content);

        Assert.Equal("Convoy halted near the river", raw.Title);
        Assert.Equal("Northern Ledger", raw.Publisher);
        Assert.Equal("https://northern-ledger.example/convoy", raw.Url);
        Assert.Equal("en", raw.Language);
        Assert.Equal(DateValue.OfDay(2023, 10, 14), raw.Published);
        Assert.Equal("A convoy of the Eastern Shield Legion halted near the river on Friday.\nIts commander said the stop was temporary.", raw.Text);
        Assert.Equal("text", raw.Format);
    }

    [Fact]
    public void Read_HeadlineWithColon_NotTakenAsHeader()
    {
        const string content = "The Daily Post: Something happened at the crossing\n\nWitnesses described a column of trucks moving west.";

        var raw = ReadOne(content);

        Assert.Null(raw.Title);
        Assert.Null(raw.Publisher);
        Assert.Null(raw.Published);
        Assert.StartsWith("The Daily Post: Something happened at the crossing\n\n", raw.Text);
    }

    [Fact]
    public void Read_BlockMixingKnownAndUnknownKeys_NotTakenAsHeader()
    {
        const string content = "Date: 2023-10-14\nNote: unverified\n\nVillagers reported explosions overnight.";

        var raw = ReadOne(content);

        Assert.Null(raw.Published);
        Assert.StartsWith("Date: 2023-10-14", raw.Text);
    }
}
