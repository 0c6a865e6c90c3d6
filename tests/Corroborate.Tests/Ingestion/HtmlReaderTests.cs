using Corroborate.Domain;
using Corroborate.Ingestion;
using Corroborate.Ingestion.Readers;

namespace Corroborate.Tests.Ingestion;

public sealed class HtmlReaderTests
{
    private static RawDocument ReadOne(string html) => Assert.Single(new HtmlReader().Read("page.html", html).ToList());

    private static string Page(string publishedTime) => $$"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <title>Raid repelled | Valley Courier</title>
          <meta property="og:site_name" content="Valley Courier">
          <meta property="article:published_time" content="{{publishedTime}}">
          <script>var tracker = "HEAD-SCRIPT-MARKER";</script>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/world">NAV-MARKER World</a></nav>
          <article>
            <h1>Raid repelled near the border</h1>
            <nav>Related: ARTICLE-NAV-MARKER</nav>
            <p>Fighters of the Eastern Shield Legion tried to cross the border before dawn.</p>
            <script>document.write("INLINE-SCRIPT-MARKER")</script>
            <p onclick="track('ONCLICK-MARKER')">The regional governor, Marta Kovalenko, said two houses were damaged.</p>
            <footer>ARTICLE-FOOTER-MARKER Share this story</footer>
          </article>
          <footer>FOOTER-MARKER All rights reserved</footer>
        </body>
        </html>
        """;

    [Fact]
    public void Read_ArticlePage_ReturnsParagraphsOnly()
    {
        var raw = ReadOne(Page("2023-10-14T08:15:00+03:00"));

        Assert.Equal(
            "Fighters of the Eastern Shield Legion tried to cross the border before dawn.\n\n" +
            "The regional governor, Marta Kovalenko, said two houses were damaged.",
            raw.Text);
        Assert.DoesNotContain("MARKER", raw.Text);
    }

    [Fact]
    public void Read_ArticlePage_TakesTitlePublisherLanguageAndDate()
    {
        var raw = ReadOne(Page("2023-10-14T08:15:00+03:00"));

        Assert.Equal("Raid repelled near the border", raw.Title);
        Assert.Equal("Valley Courier", raw.Publisher);
        Assert.Equal("en", raw.Language);
        Assert.Equal(DateValue.OfDay(2023, 10, 14), raw.Published);
        Assert.Equal(DatePrecision.Day, raw.Published!.Value.Precision);
    }

    [Fact]
    public void Read_PageWithoutArticle_DropsNavigationHeaderAndFooterFromBody()
    {
        const string html = """
            <html><head><title>Night shelling</title></head>
            <body>
              <header><nav>MENU-MARKER</nav></header>
              <div><p>Shelling continued through the night, residents said.</p></div>
              <aside>ASIDE-MARKER</aside>
              <footer>FOOTER-MARKER</footer>
            </body></html>
            """;

        var raw = ReadOne(html);

        Assert.Equal("Shelling continued through the night, residents said.", raw.Text);
        Assert.Equal("Night shelling", raw.Title);
        Assert.Null(raw.Publisher);
        Assert.Null(raw.Published);
    }

    [Fact]
    public void Read_PublishedTimeEarlyMorningWithOffset_KeepsLocalDate()
    {
        var raw = ReadOne(Page("2023-10-14T01:15:00+03:00"));

        Assert.Equal(DateValue.OfDay(2023, 10, 14), raw.Published);
    }
}
