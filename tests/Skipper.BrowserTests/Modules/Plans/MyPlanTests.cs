using Microsoft.Playwright;

namespace Skipper.BrowserTests.Modules.Plans;

[Collection(BrowserCollection.Name)]
public sealed class MyPlanTests(BrowserApp app)
{
    [Fact]
    public async Task The_person_creates_a_goal_with_two_steps_on_an_accessible_plan_page()
    {
        var page = await app.SignedInAsync("bruker@demo.skipper.local");
        await page.GetByRole(AriaRole.Link, new() { Name = "Min plan" }).First.ClickAsync();
        await page.WaitForURLAsync("**/min-plan");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Hva er viktig for deg?" }).FillAsync("Hei");
        await Assertions.Expect(page.Locator("[data-counter-for=what-matters-text]")).ToHaveTextAsync("3 av 4000 tegn brukt");

        await page.GetByLabel("Målet med dine ord").FillAsync("Lage middag selv");
        await page.GetByLabel("Hvem hjelper meg").FillAsync("Naboen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Legg til mål" }).ClickAsync();
        var goal = page.Locator(".goal-list > li").Filter(new() { HasText = "Lage middag selv" });
        await Assertions.Expect(goal).ToBeVisibleAsync();

        foreach (var step in new[] { "Handle inn", "Lage pasta" })
        {
            goal = page.Locator(".goal-list > li").Filter(new() { HasText = "Lage middag selv" });
            await goal.Locator("summary").ClickAsync();
            await goal.GetByLabel("Et lite steg").FillAsync(step);
            await goal.GetByRole(AriaRole.Button, new() { Name = "Legg til steg" }).ClickAsync();
            await page.WaitForURLAsync("**/min-plan*");
        }

        goal = page.Locator(".goal-list > li").Filter(new() { HasText = "Lage middag selv" });
        await Assertions.Expect(goal).ToContainTextAsync("Handle inn");
        await Assertions.Expect(goal).ToContainTextAsync("Lage pasta");
        await Assertions.Expect(goal).ToContainTextAsync("Naboen");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_relative_opens_the_shared_goals_and_sees_nothing_else()
    {
        var page = await app.SignedInAsync("parorende@demo.skipper.local");
        await page.GetByRole(AriaRole.Link, new() { Name = "Delt med meg" }).ClickAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Planen til Ola Nordmann" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Planen til Ola Nordmann");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Gå tur tre ganger i uka");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Hva er viktig for deg?");
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Staff_open_the_plan_from_the_caseload_and_the_person_edits_a_goal_on_accessible_pages()
    {
        var staff = await app.SignedInAsync("ansatt@demo.skipper.local");
        await staff.GotoAsync("/mine-brukere");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Ola Nordmann" }).ClickAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "Se planen" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Planen til Ola Nordmann");
        await BrowserApp.ShouldBeAccessibleAsync(staff);
        await staff.Context.CloseAsync();

        var person = await app.SignedInAsync("bruker@demo.skipper.local");
        await person.GotoAsync("/min-plan");
        await person.Locator(".goal-list > li").Filter(new() { HasText = "Finne en praksisplass" }).GetByRole(AriaRole.Link).ClickAsync();
        await BrowserApp.ShouldBeAccessibleAsync(person);
        await person.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "På vei" });
        await person.GetByRole(AriaRole.Button, new() { Name = "Lagre", Exact = true }).ClickAsync();
        await Assertions.Expect(person.GetByLabel("Status")).ToHaveValueAsync("onMyWay");
        await person.Context.CloseAsync();
    }
}
