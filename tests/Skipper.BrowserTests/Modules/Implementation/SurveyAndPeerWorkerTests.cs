using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Implementation;

[Collection(BrowserCollection.Name)]
public sealed class SurveyAndPeerWorkerTests(BrowserApp app)
{
    [Fact]
    public async Task The_person_answers_the_open_survey_with_the_keyboard_alone_on_accessible_pages()
    {
        var page = await app.SignedInAsync("bruker@demo.skipper.local");
        await page.GetByRole(AriaRole.Link, new() { Name = "Svar på undersøkelsen" }).ClickAsync();
        await page.WaitForURLAsync("**/undersokelse");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Aktiviteter på dagtid" }).ClickAsync();
        await page.WaitForURLAsync("**/undersokelse/*");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        // Into the first scale with Tab, 4 with the arrow keys, yes in the next group, words in the text box, send with Enter.
        await page.GetByRole(AriaRole.Radio, new() { Name = "1 – Lite fornøyd" }).FocusAsync();
        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Mer tur og friluftsliv.");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/undersokelse/*?takk=true");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Takk for svarene dine!");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GotoAsync("/hjem");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Svar på undersøkelsen" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_leader_reads_the_results_and_adds_a_peer_worker_position_on_accessible_pages()
    {
        var page = await app.SignedInAsync("avdelingsleder@demo.skipper.local");
        await page.GotoAsync("/avdeling/undersokelser");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Hvordan opplever du hjelpen fra oss?" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "1. Blir du møtt med respekt når du tar kontakt med oss?" })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GotoAsync("/avdeling/erfaringsmedarbeidere");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GetByLabel("Tittel eller navn").FillAsync("Erfaringskonsulent, ny");
        await page.GetByLabel("Stillingsprosent").FillAsync("150");
        await page.GetByLabel("Første dag").FillAsync("2026-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til stilling" }).ClickAsync();
        await Assertions.Expect(page.Locator("#position-percent-error")).ToHaveTextAsync("Stillingsprosenten må være over 0 og høyst 100.");
        await Assertions.Expect(page.GetByLabel("Tittel eller navn")).ToHaveValueAsync("Erfaringskonsulent, ny");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GetByLabel("Stillingsprosent").FillAsync("37,5");
        await page.GetByLabel("Type stilling").SelectOptionAsync("project");
        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til stilling" }).ClickAsync();
        await page.WaitForURLAsync("**/avdeling/erfaringsmedarbeidere?*lagret=position#positions");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Stillingen er lagret.");
        var row = page.Locator("table.peer-positions tr", new() { HasText = "Erfaringskonsulent, ny" });
        await Assertions.Expect(row).ToContainTextAsync("37,5 %");
        await Assertions.Expect(row).ToContainTextAsync("Prosjekt");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Erfaringsmedarbeidere over tid: Psykisk helseteam" })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
