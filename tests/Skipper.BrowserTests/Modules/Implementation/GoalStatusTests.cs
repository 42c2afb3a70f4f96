using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Implementation;

[Collection(BrowserCollection.Name)]
public sealed class GoalStatusTests(BrowserApp app)
{
    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "skipper-screenshots", "implementation");

    [Fact]
    public async Task A_recovery_contact_updates_a_goals_status_and_the_section_status_table_shows_it()
    {
        Directory.CreateDirectory(Shots);
        var page = await app.SignedInAsync("recoverykontakt@demo.skipper.local");
        await page.GotoAsync("/hjem");
        await page.GetByRole(AriaRole.Link, new() { Name = "Recoverymål i avdelingen" }).ClickAsync();
        await page.WaitForURLAsync("**/avdeling/mal");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Recoverymål: Psykisk helseteam" })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Tilbakemeldingsskjema i alle samtaler" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tilbakemeldingsskjema i alle samtaler", Level = 1 })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Gjennomført" });
        await page.GetByLabel("Kommentar").FillAsync("Alle i teamet bruker skjemaet nå.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre endringene" }).ClickAsync();
        await page.WaitForURLAsync("**?lagret=true#history");

        var latest = page.Locator(".goal-history > li").First;
        await Assertions.Expect(latest).ToContainTextAsync("Status endret fra Delvis gjennomført til Gjennomført.");
        await Assertions.Expect(latest).ToContainTextAsync("Anne Larsen");
        await Assertions.Expect(latest).ToContainTextAsync("Alle i teamet bruker skjemaet nå.");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GotoAsync("/avdeling/statustabell");
        var department = page.Locator("section.status-group", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Psykisk helseteam" }) });
        var row = department.GetByRole(AriaRole.Row).Filter(new() { HasText = "Tilbakemeldingsskjema i alle samtaler" });
        await Assertions.Expect(row.Locator("td").Nth(0)).ToHaveTextAsync("Gjennomført");
        await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("Alle i teamet bruker skjemaet nå.");
        await Assertions.Expect(page.Locator("section.status-group h2").First).ToHaveTextAsync("Seksjonen");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "status-table.png"), FullPage = true });

        await page.GotoAsync("/avdeling/selvvurdering");
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Gjennomsnitt (1–4)" })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
