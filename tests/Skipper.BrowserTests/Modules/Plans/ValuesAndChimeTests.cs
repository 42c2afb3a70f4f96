using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Plans;

[Collection(BrowserCollection.Name)]
public sealed class ValuesAndChimeTests(BrowserApp app)
{
    private static readonly string[] Ten = ["Frihet", "Humor", "Kreativitet", "Kunnskap", "Mot", "Naturen", "Trygghet", "Vennskap", "Ærlighet", "Familie"];
    private static readonly string[] Five = ["Familie", "Humor", "Mot", "Naturen", "Vennskap"];

    [Fact]
    public async Task The_person_picks_ten_values_and_keeps_five_on_an_accessible_page()
    {
        var page = await app.SignedInAsync("bruker@demo.skipper.local");
        await page.GotoAsync("/min-plan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Se og endre verdiene" }).ClickAsync();
        await page.WaitForURLAsync("**/min-plan/verdier");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        var list = page.GetByRole(AriaRole.Group, new() { Name = "Verdier fra listen (velg høyst 10)" });
        await UncheckAllAsync(list);
        foreach (var value in Ten)
        {
            await list.GetByLabel(value, new() { Exact = true }).CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre valgene" }).ClickAsync();
        await page.WaitForURLAsync("**/min-plan/verdier#keep");

        var keep = page.GetByRole(AriaRole.Group, new() { Name = "Hvilke verdier vil du beholde? (høyst 5)" });
        await Assertions.Expect(keep.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(10);
        await UncheckAllAsync(keep);
        foreach (var value in Five)
        {
            await keep.GetByLabel(value, new() { Exact = true }).CheckAsync();
        }
        await page.GetByLabel("Tankene mine om verdiene").FillAsync("Humor og mot hjelper meg gjennom dårlige dager.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/min-plan/verdier?lagret=true#kept");

        await Assertions.Expect(page.Locator("#kept + .value-chips li")).ToHaveTextAsync(Five);
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GotoAsync("/min-plan");
        await Assertions.Expect(page.Locator("section:has(#values) .value-chips li")).ToHaveTextAsync(Five);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_person_rates_chime_and_sees_the_chart_on_accessible_pages()
    {
        var page = await app.SignedInAsync("bruker@demo.skipper.local");
        await page.GotoAsync("/min-plan/chime");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GetByRole(AriaRole.Group, new() { Name = "Håp" }).GetByLabel("5", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Identitet" }).GetByLabel("2", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre tallene" }).ClickAsync();
        await page.WaitForURLAsync("**/min-plan/chime?lagret=true#chart");

        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Graf over tallene for tilhørighet, håp, identitet, mening og empowerment" })).ToBeVisibleAsync();
        await page.GetByText("Se tallene som tabell").ClickAsync();
        await Assertions.Expect(page.Locator("table tbody tr").Last.Locator("td").Nth(1)).ToHaveTextAsync("5");
        await Assertions.Expect(page.Locator("table tbody tr").Last.Locator("td").Nth(2)).ToHaveTextAsync("2");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GotoAsync("/min-plan/ressurser");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>Clears what the demo person ticked before; the set shrinks with each click, so always take the first.</summary>
    private static async Task UncheckAllAsync(ILocator group)
    {
        var ticked = group.GetByRole(AriaRole.Checkbox, new() { Checked = true });
        while (await ticked.CountAsync() > 0)
        {
            await ticked.First.UncheckAsync();
        }
    }
}
