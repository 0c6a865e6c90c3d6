using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Corroborate.Ingestion.Readers;

/// <summary>An HTML page: the article's text without navigation, with title, publisher and date from meta tags.</summary>
public sealed class HtmlReader : IDocumentReader
{
    private static readonly string[] Noise = ["script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "template", "svg", "button", "figure figcaption"];
    private static readonly string[] Blocks = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td"];

    public string Format => "html";

    public bool CanRead(string path, string head)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".html" or ".htm" or ".xhtml") return true;
        var h = head.TrimStart().ToLowerInvariant();
        return h.StartsWith("<!doctype html", StringComparison.Ordinal) || h.StartsWith("<html", StringComparison.Ordinal);
    }

    public IEnumerable<RawDocument> Read(string path, string content)
    {
        var doc = new HtmlParser().ParseDocument(content);
        string? Meta(params string[] names)
        {
            foreach (var n in names)
            {
                var el = doc.QuerySelector($"meta[property='{n}'], meta[name='{n}'], meta[itemprop='{n}']");
                var v = el?.GetAttribute("content")?.Trim();
                if (!string.IsNullOrEmpty(v)) return v;
            }
            return null;
        }
        var published = Meta("article:published_time", "og:published_time", "datePublished", "date", "pubdate", "dc.date", "DC.date.issued")
                        ?? doc.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var publisher = Meta("og:site_name", "publisher", "application-name");
        var url = doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta("og:url");
        var lang = doc.DocumentElement.GetAttribute("lang")?.Split('-')[0].ToLowerInvariant();

        var root = (IElement?)doc.QuerySelector("article") ?? doc.QuerySelector("main") ?? doc.Body;
        var title = Meta("og:title") ?? root?.QuerySelector("h1")?.TextContent.Trim() ?? doc.Title?.Trim();
        if (root is null) yield break;
        foreach (var selector in Noise) foreach (var el in root.QuerySelectorAll(selector).ToList()) el.Remove();
        var text = Text(root, title);
        yield return new RawDocument(text, string.IsNullOrWhiteSpace(title) ? null : title, publisher, url, lang, Dates.Parse(published), Format);
    }

    /// <summary>Block elements' text, one paragraph each; the headline is left to the title.</summary>
    internal static string Text(IElement root, string? title)
    {
        var paragraphs = new List<string>();
        var blocks = root.QuerySelectorAll(string.Join(',', Blocks)).Where(b => !b.Ancestors<IElement>().Any(a => Blocks.Contains(a.LocalName))).ToList();
        if (blocks.Count == 0) paragraphs.Add(Squash(root.TextContent));
        foreach (var b in blocks)
        {
            var t = Squash(b.TextContent);
            if (t.Length == 0 || (b.LocalName == "h1" && t == title)) continue;
            paragraphs.Add(t);
        }
        return string.Join("\n\n", paragraphs.Where(p => p.Length > 0));
    }

    internal static string Squash(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
