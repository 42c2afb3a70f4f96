using System.Globalization;
using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Community;

[Collection(BrowserCollection.Name)]
public sealed class RecoveryCollegeTests(BrowserApp app)
{
    [Fact]
    public async Task When_the_enrolled_person_cancels_the_next_on_the_waiting_list_moves_up()
    {
        var title = "Bli kjent med byen " + Guid.NewGuid().ToString("N")[..4];
        var staff = await app.SignedInAsync("ansatt@demo.skipper.local");
        await staff.GotoAsync("/recoveryskole/ny");
        await staff.GetByLabel("Tittel").FillAsync(title);
        await staff.GetByLabel("Om kurset").FillAsync("Vi går tur sammen og ser hva byen har å by på.");
        await staff.GetByLabel("Kursholder med egenerfaring").FillAsync("Siri Olsen");
        await staff.GetByLabel("Kursholder med fagbakgrunn").FillAsync("Per Hansen");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Lag kurset" }).ClickAsync();
        await staff.WaitForURLAsync("**/endre#new-session");
        var day = DateTime.UtcNow.AddDays(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await staff.GetByLabel("Starter").FillAsync(day + "T18:00");
        await staff.GetByLabel("Slutter").FillAsync(day + "T20:00");
        await staff.GetByLabel("Sted").FillAsync("Biblioteket");
        await staff.GetByLabel("Antall plasser").FillAsync("1");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Legg til samlingen" }).ClickAsync();
        await staff.WaitForURLAsync("**/endre?lagret=true");
        var coursePath = new Uri(staff.Url).AbsolutePath.Replace("/endre", "", StringComparison.Ordinal);
        await staff.Context.CloseAsync();

        var person = await app.SignedInAsync("bruker@demo.skipper.local");
        await person.SetViewportSizeAsync(375, 800);
        await person.GotoAsync("/recoveryskole");
        await BrowserApp.ShouldBeAccessibleAsync(person);
        await person.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "college-list-375.png"), FullPage = true });
        await person.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await person.GetByRole(AriaRole.Button, new() { Name = "Meld meg på" }).ClickAsync();
        await Assertions.Expect(person.GetByRole(AriaRole.Status)).ToContainTextAsync("Du er påmeldt");
        await BrowserApp.ShouldBeAccessibleAsync(person);
        await person.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "college-course-375.png"), FullPage = true });

        var relative = await app.SignedInAsync("parorende@demo.skipper.local");
        await relative.GotoAsync(coursePath);
        await relative.GetByRole(AriaRole.Button, new() { Name = "Sett meg på ventelisten" }).ClickAsync();
        await Assertions.Expect(relative.GetByRole(AriaRole.Status)).ToContainTextAsync("Du er nummer 1 på ventelisten");

        await person.GotoAsync("/recoveryskole/mine");
        await BrowserApp.ShouldBeAccessibleAsync(person);
        await person.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "college-mine-375.png"), FullPage = true });
        await person.GetByRole(AriaRole.Listitem).Filter(new() { HasText = title }).GetByRole(AriaRole.Button, new() { Name = "Meld meg av" }).ClickAsync();
        await person.WaitForURLAsync("**/recoveryskole/mine?avmeldt=true");
        await Assertions.Expect(person.GetByRole(AriaRole.Status)).ToContainTextAsync("Du er meldt av.");

        await relative.GotoAsync("/recoveryskole/mine");
        var mine = relative.GetByRole(AriaRole.Listitem).Filter(new() { HasText = title });
        await Assertions.Expect(mine).ToContainTextAsync("Påmeldt");
        await BrowserApp.ShouldBeAccessibleAsync(relative);
        await person.Context.CloseAsync();
        await relative.Context.CloseAsync();
    }

    [Fact]
    public async Task Someone_without_an_account_finds_the_demo_courses_on_accessible_pages()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(375, 800);
        await page.GotoAsync("/recoveryskole");
        await Assertions.Expect(page.GetByText("Fullt – 2 på venteliste")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Mestring av angst i hverdagen" }).ClickAsync();
        await page.GetByText("Sett meg på ventelisten").First.ClickAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "college-anonymous-375.png"), FullPage = true });
        await page.Context.CloseAsync();
    }
}
