using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Plans;

[Collection(BrowserCollection.Name)]
public sealed partial class SafetyAndMeetingsTests(BrowserApp app)
{
    [Fact]
    public async Task The_person_writes_warning_signs_and_prints_them_on_one_accessible_a4_page()
    {
        var page = await app.SignedInAsync("bruker@demo.skipper.local");
        await page.GotoAsync("/min-plan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Se og skriv varselsignalene" }).ClickAsync();
        await page.WaitForURLAsync("**/min-plan/varselsignaler");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GetByLabel("Dette gjør jeg selv").FillAsync("Går en tur.\nRinger Kari.\nSpiser et ordentlig måltid.\nHører på musikk.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Varselsignalene er lagret.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Utskrift på ett ark" }).ClickAsync();
        await page.WaitForURLAsync("**/utskrift");

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Ringer Kari.");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("116 123 – Mental Helse hjelpetelefonen");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        var pdf = Encoding.Latin1.GetString(await page.PdfAsync(new PagePdfOptions { Format = "A4" }));
        PdfPage().Matches(pdf).Count.ShouldBe(1, "the warning signs print on one A4 page");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_person_adds_a_meeting_on_an_accessible_meetings_page()
    {
        var page = await app.SignedInAsync("bruker@demo.skipper.local");
        await page.GotoAsync("/min-plan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Se alle møter og skriv nye" }).ClickAsync();
        await page.WaitForURLAsync("**/min-plan/moter");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        var form = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Skriv ned et møte" }) });
        await form.GetByLabel("Dato for møtet").FillAsync("2030-06-01");
        await form.GetByLabel("Hvem var med").FillAsync("Meg og Per");
        await form.GetByLabel("Dette ble vi enige om").FillAsync("Vi prøver biblioteket sammen.");
        await form.GetByLabel("Jeg var med på møtet").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Legg til møtet" }).ClickAsync();

        await Assertions.Expect(page.Locator(".goal-list > li").First).ToContainTextAsync("Vi prøver biblioteket sammen.");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(new Regex("Du var med på \\d+ av \\d+ møter."));
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPage();
}
