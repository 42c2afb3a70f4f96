using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Guide.Cards;

[Collection(BrowserCollection.Name)]
public sealed partial class ReflectionCardsTests(BrowserApp app)
{
    [Fact]
    public async Task The_team_draws_a_card_runs_the_timer_logs_the_session_and_sees_it_counted()
    {
        var page = await app.SignedInAsync("recoverykontakt@demo.skipper.local");
        await page.SetViewportSizeAsync(1280, 800);
        await page.GotoAsync("/veileder/avdeling");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        var before = await SessionsTotalAsync(page);

        // The card keeper's pages: a new card, and editing one.
        await page.GotoAsync("/veileder/kort/ny");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GotoAsync("/veileder/kort/1/endre");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GotoAsync("/veileder/kort");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Clock.InstallAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Trekk et kort" }).ClickAsync();
        await page.WaitForURLAsync(CardAddress());
        var number = int.Parse(CardAddress().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator(".card-screen-number")).ToHaveTextAsync($"Kort {number}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToBeEmptyAsync();
        var timer = page.Locator("[data-timer]");
        var display = page.GetByRole(AriaRole.Timer);
        await Assertions.Expect(display).ToHaveTextAsync("10:00");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "refleksjonskort-1280.png") });

        await page.GetByRole(AriaRole.Button, new() { Name = "Start", Exact = true }).ClickAsync();
        await Assertions.Expect(timer).ToHaveAttributeAsync("data-state", "running");
        await page.Clock.RunForAsync(3000);
        await Assertions.Expect(display).ToHaveTextAsync(new Regex("^09:5[0-9]$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await Assertions.Expect(timer).ToHaveAttributeAsync("data-state", "paused");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start", Exact = true }).ClickAsync();
        await page.Clock.RunForAsync(10 * 60 * 1000);
        await Assertions.Expect(display).ToHaveTextAsync("00:00");
        await Assertions.Expect(page.Locator("[data-timer-announce]")).ToHaveTextAsync("Tiden er ute. Ti minutter er gått.");
        await Assertions.Expect(page.Locator("[data-timer-announce]")).ToHaveAttributeAsync("aria-live", "polite");

        await page.GetByRole(AriaRole.Link, new() { Name = "Logg økten" }).ClickAsync();
        await page.WaitForURLAsync($"**/veileder/kort/logg?kort={number}");
        await Assertions.Expect(page.GetByLabel("Kort", new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync(new Regex($"^{number}: "));
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GetByLabel("Hvor mange var med").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg økten" }).ClickAsync();
        await Assertions.Expect(page.Locator("#participants-error")).ToHaveTextAsync("Skriv hvor mange som var med, fra 1 til 500.");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GetByLabel("Hvor mange var med").FillAsync("6");
        await page.GetByLabel("Kort notat (valgfritt)").FillAsync("Vi snakket om hva håp betyr i hverdagen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg økten" }).ClickAsync();
        await page.WaitForURLAsync("**/veileder/kort?gjort=logget");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Økten er logget. Takk!");

        await page.GotoAsync("/veileder/avdeling");
        (await SessionsTotalAsync(page)).ShouldBe(before + 1);
        // The demo department has used other cards more often, so the drawn card need not be among the most used.
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_card_says_ten_minutes_and_still_links_to_the_log()
    {
        var page = await app.SignedInAsync("ansatt@demo.skipper.local");
        await page.RouteAsync("**/js/**", route => route.AbortAsync());
        await page.GotoAsync("/veileder/kort/1");

        await Assertions.Expect(page.GetByRole(AriaRole.Timer)).ToHaveTextAsync("10 minutter");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pause" })).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Logg økten" }).ClickAsync();
        await page.WaitForURLAsync("**/veileder/kort/logg?kort=1");
        await page.Context.CloseAsync();
    }

    private static async Task<int> SessionsTotalAsync(IPage page)
    {
        var text = await page.Locator("main p", new() { HasTextRegex = Total() }).First.InnerTextAsync();
        return int.Parse(Total().Match(text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"/veileder/kort/(\d+)$")]
    private static partial Regex CardAddress();

    [GeneratedRegex(@"^(\d+) økter til sammen")]
    private static partial Regex Total();
}
