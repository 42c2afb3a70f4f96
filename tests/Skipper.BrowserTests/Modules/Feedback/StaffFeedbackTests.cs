using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Feedback;

/// <summary>Staff see the signal after a low alliance score, and the time page and the hand-over tablet are accessible.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffFeedbackTests(BrowserApp app)
{
    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "skipper-screenshots", "feedback-staff");

    [Fact]
    public async Task Staff_see_the_signal_and_its_next_step_after_the_person_answers_the_alliance_scale_low_on_the_tablet()
    {
        var page = await app.SignedInAsync("ansatt@demo.skipper.local");
        await page.GotoAsync("/mine-brukere");
        await page.GetByRole(AriaRole.Link, new() { Name = "Til timen" }).First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/tilbakemelding/time"));
        var timePath = new Uri(page.Url).AbsolutePath;
        await page.GetByRole(AriaRole.Button, new() { Name = "Start timen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(@"^Svarene i time \d+$") })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);

        // Before the session: the outcome scale on the tablet.
        await HandOverAsync(page, "Hvordan har du hatt det?", ["6", "5.5", "7", "6"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ferdig uten kommentar" }).ClickAsync();
        await UnlockAsync(page);
        // After the session: the alliance scale, low, with a comment.
        await HandOverAsync(page, "Hvordan var timen?", ["6", "5", "7", "6"]);
        await page.GetByLabel("Vil du si noe mer om svaret? (valgfritt)").FillAsync("Vi snakket mest om det du ville.");
        await Shoot(page, "hand-over-thanks");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre kommentaren" }).ClickAsync();
        await page.WaitForURLAsync("**/tilbakemelding/overlevering/last");
        await page.GotoAsync("/mine-brukere");
        await page.WaitForURLAsync("**/tilbakemelding/overlevering/last");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await Shoot(page, "lock");
        await UnlockAsync(page);

        var scores = page.Locator("#scores");
        await Assertions.Expect(scores).ToContainTextAsync("Timen passet ikke helt");
        await Assertions.Expect(scores).ToContainTextAsync("Snakk sammen om samarbeidet");
        await Assertions.Expect(scores).ToContainTextAsync("Vi snakket mest om det du ville.");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await Shoot(page, "time-page");
        await page.GotoAsync("/mine-brukere");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Timen passet ikke helt");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Snakk sammen om samarbeidet");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await Shoot(page, "caseload");
        await page.GotoAsync(timePath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Avslutt timen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Timen er avsluttet.");
        await page.Context.CloseAsync();
    }

    private static async Task HandOverAsync(IPage page, string title, string[] values)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Gi nettbrettet til personen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/tilbakemelding/overlevering/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        (await page.Locator("a").CountAsync()).ShouldBe(0, "the hand-over page has no links");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await Shoot(page, "hand-over-" + (title.Contains("timen", StringComparison.Ordinal) ? "alliance" : "outcome"));
        var fields = page.Locator("form input[type=range]");
        for (var i = 0; i < values.Length; i++)
        {
            await fields.Nth(i).FillAsync(values[i]);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Send svarene" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Takk for svarene!" })).ToBeVisibleAsync();
    }

    private static async Task UnlockAsync(IPage page)
    {
        await page.WaitForURLAsync("**/tilbakemelding/overlevering/last");
        await page.GetByLabel(new Regex("^Passordet til")).FillAsync(BrowserApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lås opp" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/tilbakemelding/time"));
    }

    /// <summary>The page at phone and desktop width, for a person to look at.</summary>
    private static async Task Shoot(IPage page, string name)
    {
        Directory.CreateDirectory(Shots);
        foreach (var width in new[] { 375, 1280 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, $"{name}-{width}.png"), FullPage = true });
        }
        await page.SetViewportSizeAsync(1280, 900);
    }
}
