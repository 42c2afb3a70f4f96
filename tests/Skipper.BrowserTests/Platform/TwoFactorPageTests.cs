using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Skipper.BrowserTests.Platform;

[Collection(BrowserCollection.Name)]
public sealed partial class TwoFactorPageTests(BrowserApp app)
{
    [Fact]
    public async Task The_two_factor_page_is_reached_from_home_shows_the_key_and_is_accessible()
    {
        var page = await app.SignedInAsync("tilbyder@demo.skipper.local");

        await page.GetByRole(AriaRole.Link, new() { Name = "Innlogging med kode" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Innlogging med kode (tofaktor)");
        await Assertions.Expect(page.Locator("#shared-key")).ToHaveTextAsync(GroupedKey());
        await Assertions.Expect(page.GetByLabel("Kode fra appen")).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("^[a-z2-7]{4}( [a-z2-7]{1,4})+$")]
    private static partial Regex GroupedKey();
}
