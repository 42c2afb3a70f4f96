using Skipper.Web.Modules.Guide.Pages;

namespace Skipper.UnitTests.Modules.Guide;

public sealed class GuideMarkdownTests
{
    private static readonly GuideMarkdown Renderer = new();

    [Fact]
    public void A_script_tag_is_removed_with_its_content()
    {
        var html = Renderer.ToHtml("Hei.\n\n<script>alert(1)</script>\n\nMer tekst <script>alert(2)</script> her.");

        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("alert");
        html.ShouldContain("<p>Hei.</p>");
        html.ShouldContain("Mer tekst");
    }

    [Fact]
    public void An_image_with_an_event_handler_is_stripped()
    {
        var html = Renderer.ToHtml("Før <img src=x onerror=alert(1)> etter\n\n<p onclick=\"alert(2)\">Klikk</p>");

        html.ShouldNotContain("onerror", Case.Insensitive);
        html.ShouldNotContain("onclick", Case.Insensitive);
        html.ShouldNotContain("<img", Case.Insensitive);
        html.ShouldContain("Før");
        html.ShouldContain("<p>Klikk</p>");
    }

    [Theory]
    [InlineData("[klikk](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">klikk</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">klikk</a>")]
    [InlineData("<a href=\"data:text/html,<script>alert(1)</script>\">klikk</a>")]
    public void A_javascript_or_data_link_loses_its_address_but_keeps_its_text(string markdown)
    {
        var html = Renderer.ToHtml(markdown);

        html.ShouldNotContain("javascript", Case.Insensitive);
        html.ShouldNotContain("data:", Case.Insensitive);
        html.ShouldNotContain("href", Case.Insensitive);
        html.ShouldContain("klikk");
    }

    [Fact]
    public void Http_https_and_relative_links_are_kept()
    {
        var html = Renderer.ToHtml("[A](https://napha.no/) [B](http://example.org/x) [C](/veileder/etikk)");

        html.ShouldContain("<a href=\"https://napha.no/\">A</a>");
        html.ShouldContain("<a href=\"http://example.org/x\">B</a>");
        html.ShouldContain("<a href=\"/veileder/etikk\">C</a>");
    }

    [Fact]
    public void Style_attributes_iframes_and_styles_are_removed()
    {
        var html = Renderer.ToHtml("<p style=\"color:red\">Rød</p>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n<style>body{display:none}</style>");

        html.ShouldNotContain("style", Case.Insensitive);
        html.ShouldNotContain("iframe", Case.Insensitive);
        html.ShouldContain("<p>Rød</p>");
    }

    [Fact]
    public void A_pipe_table_is_rendered_with_column_headers_and_named_by_the_heading_above_it()
    {
        var html = Renderer.ToHtml("## Sammenligning\n\n| Før | Nå |\n| --- | :-: |\n| Kontroll | Valg |\n");

        html.ShouldContain("<h2 id=\"guide-table-1\">Sammenligning</h2>");
        html.ShouldContain("<table aria-labelledby=\"guide-table-1\">");
        html.ShouldContain("<th scope=\"col\">Før</th>");
        html.ShouldContain("<th scope=\"col\">Nå</th>");
        html.ShouldContain("<td>Kontroll</td>");
        html.ShouldContain("<td>Valg</td>");
        html.ShouldNotContain("style", Case.Insensitive);
    }

    [Fact]
    public void Plain_markdown_is_kept()
    {
        var html = Renderer.ToHtml("# Tittel\n\nEn *viktig* og **sterk** tekst med `kode`.\n\n- en\n- to\n\n1. først\n2. så\n\n> sitat\n\n---\n\nLinje  \nny linje");

        html.ShouldContain("<h1>Tittel</h1>");
        html.ShouldContain("<em>viktig</em>");
        html.ShouldContain("<strong>sterk</strong>");
        html.ShouldContain("<code>kode</code>");
        html.ShouldContain("<ul>\n<li>en</li>\n<li>to</li>\n</ul>");
        html.ShouldContain("<ol>\n<li>først</li>\n<li>så</li>\n</ol>");
        html.ShouldContain("<blockquote>\n<p>sitat</p>\n</blockquote>");
        html.ShouldContain("<hr>");
        html.ShouldContain("Linje<br>");
    }

    [Fact]
    public void Every_shipped_page_renders_without_losing_anything_to_the_sanitiser()
    {
        ShippedGuidePages.All.Count.ShouldBeGreaterThanOrEqualTo(22);
        foreach (var page in ShippedGuidePages.All)
        {
            var html = Renderer.ToHtml(page.Markdown);

            html.ShouldStartWith("<", customMessage: page.Key);
            html.Length.ShouldBeGreaterThan(page.Markdown.Length / 2, page.Key);
        }
    }
}
