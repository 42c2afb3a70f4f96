using System.Text.Json;
using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Feedback;

[Collection(BrowserCollection.Name)]
public sealed class PersonFeedbackTests(BrowserApp app)
{
    private const string Me = "Meg selv: hvordan jeg har det personlig";

    [Fact]
    public async Task The_person_answers_the_outcome_scale_with_the_keyboard_only_and_the_chosen_values_are_stored()
    {
        var api = await FeedbackApi.ForDemoAsync(app);
        await api.FinishOpenSessionAsync();
        var page = await app.SignedInAsync("bruker@demo.skipper.local");
        await page.GotoAsync("/tilbakemelding/svar/outcome");
        await Assertions.Expect(page.Locator("input[type=range]")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByText("Ikke svart ennå")).ToHaveCountAsync(4);
        await BrowserApp.ShouldBeAccessibleAsync(page);

        // Keyboard only: Tab from the heading into the first slider, arrows and Home/End/PageUp, Enter on the button.
        await page.Locator("h1").EvaluateAsync("h => { h.tabIndex = -1; h.focus(); }");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Slider, new() { Name = Me })).ToBeFocusedAsync();
        foreach (var key in new[] { "ArrowRight", "ArrowRight", "ArrowRight", "Tab", "End", "Tab", "Home", "Tab", "PageUp", "Tab" })
        {
            await page.Keyboard.PressAsync(key);
        }
        await Assertions.Expect(page.GetByRole(AriaRole.Slider, new() { Name = Me })).ToHaveAttributeAsync("aria-valuetext", "5,3");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Send svarene" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/tilbakemelding/kvittering/**");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Du svarte 21,3 av 40.");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        var feedback = await api.FeedbackAsync();
        var session = feedback.GetProperty("episodes").EnumerateArray().Last().GetProperty("sessions").EnumerateArray().Last();
        var answers = session.GetProperty("forms").EnumerateArray().Single(f => f.GetProperty("questionnaire").GetString() == "outcome").GetProperty("answers");
        answers.EnumerateArray().Select(a => (a.GetProperty("linkId").GetString(), a.GetProperty("value").GetDouble()))
            .ShouldBe([("me", 5.3), ("close", 10), ("social", 0), ("overall", 6)]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_untouched_slider_is_not_sent_and_the_page_says_which_question_is_missing()
    {
        var api = await FeedbackApi.ForDemoAsync(app);
        var before = JsonSerializer.Serialize(await api.FeedbackAsync());
        var page = await app.SignedInAsync("bruker@demo.skipper.local");
        await page.SetViewportSizeAsync(375, 800);
        await page.GotoAsync("/tilbakemelding/svar/outcome");

        var sliders = page.Locator("input[type=range]");
        for (var i = 0; i < 3; i++)
        {
            await sliders.Nth(i).FocusAsync();
            await page.Keyboard.PressAsync("End");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Send svarene" }).ClickAsync();

        var missing = page.Locator("#item-overall-error");
        await Assertions.Expect(missing).ToHaveTextAsync("Svar på dette spørsmålet før du sender.");
        await Assertions.Expect(page.Locator(".field-error")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Slider, new() { Name = Me })).ToHaveAttributeAsync("aria-valuetext", "10,0");
        await Assertions.Expect(page.GetByRole(AriaRole.Slider, new() { Name = "Alt i alt: hvordan livet er nå" })).ToHaveAttributeAsync("aria-valuetext", "Ikke svart ennå");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375);
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "svar-375.png"), FullPage = true });
        JsonSerializer.Serialize(await api.FeedbackAsync()).ShouldBe(before);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_graph_page_is_accessible_and_looks_right_on_a_phone_and_a_pc()
    {
        var api = await FeedbackApi.ForDemoAsync(app);
        await api.SeedEpisodeAsync((16, 31), (18.4, 35), (21, 37.5), (24.6, 38), (27.2, 39.2));
        var page = await app.SignedInAsync("bruker@demo.skipper.local");
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);

        foreach (var width in new[] { 375, 1280 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.GotoAsync("/tilbakemelding");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Du har hatt det bedre siden start");
            await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Graf over hvordan du har hatt det, time for time" })).ToBeVisibleAsync();
            (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"tilbakemelding-{width}.png"), FullPage = true });
        }
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GotoAsync("/tilbakemelding/recoverystotte");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GotoAsync("/hjem");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Påminnelser" })).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
