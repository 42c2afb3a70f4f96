using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Community;

[Collection(BrowserCollection.Name)]
public sealed class OffersCatalogueTests(BrowserApp app)
{
    private static string Shot(string name) => Path.Combine(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "skipper-shots")).FullName, name);

    [Fact]
    public async Task On_a_phone_anyone_finds_a_football_group_for_this_week_and_opens_it()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(375, 812);
        await page.GotoAsync("/tilbud");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GetByLabel("Søkeord").FillAsync("fotball");
        await page.GetByLabel("Denne uka (i dag og seks dager fram)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Søk", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/tilbud?q=fotball*when=week*");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "1 tilbud" })).ToBeVisibleAsync();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375);
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.ScreenshotAsync(new() { Path = Shot("offers-search-375.png"), FullPage = true });
        await page.GetByRole(AriaRole.Link, new() { Name = "Fotball for alle – Demo IL" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fotball for alle – Demo IL", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Åpningstider hver uke" }).GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(["Tirsdag", "Torsdag", "Lørdag"]);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375);
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.ScreenshotAsync(new() { Path = Shot("offer-375.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_person_saves_an_offer_to_the_plan_from_its_page()
    {
        var page = await app.SignedInAsync("bruker@demo.skipper.local");
        await page.GotoAsync("/tilbud?q=turgruppa");
        await page.GetByRole(AriaRole.Link, new() { Name = "Turgruppa" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre i planen min" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Tilbudet er lagret i planen din");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Se ressursene dine" }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".resource-text", new() { HasText = "Turgruppa (Demo kommune, /tilbud/" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_provider_sees_the_stale_offer_first_marks_it_checked_and_edits_an_offer()
    {
        var page = await app.SignedInAsync("tilbyder@demo.skipper.local");
        await page.SetViewportSizeAsync(375, 812);
        await page.GotoAsync("/tilbud/mine");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.ScreenshotAsync(new() { Path = Shot("offers-mine-375.png"), FullPage = true });

        var first = page.Locator(".offer-list > li").First;
        await Assertions.Expect(first).ToContainTextAsync("Skrivegruppa «Egne ord»");
        await Assertions.Expect(first).ToContainTextAsync("Ikke sjekket på 6 måneder");
        await first.GetByRole(AriaRole.Button, new() { Name = "Sjekket i dag" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tilbudet er merket som sjekket i dag.");
        await Assertions.Expect(page.Locator(".offer-list .flag")).ToHaveCountAsync(0);

        await page.Locator(".offer-list > li", new() { HasText = "Samtalegruppa" }).GetByRole(AriaRole.Link, new() { Name = "Endre tilbudet" }).ClickAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.ScreenshotAsync(new() { Path = Shot("offer-edit-375.png"), FullPage = true });
        var second = page.GetByRole(AriaRole.Group, new() { Name = "Ukentlig tid 2" });
        await second.GetByLabel("Dag").SelectOptionAsync("thursday");
        await second.GetByLabel("Fra").FillAsync("12:00");
        await second.GetByLabel("Til").FillAsync("14:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre endringene" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Samtalegruppa", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(["Mandag", "Torsdag"]);
        await page.GotoAsync("/tilbud/ny");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
