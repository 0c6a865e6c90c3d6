using Corroborate.Domain;
using Corroborate.Ingestion.Readers;

namespace Corroborate.Tests.Ingestion;

public sealed class TelegramExportReaderTests
{
    private const string Export = """
        {
          "name": "Northern Watch",
          "type": "public_channel",
          "id": 1700000001,
          "username": "northern_watch",
          "messages": [
            { "id": 11, "type": "service", "date": "2023-10-13T08:00:00", "actor": "Northern Watch", "action": "pin_message", "text": "" },
            { "id": 12, "type": "message", "date": "2023-10-13T21:40:00", "from": "Northern Watch", "text": "Three drones were shot down near the river crossing." },
            { "id": 13, "type": "message", "date": "2023-10-14T09:30:00",
              "text": [ "Commander ", { "type": "bold", "text": "Ivan Petrov" }, " visited the ", { "type": "hashtag", "text": "#frontline" }, " positions." ] },
            { "id": 14, "type": "message", "date": "2023-10-14T10:00:00", "text": "" },
            { "id": 15, "type": "message", "date": "2023-10-14T10:05:00", "text": [ "   " ] }
          ]
        }
        """;

    private static List<Corroborate.Ingestion.RawDocument> Read() => new TelegramExportReader().Read("result.json", Export).ToList();

    [Fact]
    public void Read_Export_SkipsServiceAndEmptyMessages()
    {
        Assert.Equal(2, Read().Count);
    }

    [Fact]
    public void Read_StringText_KeptAsIs()
    {
        Assert.Equal("Three drones were shot down near the river crossing.", Read()[0].Text);
    }

    [Fact]
    public void Read_ArrayTextWithEntities_Flattened()
    {
        Assert.Equal("Commander Ivan Petrov visited the #frontline positions.", Read()[1].Text);
    }

    [Fact]
    public void Read_Messages_UseChannelAsPublisherAndMessageDates()
    {
        var docs = Read();

        Assert.All(docs, d => Assert.Equal("Northern Watch", d.Publisher));
        Assert.Equal(DateValue.OfDay(2023, 10, 13), docs[0].Published);
        Assert.Equal(DateValue.OfDay(2023, 10, 14), docs[1].Published);
        Assert.Equal("https://t.me/northern_watch/12", docs[0].Url);
        Assert.Equal("telegram", docs[0].Format);
    }
}
