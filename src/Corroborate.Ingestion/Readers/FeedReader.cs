using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;
using Corroborate.Domain;

namespace Corroborate.Ingestion.Readers;

/// <summary>An RSS 2.0 or Atom 1.0 feed: one document per item, the feed's title as publisher.</summary>
public sealed class FeedReader : IDocumentReader
{
    public string Format => "feed";

    public bool CanRead(string path, string head)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        var h = head.Length > 2048 ? head[..2048] : head;
        return ext is ".rss" or ".atom" || (h.TrimStart().StartsWith('<') && (h.Contains("<rss", StringComparison.Ordinal) || h.Contains("<feed", StringComparison.Ordinal)));
    }

    public IEnumerable<RawDocument> Read(string path, string content)
    {
        SyndicationFeed feed;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var xml = XmlReader.Create(new StringReader(content), settings);
            feed = SyndicationFeed.Load(xml);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or FormatException)
        {
            throw new UnreadableFileException("not a readable RSS or Atom feed: " + e.Message.Split('\n')[0]);
        }
        var publisher = feed.Title?.Text?.Trim();
        var lang = feed.Language?.Split('-')[0].ToLowerInvariant();
        var parser = new HtmlParser();
        foreach (var item in feed.Items)
        {
            var body = (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text ?? "";
            var html = parser.ParseDocument("<body>" + body + "</body>");
            var text = html.Body is null ? "" : HtmlReader.Text(html.Body, null);
            if (string.IsNullOrWhiteSpace(text)) continue;
            DateValue? published = item.PublishDate != default ? DateValue.From(DateOnly.FromDateTime(item.PublishDate.DateTime))
                : item.LastUpdatedTime != default ? DateValue.From(DateOnly.FromDateTime(item.LastUpdatedTime.DateTime)) : null;
            var url = item.Links.FirstOrDefault()?.Uri?.ToString();
            yield return new RawDocument(text, item.Title?.Text?.Trim(), publisher, url, lang, published, Format);
        }
    }
}
