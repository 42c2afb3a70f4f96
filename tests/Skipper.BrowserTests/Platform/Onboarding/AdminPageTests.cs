using Microsoft.Playwright;

namespace Skipper.BrowserTests.Platform.Onboarding;

[Collection(BrowserCollection.Name)]
public sealed class AdminPageTests(BrowserApp app)
{
    [Fact]
    public async Task The_administrator_adds_a_person_and_a_staff_member_and_both_pages_are_accessible()
    {
        var page = await app.SignedInAsync("admin@demo.skipper.local");
        await page.GetByRole(AriaRole.Link, new() { Name = "Administrasjon" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Administrasjon");
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await AddAccountAsync(page, "Åse Ny", $"ase-{Guid.NewGuid():N}@demo.skipper.local", "Person i bedring", "Fagteam rus");
        var personLink = await page.GetByLabel("Lenke for å lage passord").InputValueAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);

        await AddAccountAsync(page, "Stian Ansatt", $"stian-{Guid.NewGuid():N}@demo.skipper.local", "Ansatt", null);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Noe må rettes.");
        await Assertions.Expect(page.GetByText("Velg en avdeling. Denne rollen jobber i en avdeling.")).ToBeVisibleAsync();
        await BrowserApp.ShouldBeAccessibleAsync(page);
        await page.GetByLabel("Avdeling", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Psykisk helseteam" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lag konto" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lenke til Stian Ansatt" })).ToBeVisibleAsync();

        var table = page.GetByRole(AriaRole.Table);
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Åse Ny" })).ToContainTextAsync("Fagteam rus");
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Stian Ansatt" })).ToContainTextAsync("Psykisk helseteam");

        var signUp = await app.NewPageAsync();
        await signUp.GotoAsync(new Uri(personLink).PathAndQuery);
        await Assertions.Expect(signUp.Locator("dl.facts")).ToContainTextAsync("Åse Ny");
        await BrowserApp.ShouldBeAccessibleAsync(signUp);
        await signUp.GetByLabel("Nytt passord").FillAsync("mitt-eget-passord");
        await signUp.GetByLabel("Skriv passordet en gang til").FillAsync("mitt-eget-passord");
        await signUp.GetByRole(AriaRole.Button, new() { Name = "Lagre passordet" }).ClickAsync();
        await Assertions.Expect(signUp.GetByRole(AriaRole.Status)).ToContainTextAsync("Passordet er lagret.");
        await signUp.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    private static async Task AddAccountAsync(IPage page, string name, string email, string role, string? department)
    {
        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("E-post").FillAsync(email);
        await page.GetByLabel("Rolle").SelectOptionAsync(new SelectOptionValue { Label = role });
        if (department is not null)
        {
            await page.GetByLabel("Avdeling", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = department });
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Lag konto" }).ClickAsync();
    }
}
