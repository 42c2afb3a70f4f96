using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Guide;

[Collection(BrowserCollection.Name)]
public sealed class StrategyEthicsNetworkTests(BrowserApp app)
{
    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "skipper-screenshots", "guide");

    [Fact]
    public async Task Staff_mark_a_strategy_in_the_grid_and_find_it_among_their_marked_ones()
    {
        var page = await app.SignedInAsync("erfaringsmedarbeider@demo.skipper.local");
        await page.GotoAsync("/veileder/strategier");
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Indre ressurser" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Ansattes holdninger" })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);

        var strategy = page.Locator("#s-there-in-a-crisis");
        await strategy.GetByRole(AriaRole.Button, new() { Name = "Jeg vil øve på denne" }).ClickAsync();
        await page.WaitForURLAsync("**/veileder/strategier#s-there-in-a-crisis");

        await Assertions.Expect(strategy).ToContainTextAsync("Merket for øving");
        await Assertions.Expect(strategy.GetByRole(AriaRole.Button, new() { Name = "Fjern merket" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Vis bare de jeg har merket (1)" }).ClickAsync();
        await Assertions.Expect(page.Locator(".strategy-mine li.strategy")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".strategy-mine")).ToContainTextAsync("Vær til å nå når det er som vanskeligst.");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_grid_reads_as_one_column_at_375_pixels()
    {
        var page = await app.SignedInAsync("ansatt@demo.skipper.local");
        await page.SetViewportSizeAsync(375, 800);
        await page.GotoAsync("/veileder/strategier");

        var rowHeader = page.GetByRole(AriaRole.Rowheader, new() { Name = "Ansattes verdier" });
        var firstCell = page.Locator(".strategy-grid tbody tr").First.Locator("td").First;
        (await rowHeader.BoundingBoxAsync())!.Width.ShouldBeGreaterThan(300);
        (await firstCell.BoundingBoxAsync())!.Width.ShouldBeGreaterThan(300);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375);
        await BrowserApp.ShouldBeAccessibleAsync(page);
        Directory.CreateDirectory(Shots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "strategier-375.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Staff_work_through_an_ethical_dilemma_step_by_step_and_the_team_can_read_it()
    {
        var page = await app.SignedInAsync("ansatt@demo.skipper.local");
        await page.GotoAsync("/veileder/etikk");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GetByLabel("Tittel").FillAsync("Nøkkel til leiligheten");
        await page.GetByLabel("Problemet eller dilemmaet").FillAsync("Personen vil ikke at vi skal ha nøkkel, men familien ber oss om det.");
        await page.GetByLabel("De involverte og hva de trenger").FillAsync("Personen: bestemme selv. Pårørende: trygghet. Teamet: kunne hjelpe i krise.");
        await page.GetByLabel("Verdier og regler").FillAsync("Retten til å medvirke. Personen er samtykkekompetent.");
        await page.GetByLabel("Muligheter og følger").FillAsync("Ta nøkkel: trygghet, men mindre tillit. La være: mer tillit, men mindre trygghet.");
        await page.GetByLabel("Valget").FillAsync("Vi tar ikke nøkkel.");
        await page.GetByLabel("Begrunnelsen").FillAsync("Personen bestemmer over eget hjem; vi lager en kriseplan sammen i stedet.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre refleksjonen" }).ClickAsync();
        await page.WaitForURLAsync("**/veileder/etikk/*?lagret=true");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nøkkel til leiligheten", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Refleksjonen er lagret for avdelingen.");
        await Assertions.Expect(page.Locator(".ethics-read")).ToContainTextAsync("vi lager en kriseplan sammen i stedet.");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        var address = page.Url;
        await page.Context.CloseAsync();

        var colleague = await app.SignedInAsync("recoverykontakt@demo.skipper.local");
        await colleague.GotoAsync("/veileder/etikk");
        await colleague.GetByRole(AriaRole.Link, new() { Name = "Nøkkel til leiligheten" }).ClickAsync();
        await Assertions.Expect(colleague.Locator(".ethics-read")).ToContainTextAsync("Personen er samtykkekompetent.");
        colleague.Url.ShouldStartWith(address.Split('?')[0]);
        await colleague.Context.CloseAsync();
    }

    [Fact]
    public async Task A_recovery_contact_logs_a_gathering_of_the_network()
    {
        var page = await app.SignedInAsync("recoverykontakt@demo.skipper.local");
        await page.GotoAsync("/veileder/nettverk");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        var today = DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByLabel("Dato").FillAsync(today);
        await page.GetByLabel("Agenda").FillAsync("Hvordan bruker avdelingene refleksjonskortene?");
        await page.GetByRole(AriaRole.Group, new() { Name = "Hvem kom" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre samlingen" }).ClickAsync();
        await page.WaitForURLAsync("**/veileder/nettverk?lagret=true#gatherings");

        await Assertions.Expect(page.Locator(".gathering-list")).ToContainTextAsync("Hvordan bruker avdelingene refleksjonskortene?");
        await Assertions.Expect(page.GetByText("På tide med en samling")).ToHaveCountAsync(0);
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.Locator(".gathering-list a[href*='/veileder/nettverk/samling/']").First.ClickAsync();
        await page.WaitForURLAsync("**/veileder/nettverk/samling/**");
        await Assertions.Expect(page.GetByLabel("Agenda")).ToHaveValueAsync("Hvordan bruker avdelingene refleksjonskortene?");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
