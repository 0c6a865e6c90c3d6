using Corroborate.Domain;
using Corroborate.Ingestion;
using Corroborate.Ingestion.Readers;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Ingestion;

public sealed class FeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
          <channel>
            <title>Border Monitor</title>
            <link>https://border-monitor.example/</link>
            <description>Reports from the border</description>
            <language>en-us</language>
            <item>
              <title>Drones shot down over the valley</title>
              <link>https://border-monitor.example/a1</link>
              <pubDate>Sat, 14 Oct 2023 09:00:00 GMT</pubDate>
              <description>&lt;p&gt;Air defence units shot down &lt;b&gt;six drones&lt;/b&gt; overnight.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Legion claims new positions</title>
              <link>https://border-monitor.example/a2</link>
              <pubDate>Fri, 13 Oct 2023 18:30:00 GMT</pubDate>
              <description>The Eastern Shield Legion said it had taken two hamlets.</description>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Steppe Dispatch</title>
          <id>urn:uuid:steppe-dispatch</id>
          <updated>2023-10-15T07:00:00Z</updated>
          <entry>
            <title>Bridge damaged</title>
            <id>urn:uuid:steppe-entry-1</id>
            <updated>2023-10-15T06:45:00Z</updated>
            <link href="https://steppe.example/bridge"/>
            <content type="html">&lt;p&gt;A bridge over the river was damaged by shelling.&lt;/p&gt;</content>
          </entry>
        </feed>
        """;

    [Fact]
    public void Read_RssWithTwoItems_ReturnsTwoDocumentsWithChannelAsPublisher()
    {
        var docs = new FeedReader().Read("feed.xml", Rss).ToList();

        Assert.Equal(2, docs.Count);
        Assert.Equal(new[] { "Drones shot down over the valley", "Legion claims new positions" }, docs.Select(d => d.Title));
        Assert.All(docs, d => Assert.Equal("Border Monitor", d.Publisher));
        Assert.Equal(DateValue.OfDay(2023, 10, 14), docs[0].Published);
        Assert.Equal(DateValue.OfDay(2023, 10, 13), docs[1].Published);
        Assert.Equal("https://border-monitor.example/a1", docs[0].Url);
        Assert.Equal("en", docs[0].Language);
    }

    [Fact]
    public void Read_EscapedHtmlDescription_BecomesPlainText()
    {
        var docs = new FeedReader().Read("feed.xml", Rss).ToList();

        Assert.Equal("Air defence units shot down six drones overnight.", docs[0].Text);
        Assert.Equal("The Eastern Shield Legion said it had taken two hamlets.", docs[1].Text);
    }

    [Fact]
    public void Read_AtomFeed_ReturnsEntryWithUpdatedDate()
    {
        var doc = Assert.Single(new FeedReader().Read("feed.atom", Atom).ToList());

        Assert.Equal("Bridge damaged", doc.Title);
        Assert.Equal("Steppe Dispatch", doc.Publisher);
        Assert.Equal("A bridge over the river was damaged by shelling.", doc.Text);
        Assert.Equal(DateValue.OfDay(2023, 10, 15), doc.Published);
        Assert.Equal("https://steppe.example/bridge", doc.Url);
    }

    [Fact]
    public void Read_MalformedFeed_ThrowsUnreadableFileWithOneLineMessage()
    {
        const string broken = "<rss version=\"2.0\"><channel><title>Broken</title><item><title>Half</item></channel></rss>";

        var e = Assert.Throws<UnreadableFileException>(() => new FeedReader().Read("broken.rss", broken).ToList());

        Assert.StartsWith("not a readable RSS or Atom feed", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void ReadFile_MalformedFeedFile_ReportsError()
    {
        using var dir = new TempDir();
        var path = dir.File("broken.rss", "<rss version=\"2.0\"><channel><item><title>Half</channel>");

        var result = Ingestor.CreateDefault().ReadFile(path);

        Assert.Empty(result.Documents);
        Assert.StartsWith("not a readable RSS or Atom feed", result.Error);
    }
}
