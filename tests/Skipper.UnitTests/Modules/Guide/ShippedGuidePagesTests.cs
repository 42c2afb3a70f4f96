using System.Text.RegularExpressions;
using Skipper.Web.Modules.Guide.Pages;

namespace Skipper.UnitTests.Modules.Guide;

public sealed partial class ShippedGuidePagesTests
{
    public static readonly string[] Slugs =
    [
        "hva-er-recovery", "fra-tradisjonell-til-recovery", "nasjonale-foringer", "etikk", "samtykkekompetanse", "samvalg",
        "roller", "motiverende-intervju", "etisk-refleksjon", "ferdigheter-og-mal", "tilbakemelding",
    ];

    [Theory]
    [InlineData("nb")]
    [InlineData("en")]
    public void Each_language_has_every_page_in_order_with_a_title_and_a_short_text(string culture)
    {
        var pages = ShippedGuidePages.All.Where(p => p.Culture == culture).OrderBy(p => p.Order).ToList();

        pages.Select(p => p.Slug).ShouldBe(Slugs);
        foreach (var page in pages)
        {
            page.Title.ShouldNotBeNullOrWhiteSpace();
            page.Title.ShouldNotStartWith("#");
            page.Markdown.ShouldNotStartWith("# ");
            var words = Words().Count(page.Markdown);
            words.ShouldBeInRange(150, 400, page.Key);
        }
    }

    [Fact]
    public void The_comparison_is_a_table_of_about_fifteen_rows_in_both_languages()
    {
        foreach (var page in ShippedGuidePages.All.Where(p => p.Slug == "fra-tradisjonell-til-recovery"))
        {
            var rows = page.Markdown.Split('\n').Count(l => l.StartsWith('|')) - 2;
            rows.ShouldBeInRange(14, 20, page.Key);
        }
    }

    [Fact]
    public void A_file_name_gives_the_order_and_slug_and_its_first_line_the_title()
    {
        var page = ShippedGuidePages.Parse("en.07-roller", "# Roles and responsibilities\r\n\r\nText.\r\n");

        page.ShouldBe(new ShippedGuidePage("roller", "en", 7, "Roles and responsibilities", "Text.\n"));
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Words();
}
