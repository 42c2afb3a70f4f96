using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Dashboards;

[Collection(BrowserCollection.Name)]
public sealed class LeaderDashboardTests(BrowserApp app)
{
    [Fact]
    public async Task A_section_leader_opens_the_dashboard_and_reads_a_plots_table()
    {
        var page = await app.SignedInAsync("seksjonsleder@demo.skipper.local");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ledelsestall" }).ClickAsync();
        await page.WaitForURLAsync("**/ledelse");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ledelsestall for seksjonen", Level = 1 })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Refleksjonsmøter per måned" })).ToBeVisibleAsync();
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Refleksjonsmøter per måned" });
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(12);
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["Periode", "Verdi", "n"]);
        // Sessions held are not people: every month has a number, never "hidden".
        foreach (var cell in await table.Locator("tbody td:nth-of-type(1)").AllInnerTextsAsync())
        {
            int.TryParse(cell, out _).ShouldBeTrue(cell);
        }
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Pålitelig bedring per avdeling, hele perioden" }).Locator("tbody tr")).ToHaveCountAsync(3);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_period_form_works_without_script_and_explains_a_period_that_ends_before_it_starts()
    {
        var page = await app.SignedInAsync("seksjonsleder@demo.skipper.local");
        await page.GotoAsync("/ledelse");

        await page.GetByLabel("Fra måned").FillAsync("2025-06");
        await page.GetByLabel("Til og med måned").FillAsync("2025-03");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis tallene" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Perioden slutter før den begynner.");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GetByLabel("Fra måned").FillAsync("2025-01");
        await page.GetByLabel("Til og med måned").FillAsync("2025-12");
        await page.GetByLabel("Vis per").SelectOptionAsync("quarter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis tallene" }).ClickAsync();

        var table = page.GetByRole(AriaRole.Table, new() { Name = "Avsluttede forløp per kvartal" });
        await Assertions.Expect(table.Locator("tbody th")).ToHaveTextAsync(["1. kvartal 2025", "2. kvartal 2025", "3. kvartal 2025", "4. kvartal 2025"]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task One_department_reads_well_on_a_phone()
    {
        var page = await app.SignedInAsync("avdelingsleder@demo.skipper.local");
        await page.SetViewportSizeAsync(375, 800);
        await page.GotoAsync("/ledelse");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Ledelsestall: ");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Last ned tallene som CSV (åpnes i Excel)" })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        width.ShouldBeLessThanOrEqualTo(375);
        await page.Context.CloseAsync();
    }
}
