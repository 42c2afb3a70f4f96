using Microsoft.Playwright;

namespace Skipper.BrowserTests.Platform;

[Collection(BrowserCollection.Name)]
public sealed class SmallScreenTests(BrowserApp app)
{
    [Theory]
    [InlineData("/", null)]
    [InlineData("/logg-inn", null)]
    [InlineData("/hjem", "bruker@demo.skipper.local")]
    [InlineData("/mine-data", "bruker@demo.skipper.local")]
    [InlineData("/avdeling", "avdelingsleder@demo.skipper.local")]
    public async Task Pages_fit_a_320_pixel_screen_without_sideways_scrolling(string path, string? email)
    {
        var page = email is null ? await app.NewPageAsync() : await app.SignedInAsync(email);
        await page.SetViewportSizeAsync(320, 640);

        await page.GotoAsync(path);
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        width.ShouldBeLessThanOrEqualTo(320, $"{path} scrolls sideways at 320 px");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_english_pages_are_complete_and_accessible()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Skipper – you steer your own recovery");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
